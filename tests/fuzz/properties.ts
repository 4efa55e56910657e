/**
 * Fuzz properties over the whole pipeline, shared by `npm run fuzz` (≥ 10,000 cases each) and the
 * CI test (a reduced count). Inputs: grammar-aware generated policies and mutated samples; for the
 * lexer, hostile text of random Unicode, quotes and comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { DefaultLexer, DefaultLexerErrorMessageProvider, DefaultTokenBuilder, URI, type LangiumCoreServices } from 'langium';
import { globSync } from 'tinyglobby';
import { Analyzer } from '../../server/src/analysis.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';

const root = join(__dirname, '../..');
export const sampleTexts = globSync(['samples/**/*.aspl', 'docs/tour/*.aspl'], { cwd: root }).sort().map((f) => readFileSync(join(root, f), 'utf8'));

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 });
const latin = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const name = fc.oneof(cjk, latin);
const weird = fc.constantFrom('😀', '\u200f', '\u202e', '\u0000', '\ufeff', '\r\n', '\r', '“', '”', '\\', '"', '/*', '*/', '//', '{', '}', '𠀀', '\u3000');
const text = fc.array(fc.oneof(fc.string({ maxLength: 8 }), cjk, weird), { maxLength: 6 }).map((xs) => xs.join(''));
const str = text.map((t) => `"${t.replace(/["\\\r\n]/g, '')}"`);
const unit = fc.constantFrom('minutes', 'hours', 'days', 'working days', 'workdays', 'months', 'years', '分钟', '小时', '天', '工作日', '个月', '年', 'dayz', '小时内');
const num = fc.oneof(fc.integer({ min: -5, max: 400 }).map(String), fc.float({ min: 0, max: 100, noNaN: true }).map((f) => f.toFixed(1)));
const duration = fc.tuple(num, unit).map(([n, u]) => `${n} ${u}`);
const time = fc.tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const words = (ws: string[]) => fc.constantFrom(...ws);

/** One member of a policy, in English or Chinese keywords, with random (often wrong) values. */
const member = fc.oneof(
    fc.tuple(name, words(['phone', 'online', '电话', 'email', 'pigeon']), str, time, time).map(([n, k, c, a, b]) => `channel ${n} ${k} ${c} hours ${a}-${b} daily`),
    fc.tuple(name, words(['电话', '在线']), str).map(([n, k, c]) => `渠道 ${n} ${k} ${c} 时段 24/7`),
    fc.tuple(words(['complaint', 'repair', '投诉', 'training', 'nonsense']), duration, duration, name).map(([k, a, b, ch]) => `service ${k} free { via ${ch} respond within ${a} resolve within ${b} steps acceptance, handling }`),
    fc.tuple(name, str, num, words(['CNY', '元', 'USD'])).map(([n, l, a, c]) => `fee ${n} ${l} ${a} ${c} per visit disclosed-before-service`),
    fc.tuple(duration, words(['receipt', 'purchase', '签收']), duration).map(([w, s, r]) => `returns { no-reason ${w} from ${s} except custom refund within ${r} shipping defect paid-by seller }`),
    fc.tuple(str, duration, duration).map(([p, a, b]) => `warranty from installation { cover ${p} ${a} spare-parts kept ${b} }`),
    fc.tuple(words(['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'NOPE']), words(['8.4.3', '4.7', '5.8', '99.9']), str).map(([c, k, t]) => `attest ${c} ${k} ${t}`),
    fc.tuple(words(['GBT-AS-GENERAL', 'CN-CONSUMER-LAW']), words(['8.4.2', 'CPL-26']), str).map(([c, k, t]) => `waive ${c} ${k} ${t}`),
    str.map((s) => `statement ${s}`),
    fc.constant('products { category "定制衣柜" custom sold online buyers consumers kind furniture }'),
    fc.constant('staff { manager "张三" certified uniform badge }'),
    fc.tuple(str, str).map(([a, b]) => `provider ${a} { licence ${b} address ${a} }`),
    fc.tuple(words(['2026-02-30', '2026-01-01', '1999-13-01'])).map(([d]) => `effective ${d}`),
    fc.constant('applies GBT-AS-GENERAL, T-CGCC-CUSTOM, CN-CONSUMER-LAW'),
    text.map((t) => `// ${t.replace(/[\r\n]/g, ' ')}`),
    text.map((t) => `/* ${t.replace(/\*\//g, '')} */`),
);

export const generatedPolicy = fc.tuple(name, fc.array(member, { maxLength: 14 })).map(([n, ms]) => `policy ${n} "生成" {\n  ${ms.join('\n  ')}\n}\n`);

/** English/Chinese keyword pairs as the grammar writes them: ('policy' | '政策'). */
const keywordPairs = [...readFileSync(join(root, 'grammar/aspl.langium'), 'utf8').matchAll(/\('([a-z][a-z-]*)' \| '([^'\x00-\x7f]+)'\)/g)].map((m) => [m[1], m[2]] as const);

/** Rewrites some keywords into the other language (a file may mix both), or a keyword where it does not belong. */
function swapKeywords(text: string, pick: number, count: number): string {
    let t = text;
    for (let k = 0; k < count; k++) {
        const [en, zh] = keywordPairs[(pick + k * 7) % keywordPairs.length];
        t = (pick + k) % 2 ? t.split(zh).join(en) : t.replace(new RegExp(`\\b${en.replace(/-/g, '\\-')}\\b`, 'g'), zh);
    }
    return t;
}

/** A sample with random damage: deleted, duplicated or swapped tokens, truncation, inserted odd characters, keywords swapped between languages. */
export const mutatedSample = fc.tuple(
    fc.integer({ min: 0, max: Math.max(0, sampleTexts.length - 1) }),
    fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'truncate', 'insert', 'swap', 'keywords'), fc.nat(), fc.nat({ max: 40 }), fc.oneof(weird, cjk, text)), { minLength: 1, maxLength: 4 }),
).map(([i, edits]) => {
    let t = sampleTexts[i] ?? '';
    for (const [kind, at, len, extra] of edits) {
        const p = t.length ? at % t.length : 0;
        if (kind === 'delete') t = t.slice(0, p) + t.slice(p + len);
        else if (kind === 'duplicate') t = t.slice(0, p) + t.slice(p, p + len) + t.slice(p);
        else if (kind === 'truncate') t = t.slice(0, p);
        else if (kind === 'insert') t = t.slice(0, p) + extra + t.slice(p);
        else if (kind === 'keywords') t = swapKeywords(t, at, 1 + (len % 6));
        else t = t.slice(0, p) + t.slice(p, p + len).split('').reverse().join('') + t.slice(p + len);
    }
    return t;
});

export const anyPolicy = fc.oneof(generatedPolicy, mutatedSample);

/**
 * Text aimed at the lexer: random Unicode (astral, controls, bidi marks), quotes of both kinds,
 * backslashes, comment openers and closers and line breaks in any order, with keywords and
 * policy fragments between them; up to ~3,000 characters.
 */
const lexerPiece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('"', '“', '”', '\\', '\\"', '/*', '*/', '//', '/', '*', '\n', '\r\n', '\r', '\u2028', ' ', '\t', '{', '}') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom('policy', '政策', 'version', 'statement', 'channel', 'hours', '24/7', '2026-01-01', '08:00', '12.5%', '1.2.3', '400', '元') },
    { weight: 1, arbitrary: text },
);
export const lexerText = fc.oneof(
    fc.array(lexerPiece, { maxLength: 400 }).map((xs) => xs.join('')),
    fc.tuple(fc.array(lexerPiece, { maxLength: 60 }), fc.constantFrom('"', '“', '/*', '"\\'), fc.integer({ min: 1, max: 600 })).map(([xs, q, n]) => `policy N "n" {\n statement ${xs.join('')}${q.repeat(n)}\n}\n`),
);

/**
 * The reference lexer: Langium's default token builder, i.e. the grammar's own regexes for STRING
 * and ML_COMMENT. Ours must tokenize every text exactly like it (only in linear time).
 */
let reference: DefaultLexer | undefined;
const referenceLexer = () => (reference ??= new DefaultLexer({
    Grammar: analyzer.workspace.services.Grammar,
    LanguageMetaData: analyzer.workspace.services.LanguageMetaData,
    parser: { TokenBuilder: new DefaultTokenBuilder(), LexerErrorMessageProvider: new DefaultLexerErrorMessageProvider() },
} as unknown as LangiumCoreServices));
const tokensOf = (r: { tokens: IToken[]; hidden: IToken[]; errors: Array<{ offset: number; length: number }> }) => ({
    tokens: r.tokens.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image}`),
    hidden: r.hidden.map((t) => `${t.tokenType.name}@${t.startOffset}:${t.image.length}`),
    errors: r.errors.map((e) => `${e.offset}+${e.length}`),
});

/** Lexing and parsing never throw; tokens, hidden tokens and errors equal the reference lexer's; every problem lies inside the text. */
export async function lexerProperty(t: string): Promise<void> {
    const ours = analyzer.workspace.services.parser.Lexer.tokenize(t);
    const expected = tokensOf(referenceLexer().tokenize(t));
    const actual = tokensOf(ours);
    for (const k of ['tokens', 'hidden', 'errors'] as const) {
        if (JSON.stringify(actual[k]) !== JSON.stringify(expected[k])) throw new Error(`${k} differ from the grammar's regexes: ${JSON.stringify(actual[k]).slice(0, 200)} vs ${JSON.stringify(expected[k]).slice(0, 200)}`);
    }
    const a = await analyzer.analyzeText(t, '/virtual/fuzz-lexer.aspl');
    const lines = t.split(/\r\n|\r|\n/).length;
    for (const p of a.problems) {
        if (p.range.start.line < 0 || p.range.start.line >= lines + 1) throw new Error(`problem outside the text: ${JSON.stringify(p.range)}`);
        if (p.message.length > 400) throw new Error(`unbounded message (${p.message.length} chars)`);
    }
}

/** Each property's input; the pipeline properties share anyPolicy. */
export const arbitraries: Record<string, fc.Arbitrary<string>> = { lexer: lexerText };

/**
 * Per-case time budget (ms) of each property, checked by the bench on bench/fuzz-results.json
 * (`npm run fuzz` records the slowest case): a quadratic lexer or walk would blow it by orders of
 * magnitude (a 600 KB line took 97 s), while a loaded shared machine may slow a case several-fold.
 */
export const CASE_BUDGET_MS: Record<string, number> = { pipeline: 5000, formatter: 5000, notice: 5000, lexer: 5000 };

const analyzer = new Analyzer({ lang: 'en' });
/** The comments of a text, line breaks as LF (the formatter writes LF inside block comments too). */
const commentsOf = (t: string) => (t.replace(/"(\\.|[^"\\\r\n])*"|“[^”\r\n]*”/g, '""').match(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g) ?? []).map((c) => c.replace(/\r\n?/g, '\n').trim()).sort();

/**
 * parse + link + validate + model + engine never throw, and a parsed policy yields a model and
 * findings. (Time is the bench's: the slowest case is recorded and held against CASE_BUDGET_MS.)
 */
export async function pipelineProperty(t: string): Promise<void> {
    const a = await analyzer.analyzeText(t, '/virtual/fuzz.aspl');
    const doc = analyzer.workspace.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(a.uri));
    const parsedPolicy = !!(doc?.parseResult.value as { policy?: unknown } | undefined)?.policy;
    if (parsedPolicy && !a.model) throw new Error('parsed policy without a model');
    if (a.model && !a.evaluation) throw new Error('model without findings');
}

/** The formatter is idempotent and keeps every comment on every input that parses. */
export async function formatterProperty(t: string): Promise<void> {
    const once = await formatPolicyText(t);
    if (!once.ok) return;
    const twice = await formatPolicyText(once.text);
    if (!twice.ok) throw new Error('formatted text does not parse');
    if (twice.text !== once.text) throw new Error('formatter not idempotent');
    const before = commentsOf(t);
    const after = commentsOf(once.text);
    if (JSON.stringify(before) !== JSON.stringify(after)) throw new Error(`comments changed: ${before.length} → ${after.length}`);
}

/** The notice generator renders any analysable policy, as a draft, in both formats and languages. */
export async function noticeProperty(t: string): Promise<void> {
    const a = await analyzer.analyzeText(t, '/virtual/fuzz-notice.aspl');
    if (!a.model) return;
    for (const format of ['md', 'html'] as const) {
        for (const lang of ['zh', 'en'] as const) {
            const r = renderNotice(a, { format, lang, draft: true });
            if (!r.ok) throw new Error(`draft notice refused: ${r.reason.en}`);
            if (format === 'html' && /<script|onerror=|javascript:/i.test(r.text.replace(/&[a-z]+;|&#\d+;/g, ''))) throw new Error('markup injected into the notice');
        }
    }
}

export const properties = { pipeline: pipelineProperty, formatter: formatterProperty, notice: noticeProperty, lexer: lexerProperty } as const;
