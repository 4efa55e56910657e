/**
 * The GitHub Actions job summary: when `GITHUB_STEP_SUMMARY` names a file, `aspl check`
 * appends a short Markdown report to it — the summary line, then the files with problems, then
 * the problems themselves (the first 100) — so a reader sees the result without the log.
 */
import { count } from '../../i18n/plural.js';
import { appendFileSync } from 'node:fs';
import type { Lang } from '../../i18n/locale.js';
import { displayPath } from './output.js';
import { countProblems, type FileResult } from './results.js';
import { SEVERITY_LABEL, summaryLine } from './formats/stylish.js';

const MAX_ROWS = 100;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function stepSummary(results: FileResult[], lang: Lang, cwd: string): string {
    const counts = countProblems(results);
    const total = counts.errors + counts.warnings + counts.infos;
    const zh = lang === 'zh';
    const out = [`### ASPL ${zh ? '检查' : 'check'}`, ''];
    if (!total) {
        out.push(zh ? `✔ ${results.length} 个政策，没有问题` : `✔ ${count(results.length, 'policy')}, no problems`);
        return out.join('\n') + '\n\n';
    }
    const withProblems = results.filter((r) => r.problems.length);
    out.push(`${summaryLine(counts, lang)} — ${zh ? `${results.length} 个政策中的 ${withProblems.length} 个` : `in ${withProblems.length} of ${count(results.length, 'policy')}`}`, '');
    out.push(zh ? '| 文件 | 错误 | 警告 | 提示 |' : '| file | errors | warnings | infos |', '|---|---:|---:|---:|');
    for (const r of withProblems) {
        const c = countProblems([r]);
        out.push(`| ${cell(displayPath(r.file, cwd))} | ${c.errors} | ${c.warnings} | ${c.infos} |`);
    }
    const problems = withProblems.flatMap((r) => r.problems);
    out.push('', `<details><summary>${zh ? '问题' : 'Problems'}</summary>`, '');
    out.push(zh ? '| 位置 | 严重程度 | 规则 | 说明 |' : '| where | severity | rule | message |', '|---|---|---|---|');
    for (const p of problems.slice(0, MAX_ROWS)) {
        out.push(`| ${cell(`${displayPath(p.file, cwd)}:${p.line}:${p.column}`)} | ${SEVERITY_LABEL[lang][p.severity]} | ${cell(p.ruleId)} | ${cell(p.message)} |`);
    }
    if (problems.length > MAX_ROWS) out.push('', zh ? `……另有 ${problems.length - MAX_ROWS} 个，见日志` : `… and ${problems.length - MAX_ROWS} more in the log`);
    out.push('', '</details>');
    return out.join('\n') + '\n\n';
}

/** Appends the summary when running in GitHub Actions; a summary that cannot be written is skipped with a warning. */
export function writeStepSummary(results: FileResult[], lang: Lang, env: NodeJS.ProcessEnv = process.env): void {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file) return;
    try {
        appendFileSync(file, stepSummary(results, lang, process.cwd()));
    } catch (e) {
        process.stderr.write(`aspl: ${lang === 'zh' ? '警告：无法写入 GITHUB_STEP_SUMMARY' : 'warning: cannot write GITHUB_STEP_SUMMARY'}: ${(e as Error).message}\n`);
    }
}
