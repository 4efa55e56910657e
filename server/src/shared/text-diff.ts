/**
 * The one region where two texts differ, found by their common prefix and suffix: what the
 * formatter, a quick fix and the late compliance pass need (each edit changes one region).
 */
export interface ChangedRegion {
    /** First offset that differs (the same in both texts). */
    start: number;
    /** End of the changed region in the first text. */
    beforeEnd: number;
    /** End of the changed region in the second text. */
    afterEnd: number;
}

/**
 * `adjustStart` may move the start back (e.g. to a line start) before the common suffix is
 * measured, so prefix and suffix never overlap.
 */
export function changedRegion(before: string, after: string, adjustStart?: (start: number) => number): ChangedRegion {
    let p = 0;
    const max = Math.min(before.length, after.length);
    while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    if (adjustStart) p = adjustStart(p);
    let s = 0;
    while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
    return { start: p, beforeEnd: before.length - s, afterEnd: after.length - s };
}
