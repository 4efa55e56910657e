/**
 * Re-parsing one top-level block (a policy member) instead of the whole document, when an edit
 * stays inside it. Langium re-parses a document from scratch on every change; a policy is a list
 * of independent blocks, so an edit inside one can be parsed alone and spliced into the old tree.
 *
 * The splice is taken only when the result is provably the one a full parse would give:
 * - the old parse had no lexer or parser error (so every old token boundary is a real one);
 * - the changed text lies inside one member's text, which follows whitespace (the tokens before
 *   it cannot grow into it);
 * - the member's new text, lexed together with the blocks that follow it (for the parser's
 *   lookahead at its end), lexes without error and parses as exactly one member that ends where
 *   the old member's end moved to, holding every comment inside it.
 * Otherwise the caller parses the whole document. Unchanged members keep their AST objects; the
 * CST leaves after the edit are moved by the edit's length and line delta, so offsets and ranges
 * equal those of a full parse.
 */
import { CompositeCstNodeImpl, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';
import type { Document, Member } from './generated/ast.js';
import { dropPropertyNodes } from './property-nodes.js';
import { changedRegion } from '../shared/text-diff.js';
import { positionAt } from '../shared/positions.js';

/** Characters of following blocks lexed and parsed after the edited one, for the parser's lookahead at its end. */
const LOOKAHEAD_CHARS = 256;

/** Why a change was not re-parsed as one block (for the bench and tests). */
export type FullParseReason = 'old-errors' | 'outside-blocks' | 'several-blocks' | 'no-space-before' | 'block-errors' | 'block-bounds';

export type ReparseOutcome = { block: number } | { full: FullParseReason };

/** Mutable view of Langium's CST node fields (kept private by its types). */
interface LeafFields { _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number }
interface CompositeFields { content: CstNode[]; _rangeCache: unknown; container?: CompositeCstNodeImpl; grammarSource?: unknown }

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xfeff || (c >= 0x0b && c <= 0x0c) || c === 0xa0;

/**
 * Re-parses the member of `result` that the change from `before` to `after` falls in and splices
 * it into `result` in place (the CST's text becomes `after`). Returns which block was re-parsed,
 * or why the whole document must be parsed (then `result` is untouched).
 */
export function reparseBlock(parser: LangiumParser, result: ParseResult<AstNode>, before: string, after: string): ReparseOutcome {
    if (result.lexerErrors.length || result.parserErrors.length) return { full: 'old-errors' };
    const doc = result.value as Document;
    const policy = doc.policy;
    const root = doc.$cstNode;
    if (!policy?.$cstNode || !root) return { full: 'outside-blocks' };
    const { start: from, beforeEnd: oldChangeEnd } = changedRegion(before, after);
    const members = policy.members;
    const index = memberAt(members, from);
    if (index < 0) return { full: 'outside-blocks' };
    const old = members[index].$cstNode!;
    const start = old.offset;
    const oldEnd = old.end;
    if (oldChangeEnd > oldEnd) return { full: 'several-blocks' };
    if (start === 0 || !isWhitespace(before.charCodeAt(start - 1))) return { full: 'no-space-before' };
    const delta = after.length - before.length;
    const newEnd = oldEnd + delta;
    // The following blocks join the parse: the parser decides where this one ends by looking at them.
    let windowEnd = after.length;
    for (let j = index + 1; j < members.length; j++) {
        const end = members[j].$cstNode!.end + delta;
        if (end - newEnd >= LOOKAHEAD_CHARS) { windowEnd = end; break; }
    }
    const window = after.slice(start, windowEnd);
    const sub = parser.parse(window, { rule: 'Member' });
    if (sub.lexerErrors.length || sub.parserErrors.some((e) => e.name !== 'NotAllInputParsedException')) return { full: 'block-errors' };
    const subRoot = sub.value.$cstNode as unknown as CompositeCstNodeImpl | undefined;
    const regionLength = newEnd - start;
    if (!subRoot || subRoot.offset !== 0 || subRoot.end !== regionLength) return { full: 'block-bounds' };
    // Every comment inside the block must belong to it (one before its first token would be dropped).
    const inside = (subRoot as unknown as CompositeFields).content.filter((n) => n.offset < regionLength);
    if (inside[0]?.offset !== 0 || inside.some((n) => n.hidden && n.end > regionLength)) return { full: 'block-bounds' };

    // Splice: the block's CST in absolute coordinates under the old block's parent, then move what follows.
    const startPos = old.range.start;
    const oldEndPos = old.range.end;
    const newEndPos = (() => {
        const p = positionAt(window, regionLength);
        return { line: startPos.line + p.line, character: p.line === 0 ? startPos.character + p.character : p.character };
    })();
    const block = new CompositeCstNodeImpl();
    const blockFields = block as unknown as CompositeFields;
    blockFields.grammarSource = (old as unknown as CompositeFields).grammarSource;
    blockFields.content = inside;
    for (const n of inside) {
        (n as unknown as CompositeFields).container = block;
        moveLeaves(n, (leaf) => {
            if (leaf._startLine === 0) leaf._startColumn += startPos.character;
            if (leaf._endLine === 0) leaf._endColumn += startPos.character;
            leaf._offset += start;
            leaf._startLine += startPos.line;
            leaf._endLine += startPos.line;
        });
    }
    const member = sub.value as unknown as Member & { $container: unknown; $containerProperty: string; $containerIndex: number; $cstNode: CstNode };
    block.astNode = member;
    member.$cstNode = block;
    member.$container = policy;
    member.$containerProperty = 'members';
    member.$containerIndex = index;
    (policy.members as Member[])[index] = member;
    dropPropertyNodes(policy);

    const parent = (old as unknown as CompositeFields).container!;
    const siblings = (parent as unknown as CompositeFields).content;
    siblings[siblings.indexOf(old)] = block;
    blockFields.container = parent;
    const lineDelta = newEndPos.line - oldEndPos.line;
    const columnDelta = newEndPos.character - oldEndPos.character;
    // Text of the same length on the same lines (a digit typed over another): nothing after the block moves, and
    // no ancestor's range changes (a member is never the first or last token of its policy: the keyword and `}` are).
    if (delta || lineDelta || columnDelta) shiftAfter(root as unknown as CompositeCstNodeImpl, block, oldEnd, oldEndPos.line, delta, lineDelta, columnDelta);
    (root as unknown as { _text: string })._text = after;
    return { block: index };
}

/** The member whose text holds `offset` (its end included, so typing at a block's end stays in it); -1 if none. */
function memberAt(members: Member[], offset: number): number {
    let lo = 0;
    let hi = members.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const cst = members[mid].$cstNode!;
        if (offset < cst.offset) hi = mid - 1;
        else if (offset > cst.end) lo = mid + 1;
        else return mid;
    }
    return -1;
}

function moveLeaves(node: CstNode, move: (leaf: LeafFields) => void): void {
    const content = (node as unknown as Partial<CompositeFields>).content;
    if (!content) {
        move(node as unknown as LeafFields);
        return;
    }
    (node as unknown as CompositeFields)._rangeCache = undefined;
    for (const child of content) moveLeaves(child, move);
}

/**
 * Moves every leaf at or after `oldEnd` (old offsets) by the edit: offsets by `delta`, lines by
 * `lineDelta`, and columns on the edit's last line by `columnDelta`. Range caches of the composites
 * that contain moved leaves or the new block are dropped.
 */
function shiftAfter(node: CompositeCstNodeImpl, block: CstNode, oldEnd: number, oldEndLine: number, delta: number, lineDelta: number, columnDelta: number): void {
    (node as unknown as CompositeFields)._rangeCache = undefined;
    const move = (leaf: LeafFields) => {
        if (leaf._offset < oldEnd) return;
        leaf._offset += delta;
        if (leaf._startLine === oldEndLine) leaf._startColumn += columnDelta;
        if (leaf._endLine === oldEndLine) leaf._endColumn += columnDelta;
        leaf._startLine += lineDelta;
        leaf._endLine += lineDelta;
    };
    for (const child of (node as unknown as CompositeFields).content) {
        if (child === block) continue;
        const content = (child as unknown as Partial<CompositeFields>).content;
        if (!content) {
            move(child as unknown as LeafFields);
            continue;
        }
        // A composite wholly before the block keeps its positions.
        if (child.end <= block.offset) continue;
        if (child.offset >= oldEnd) moveLeaves(child, move);
        else shiftAfter(child as CompositeCstNodeImpl, block, oldEnd, oldEndLine, delta, lineDelta, columnDelta);
    }
}
