/**
 * Diagnostics of an earlier text on the current one: the one changed region (shared/text-diff.ts)
 * moves ranges of the old text to the new one and says whether a range touches the edited lines,
 * so diagnostics can be carried over until they are recomputed.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import { positionAt } from '../../shared/positions.js';
import { changedRegion } from '../../shared/text-diff.js';

export interface EditRegion {
    /** The range moved to the new text (a range inside the edited region shrinks to its start). */
    move(r: Range): Range;
    /** Does the range (of the old text) lie on a line the edit touched? */
    touches(r: Range): boolean;
}

/** Positions of the region's start and ends are found once (no line table of either text: they are large when this runs on every keystroke). */
export function editBetween(before: string, after: string): EditRegion {
    const region = changedRegion(before, after);
    const start = positionAt(before, region.start);
    const oldEnd = positionAt(before, region.beforeEnd);
    const newEnd = positionAt(after, region.afterEnd);
    const cmp = (a: Position, b: Position) => (a.line - b.line) || (a.character - b.character);
    const pos = (x: Position): Position => {
        if (cmp(x, start) <= 0) return x;
        if (cmp(x, oldEnd) < 0) return start;
        return { line: x.line + newEnd.line - oldEnd.line, character: x.line === oldEnd.line ? x.character + newEnd.character - oldEnd.character : x.character };
    };
    return {
        move: (r) => ({ start: pos(r.start), end: pos(r.end) }),
        touches: (r) => before !== after && r.start.line <= oldEnd.line && r.end.line >= start.line,
    };
}

/** Diagnostics of `uri`'s earlier text moved by `edit` (their related places in the same file too), marked `carried` in their data. */
export function carryDiagnostics(diagnostics: Diagnostic[], edit: EditRegion, uri: string): Diagnostic[] {
    return diagnostics.map((d) => ({
        ...d,
        range: edit.move(d.range),
        relatedInformation: d.relatedInformation?.map((r) => (r.location.uri === uri ? { ...r, location: { ...r.location, range: edit.move(r.location.range) } } : r)),
        data: { ...(d.data as object), carried: true },
    }));
}
