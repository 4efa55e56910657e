/**
 * Explicit text edits on a base policy, for the clause tables of tests/engine/*.test.ts.
 * Lines are found by what their trimmed text starts with; a prefix that matches no line or
 * several lines throws, so every edit says exactly which line it changes.
 */

export type Edit =
    | { op: 'replace'; line: string; with: string }
    | { op: 'delete'; line: string }
    | { op: 'insertAfter'; line: string; text: string }
    | { op: 'replaceIn'; block: string; line: string; with: string }
    | { op: 'deleteIn'; block: string; line: string }
    | { op: 'deleteBlock'; head: string | RegExp }
    | { op: 'deleteAll'; pattern: RegExp }
    | { op: 'substitute'; pattern: RegExp; with: string };

/** Replace the one line starting with `line` by `to` (indentation kept). */
export const replace = (line: string, to: string): Edit => ({ op: 'replace', line, with: to });
/** Delete the one line starting with `line`. */
export const del = (line: string): Edit => ({ op: 'delete', line });
/** Insert `text` as a new line (same indentation) after the one line starting with `line`. */
export const insertAfter = (line: string, text: string): Edit => ({ op: 'insertAfter', line, text });
/** Inside the block whose head line starts with `block`: replace its first line starting with `line`. */
export const replaceIn = (block: string, line: string, to: string): Edit => ({ op: 'replaceIn', block, line, with: to });
/** Inside the block whose head line starts with `block`: delete its first line starting with `line`. */
export const deleteIn = (block: string, line: string): Edit => ({ op: 'deleteIn', block, line });
/** Delete a whole `{ … }` block: the one whose head starts with a string, or every head matching a RegExp. */
export const delBlock = (head: string | RegExp): Edit => ({ op: 'deleteBlock', head });
/** Delete every line matching the pattern (tested on the whole line). */
export const delAll = (pattern: RegExp): Edit => ({ op: 'deleteAll', pattern });
/** A RegExp replacement on the whole text (use the g and m flags). */
export const substitute = (pattern: RegExp, to: string): Edit => ({ op: 'substitute', pattern, with: to });

export function describeEdit(e: Edit): string {
    switch (e.op) {
        case 'replace': return `"${e.line}…" → "${e.with}"`;
        case 'delete': return `delete "${e.line}"`;
        case 'insertAfter': return `insert "${e.text}"`;
        case 'replaceIn': return `in "${e.block}": "${e.line}…" → "${e.with}"`;
        case 'deleteIn': return `in "${e.block}": delete "${e.line}"`;
        case 'deleteBlock': return `delete block ${String(e.head)}`;
        case 'deleteAll': return `delete lines ${String(e.pattern)}`;
        case 'substitute': return `${String(e.pattern)} → "${e.with}"`;
    }
}

const indentOf = (l: string) => /^\s*/.exec(l)![0];

function only(lines: string[], prefix: string, from = 0, to = lines.length): number {
    const hits: number[] = [];
    for (let i = from; i < to; i++) if (lines[i].trim().startsWith(prefix)) hits.push(i);
    if (hits.length !== 1) throw new Error(`"${prefix}" matches ${hits.length} lines (expected exactly one)`);
    return hits[0];
}

/** The line index that closes the block opened on line `head` (same indentation, a lone `}`). */
function blockEnd(lines: string[], head: number): number {
    const close = `${indentOf(lines[head])}}`;
    if (lines[head].trimEnd().endsWith('}')) return head; // a one-line block
    for (let i = head + 1; i < lines.length; i++) if (lines[i].trimEnd() === close) return i;
    throw new Error(`block "${lines[head].trim()}" is not closed`);
}

function firstIn(lines: string[], block: string, prefix: string): number {
    const head = only(lines, block);
    const end = blockEnd(lines, head);
    for (let i = head + 1; i < end; i++) if (lines[i].trim().startsWith(prefix)) return i;
    throw new Error(`no line "${prefix}" in block "${block}"`);
}

export function apply(text: string, edits: Edit[]): string {
    let lines = text.split('\n');
    for (const e of edits) {
        switch (e.op) {
            case 'replace': { const i = only(lines, e.line); lines[i] = indentOf(lines[i]) + e.with; break; }
            case 'delete': lines.splice(only(lines, e.line), 1); break;
            case 'insertAfter': { const i = only(lines, e.line); lines.splice(i + 1, 0, indentOf(lines[i]) + e.text); break; }
            case 'replaceIn': { const i = firstIn(lines, e.block, e.line); lines[i] = indentOf(lines[i]) + e.with; break; }
            case 'deleteIn': lines.splice(firstIn(lines, e.block, e.line), 1); break;
            case 'deleteBlock': {
                if (typeof e.head === 'string') {
                    const h = only(lines, e.head);
                    lines.splice(h, blockEnd(lines, h) - h + 1);
                } else {
                    let n = 0;
                    for (let i = 0; i < lines.length; i++) {
                        if (!(e.head as RegExp).test(lines[i])) continue;
                        lines.splice(i, blockEnd(lines, i) - i + 1);
                        i--; n++;
                    }
                    if (!n) throw new Error(`no block head matches ${String(e.head)}`);
                }
                break;
            }
            case 'deleteAll': {
                const before = lines.length;
                lines = lines.filter((l) => !e.pattern.test(l));
                if (lines.length === before) throw new Error(`no line matches ${String(e.pattern)}`);
                break;
            }
            case 'substitute': {
                const joined = lines.join('\n');
                const out = joined.replace(e.pattern, e.with);
                if (out === joined) throw new Error(`${String(e.pattern)} changed nothing`);
                lines = out.split('\n');
                break;
            }
        }
    }
    return lines.join('\n');
}

/** A line locator: the 1-based number of the one line whose trimmed text starts with `prefix`. */
export const at = (prefix: string) => (text: string): number => only(text.split('\n'), prefix) + 1;
/** The n-th (1-based) of several lines starting with `prefix`. */
export const nth = (prefix: string, n: number) => (text: string): number => {
    const hits = text.split('\n').flatMap((l, i) => (l.trim().startsWith(prefix) ? [i + 1] : []));
    if (hits.length < n) throw new Error(`"${prefix}" has only ${hits.length} lines`);
    return hits[n - 1];
};
/** The first line starting with `prefix` inside the block whose head line starts with `block`. */
export const atIn = (block: string, prefix: string) => (text: string): number => firstIn(text.split('\n'), block, prefix) + 1;
