/**
 * Diagnostics of an earlier text on the current one: the one changed region (shared/text-diff.ts)
 * moves ranges of the old text to the new one and says whether a range touches the edited lines,
 * so diagnostics can be carried over until they are recomputed.
 */
import type { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedRegion } from '../../shared/text-diff.js';

export interface EditRegion {
    /** The range moved to the new text (a range inside the edited region shrinks to its start). */
    move(r: Range): Range;
    /** Does the range (of the old text) lie on a line the edit touched? */
    touches(r: Range): boolean;
}

export function editBetween(before: string, after: string): EditRegion {
    const { start: p, beforeEnd } = changedRegion(before, after);
    const oldDoc = TextDocument.create('memory:/before', 'aspl', 0, before);
    const newDoc = TextDocument.create('memory:/after', 'aspl', 0, after);
    const delta = after.length - before.length;
    const first = oldDoc.positionAt(p).line;
    const last = oldDoc.positionAt(beforeEnd).line;
    const pos = (x: Position): Position => {
        const o = oldDoc.offsetAt(x);
        const n = o <= p ? o : o >= beforeEnd ? o + delta : p;
        return newDoc.positionAt(n);
    };
    return {
        move: (r) => ({ start: pos(r.start), end: pos(r.end) }),
        touches: (r) => before !== after && r.start.line <= last && r.end.line >= first,
    };
}
