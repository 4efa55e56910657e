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

const unions = new WeakMap<readonly string[], RE2JS | null>();

/**
 * Does any of the patterns match anywhere in the text? One pass over the text for the whole list
 * (their alternation, compiled once per list), where testing them one by one reads it once per
 * pattern: detectors ask this first, since most texts match none of their patterns.
 */
export function matchesAny(patterns: readonly string[], text: string): boolean {
    let re = unions.get(patterns);
    if (re === undefined) {
        // Each pattern in its own group, so its flags and alternatives stay its own.
        try { re = RE2JS.compile(patterns.map((p) => `(?:${p})`).join('|')); } catch { re = null; }
        unions.set(patterns, re);
    }
    // A list that cannot be joined (or a pattern refused on load) is read pattern by pattern.
    return re ? re.test(text) : patterns.some((p) => { const c = compilePattern(p); return c.ok && c.matcher.test(text); });
}

function matcherOf(source: string, re: RE2JS): PatternMatcher {
    return {
        source,
        test: (text) => re.test(text),
        spans: (text) => {
            const out: PatternSpan[] = [];
            const m = re.matcher(text);
            while (m.find()) out.push({ start: m.start(), end: m.end(), text: m.group() ?? '' });
            return out;
        },
    };
}
