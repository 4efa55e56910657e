/** Levenshtein distance (short words only: names, vocabulary words, path segments). */
export function distance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

/** The candidates nearest to a word, nearest first (case-insensitive). */
export function nearest(word: string, candidates: readonly string[], most = 3): string[] {
    const w = word.toLowerCase();
    return candidates.map((c) => ({ c, d: distance(w, c.toLowerCase()) })).sort((a, b) => a.d - b.d).slice(0, most).map((x) => x.c);
}
