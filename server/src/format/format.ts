/**
 * The ASPL formatter: one item per line, two-space indentation per block, single spaces,
 * every comment kept, at most one blank line kept between items. Idempotent by construction:
 * layout depends on the grammar, never on the input's spacing (except blank lines and
 * whether a comment stood on its own line). A file with syntax errors is not formatted.
 * Pure: no LSP types, used by the CLI (`aspl fmt`) and the language server alike.
 */
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, URI, type AstNode, type LeafCstNode } from 'langium';
import type { Lang } from '../i18n/locale.js';
import type { LanguageProblem } from '../parse/problems.js';
import { PolicyWorkspace } from '../parse/load.js';
import type { AsplCoreServices } from '../parse/aspl-module.js';
import { toProblems } from '../parse/problems.js';
import type { Document } from '../parse/generated/ast.js';
import { startsItem } from '../parse/items.js';
import { assignedFeature, reservedWords, vocabularyOf } from '../parse/grammar-map.js';
import { CURRENCIES, DISTANCE_UNITS, UNITS, lookup, type Vocabulary } from '../parse/vocabulary.js';
import { CJK, CJK_RANGE } from '../shared/cjk.js';

export interface FormatOptions {
    /** Rewrite every keyword, and every value word (签收 → receipt), into one language; default: keep them as written. */
    keywordLanguage?: 'en' | 'zh';
    indent?: string;
    /** The language of the problems returned for a file that does not parse. */
    lang?: Lang;
}

export type FormatResult = { ok: true; text: string } | { ok: false; problems: LanguageProblem[] };

/** A token made of letters (Latin or CJK): a keyword or a word, not a symbol. */
const WORDY = new RegExp(`[A-Za-z${CJK_RANGE}]`);
const TIGHT_AFTER = new Set(['¥', '￥', '/', '，', '、']);
const TIGHT_BEFORE = new Set([',', '，', '、', '/']);
const RANGE_SEPARATORS = new Set(['-', '~', '～', '至']);
const NUMBER = /^(INT|DECIMAL)$/;

let workspace: PolicyWorkspace | undefined;

/** Formats a policy text; returns the problems instead when it does not parse. */
export async function formatPolicyText(text: string, options: FormatOptions = {}, services?: AsplCoreServices): Promise<FormatResult> {
    const ws = services ? new PolicyWorkspace(services) : (workspace ??= new PolicyWorkspace());
    if (options.lang) ws.services.aspl.Settings.lang = options.lang;
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
        const word = valueText(leaf, options.keywordLanguage) ?? keywordText(leaf, options.keywordLanguage);
        if (leaf.hidden) {
            const ownLine = !prev || text.slice(prev.end, leaf.offset).includes('\n');
            if (ownLine) {
                newLine(leaf);
                line.push(commentText(leaf));
                flush();
            } else if (line.length === 0 && out.length) {
                // trailing comment of a line already written (e.g. after a block's `{`)
                out[out.length - 1] += ' ' + commentText(leaf);
            } else {
                line.push(' ' + commentText(leaf));
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
    // an amount range: 70-150元
    if (RANGE_SEPARATORS.has(t) && NUMBER.test(tokenName(prev))) return '';
    if (p === '-' && NUMBER.test(tokenName(leaf))) return '';
    if (RANGE_SEPARATORS.has(p) && NUMBER.test(tokenName(leaf)) && beforePrev && NUMBER.test(tokenName(beforePrev))) return '';
    // 2小时, 50元 — but not `网点数 40 授权`, where the word after the number is no unit.
    if (/^(INT|DECIMAL)$/.test(tokenName(prev)) && tokenName(leaf) === 'ID' && CJK.test(t[0]) && leaf.astNode.$type !== 'OutletCount') return '';
    if (p === '{' || t === '{') return ' ';
    return ' ';
}

/** A comment as written, with the output's line breaks (LF) inside a block comment too, so no file ends up with mixed line endings. */
function commentText(leaf: LeafCstNode): string {
    return leaf.text.replace(/\r\n?/g, '\n').trimEnd();
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
const reserved = new WeakMap<object, Set<string>>();

/**
 * A vocabulary word (签收, 商家, 电话 …) in the other language's preferred spelling, or undefined
 * when the leaf is no such word. Units and currencies stay as written: their spelling decides
 * the spacing (5天, 5 days), and both are already language-neutral in meaning.
 */
function valueText(leaf: LeafCstNode, lang: 'en' | 'zh' | undefined): string | undefined {
    if (!lang || GrammarAST.isKeyword(leaf.grammarSource) && !isWordKeyword(leaf)) return undefined;
    const feature = assignedFeature(leaf);
    const vocab: Vocabulary<string> | undefined = feature ? vocabularyOf(leaf.astNode.$type, feature) : undefined;
    // Units stay as written: a glued CJK unit (15万公里, 2小时) cannot take an English word in place.
    if (!vocab || vocab === UNITS || vocab === CURRENCIES || vocab === DISTANCE_UNITS) return undefined;
    const canonical = lookup(vocab, leaf.text);
    if (!canonical) return undefined;
    if ((lang === 'zh') === CJK.test(leaf.text)) return leaf.text;
    const grammar = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isGrammar);
    let keywords = grammar && reserved.get(grammar);
    if (grammar && !keywords) reserved.set(grammar, (keywords = reservedWords(grammar)));
    const spellings = (vocab.words as Record<string, readonly string[]>)[canonical] ?? [];
    return spellings.find((w) => (lang === 'zh') === CJK.test(w) && !keywords?.has(w)) ?? leaf.text;
}

/** A keyword the `Word` rule admits as a vocabulary spelling (custom / 定制 …). */
function isWordKeyword(leaf: LeafCstNode): boolean {
    return !!AstUtils.getContainerOfType(leaf.grammarSource, (n): n is GrammarAST.ParserRule => GrammarAST.isParserRule(n) && n.name === 'Word');
}

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
