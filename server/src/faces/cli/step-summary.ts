/**
 * The GitHub Actions job summary: when `GITHUB_STEP_SUMMARY` names a file, `aspl check`
 * appends a short Markdown report to it — the summary line, then the files with problems, then
 * the problems themselves (the first 100) — so a reader sees the result without the log.
 */
import { CLI, STEP } from './cli-messages.js';
import { say, type Msg } from '../../i18n/message.js';
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
        const t = (m: Msg) => say(m, lang);
        const policies = { n: this.files, files: this.files, policies: count(this.files, 'policy') };
        const out = [t(STEP.heading()), ''];
        if (!total) {
            out.push(t(STEP.clean(policies)));
            return out.join('\n') + '\n\n';
        }
        out.push(`${summaryLine(counts, lang)} — ${t(STEP.inFiles({ ...policies, withProblems: this.fileRows.length }))}`, '');
        out.push(t(STEP.fileTable()), '|---|---:|---:|---:|');
        out.push(...this.fileRows);
        out.push('', `<details><summary>${t(STEP.problems())}</summary>`, '');
        out.push(t(STEP.problemTable()), '|---|---|---|---|');
        out.push(...this.problemRows);
        if (this.problems > MAX_ROWS) out.push('', t(STEP.more({ n: this.problems - MAX_ROWS })));
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
