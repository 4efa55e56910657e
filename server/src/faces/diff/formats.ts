/**
 * `aspl diff` outputs: stylish (terminal), markdown (pull-request comment), json (stable schema,
 * docs/cli.md) and sarif (worse changes as notes). Each takes the same DiffReport.
 */
import { COLON, FULL_STOP, PARENTHESES } from '../../i18n/punctuation.js';
import { nounFor } from '../../i18n/plural.js';
import { say } from '../../i18n/message.js';
import type { Log, Result } from 'sarif';
import { CLASS_ORDER, type Change, type FindingChange, type PolicyDiff } from '../../diff/index.js';
import type { Lang } from '../../i18n/locale.js';
import type { Src } from '../../model/types.js';
import { changeSentence, classLabel, subjectText, title, valueText, W } from './words.js';

/** A source range for people: a display path and 1-based lines and columns. */
export interface Place { file: string; line: number; column: number; endLine: number; endColumn: number }

export interface FileDiff {
    /** The two sides as shown: `HEAD~1:policy.aspl`, `policy.aspl`. */
    old: string;
    new: string;
    diff: PolicyDiff;
}

export interface DiffReport {
    files: FileDiff[];
    lang: Lang;
    /** Where a source range is, in display terms (old sides may live in a temporary checkout). */
    locate(src: Src): Place;
}

export interface Counts { worse: number; better: number; neutral: number; fixed: number; introduced: number }

export function counts(files: FileDiff[]): Counts {
    const c: Counts = { worse: 0, better: 0, neutral: 0, fixed: 0, introduced: 0 };
    for (const f of files) {
        for (const ch of f.diff.changes) c[ch.class]++;
        c.fixed += f.diff.compliance.fixed.length;
        c.introduced += f.diff.compliance.introduced.length;
    }
    return c;
}

export function summary(c: Counts, lang: Lang): string {
    return say(W.summary, lang, { ...c, problems: nounFor(c.fixed, 'problem') });
}

export function scoreLines(d: PolicyDiff, lang: Lang): string[] {
    return d.compliance.scores.map((s) => {
        const side = (x: typeof s.old) => (x ? `${x.earned}/${x.total} ${say(x.pass ? W.pass : W.fail, lang)}` : say(W.none, lang));
        return `${s.catalog} ${say(W.score, lang)}: ${side(s.old)} → ${side(s.new)}`;
    }).filter((_, i) => {
        const s = d.compliance.scores[i];
        return s.old?.earned !== s.new?.earned || s.old?.pass !== s.new?.pass;
    });
}

/** Terminal output: one line per change, grouped by file, worse first. */
export function stylish(r: DiffReport, color: { red(s: string): string; green(s: string): string; dim(s: string): string; bold(s: string): string; underline(s: string): string }, width: (s: string) => number): string {
    const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
    const [open, close] = PARENTHESES[r.lang];
    const colon = COLON[r.lang];
    const paint = { worse: color.red, better: color.green, neutral: color.dim };
    const out: string[] = [];
    for (const f of r.files) {
        out.push(color.underline(`${f.old} → ${f.new}`));
        if (!f.diff.changes.length) out.push(`  ${color.dim(say(W.noChanges, r.lang))}`);
        for (const c of f.diff.changes) {
            const at = r.locate(c.at);
            const was = c.oldSrc ? color.dim(`${open}${say(W.oldLine, r.lang, { line: r.locate(c.oldSrc).line })}${close}`) : '';
            out.push(`  ${`${at.line}:${at.column}`.padEnd(7)} ${paint[c.class](padEnd(classLabel(c.class, r.lang), 7))} ${changeSentence(c, r.lang)}${was}  ${color.dim(c.kind)}`);
            if (c.assumption) out.push(`  ${' '.repeat(15)}${color.dim(`${say(W.assumed, r.lang)}${colon}${c.assumption[r.lang]}`)}`);
        }
        const findings = [...f.diff.compliance.introduced.map((x) => ['introduced', x] as const), ...f.diff.compliance.fixed.map((x) => ['fixed', x] as const)];
        for (const [what, x] of findings) {
            const at = r.locate(x.src);
            const word = say(W[what], r.lang);
            out.push(`  ${`${at.line}:${at.column}`.padEnd(7)} ${(what === 'introduced' ? color.red : color.green)(padEnd(word, 7))} ${x.ruleId}  ${say(x.message, r.lang)}`);
        }
        for (const line of scoreLines(f.diff, r.lang)) out.push(`  ${line}`);
        out.push('');
    }
    out.push(color.bold(summary(counts(r.files), r.lang)));
    return out.join('\n') + '\n';
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const md = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/([*_`<>[\]])/g, '\\$1');

/** A pull-request comment: per file, worse first, each change with old → new and its lines. */
export function markdown(r: DiffReport): string {
    // GitHub refuses comments over 65,536 characters: drop the neutral rows first, then the better ones.
    for (const omit of [[], ['neutral'], ['neutral', 'better']] as Array<Array<Change['class']>>) {
        const text = markdownOmitting(r, new Set(omit));
        if (text.length <= MARKDOWN_LIMIT) return text;
    }
    const text = markdownOmitting(r, new Set(['neutral', 'better']));
    const cut = text.lastIndexOf('\n', MARKDOWN_LIMIT - 200);
    return `${text.slice(0, cut)}\n\n${say(W.truncated, r.lang)}\n`;
}

const MARKDOWN_LIMIT = 60_000;

function markdownOmitting(r: DiffReport, omit: Set<Change['class']>): string {
    const lang = r.lang;
    const out: string[] = [say(W.heading, lang), '', `**${summary(counts(r.files), lang)}**`, ''];
    const head = say(W.tableHead, lang);
    for (const f of r.files) {
        out.push(`### \`${f.new}\``, '', say(W.comparing, lang, { old: `\`${f.old}\``, new: `\`${f.new}\`` }), '');
        if (!f.diff.changes.length) out.push(say(W.noChanges, lang) + FULL_STOP[lang], '');
        for (const cls of CLASS_ORDER) {
            const list = f.diff.changes.filter((c) => c.class === cls);
            if (!list.length) continue;
            if (omit.has(cls)) {
                out.push(`#### ${capitalize(classLabel(cls, lang))} (${list.length})`, '', say(W.omitted, lang), '');
                continue;
            }
            out.push(`#### ${capitalize(classLabel(cls, lang))} (${list.length})`, '', head, '|---|---|---|---|');
            for (const c of list) {
                const subject = subjectText(c, lang);
                const what = `${md(title(c, lang))}${subject ? ` — ${md(subject)}` : ''} \`${c.kind}\`${c.clause ? ` (${c.clause.catalog} ${c.clause.clause})` : ''}`;
                const lines = `${c.oldSrc ? `L${r.locate(c.oldSrc).line}` : '—'} → ${c.newSrc ? `L${r.locate(c.newSrc).line}` : '—'}`;
                out.push(`| ${what} | ${md(valueText(c.old, lang))} | ${md(valueText(c.new, lang))} | ${lines} |`);
            }
            out.push('');
        }
        const { fixed, introduced } = f.diff.compliance;
        const scores = scoreLines(f.diff, lang);
        if (fixed.length || introduced.length || scores.length) {
            out.push(`#### ${say(W.compliance, lang)}`, '');
            const item = (word: string, x: FindingChange) => `- ${word}: \`${x.ruleId}\` ${md(say(x.message, lang))} (L${r.locate(x.src).line})`;
            for (const x of introduced) out.push(item(say(W.introduced, lang), x));
            for (const x of fixed) out.push(item(say(W.fixed, lang), x));
            for (const s of scores) out.push(`- ${md(s)}`);
            out.push('');
        }
    }
    return out.join('\n');
}

/** `--format json`, schemaVersion 1 (docs/cli.md): ids and values stable, words in --lang. */
export function json(r: DiffReport): string {
    const place = (src: Src | undefined) => src && r.locate(src);
    const change = (c: Change) => ({
        kind: c.kind, class: c.class, title: title(c, r.lang), path: c.path, subject: c.subject, subjectKind: c.subjectKind, subjectText: subjectText(c, r.lang),
        old: c.old ?? null, new: c.new ?? null, oldText: valueText(c.old, r.lang), newText: valueText(c.new, r.lang),
        oldRange: place(c.oldSrc) ?? null, newRange: place(c.newSrc) ?? null, at: place(c.at),
        clause: c.clause, assumption: c.assumption?.[r.lang],
    });
    const finding = (x: FindingChange) => ({ ruleId: x.ruleId, catalog: x.catalog, clause: x.clause, status: x.status, severity: x.severity, message: say(x.message, r.lang), range: place(x.src) });
    return JSON.stringify({
        schemaVersion: 1,
        summary: counts(r.files),
        files: r.files.map((f) => ({
            old: f.old, new: f.new,
            changes: f.diff.changes.map(change),
            compliance: { fixed: f.diff.compliance.fixed.map(finding), introduced: f.diff.compliance.introduced.map(finding), scores: f.diff.compliance.scores },
        })),
    }, null, 2) + '\n';
}

/** `--format sarif`: worse changes (and introduced problems) as notes on the new lines. */
export function sarif(r: DiffReport, version: string): string {
    const results: Result[] = [];
    const uri = (p: string) => p.split('/').map(encodeURIComponent).join('/');
    const location = (src: Src) => {
        const p = r.locate(src);
        return [{ physicalLocation: { artifactLocation: { uri: uri(p.file) }, region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } }];
    };
    const kinds = new Set<string>();
    for (const f of r.files) {
        for (const c of f.diff.changes.filter((x) => x.class === 'worse')) {
            kinds.add(c.kind);
            results.push({ ruleId: `aspl-diff/${c.kind}`, level: 'note', message: { text: changeSentence(c, r.lang) }, locations: location(c.at) });
        }
        for (const x of f.diff.compliance.introduced) {
            results.push({ ruleId: x.ruleId, level: 'note', message: { text: `${say(W.introduced, r.lang)}: ${say(x.message, r.lang)}` }, locations: location(x.src) });
        }
    }
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'aspl-diff', version, rules: [...kinds].map((k) => ({ id: `aspl-diff/${k}`, shortDescription: { text: title({ kind: k } as Change, r.lang) } })) } },
            columnKind: 'utf16CodeUnits',
            results,
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}
