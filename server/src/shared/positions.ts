/** Positions in a text without building its line table (for one or two look-ups in a large text). */

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
