/** Human output, ESLint-like: grouped by file, `line:col  severity  message  ruleId`, the line with a caret. */
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import { escapeInvisible, maskInvisible } from '../../../io/inert.js';
import { count } from '../../../i18n/plural.js';
import { displayPath } from '../output.js';
import { displayWidth } from '../../../shared/display-width.js';
import type { Problem } from '../results.js';
import { addCounts } from '../results.js';
import type { Format, FormatContext } from './types.js';

/** Severity words in the message language. */
export const SEVERITY_LABEL = {
    zh: { error: '错误', warning: '警告', info: '提示' },
    en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

function pad(text: string, width: number): string {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Widest excerpt of a source line printed under a problem (terminal cells, about): long lines are cut around the range. */
const EXCERPT_CELLS = 120;

/** The offending line (cut to a window around the range when long) and a caret under the range (columns in terminal cells). */
function excerpt(p: Problem, ctx: FormatContext, gutter: number): string[] {
    const c = ctx.colors;
    const full = p.source;
    let startIdx = Math.min(p.column - 1, full.length);
    let endIdx = p.endLine === p.line ? Math.min(Math.max(p.endColumn - 1, startIdx + 1), full.length) : full.length;
    // A window of at most EXCERPT_CELLS characters: a little context before the range, the rest after it.
    const from = full.length > EXCERPT_CELLS ? Math.max(0, Math.min(startIdx - 20, full.length - EXCERPT_CELLS)) : 0;
    const to = Math.min(full.length, from + EXCERPT_CELLS);
    const head = from > 0 ? '…' : '';
    const tail = to < full.length ? '…' : '';
    const line = head + maskInvisible(full.slice(from, to).replace(/\t/g, ' ')) + tail;
    if (!line.trim()) return [];
    startIdx = Math.max(0, startIdx - from) + head.length;
    endIdx = Math.min(Math.max(endIdx - from, 0), to - from) + head.length;
    const before = displayWidth(line.slice(0, startIdx));
    const width = Math.max(1, displayWidth(line.slice(startIdx, Math.max(endIdx, startIdx + 1))));
    const num = String(p.line).padStart(gutter);
    const blank = ' '.repeat(gutter);
    return [
        `    ${c.dim(`${num} |`)} ${line.trimEnd()}`,
        `    ${c.dim(`${blank} |`)} ${' '.repeat(before)}${(p.severity === 'error' ? c.red : p.severity === 'warning' ? c.yellow : c.blue)('^'.repeat(width))}`,
    ];
}

export function summaryLine(counts: { errors: number; warnings: number; infos: number }, lang: 'zh' | 'en'): string {
    const total = counts.errors + counts.warnings + counts.infos;
    const infos = counts.infos ? say(CLI.summaryInfos({ n: counts.infos, infos: count(counts.infos, 'info') }), lang) : '';
    return say(CLI.summary({ n: total, problems: count(total, 'problem'), e: counts.errors, errors: count(counts.errors, 'error'), w: counts.warnings, warnings: count(counts.warnings, 'warning'), infos }), lang);
}

export const stylish: Format = (ctx, out) => {
    const c = ctx.colors;
    const labels = SEVERITY_LABEL[ctx.lang];
    const counts = { errors: 0, warnings: 0, infos: 0 };
    // lines are joined by '\n', and the whole ends with one when anything was written
    let written = false;
    const line = (text: string) => { out.write(written ? `\n${text}` : text); written = true; };
    return {
        file(r) {
            addCounts(counts, r.problems);
            if (!r.problems.length) return;
            line('');
            line(c.underline(escapeInvisible(displayPath(r.file, ctx.cwd))));
            const pos = r.problems.map((p) => `${p.line}:${p.column}`);
            const posW = pos.reduce((w, x) => Math.max(w, x.length), 0);
            const sevW = r.problems.reduce((w, p) => Math.max(w, displayWidth(labels[p.severity])), 0);
            const gutter = r.problems.reduce((w, p) => Math.max(w, String(p.line).length), 0);
            r.problems.forEach((p, i) => {
                const sev = pad(labels[p.severity], sevW);
                const colored = p.severity === 'error' ? c.red(sev) : p.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
                line(`  ${c.dim(pad(pos[i], posW))}  ${colored}  ${escapeInvisible(p.message)}  ${c.dim(p.ruleId)}`);
                if (p.file !== r.file) line(`    ${c.dim(say(CLI.inFile({ where: `${escapeInvisible(displayPath(p.file, ctx.cwd))}:${p.line}:${p.column}` }), ctx.lang))}`);
                for (const l of excerpt(p, ctx, gutter)) line(l);
            });
        },
        end({ suppressed }) {
            const total = counts.errors + counts.warnings + counts.infos;
            if (total) {
                const text = summaryLine(counts, ctx.lang);
                line('');
                line(c.bold(counts.errors ? c.red(text) : c.yellow(text)));
            }
            if (suppressed) {
                line(c.dim(say(CLI.baselineHidden({ n: suppressed, problems: count(suppressed, 'known problem') }), ctx.lang)));
            }
            if (written) out.write('\n');
        },
    };
};
