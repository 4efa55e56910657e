import { createHash } from 'node:crypto';

/** Whitespace-insensitive text of a line, without a trailing comment. */
export function normalizeLine(line: string): string {
    let quote = '';
    let end = line.length;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote) {
            if (ch === quote) quote = '';
        } else if (ch === '"') quote = '"';
        else if (ch === '“') quote = '”';
        else if (ch === '/' && line[i + 1] === '/') { end = i; break; }
    }
    return line.slice(0, end).replace(/\s+/g, ' ').trim();
}

const BLOCK_END = /^[}\])]*$/;

/**
 * A finding's stable fingerprint: a hash of its ruleId and the normalised text of the offending line —
 * or, when that line says nothing by itself (blank, a closing brace), of the nearest line above it
 * (the block head). Line numbers never enter it, so edits elsewhere in the file keep it.
 */
export function fingerprint(ruleId: string, lines: readonly string[], line: number): string {
    // Many problems on one long line (a minified policy) share one hash: computing it per problem cost minutes.
    let memo = memos.get(lines);
    if (!memo) { memo = new Map(); memos.set(lines, memo); }
    const key = `${line}\u0000${ruleId}`;
    let f = memo.get(key);
    if (f === undefined) { f = compute(ruleId, lines, line); memo.set(key, f); }
    return f;
}

const memos = new WeakMap<readonly string[], Map<string, string>>();

function compute(ruleId: string, lines: readonly string[], line: number): string {
    let text = '';
    for (let l = Math.min(line, lines.length - 1); l >= 0; l--) {
        text = normalizeLine(lines[l] ?? '');
        if (text && !BLOCK_END.test(text)) break;
    }
    return createHash('sha256').update(`${ruleId}\u0000${text}`).digest('hex').slice(0, 16);
}
