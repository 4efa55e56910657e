/**
 * The GitHub Actions job summary: when `GITHUB_STEP_SUMMARY` names a file, `aspl check`
 * appends a short Markdown report to it — the summary line, then the files with problems, then
 * the problems themselves (the first 100) — so a reader sees the result without the log.
 */
import { CLI } from './cli-messages.js';
import { say } from '../../i18n/message.js';
import { count } from '../../i18n/plural.js';
import { appendFileSync } from 'node:fs';
import type { Lang } from '../../i18n/locale.js';
import { displayPath } from './output.js';
import { addCounts, countProblems, type FileResult } from './results.js';
import { SEVERITY_LABEL, summaryLine } from './formats/stylish.js';

const MAX_ROWS = 100;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Gathers the summary as the run goes: counts, one row per file with problems, the first problems. */
export class StepSummary {
    private readonly counts = { errors: 0, warnings: 0, infos: 0 };
    private files = 0;
    private readonly fileRows: string[] = [];
    private readonly problemRows: string[] = [];
    private problems = 0;

    constructor(private readonly lang: Lang, private readonly cwd: string) {}

    add(r: FileResult): void {
        this.files++;
        if (!r.problems.length) return;
        const c = countProblems([r]);
        addCounts(this.counts, r.problems);
        this.fileRows.push(`| ${cell(displayPath(r.file, this.cwd))} | ${c.errors} | ${c.warnings} | ${c.infos} |`);
        for (const p of r.problems) {
            if (this.problems++ >= MAX_ROWS) continue;
            this.problemRows.push(`| ${cell(`${displayPath(p.file, this.cwd)}:${p.line}:${p.column}`)} | ${SEVERITY_LABEL[this.lang][p.severity]} | ${cell(p.ruleId)} | ${cell(p.message)} |`);
        }
    }

    text(): string {
        const { counts, lang } = this;
        const total = counts.errors + counts.warnings + counts.infos;
        const zh = lang === 'zh';
        const out = [`### ASPL ${zh ? '检查' : 'check'}`, ''];
        if (!total) {
            out.push(zh ? `✔ ${this.files} 个政策，没有问题` : `✔ ${count(this.files, 'policy')}, no problems`);
            return out.join('\n') + '\n\n';
        }
        out.push(`${summaryLine(counts, lang)} — ${zh ? `${this.files} 个政策中的 ${this.fileRows.length} 个` : `in ${this.fileRows.length} of ${count(this.files, 'policy')}`}`, '');
        out.push(zh ? '| 文件 | 错误 | 警告 | 提示 |' : '| file | errors | warnings | infos |', '|---|---:|---:|---:|');
        out.push(...this.fileRows);
        out.push('', `<details><summary>${zh ? '问题' : 'Problems'}</summary>`, '');
        out.push(zh ? '| 位置 | 严重程度 | 规则 | 说明 |' : '| where | severity | rule | message |', '|---|---|---|---|');
        out.push(...this.problemRows);
        if (this.problems > MAX_ROWS) out.push('', zh ? `……另有 ${this.problems - MAX_ROWS} 个，见日志` : `… and ${this.problems - MAX_ROWS} more in the log`);
        out.push('', '</details>');
        return out.join('\n') + '\n\n';
    }
}

/** Appends the summary when running in GitHub Actions; a summary that cannot be written is skipped with a warning. */
export function writeStepSummary(summary: StepSummary, lang: Lang, env: NodeJS.ProcessEnv = process.env): void {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file) return;
    try {
        appendFileSync(file, summary.text());
    } catch (e) {
        process.stderr.write(`${say(CLI.stepSummaryFailed({ why: (e as Error).message }), lang)}\n`);
    }
}
