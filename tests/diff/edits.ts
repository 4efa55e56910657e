/** What the diff tests share: fixture edits applied to a base policy, and where a change points. */
import type { Change } from '../../server/src/diff/index.js';

/** Each `[from, to]` replaces the first `from`; an edit that no longer applies fails the test at once. */
export function applyEdits(text: string, edits: Array<[string, string]>): string {
    let out = text;
    for (const [from, to] of edits) {
        if (!out.includes(from)) throw new Error(`fixture edit does not apply: ${from}`);
        out = out.replace(from, to);
    }
    return out;
}

/** The 1-based line a change points at on one side (null when that side has none). */
export const changeLine = (c: Change, side: 'oldSrc' | 'newSrc') => (c[side] ? c[side]!.range.start.line + 1 : null);
