/** "Did you mean …?": the known word closest to a mistyped one (edit distance, via leven). */
import leven from 'leven';

/** The closest candidate within a third of the word's length (at least 1 edit), else undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
    const w = word.toLowerCase();
    const limit = Math.max(1, Math.floor(w.length / 3));
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = leven(w, c.toLowerCase());
        if (d < bestDistance && d <= limit) { best = c; bestDistance = d; }
    }
    return best;
}

/** The candidates nearest to a word, nearest first (a quick fix offers a few, however far). */
export function nearest(word: string, candidates: readonly string[], most = 3): string[] {
    const w = word.toLowerCase();
    return candidates.map((c) => ({ c, d: leven(w, c.toLowerCase()) })).sort((a, b) => a.d - b.d).slice(0, most).map((x) => x.c);
}
