/**
 * The ASPL formatter: one item per line, two-space indentation per block, single spaces,
 * every comment kept, at most one blank line kept between items. Idempotent by construction:
 * layout depends on the grammar, never on the input's spacing (except blank lines and
 * whether a comment stood on its own line). A file with syntax errors is not formatted.
 * Pure: no LSP types, used by the CLI (`aspl fmt`) and the language server alike.
 */
import { CstUtils, GrammarAST, isLeafCstNode, URI, type AstNode, type LeafCstNode } from 'langium';
import type { LanguageProblem } from '../parse/problems.js';
import { PolicyWorkspace } from '../parse/load.js';
import type { AsplCoreServices } from '../parse/aspl-module.js';
import { toProblems } from '../parse/problems.js';
import type { Document } from '../parse/generated/ast.js';
import { startsItem } from '../parse/items.js';
import { CJK, CJK_RANGE } from '../shared/cjk.js';

export interface FormatOptions {
    /** Rewrite every keyword into one language; default: keep each keyword as written. */
    keywordLanguage?: 'en' | 'zh';
    indent?: string;
}

export type FormatResult = { ok: true; text: string } | { ok: false; problems: LanguageProblem[] };

/** A token made of letters (Latin or CJK): a keyword or a word, not a symbol. */
const WORDY = new RegExp(`[A-Za-z${CJK_RANGE}]`);
const TIGHT_AFTER = new Set(['¥', '￥', '/', '，', '、']);
const TIGHT_BEFORE = new Set([',', '，', '、', '/']);
const RANGE_SEPARATORS = new Set(['-', '~', '至']);

let workspace: PolicyWorkspace | undefined;

/** Formats a policy text; returns the problems instead when it does not parse. */
export async function formatPolicyText(text: string, options: FormatOptions = {}, services?: AsplCoreServices): Promise<FormatResult> {
    const ws = services ? new PolicyWorkspace(services) : (workspace ??= new PolicyWorkspace());
    const uri = URI.parse(`memory:/format/${Date.now()}-${Math.random().toString(36).slice(2)}.aspl`);
    const doc = ws.services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
    const { lexerErrors, parserErrors } = doc.parseResult;
    if (lexerErrors.length || parserErrors.length) {
        ws.services.shared.workspace.LangiumDocuments.addDocument(doc);
        await ws.services.shared.workspace.DocumentBuilder.build([doc], { validation: { categories: ['built-in'] } });
        const problems = toProblems(doc).filter((p) => p.severity === 'error');
        ws.services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        return { ok: false, problems };
    }
    return { ok: true, text: layout(doc.parseResult.value, text, options) };
}

/** Lays out a parsed document (also used by the server on an already parsed document). */
export function layout(root: AstNode, text: string, options: FormatOptions = {}): string {
    const indentUnit = options.indent ?? '  ';
    const leaves = CstUtils.streamCst(root.$cstNode!).filter(isLeafCstNode).filter((l) => l.text.trim().length > 0).toArray();
    const out: string[] = [];
    let line: string[] = [];
    let depth = 0;
    const multiline: boolean[] = [];
    let prev: LeafCstNode | undefined;

    const flush = () => {
        if (line.length) out.push(indentUnit.repeat(Math.max(depth, 0)) + line.join(''));
        line = [];
    };
    const blankBefore = (leaf: LeafCstNode) => {
        if (!prev) return false;
        const gap = text.slice(prev.end, leaf.offset);
        return (gap.match(/\n/g)?.length ?? 0) >= 2;
    };
    const newLine = (leaf: LeafCstNode) => {
        flush();
        const lastOut = out[out.length - 1];
        if (blankBefore(leaf) && out.length && lastOut.trim() !== '' && !lastOut.trimEnd().endsWith('{')) out.push('');
    };

    for (let i = 0; i < leaves.length; i++) {
        const leaf = leaves[i];
        const word = keywordText(leaf, options.keywordLanguage);
        if (leaf.hidden) {
            const ownLine = !prev || text.slice(prev.end, leaf.offset).includes('\n');
            if (ownLine) {
                newLine(leaf);
                line.push(leaf.text.trimEnd());
                flush();
            } else if (line.length === 0 && out.length) {
                // trailing comment of a line already written (e.g. after a block's `{`)
                out[out.length - 1] += ' ' + leaf.text.trimEnd();
            } else {
                line.push(' ' + leaf.text.trimEnd());
                if (leaf.text.startsWith('//')) flush();
            }
            prev = leaf;
            continue;
        }
        if (word === '}') {
            const wasMulti = multiline.pop() ?? false;
            if (wasMulti) {
                flush();
                depth--;
                line.push('}');
            } else {
                depth--;
                line.push(line.length ? ' }' : '}');
            }
            prev = leaf;
            continue;
        }
        if (line.length === 0 || startsItem(leaf)) {
            if (line.length) newLine(leaf);
            else if (prev && !prev.hidden) newLine(leaf);
            else if (prev && blankBefore(leaf) && out.length && out[out.length - 1].trim() !== '' && !out[out.length - 1].trimEnd().endsWith('{')) out.push('');
            line.push(word);
        } else {
            line.push(spacing(prev, leaf, leaves[i - 2]) + word);
        }
        if (word === '{') {
            const multi = blockHasItems(leaves, i);
            multiline.push(multi);
            if (multi) flush();
            depth++;
        }
        prev = leaf;
    }
    flush();
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** The space written before `leaf` on a line (tight around range dashes, before commas, between a number and a CJK unit). */
function spacing(prev: LeafCstNode | undefined, leaf: LeafCstNode, beforePrev: LeafCstNode | undefined): string {
    if (!prev || prev.hidden) return ' ';
    const t = leaf.text;
    const p = prev.text;
    if (TIGHT_BEFORE.has(t) || TIGHT_AFTER.has(p)) return '';
    if (RANGE_SEPARATORS.has(t) && tokenName(prev) === 'TIME') return '';
    if (RANGE_SEPARATORS.has(p) && tokenName(leaf) === 'TIME' && beforePrev && tokenName(beforePrev) === 'TIME') return '';
    if (p === '-' && /^(INT|DECIMAL)$/.test(tokenName(leaf))) return '';
    if (/^(INT|DECIMAL)$/.test(tokenName(prev)) && tokenName(leaf) === 'ID' && CJK.test(t[0])) return '';
    if (p === '{' || t === '{') return ' ';
    return ' ';
}

function tokenName(leaf: LeafCstNode): string {
    return leaf.tokenType?.name ?? '';
}

/** Does the block opened at `open` contain item starts at its own level (then it spans lines)? */
function blockHasItems(leaves: LeafCstNode[], open: number): boolean {
    let depth = 0;
    for (let j = open + 1; j < leaves.length; j++) {
        const l = leaves[j];
        if (l.hidden) { if (depth === 0) return true; continue; }
        if (l.text === '{') depth++;
        else if (l.text === '}') { if (depth === 0) return false; depth--; }
        else if (depth === 0 && startsItem(l)) return true;
    }
    return false;
}

/** A keyword in the requested language: its alias from the same `('en' | '中文')` choice. */
function keywordText(leaf: LeafCstNode, lang: 'en' | 'zh' | undefined): string {
    const kw = leaf.grammarSource;
    if (!lang || !GrammarAST.isKeyword(kw)) return leaf.text;
    const choice: unknown = kw.$container;
    if (!GrammarAST.isAlternatives(choice) || !choice.elements.every((e) => GrammarAST.isKeyword(e))) return leaf.text;
    if (!WORDY.test(leaf.text)) return leaf.text; // symbols such as '/' stay
    const isZh = CJK.test(leaf.text);
    if ((lang === 'zh') === isZh) return leaf.text;
    const alias = choice.elements.map((k) => (k as GrammarAST.Keyword).value).find((v) => (lang === 'zh') === CJK.test(v));
    return alias ?? leaf.text;
}
