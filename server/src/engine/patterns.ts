/**
 * Text patterns from catalogs and company packs, run on a linear-time engine (RE2 semantics,
 * the pure-JavaScript port `re2js`): matching time grows with the text, whatever the pattern,
 * so no pack can stall the engine (JavaScript's backtracking RegExp could, e.g. `((a+))+$`).
 * What RE2 cannot express (backreferences, look-around) is a load error at its column.
 * The one place patterns are compiled; checks and detectors use `compilePattern`.
 */
import { RE2JS, RE2JSSyntaxException } from 're2js';
import { defineMessages, type Msg } from '../i18n/message.js';
import { foldedStringId, holdsString, sieveOf, stringId, upToDate, type Sieve } from './sieve.js';

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

/** A list as the sieve asks it: its gates (masks of string numbers, below), and what each of its patterns requires, as string numbers. */
interface List { gates: Int32Array[]; needs: Needs[] }
const lists = new WeakMap<readonly string[], List>();

/**
 * Does any of the patterns match anywhere in the text (given as itself or as its sieve)? The text's
 * sieve (engine/sieve.ts) knows which of the strings every pattern requires the text holds, so two
 * tests come before RE2 runs, both bit lookups. The list's gates: masks of a few strings, at least one
 * of which every match of every pattern in the list contains (below), turn most texts away at once.
 * Then each pattern's own required strings: a text lacking them cannot match that pattern, so it is
 * neither compiled nor run. Most patterns of the shipped catalogs are never compiled in a run (a
 * one-file check spent a third of its time compiling and first running RE2 automata before this).
 * The answer is not kept: the wording checks keep their hits with the sieve (checks/void-wording.ts),
 * and asking again costs a few bit tests.
 */
export function matchesAny(patterns: readonly string[], text: string | Sieve): boolean {
    // the list's strings are numbered before the text's sieve is brought up to date
    const l = listOf(patterns);
    return ask(l, patterns, typeof text === 'string' ? sieveOf(text) : upToDate(text));
}

function listOf(patterns: readonly string[]): List {
    let l = lists.get(patterns);
    if (l === undefined) {
        const required = patterns.map(requiredStrings);
        l = { gates: gatesOf(required), needs: required.map(needsOf) };
        lists.set(patterns, l);
    }
    return l;
}

/**
 * One gate for several lists: a text it turns away matches no pattern of any of them, since it holds
 * none of the strings of the lists' first gates, or none of their second gates. A check reading many
 * lists in every text of a policy (the wording kinds) asks two masks per text instead of each list's.
 * Undefined when some list has no gates (a pattern requiring nothing).
 */
export function listsGate(lists: readonly (readonly string[])[]): ((text: Sieve) => boolean) | undefined {
    // the lists' strings are numbered here, before any sieve is brought up to date below
    const all = lists.map(listOf);
    if (all.some((l) => l.gates.length === 0)) return undefined;
    const first = unionOf(all.map((l) => l.gates[0]));
    const second = unionOf(all.map((l) => l.gates[1] ?? l.gates[0]));
    return (text) => {
        const s = upToDate(text);
        return holdsOneOf(first, s) && holdsOneOf(second, s);
    };
}

function ask(l: List, patterns: readonly string[], s: Sieve): boolean {
    for (const g of l.gates) if (!holdsOneOf(g, s)) return false;
    for (let i = 0; i < patterns.length; i++) {
        if (!met(l.needs[i], s)) continue;
        const c = compilePattern(patterns[i]);
        if (c.ok && c.matcher.test(s.text)) return true;
    }
    return false;
}

/**
 * The list's gates: the first holds, for each pattern, the strings of the part of it a text is least
 * likely to hold (one of them is in every match); the second those of its next part (a pattern of one
 * part gives the same again). A match of any pattern holds one string of each gate, so a text that
 * fails either cannot match; two gates turn away texts that one with a common word (后, 服务) let
 * through (half the texts of a realistic policy passed some lists' single gate, measured). No gates
 * when some pattern requires nothing (then each pattern is asked).
 */
function gatesOf(required: readonly RequiredStrings[]): Int32Array[] {
    const parts = required.map(partsOf);
    if (parts.some((p) => p.length === 0)) return [];
    const gates: Int32Array[] = [];
    for (const k of [0, 1]) {
        const g = maskOf(parts.flatMap((p) => p[Math.min(k, p.length - 1)]));
        if (!gates.some((x) => x.length === g.length && x.every((w, i) => w === g[i]))) gates.push(g);
    }
    return gates;
}

/**
 * The numbers of the strings as a mask, sparse: pairs of a word's index and its bits, by index. A gate
 * holds a few strings among thousands, so a dense mask was mostly zero words, each tested on every text.
 */
function maskOf(strings: readonly Required[]): Int32Array {
    const words = new Map<number, number>();
    for (const id of strings.map(idOf)) words.set(id >>> 5, (words.get(id >>> 5) ?? 0) | (1 << (id & 31)));
    return sparse(words);
}

const sparse = (words: Map<number, number>): Int32Array => Int32Array.from([...words].sort((a, b) => a[0] - b[0]).flat());

/** The mask holding the strings of all the masks. */
function unionOf(masks: readonly Int32Array[]): Int32Array {
    const words = new Map<number, number>();
    for (const m of masks) for (let i = 0; i < m.length; i += 2) words.set(m[i], (words.get(m[i]) ?? 0) | m[i + 1]);
    return sparse(words);
}

/** Does the text hold one of the mask's strings? (the mask's numbers were all known when the sieve was brought up to date) */
function holdsOneOf(mask: Int32Array, s: Sieve): boolean {
    for (let i = 0; i < mask.length; i += 2) if ((mask[i + 1] & s.held[mask[i]]) !== 0) return true;
    return false;
}

/** The parts of a tree as sets of strings (a text holds one string of each), best first. */
function partsOf(r: RequiredStrings): Required[][] {
    if (r === null) return [];
    if (typeof r === 'string' || 'folded' in r || 'any' in r) {
        const one = oneOf(r);
        return one ? [one] : [];
    }
    return r.all.map(oneOf).filter((x): x is Required[] => x !== null).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/**
 * Strings of which a text must hold at least one for the tree to hold: all strings of an alternation,
 * those of one part of a sequence (the longest strings, then the fewest); null when there are none.
 */
export function oneOf(r: RequiredStrings): Required[] | null {
    if (r === null) return null;
    if (typeof r === 'string' || 'folded' in r) return [r];
    if ('any' in r) {
        const out: Required[] = [];
        for (const x of r.any) {
            const l = oneOf(x);
            if (!l) return null;
            out.push(...l);
        }
        return out;
    }
    return partsOf(r)[0] ?? null;
}

const lengthOf = (s: Required): number => (typeof s === 'string' ? s : s.folded).length;
const shortest = (l: Required[]) => Math.min(...l.map(lengthOf));
const better = (a: Required[], b: Required[]) => shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);

/** Every match of a pattern in the text (none when its required strings are absent; a refused pattern matches nothing). */
export function patternSpans(pattern: string, text: string): PatternSpan[] {
    if (!holds(requiredStrings(pattern), text)) return [];
    const c = compilePattern(pattern);
    return c.ok ? c.matcher.spans(text) : [];
}

/**
 * What every match of a pattern contains: a string; all of several; any of several; or null when
 * nothing is known (a class or optional part at every position). It is the prefilter re2js builds for
 * the compiled pattern and trusts for its own matching, in plain JSON. A case-insensitive pattern's
 * strings are `folded`: held by the text with its letters folded (below, caseInsensitive).
 */
export type RequiredStrings = Required | { all: RequiredStrings[] } | { any: RequiredStrings[] } | null;
/** One required string: as written, or case-folded (ASCII letters in lower case, nothing else with a case). */
export type Required = string | { folded: string };

const idOf = (s: Required): number => (typeof s === 'string' ? stringId(s) : foldedStringId(s.folded));

/** A tree of required strings by their numbers in the sieve (engine/sieve.ts). */
type Needs = number | { all: Needs[] } | { any: Needs[] } | null;
const numbered = new WeakMap<object, Needs>();

function needsOf(r: RequiredStrings): Needs {
    if (r === null) return null;
    if (typeof r === 'string') return stringId(r);
    let n = numbered.get(r);
    if (n === undefined) numbered.set(r, (n = 'folded' in r ? foldedStringId(r.folded) : 'all' in r ? { all: r.all.map(needsOf) } : { any: r.any.map(needsOf) }));
    return n;
}

// loops, not every/some: this runs for every pattern on every text that passes a list's gates
function met(n: Needs, s: Sieve): boolean {
    if (n === null) return true;
    if (typeof n === 'number') return holdsString(s, n);
    if ('all' in n) {
        for (const x of n.all) if (!met(x, s)) return false;
        return true;
    }
    for (const x of n.any) if (met(x, s)) return true;
    return false;
}

/** Does the text hold what the tree requires? (null requires nothing) */
export function holds(r: RequiredStrings, text: string): boolean {
    const n = needsOf(r);
    return met(n, sieveOf(text));
}

/** Set by build/bundle.mjs (esbuild `define`) to the JSON of requiredStringsTable() for the shipped catalogs; absent under tsc. */
declare const __ASPL_PATTERN_STRINGS__: string | undefined;
let shipped: Record<string, RequiredStrings> | null | undefined;
const required = new Map<string, RequiredStrings>();

/**
 * The required strings of a pattern. The shipped catalogs' trees come from the build (they depend on
 * the pattern's text only), so a run compiles no shipped pattern to know them; others are read from
 * the compiled pattern (company packs compile theirs on load anyway, to check them).
 */
export function requiredStrings(source: string): RequiredStrings {
    if (shipped === undefined) {
        shipped = typeof __ASPL_PATTERN_STRINGS__ === 'string' ? JSON.parse(__ASPL_PATTERN_STRINGS__) as Record<string, RequiredStrings> : null;
        // numbered at once, so that no text the sieve reads early has to learn them one list at a time
        if (shipped) for (const r of Object.values(shipped)) needsOf(r);
    }
    if (shipped && Object.hasOwn(shipped, source)) return shipped[source];
    let r = required.get(source);
    if (r === undefined) {
        const c = compilePattern(source);
        r = !c.ok ? null : caseInsensitive(source) ?? fromPrefilter((c.matcher as { re2?: RE2JS }).re2);
        required.set(source, r);
    }
    return r;
}

/**
 * The required strings of a pattern that starts with (?i), folded. RE2 knows none for it (a literal
 * matched without case is no string), yet the English patterns of the catalogs are such, so that every
 * text was run through them. Every match of (?i)P holds, at the places of each literal of P, characters
 * that fold to that literal's: what P requires, folded, the text holds folded. So the strings are
 * those RE2 requires of P, with ASCII letters in lower case; a string with any other character that has
 * a case is no folded string (the sieve folds ASCII letters only), and counts as nothing known.
 * Undefined for a pattern not written so (then RE2's own strings hold).
 */
function caseInsensitive(source: string): RequiredStrings | undefined {
    if (!source.startsWith('(?i)')) return undefined;
    let re: RE2JS;
    try {
        re = RE2JS.compile(source.slice('(?i)'.length));
    } catch {
        return null;
    }
    const root = (re as unknown as { re2Input?: { prefilter?: PrefilterNode | null } }).re2Input?.prefilter;
    return root ? tree(root, true) : null;
}

/** Characters that have no case under RE2's folding, besides ASCII letters (folded): printable ASCII, CJK ideographs and punctuation, general punctuation, fullwidth forms but their letters (checked against re2js in tests/engine/pattern-gate.test.ts). */
export const CASELESS = /^[\u0020-\u0040\u005b-\u0060\u007b-\u007f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uff20\uff3b-\uff40\uff5b-\uffef]$/;

/** A literal RE2 requires, as a case-insensitive match holds it folded; null when it holds a character of another case. */
function foldedLiteral(str: string): Required | null {
    let out = '';
    for (const ch of str) {
        if (ch >= 'A' && ch <= 'Z') out += ch.toLowerCase();
        else if ((ch >= 'a' && ch <= 'z') || CASELESS.test(ch)) out += ch;
        else return null;
    }
    return { folded: out };
}

/** Build time: the required strings of every pattern compiled so far (the catalogs just loaded). */
export function requiredStringsTable(): Record<string, RequiredStrings> {
    return Object.fromEntries([...cache.keys()].map((source) => [source, requiredStrings(source)]));
}

/** re2js's prefilter node (re2js 2.10: RE2JS → re2Input.prefilter); anything else reads as nothing known. */
interface PrefilterNode { type: number; str: string; subs: PrefilterNode[] }
const EXACT = 1, AND = 2, OR = 3;

function fromPrefilter(re: RE2JS | undefined): RequiredStrings {
    const root = (re as unknown as { re2Input?: { prefilter?: PrefilterNode | null } } | undefined)?.re2Input?.prefilter;
    return root ? tree(root) : null;
}

/** `fold`: the strings as a case-insensitive match holds them (caseInsensitive). */
function tree(n: PrefilterNode, fold = false): RequiredStrings {
    if (n.type === EXACT) return typeof n.str !== 'string' || n.str.length === 0 ? null : fold ? foldedLiteral(n.str) : n.str;
    if (!Array.isArray(n.subs) || n.subs.length === 0) return null;
    const subs = n.subs.map((x) => tree(x, fold));
    if (n.type === AND) {
        // a part that requires nothing adds nothing to a sequence
        const known = subs.filter((s) => s !== null);
        return known.length === 0 ? null : known.length === 1 ? known[0] : { all: known };
    }
    // one alternative that requires nothing makes the whole alternation require nothing
    if (n.type === OR) return subs.some((s) => s === null) ? null : subs.length === 1 ? subs[0] : { any: subs };
    return null;
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
