/**
 * The engine's fix hints turned into text edits. Insertions go into the block where the
 * missing item belongs (a new top-level block at its place in the grammar's member order),
 * indented like the surrounding text; several insertions into the same new block are merged,
 * so "fix all" never writes a block twice. Every edit leaves a file that parses.
 */
import {
    AstUtils, CstUtils, URI, type AstNode, type CstNode, type LangiumDocument, type LangiumDocuments,
} from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { Lang } from '../../i18n/locale.js';
import type { Finding, FixHint } from '../../engine/findings.js';
import { parsePath } from '../../engine/paths.js';
import type { Range, Src } from '../../model/types.js';
import * as ast from '../../parse/generated/ast.js';
import { compareAtMost, parseDurationText, type DurationValue } from '../../parse/literals.js';
import { lookup } from '../../parse/vocabulary.js';
import { sameRange } from './diagnostics.js';
import { MEMBER_ORDER, MODEL_PATH_OF_TYPE, TYPE_OF_TOP, assignedFeature, documentKeywordLanguage, keywords, memberOfHeadKeyword, vocabularyOf, type AstTypeName } from '../../parse/grammar-map.js';
import { importClosure } from '../../parse/imports.js';
import { msg } from './messages.js';
import { Skeletons, type Item, type Segment } from './skeletons.js';
import { CJK } from '../../shared/cjk.js';
import { leaves } from '../../parse/cst-leaves.js';
import { appendTo } from './fix-append.js';
import { removal } from './fix-remove.js';

export type Edits = Map<string, TextEdit[]>;

/** Model field → AST property where they differ. */
const AST_PROPERTY: Record<string, string> = { refundOriginalMethod: 'originalMethod', separateConsent: 'consent', certifiedTechnicians: 'techCertified' };

interface Plan {
    doc: LangiumDocument<ast.Document>;
    container: AstNode;
    items: Item[];
}

interface Pending { uri: string; edit: TextEdit; rank: number }

export interface FixEnvironment {
    documents: LangiumDocuments;
    /** Keyword language when the document does not show one. */
    keywordLanguage: Lang;
    /** Message language (stub texts). */
    lang: Lang;
    keywords: Set<string>;
}

/** Collects edits for one or many fix hints, then renders them without overlaps. */
export class FixPlanner {
    private readonly plans: Plan[] = [];
    private readonly pending: Pending[] = [];
    private readonly replacements = new Map<string, { uri: string; range: Range; texts: string[] }>();
    private readonly skeletons = new Map<string, Skeletons>();
    private readonly langs = new Map<string, Lang>();

    constructor(private readonly env: FixEnvironment, private readonly home: LangiumDocument<ast.Document>) {}

    /** Adds a finding's fix; returns false when nothing can be written for it. */
    add(f: Finding, alternative?: 'confirm'): boolean {
        const fix = f.fix;
        if (!fix) return false;
        switch (fix.kind) {
            case 'replace': return this.replace(fix.src, fix.text);
            case 'insert': return this.insert(fix);
            case 'attest': return this.attest(fix.catalog, fix.clause);
            case 'remove-text': return alternative === 'confirm' ? this.confirm(fix.src) : this.remove(fix.src);
        }
    }

    /** True when a `remove-text` fix of this finding can also be met by `confirmed-at-purchase`. */
    canConfirm(f: Finding): boolean {
        if (f.fix?.kind !== 'remove-text') return false;
        const found = this.locate(f.fix.src);
        return !!found && ast.isExemption(found.node);
    }

    // ---------------------------------------------------------------- documents and nodes
    private doc(uri: string): LangiumDocument<ast.Document> | undefined {
        return this.env.documents.getDocument(URI.parse(uri)) as LangiumDocument<ast.Document> | undefined;
    }

    lang(doc: LangiumDocument): Lang {
        const key = doc.uri.toString();
        let l = this.langs.get(key);
        if (!l) this.langs.set(key, (l = documentKeywordLanguage(doc, this.env.keywordLanguage)));
        return l;
    }

    private skeleton(doc: LangiumDocument<ast.Document>): Skeletons {
        const key = doc.uri.toString();
        let s = this.skeletons.get(key);
        if (!s) {
            const channels = channelsInScope(this.env.documents, doc);
            s = new Skeletons({ lang: this.lang(doc), keywords: this.env.keywords, channels, today: new Date().toISOString().slice(0, 10) });
            this.skeletons.set(key, s);
        }
        return s;
    }

    /** The AST node written exactly at `src` (or the innermost one containing it). */
    private locate(src: Src): { doc: LangiumDocument<ast.Document>; node: AstNode; leaf: CstNode } | undefined {
        const doc = this.doc(src.uri);
        const root = doc?.parseResult.value.$cstNode;
        if (!doc || !root) return undefined;
        const offset = doc.textDocument.offsetAt(src.range.start);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf) return undefined;
        let node: AstNode | undefined = leaf.astNode;
        while (node) {
            if (node.$cstNode && sameRange(node.$cstNode.range, src.range)) return { doc, node, leaf };
            node = node.$container;
        }
        return { doc, node: leaf.astNode, leaf };
    }

    // ---------------------------------------------------------------- replace
    private replace(src: Src, text: { zh: string; en: string }): boolean {
        const found = this.locate(src);
        if (!found) return false;
        const lang = this.lang(found.doc);
        let value = text[lang];
        // A vocabulary word is written in the document's language (`seller` → 商家).
        const holder = found.leaf.astNode;
        const feature = assignedFeature(found.leaf);
        const vocab = feature ? vocabularyOf(holder.$type, feature) : undefined;
        if (vocab) value = new Skeletons({ lang, keywords: this.env.keywords, channels: [], today: '' }).word(vocab, lookup(vocab, value) ?? value, value);
        const key = `${src.uri}|${JSON.stringify(src.range)}`;
        const entry = this.replacements.get(key) ?? { uri: src.uri, range: src.range, texts: [] };
        if (!entry.texts.includes(value)) entry.texts.push(value);
        this.replacements.set(key, entry);
        return true;
    }

    /** Several limits for one value (fix all): the value that meets them all, in calendar days when they mix kinds. */
    private static strictest(current: string, texts: string[]): string {
        if (texts.length === 1) return texts[0];
        const now = parseDurationText(current.replace(/^(within|内)\s*/, ''));
        const ds = texts.map((t) => parseDurationText(t));
        if (!now || ds.some((d) => !d)) return texts[0];
        const limits = ds as DurationValue[];
        const down = limits.every((l) => compareAtMost(now, l) !== 'within');
        if (!down) return texts[limits.indexOf(limits.reduce((a, b) => (b.minutes > a.minutes ? b : a)))];
        const fitsAll = limits.find((c) => limits.every((l) => compareAtMost(c, l) === 'within'));
        if (fitsAll) return texts[limits.indexOf(fitsAll)];
        const days = limits.reduce((m, l) => Math.min(m, l.kind === 'working' ? l.amount : Math.floor(l.minutes / 1440)), Infinity);
        return CJK.test(texts[0]) ? `${days}天` : `${days} days`;
    }

    // ---------------------------------------------------------------- attest
    private attest(catalog: string, clause: string): boolean {
        const policy = this.home.parseResult.value.policy;
        if (!policy) return false;
        const sk = this.skeleton(this.home);
        this.plan(this.home, policy).push(sk.attest(catalog, clause, msg(this.lang(this.home), 'attest-stub')));
        return true;
    }

    // ---------------------------------------------------------------- insert
    private plan(doc: LangiumDocument<ast.Document>, container: AstNode): Item[] {
        let p = this.plans.find((x) => x.container === container);
        if (!p) this.plans.push((p = { doc, container, items: [] }));
        return p.items;
    }

    private insert(fix: Extract<FixHint, { kind: 'insert' }>): boolean {
        let segs: Segment[];
        try { segs = parsePath(fix.path); } catch { return false; }
        let doc = this.home;
        let container: AstNode | undefined;
        if (fix.into) {
            const found = this.locate(fix.into);
            if (found && found.node.$cstNode && sameRange(found.node.$cstNode.range, fix.into.range)) ({ doc, node: container } = found);
        }
        container ??= doc.parseResult.value.policy;
        if (!container) return false;
        let prefix = (MODEL_PATH_OF_TYPE[container.$type as AstTypeName] ?? '').split('.').filter(Boolean);
        if (!prefix.every((p, i) => segs[i]?.name === p)) {
            container = doc.parseResult.value.policy!;
            prefix = [];
        }
        let rest = segs.slice(prefix.length);
        if (!rest.length && container.$container && prefix.length) {
            // The check wants another item like this one (`count`): add a sibling to the parent block.
            rest = segs.slice(prefix.length - 1);
            container = container.$container;
            if (!ast.isPolicy(container)) return false;
        }
        if (!rest.length) return false;
        // Every item of the same list that matches the path and lacks the field gets it (allHave: every service a time).
        const targets = [container, ...this.siblingsLacking(container, segs[prefix.length - 1], rest[0].name)];
        let any = false;
        for (const target of targets) any = this.insertInto(doc, target, rest, fix.value) || any;
        return any;
    }

    private insertInto(doc: LangiumDocument<ast.Document>, container: AstNode, rest: Segment[], value?: string): boolean {
        if (this.appendTo(doc, container, rest, value)) return true;
        const item = container.$type === 'Policy' ? this.skeleton(doc).inPolicy(rest[0], rest.slice(1), value) : this.skeleton(doc).item(container.$type, rest, value);
        if (!item) return false;
        this.plan(doc, container).push(item);
        return true;
    }

    /** Other items of the container's list, of its type, matching the path's filters and lacking `field`. */
    private siblingsLacking(container: AstNode, seg: Segment | undefined, field: string): AstNode[] {
        const parent = container.$container as unknown as Record<string, unknown> | undefined;
        const list = parent && container.$containerProperty ? parent[container.$containerProperty] : undefined;
        if (!seg || !Array.isArray(list)) return [];
        const prop = AST_PROPERTY[field] ?? field;
        const lacks = (n: AstNode) => {
            const v = (n as unknown as Record<string, unknown>)[prop];
            return v === undefined || v === false || (Array.isArray(v) && v.length === 0);
        };
        if (!lacks(container)) return [];
        const matches = (n: AstNode) => seg.filters.every((f) => {
            const raw = (n as unknown as Record<string, unknown>)[f.field];
            const vocab = vocabularyOf(n.$type, f.field);
            return typeof raw === 'string' && (vocab ? lookup(vocab, raw) === f.value : raw === f.value);
        });
        return (list as AstNode[]).filter((n) => n !== container && n.$type === container.$type && matches(n) && lacks(n));
    }

    /** Additions written into an existing statement rather than as a new line (fix-append.ts). */
    private appendTo(doc: LangiumDocument<ast.Document>, node: AstNode, rest: Segment[], value?: string): boolean {
        const lang = this.lang(doc);
        const [seg, ...more] = rest;
        return appendTo(node, {
            doc, lang, seg, more, value, sk: this.skeleton(doc),
            kw: (rule, ...words) => keywords(lang, rule, ...words),
            after: (n, text) => {
                const cst = n && ('$type' in n ? n.$cstNode : n);
                if (!cst) return false;
                this.pending.push({ uri: doc.uri.toString(), edit: { range: { start: cst.range.end, end: cst.range.end }, newText: text }, rank: 0 });
                return true;
            },
            channels: () => channelsInScope(this.env.documents, doc),
            addToPolicy: (item) => {
                const policy = doc.parseResult.value.policy;
                if (!policy) return false;
                this.plan(doc, policy).push(item);
                return true;
            },
        });
    }

    // ---------------------------------------------------------------- remove
    private remove(src: Src): boolean {
        const found = this.locate(src);
        const edit = found && removal(found.doc, found.node, src, this.lang(found.doc));
        if (!found || !edit) return false;
        this.pending.push({ uri: found.doc.uri.toString(), rank: 2, edit });
        return true;
    }

    /** The alternative to removing an exemption: the consumer confirms it at purchase. */
    private confirm(src: Src): boolean {
        const found = this.locate(src);
        const nr = found && AstUtils.getContainerOfType(found.node, ast.isNoReason);
        if (!found || !nr || nr.confirmed || !nr.$cstNode) return false;
        const lang = this.lang(found.doc);
        this.pending.push({ uri: found.doc.uri.toString(), rank: 0, edit: { range: { start: nr.$cstNode.range.end, end: nr.$cstNode.range.end }, newText: ` ${keywords(lang, 'NoReason', 'confirmed-at-purchase')}` } });
        return true;
    }

    // ---------------------------------------------------------------- render
    edits(): Edits {
        const out: Edits = new Map();
        const push = (uri: string, e: TextEdit, rank: number) => {
            const list = (out.get(uri) ?? []) as Array<TextEdit & { rank?: number }>;
            list.push({ ...e, rank });
            out.set(uri, list);
        };
        for (const r of this.replacements.values()) {
            const doc = this.doc(r.uri);
            const current = doc ? doc.textDocument.getText(r.range) : '';
            push(r.uri, { range: r.range, newText: FixPlanner.strictest(current, r.texts) }, 1);
        }
        const seen = new Set<string>();
        for (const p of this.pending) {
            const key = `${p.uri}|${JSON.stringify(p.edit)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            push(p.uri, p.edit, p.rank);
        }
        for (const plan of this.plans) for (const e of this.render(plan)) push(plan.doc.uri.toString(), e, 3);
        for (const [uri, list] of out) {
            const sorted = (list as Array<TextEdit & { rank?: number }>)
                .sort((a, b) => cmp(a.range.start, b.range.start) || (a.rank ?? 0) - (b.rank ?? 0))
                .map(({ range, newText }) => ({ range, newText }));
            out.set(uri, dropOverlaps(sorted));
        }
        return out;
    }

    private render(plan: Plan): TextEdit[] {
        const { doc, container } = plan;
        const items = merge(plan.items);
        const text = doc.textDocument.getText();
        const lines = text.split(/\r?\n/);
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const cst = container.$cstNode!;
        const baseIndent = indentOf(lines[cst.range.start.line] ?? '');
        const unit = indentUnit(doc, lines);
        const inner = baseIndent + unit;
        const renderItem = (it: Item, indent: string): string[] => it.kind === 'line'
            ? [indent + it.text]
            : [`${indent}${it.head} {`, ...it.items.flatMap((c) => renderItem(c, indent + unit)), `${indent}}`];
        const lineEnd = (line: number) => ({ line, character: (lines[line] ?? '').length });

        if (ast.isPolicy(container)) {
            // Each item after the last member that comes before it in the grammar's order.
            const groups = new Map<string, { at: { line: number; character: number }; items: Item[] }>();
            const open = leaves(cst).find((l) => l.text === '{');
            for (const it of items) {
                const order = MEMBER_ORDER.indexOf(typeOfItem(it));
                const before = container.members.filter((m) => MEMBER_ORDER.indexOf(m.$type) <= order && m.$cstNode).pop();
                const at = before ? lineEnd(before.$cstNode!.range.end.line) : open ? lineEnd(open.range.end.line) : cst.range.end;
                const key = `${at.line}:${at.character}`;
                const g = groups.get(key) ?? { at, items: [] };
                g.items.push(it);
                groups.set(key, g);
            }
            const rank = (it: Item) => MEMBER_ORDER.indexOf(typeOfItem(it));
            return [...groups.values()].map((g) => ({
                range: { start: g.at, end: g.at },
                newText: eol + g.items.sort((a, b) => rank(a) - rank(b)).flatMap((it) => renderItem(it, inner)).join(eol),
            }));
        }
        const close = leaves(cst).reverse().find((l) => l.text === '}' && l.astNode === container);
        const body = items.flatMap((it) => renderItem(it, inner));
        if (!close) {
            // No braces yet (provider "X"): open a block after the statement.
            return [{ range: { start: cst.range.end, end: cst.range.end }, newText: ` {${eol}${body.join(eol)}${eol}${baseIndent}}` }];
        }
        const closeLine = lines[close.range.start.line] ?? '';
        if (closeLine.slice(0, close.range.start.character).trim() === '') {
            const at = { line: close.range.start.line, character: 0 };
            return [{ range: { start: at, end: at }, newText: body.join(eol) + eol }];
        }
        return [{ range: { start: close.range.start, end: close.range.start }, newText: eol + body.join(eol) + eol + baseIndent }];
    }
}

/** The member an item writes: its key starts with the member's keyword (`follow-up`) or model field (`crisis`). */
function typeOfItem(it: Item): AstTypeName {
    const head = it.key.split(' ')[0];
    return memberOfHeadKeyword().get(head) ?? TYPE_OF_TOP[head] ?? 'Statement';
}

/** Items with the same key become one: blocks merge their lines, a line keeps the strictest duration. */
function merge(items: Item[]): Item[] {
    const out: Item[] = [];
    for (const it of items) {
        const same = out.findIndex((o) => o.key === it.key);
        if (same < 0) { out.push(it.kind === 'block' ? { ...it, items: [...it.items] } : it); continue; }
        const o = out[same];
        if (o.kind === 'block' && it.kind === 'block') o.items = merge([...o.items, ...it.items]);
        else if (o.kind === 'line' && it.kind === 'block') out[same] = { ...it, items: [...it.items] }; // the block says the line and more
        else if (o.kind === 'line' && it.kind === 'line' && it.minutes !== undefined && (o.minutes === undefined || it.minutes < o.minutes)) out[same] = it;
    }
    return out;
}

function indentOf(line: string): string {
    return /^[ \t]*/.exec(line)![0];
}

/** The indentation step the document uses (policy member indentation), default two spaces. */
function indentUnit(doc: LangiumDocument<ast.Document>, lines: string[]): string {
    const policy = doc.parseResult.value.policy;
    const first = policy?.members[0]?.$cstNode;
    if (!policy?.$cstNode || !first) return '  ';
    const outer = indentOf(lines[policy.$cstNode.range.start.line] ?? '');
    const inner = indentOf(lines[first.range.start.line] ?? '');
    return inner.length > outer.length ? inner.slice(outer.length) : '  ';
}

export function channelsInScope(documents: LangiumDocuments, doc: LangiumDocument<ast.Document>): string[] {
    const out: string[] = [];
    for (const u of [doc.uri.toString(), ...importClosure(documents, doc.uri)]) {
        const d = documents.getDocument(URI.parse(u)) as LangiumDocument<ast.Document> | undefined;
        for (const m of d?.parseResult.value.policy?.members ?? []) if (ast.isChannel(m) && m.name && !out.includes(m.name)) out.push(m.name);
    }
    return out;
}

function cmp(a: { line: number; character: number }, b: { line: number; character: number }): number {
    return a.line - b.line || a.character - b.character;
}

/** Keeps edits in order and drops any that overlap an earlier one (a deletion wins over an insert inside it). */
function dropOverlaps(edits: TextEdit[]): TextEdit[] {
    const out: TextEdit[] = [];
    for (const e of edits) {
        const last = out[out.length - 1];
        if (last && cmp(e.range.start, last.range.end) < 0) continue;
        out.push(e);
    }
    return out;
}
