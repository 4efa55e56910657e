/** Where two versions of a text differ, and positions in a text, without building line tables. */

/** The first differing offset and the length of the common suffix (within the rest). */
export function changedRegion(before: string, after: string): { from: number; suffix: number } {
    const max = Math.min(before.length, after.length);
    let from = 0;
    while (from < max && before.charCodeAt(from) === after.charCodeAt(from)) from++;
    let suffix = 0;
    while (suffix < max - from && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    return { from, suffix };
}

/** The 0-based line and UTF-16 column of an offset; lines end at \n, \r\n or \r, as for the lexer and LSP documents. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    if (text.lastIndexOf('\r', offset) < 0) {
        // no carriage return before the offset: count line feeds natively
        for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return { line, character: offset - lineStart };
    }
    for (let i = 0; i < offset; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: offset - lineStart };
}
