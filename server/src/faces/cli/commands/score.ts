import { count } from '../../../i18n/plural.js';
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import type { Command } from 'commander';
import { evaluate } from '../../../engine/evaluate.js';
import { scoreCatalog, type Score } from '../../../engine/score.js';
import { scoreText } from '../../report/index.js';
import { analyzeSingle, d, langOption, oneOf, policyCommand, standardsOptions, resolveLang, type CliContext } from '../common.js';
import { EXIT, fail } from '../errors.js';
import { displayPath, emit } from '../output.js';

const SCORE_FORMATS = ['text', 'json'] as const;

export function scoreCommand(ctx: CliContext): Command {
    return standardsOptions(ctx, policyCommand(ctx, 'score', d(ctx, 'T/CGCC 评分：各部分得分、达标规则（含持证售后服务管理师要求）与推定分值说明', 'the T/CGCC score by section, with the pass rule (incl. the certified manager) and the inferred-points note'), SCORE_FORMATS, 'text'), d(ctx, '按此评分标准打分（可重复）', 'score against this scored standard (repeatable)'))
        .addOption(langOption(ctx))
        .action(async (file: string, opts: { format: string; output?: string; standard?: string[]; config?: string; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(say(CLI.format(), lang), opts.format, SCORE_FORMATS);
            const { analysis, analyzer } = await analyzeSingle(file, opts, lang);
            if (!analysis.model) fail(`${file} 无法解析，不能评分`, `${file} cannot be parsed, so it cannot be scored`);
            const model = analysis.model;
            let results = (analysis.evaluation?.results ?? []).filter((r) => r.catalog.scoring);
            let inForce = true;
            if (!results.length) {
                // The policy does not apply a scored standard: score it anyway, and say so.
                const scored = analyzer.registry.all().filter((c) => c.scoring).map((c) => c.id);
                if (!scored.length) fail('没有可评分的标准', 'no scored standard is installed');
                results = evaluate(model, analyzer.registry, { config: analysis.config, standards: scored }).results;
                inForce = false;
            }
            const scores = results.map((r) => ({ result: r, score: scoreCatalog(model, r)! })).filter((x) => x.score);
            // a scored standard whose applicability condition the policy does not meet (T/CGCC: custom goods)
            const notApplicable = results.filter((r) => !r.applicable).map((r) => r.catalog);
            const problems = analysis.problems.filter((p) => p.severity === 'error');
            if (format === 'json') {
                emit(JSON.stringify({
                    schemaVersion: 1, file: displayPath(analysis.file), inForce,
                    scores: scores.map(({ score, result }) => ({ ...score, title: result.catalog.title[lang] } satisfies Score & { title: string })),
                    notApplicable: notApplicable.map((c) => c.id),
                    languageErrors: problems.length,
                }, null, 2) + '\n', opts.output);
            } else {
                const parts: string[] = [];
                if (!inForce && scores.length) {
                    parts.push(`${say(CLI.notInForce({ file: displayPath(analysis.file) }), lang)}\n`);
                }
                if (problems.length) {
                    parts.push(`${say(CLI.scoreMayBeOff({ n: problems.length, errors: count(problems.length, 'language error') }), lang)}\n`);
                }
                for (const { score, result } of scores) parts.push(scoreText(score, result.catalog.title[lang], lang, result.catalog));
                if (!scores.length && !notApplicable.length) parts.push(`${say(CLI.nothingScored({ file: displayPath(analysis.file) }), lang)}\n`);
                for (const c of notApplicable) {
                    parts.push(`${say(CLI.notApplicable({ id: c.id, title: c.title }), lang)}\n`);
                }
                emit(parts.join('\n'), opts.output);
            }
            // Nothing scored is no pass (a CI gate must not go green on an empty or broken policy),
            // unless a sound policy is simply outside every scored standard's scope.
            const passed = scores.length ? scores.every((s) => s.score.pass) : notApplicable.length > 0 && problems.length === 0;
            ctx.exit(passed ? EXIT.ok : EXIT.findings);
        });
}
