import type { Command } from 'commander';
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import { REPORT_FORMATS, renderReport } from '../../report/index.js';
import { analyzeSingle, collect, d, langOption, oneOf, policyCommand, standardsOptions, resolveLang, warnCatalogProblems, type CliContext } from '../common.js';
import { EXIT } from '../errors.js';
import { emit } from '../output.js';
import { packageInfo } from '../version.js';
import { PROBLEM_STATUSES, STATUSES, type Status } from '../../../engine/status.js';


export function reportCommand(ctx: CliContext): Command {
    return standardsOptions(ctx, policyCommand(ctx, 'report', d(ctx, '输出政策对各标准的合规矩阵（条款、状态、依据位置、级别、分值）', 'the compliance matrix of a policy per standard (clause, status, evidence, level, points)'), REPORT_FORMATS, 'md'), d(ctx, '只报告此标准（可重复）', 'report on this standard only (repeatable)'))
        .option('--status <list>', d(ctx, `表中只列出这些状态的条款（逗号分隔）：${STATUSES.join('|')}，或 problems（违反与未涉及）`, `list only clauses with these statuses (comma-separated): ${STATUSES.join('|')}, or problems (violated and not addressed)`), collect)
        .addOption(langOption(ctx))
        .action(async (file: string, opts: { format: string; output?: string; standard?: string[]; config?: string; lang?: string; status?: string[] }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(say(CLI.format(), lang), opts.format, REPORT_FORMATS);
            const statuses = opts.status?.flatMap((s) => (s === 'problems' ? [...PROBLEM_STATUSES] : [oneOf('--status', s, [...STATUSES, 'problems'])])) as Status[] | undefined;
            const { analysis, analyzer } = await analyzeSingle(file, opts, lang);
            warnCatalogProblems(analyzer.registry, lang);
            emit(renderReport(analysis, format, lang, { toolVersion: packageInfo().version, statuses }), opts.output);
            ctx.exit(EXIT.ok);
        });
}
