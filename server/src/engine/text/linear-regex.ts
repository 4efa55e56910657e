/**
 * Catalog patterns on a linear-time engine (RE2 semantics, via re2js): no backtracking, so no
 * pattern a catalog or a company pack writes can stall the checker, whatever the text.
 * RE2 has no look-around and no back-references: such a pattern is refused on load.
 */
import { RE2JS } from 're2js';

export interface Span { start: number; end: number; text: string }

const compiled = new Map<string, RE2JS>();

function compile(pattern: string): RE2JS {
    let re = compiled.get(pattern);
    if (!re) { re = RE2JS.compile(pattern); compiled.set(pattern, re); }
    return re;
}

/** Why a pattern cannot be used (undefined when it can). */
export function patternError(pattern: string): string | undefined {
    try { compile(pattern); return undefined; } catch (e) { return (e as Error).message; }
}

/** Every non-overlapping match of a pattern, with UTF-16 offsets (the same as JavaScript strings). */
export function findAll(pattern: string, text: string): Span[] {
    const out: Span[] = [];
    const m = compile(pattern).matcher(text);
    while (m.find()) {
        if (m.end() > m.start()) out.push({ start: m.start(), end: m.end(), text: m.group() ?? '' });
    }
    return out;
}
