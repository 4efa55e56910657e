/**
 * Text patterns from catalogs and company packs, run on a linear-time engine (RE2 semantics,
 * the pure-JavaScript port `re2js`): matching time grows with the text, whatever the pattern,
 * so no pack can stall the engine (JavaScript's backtracking RegExp could, e.g. `((a+))+$`).
 * What RE2 cannot express (backreferences, look-around) is a load error at its column.
 * The one place patterns are compiled; checks and detectors use `compilePattern`.
 */
import { RE2JS, RE2JSSyntaxException } from 're2js';
import { defineMessages, type Msg } from '../i18n/message.js';

/** One match: UTF-16 offsets into the text, like String.prototype.slice. */
export interface PatternSpan { start: number; end: number; text: string }

export interface PatternMatcher {
    readonly source: string;
    /** Does the pattern match anywhere in the text? */
    test(text: string): boolean;
    /** Every non-overlapping match, left to right (an empty match advances by one character). */
    spans(text: string): PatternSpan[];
}

export type CompiledPattern =
    | { ok: true; matcher: PatternMatcher }
    /** `column`: 1-based, in the pattern's source, where RE2 stopped understanding it. */
    | { ok: false; error: Msg; column: number };

/** Longest pattern accepted: catalog patterns are phrases, not programs. */
export const MAX_PATTERN_CHARS = 200;

/** RE2's reasons, in both languages (RE2 itself speaks English only). */
const REASONS: Record<string, string> = {
    'invalid character class range': '字符类范围无效',
    'invalid escape sequence': '不支持的转义（反向引用 \\1 等不受支持）',
    'invalid named capture': '命名分组无效',
    'invalid or unsupported Perl syntax': '不支持的语法（环视 (?= (?! (?<= (?<! 等不受支持）',
    'invalid nested repetition operator': '量词嵌套无效（如 a**）',
    'invalid repeat count': '重复次数无效（上限 1000）',
    'missing closing ]': '缺少右方括号 ]',
    'missing closing )': '缺少右括号 )',
    'missing argument to repetition operator': '量词前没有可重复的内容',
    'trailing backslash at end of expression': '末尾多了一个反斜杠',
    'duplicate capture group name': '分组名重复',
    'unexpected )': '多余的右括号 )',
    'expression nests too deeply': '嵌套过深',
    'expression too large': '表达式过大',
};

const M = defineMessages('pattern', {
    tooLong: { zh: '模式过长（上限 {limit} 字符）', en: 'pattern too long (limit {limit} characters)' },
    /** `reason`: RE2's English words with their Chinese; `fragment`: where RE2 stopped (or nothing). */
    notRE2: { zh: '线性时间正则（RE2）无法表达此模式：{reason}{fragment}', en: 'pattern not expressible in linear-time regular expressions (RE2): {reason}{fragment}' },
    fragment: { zh: '：`{text}`', en: ': `{text}`' },
});

const cache = new Map<string, CompiledPattern>();

/** Compiles a pattern once (results are cached by source). */
export function compilePattern(source: string): CompiledPattern {
    let c = cache.get(source);
    if (!c) { c = compile(source); cache.set(source, c); }
    return c;
}

function compile(source: string): CompiledPattern {
    if (source.length > MAX_PATTERN_CHARS) {
        return { ok: false, column: MAX_PATTERN_CHARS + 1, error: M.tooLong({ limit: MAX_PATTERN_CHARS }) };
    }
    let re: RE2JS;
    try {
        re = RE2JS.compile(source);
    } catch (e) {
        const reason = e instanceof RE2JSSyntaxException ? e.error ?? e.message : String((e as Error)?.message ?? e);
        const fragment = e instanceof RE2JSSyntaxException ? e.input ?? '' : '';
        const at = fragment ? source.indexOf(fragment) : -1;
        return { ok: false, column: at < 0 ? 1 : at + 1, error: M.notRE2({ reason: { zh: REASONS[reason] ?? reason, en: reason }, fragment: fragment ? M.fragment({ text: fragment }) : '' }) };
    }
    return { ok: true, matcher: matcherOf(source, re) };
}

/** A pattern list made ready for matchesAny: the list's gate, then each pattern with what its matches must contain. */
interface GatedList {
    gate: RegExp | null;
    patterns: Array<{ source: string; needs: RegExp[] }>;
}
const gated = new WeakMap<readonly string[], GatedList>();

/**
 * Does any of the patterns match anywhere in the text? Detectors ask this first, since most texts
 * match none of their patterns. First the list's gate: every match of a pattern contains one of its
 * required literals (below), so a text with none of the list's literals cannot match, and the native
 * search for those strings (a few plain words, no pattern syntax) turns most texts away at a fraction
 * of RE2's cost. A text past the gate (its literals are often single characters, 不 后 退, that many
 * texts hold) meets each pattern's own requirements, every set of strings its matches hold one of,
 * the most telling first (native searches again); RE2 reads the text only for a pattern whose sets
 * all hold, with that pattern alone (compiled once, compilePattern). Before, the list's alternation
 * was compiled and read instead: ~150 ms per thread to compile (a one-file check pays it too), more
 * than its single pass saved over a 1,000-file run (measured).
 */
export function matchesAny(patterns: readonly string[], text: string): boolean {
    let g = gated.get(patterns);
    if (g === undefined) {
        g = { gate: gateOf(patterns), patterns: patterns.map((source) => ({ source, needs: [...(requirements(source) ?? [])].sort(telling).map(searchFor) })) };
        gated.set(patterns, g);
    }
    if (g.gate && !g.gate.test(text)) return false;
    for (const p of g.patterns) {
        if (!p.needs.every((n) => n.test(text))) continue;
        // a pattern refused on load matches nothing
        const c = compilePattern(p.source);
        if (c.ok && c.matcher.test(text)) return true;
    }
    return false;
}

/** The list's literals as one native search, or null when some pattern has none (then every text is read). */
function gateOf(patterns: readonly string[]): RegExp | null {
    const all: string[] = [];
    for (const p of patterns) {
        const l = requiredLiterals(p);
        if (!l) return null;
        all.push(...l);
    }
    return searchFor(all);
}

/** One native search for any of the strings; a string containing another adds nothing (any text holding it holds the shorter one). */
function searchFor(strings: readonly string[]): RegExp {
    const distinct = [...new Set(strings)];
    const kept = distinct.filter((a) => !distinct.some((b) => b !== a && a.includes(b)));
    return new RegExp(kept.map((l) => l.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'));
}

/** Set by build/bundle.mjs (esbuild `define`) to the JSON of requirementTable() for the shipped catalogs; absent under tsc. */
declare const __ASPL_PATTERN_REQUIREMENTS__: string | undefined;
type Requirements = ReadonlyArray<readonly string[]>;
let shipped: Record<string, Requirements | null> | null | undefined;
const known = new Map<string, Requirements | null>();

/**
 * Sets of strings such that every match of the pattern contains at least one string of each set
 * (an AND of ORs), or null when RE2 finds none (a class or optional part at every position, case
 * folding). Read from the prefilter re2js builds for the compiled pattern (a tree of required
 * strings: all of an AND, one of an OR): an AND gives the sets of all its parts, an OR one set, the
 * strings of the best set of each of its parts (as requiredLiterals), so the sets only ever weaken
 * the prefilter RE2 itself trusts. The shipped catalogs' sets come from the build (they depend on
 * the pattern's text only), so a run compiles no pattern to know them.
 */
export function requirements(source: string): Requirements | null {
    shipped ??= typeof __ASPL_PATTERN_REQUIREMENTS__ === 'string' ? JSON.parse(__ASPL_PATTERN_REQUIREMENTS__) as Record<string, Requirements | null> : null;
    if (shipped && Object.hasOwn(shipped, source)) return shipped[source];
    let r = known.get(source);
    if (r === undefined) {
        const c = compilePattern(source);
        r = c.ok ? fromPrefilter((c.matcher as { re2?: RE2JS }).re2) : null;
        known.set(source, r);
    }
    return r;
}

/**
 * Strings of which every match of the pattern contains at least one: the best of its requirements
 * (the longest strings, then the fewest), or null when it has none.
 */
export function requiredLiterals(source: string): readonly string[] | null {
    return best(requirements(source));
}

/** Build time: the requirements of every pattern compiled so far (the catalogs just loaded). */
export function requirementTable(): Record<string, Requirements | null> {
    return Object.fromEntries([...cache.keys()].map((source) => [source, requirements(source)]));
}

/** re2js's prefilter node (re2js 2.10: RE2JS → re2Input.prefilter); anything else reads as no set. */
interface PrefilterNode { type: number; str: string; subs: PrefilterNode[] }
const EXACT = 1, AND = 2, OR = 3;

function fromPrefilter(re: RE2JS | undefined): Requirements | null {
    const root = (re as unknown as { re2Input?: { prefilter?: PrefilterNode | null } } | undefined)?.re2Input?.prefilter;
    return root ? required(root) : null;
}

function required(n: PrefilterNode): string[][] | null {
    if (n.type === EXACT) return typeof n.str === 'string' && n.str.length > 0 ? [[n.str]] : null;
    if (!Array.isArray(n.subs) || n.subs.length === 0) return null;
    if (n.type === OR) {
        const out: string[] = [];
        for (const sub of n.subs) {
            const l = best(required(sub));
            if (!l) return null;
            out.push(...l);
        }
        return [out];
    }
    if (n.type === AND) {
        // a part without strings weakens nothing: the other parts' sets still hold
        const out = n.subs.flatMap((sub) => required(sub) ?? []);
        return out.length ? out : null;
    }
    return null;
}

/** The most telling of the sets (the first of equals). */
function best(sets: Requirements | null): readonly string[] | null {
    return sets ? sets.reduce((b, s) => (telling(s, b) < 0 ? s : b)) : null;
}

const shortest = (l: readonly string[]) => Math.min(...l.map((s) => s.length));
/** Orders sets of strings, the more telling first: the longer their shortest string, then the fewer strings. */
function telling(a: readonly string[], b: readonly string[]): number {
    return shortest(b) - shortest(a) || a.length - b.length;
}

function matcherOf(source: string, re: RE2JS): PatternMatcher & { re2: RE2JS } {
    return {
        source,
        re2: re,
        test: (text) => re.test(text),
        spans: (text) => {
            const out: PatternSpan[] = [];
            const m = re.matcher(text);
            while (m.find()) out.push({ start: m.start(), end: m.end(), text: m.group() ?? '' });
            return out;
        },
    };
}
