/**
 * Removing what a finding says must go (a void term, a non-statutory exemption): the whole
 * statement with its line, one item of a list with its separator, an optional field with its
 * keyword, or else a placeholder in place of a required text — always leaving a file that parses.
 */
import { CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { Lang } from '../../i18n/locale.js';
import type { Src } from '../../model/types.js';
import * as ast from '../../parse/generated/ast.js';
import { nextLeaf, previousLeaf } from '../../parse/cst-leaves.js';
import { TODO_PLACEHOLDER } from '../../parse/placeholders.js';

const SEPARATORS = [',', '，', '、'];

/** The one edit that removes `node` (written at `src`), or undefined when there is nothing to remove. */
export function removal(doc: LangiumDocument<ast.Document>, node: AstNode, src: Src, lang: Lang): TextEdit | undefined {
    const text = doc.textDocument.getText();
    const del = (start: number, end: number): TextEdit => ({ range: { start: doc.textDocument.positionAt(start), end: doc.textDocument.positionAt(end) }, newText: '' });
    // A whole statement goes, with its line when nothing else is on it.
    if (ast.isStatement(node) && node.$cstNode) return del(...lineSpan(text, node.$cstNode.offset, node.$cstNode.end));
    const leaf = CstUtils.findLeafNodeAtOffset(doc.parseResult.value.$cstNode!, doc.textDocument.offsetAt(src.range.start));
    const item = ast.isExemption(node) ? node.$cstNode : leaf;
    if (!item) return undefined;
    const prev = previousLeaf(item);
    const next = nextLeaf(item);
    const isSep = (l: CstNode | undefined) => !!l && GrammarAST.isKeyword(l.grammarSource) && SEPARATORS.includes(l.text);
    if (isSep(prev)) return del(prev!.offset, item.end);
    if (isSep(next)) { const after = nextLeaf(next!); return del(item.offset, after ? after.offset : next!.end); }
    if (ast.isExemption(node)) {
        // The only exemption: drop `except` too.
        const kw = prev && GrammarAST.isKeyword(prev.grammarSource) ? prev : undefined;
        return del(kw ? kw.offset : item.offset, item.end);
    }
    // `keyword "text"` of an optional field: the field goes; a required text becomes a placeholder.
    if (prev && GrammarAST.isKeyword(prev.grammarSource) && isOptional(leaf!)) return del(...lineSpan(text, prev.offset, item.end));
    return { range: src.range, newText: `"${TODO_PLACEHOLDER[lang]}"` };
}

/** Is the assignment holding this leaf optional (inside `?` / `*` before reaching its rule)? */
function isOptional(leaf: CstNode): boolean {
    let el: AstNode | undefined = leaf.grammarSource;
    while (el && !GrammarAST.isParserRule(el)) {
        const card = (el as GrammarAST.AbstractElement).cardinality;
        if (card === '?' || card === '*') return true;
        el = el.$container;
    }
    return false;
}

/** [start, end) of a deletion, widened to whole lines when nothing else stays on them. */
function lineSpan(text: string, start: number, end: number): [number, number] {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd);
    if (before.trim() === '' && after.trim() === '') return [lineStart, Math.min(text.length, lineEnd + 1)];
    if (before.trim() === '') return [start, end + (after.length - after.trimStart().length)];
    return [start - (before.length - before.trimEnd().length), end];
}
