/** Human output, ESLint-like: grouped by file, `line:col  severity  message  ruleId`, the line with a caret. */
import { displayWidth } from '../../../shared/display-width.js';
import { displayPath } from '../output.js';
import type { Problem } from '../results.js';
import { countProblems } from '../results.js';
import type { FormatContext, Formatter } from './types.js';

const LABEL = {
    zh: { error: '错误', warning: '警告', info: '提示' },
    en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

function pad(text: string, width: number): string {
    return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The offending line and a caret under the range (columns measured in terminal cells). */
function excerpt(p: Problem, ctx: FormatContext, gutter: number): string[] {
    const c = ctx.colors;
    const line = p.source.replace(/\t/g, ' ');
    if (!line.trim()) return [];
    const startIdx = Math.min(p.column - 1, line.length);
    const endIdx = p.endLine === p.line ? Math.min(Math.max(p.endColumn - 1, startIdx + 1), line.length) : line.length;
    const before = displayWidth(line.slice(0, startIdx));
    const width = Math.max(1, displayWidth(line.slice(startIdx, endIdx)));
    const num = String(p.line).padStart(gutter);
    const blank = ' '.repeat(gutter);
    return [
        `    ${c.dim(`${num} |`)} ${line.trimEnd()}`,
        `    ${c.dim(`${blank} |`)} ${' '.repeat(before)}${(p.severity === 'error' ? c.red : p.severity === 'warning' ? c.yellow : c.blue)('^'.repeat(width))}`,
    ];
}

export function summaryLine(counts: { errors: number; warnings: number; infos: number }, lang: 'zh' | 'en'): string {
    const total = counts.errors + counts.warnings + counts.infos;
    if (lang === 'zh') {
        return `✖ ${total} 个问题（${counts.errors} 个错误，${counts.warnings} 个警告${counts.infos ? `，${counts.infos} 个提示` : ''}）`;
    }
    const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `✖ ${s(total, 'problem')} (${s(counts.errors, 'error')}, ${s(counts.warnings, 'warning')}${counts.infos ? `, ${counts.infos} info` : ''})`;
}

export const stylish: Formatter = (results, ctx) => {
    const c = ctx.colors;
    const out: string[] = [];
    const labels = LABEL[ctx.lang];
    for (const r of results) {
        if (!r.problems.length) continue;
        out.push('', c.underline(displayPath(r.file, ctx.cwd)));
        const pos = r.problems.map((p) => `${p.line}:${p.column}`);
        const posW = Math.max(...pos.map((x) => x.length));
        const sevW = Math.max(...r.problems.map((p) => displayWidth(labels[p.severity])));
        const gutter = Math.max(...r.problems.map((p) => String(p.line).length));
        r.problems.forEach((p, i) => {
            const sev = pad(labels[p.severity], sevW);
            const colored = p.severity === 'error' ? c.red(sev) : p.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
            out.push(`  ${c.dim(pad(pos[i], posW))}  ${colored}  ${p.message}  ${c.dim(p.ruleId)}`);
            if (p.file !== r.file) out.push(`    ${c.dim(ctx.lang === 'zh' ? `位于 ${displayPath(p.file, ctx.cwd)}:${p.line}:${p.column}` : `in ${displayPath(p.file, ctx.cwd)}:${p.line}:${p.column}`)}`);
            out.push(...excerpt(p, ctx, gutter));
        });
    }
    const counts = countProblems(results);
    const total = counts.errors + counts.warnings + counts.infos;
    if (total) {
        const line = summaryLine(counts, ctx.lang);
        out.push('', c.bold(counts.errors ? c.red(line) : c.yellow(line)));
    }
    if (ctx.suppressed) {
        out.push(ctx.lang === 'zh' ? c.dim(`（基线中已记录的 ${ctx.suppressed} 个问题未显示）`) : c.dim(`(${ctx.suppressed} known problem${ctx.suppressed === 1 ? '' : 's'} hidden by the baseline)`));
    }
    return out.length ? out.join('\n') + '\n' : '';
};
