/**
 * Where two versions of a text differ, as one region (common prefix and suffix kept): ranges of
 * the old text are moved to the new one, and a range can say whether it touches the edited lines.
 * Used to carry diagnostics of an earlier text over to the current one until they are recomputed.
 */
import type { Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface EditRegion {
    /** The range moved to the new text (a range inside the edited region shrinks to its start). */
    move(r: Range): Range;
    /** Does the range (of the old text) lie on a line the edit touched? */
    touches(r: Range): boolean;
}

export function editBetween(before: string, after: string): EditRegion {
    let p = 0;
    const max = Math.min(before.length, after.length);
    while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
    const oldDoc = TextDocument.create('memory:/before', 'aspl', 0, before);
    const newDoc = TextDocument.create('memory:/after', 'aspl', 0, after);
    const delta = after.length - before.length;
    const first = oldDoc.positionAt(p).line;
    const last = oldDoc.positionAt(before.length - s).line;
    const pos = (x: Position): Position => {
        const o = oldDoc.offsetAt(x);
        const n = o <= p ? o : o >= before.length - s ? o + delta : p;
        return newDoc.positionAt(n);
    };
    return {
        move: (r) => ({ start: pos(r.start), end: pos(r.end) }),
        touches: (r) => before !== after && r.start.line <= last && r.end.line >= first,
    };
}
