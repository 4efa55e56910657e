import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CatalogRegistry } from '../../../engine/catalog/registry.js';
import { applyBaseline, readBaseline, writeBaseline } from '../baseline.js';
import { collect, d, langOption, oneOf, resolveLang, warnCatalogProblems, type CliContext } from '../common.js';
import { EXIT, fail } from '../errors.js';
import { checkReadable, Configs, discover, parseShard, takeShard } from '../files.js';
import { FORMAT_NAMES, FORMATS } from '../formats/index.js';
import { colorsFor, displayPath, emit } from '../output.js';
import { countProblems } from '../results.js';
import { analyzeAll } from '../runner.js';
import { packageInfo } from '../version.js';

const FAIL_ON = ['error', 'warning', 'info'] as const;
export const DEFAULT_BASELINE = 'aspl-baseline.json';

interface CheckOptions {
    format: string;
    output?: string;
    failOn: string;
    maxWarnings?: string;
    standard?: string[];
    config?: string;
    shard?: string;
    baseline?: string;
    updateBaseline?: boolean;
    jobs?: string;
    docsBaseUrl?: string;
    lang?: string;
}

/** A progress line on stderr, only when stderr is a terminal; redrawn at most every 100 ms. */
function progress(lang: 'zh' | 'en') {
    if (!process.stderr.isTTY) return { update: undefined, clear: () => {} };
    let last = 0;
    let shown = false;
    return {
        update: (done: number, total: number) => {
            const now = Date.now();
            if (now - last < 100 && done < total) return;
            last = now;
            shown = true;
            process.stderr.write(`\r${lang === 'zh' ? `正在检查 ${done}/${total} 个政策` : `checking ${done}/${total} policies`}\x1b[K`);
        },
        clear: () => { if (shown) process.stderr.write('\r\x1b[K'); },
    };
}

function nonNegativeInt(name: string, value: string): number {
    if (!/^\d+$/.test(value.trim())) fail(`${name} 应为非负整数，而不是“${value}”`, `${name} must be a whole number ≥ 0, not '${value}'`);
    return Number(value);
}

export function checkCommand(ctx: CliContext): Command {
    return new Command('check')
        .description(d(ctx, '按标准检查政策文件（文件、文件夹或通配符）', 'lint policies against the standards (files, folders or globs)'))
        .argument('[paths...]', d(ctx, '政策文件、文件夹（递归查找 *.aspl）或通配符', 'policy files, folders (searched for *.aspl) or globs'), ['.'])
        .addOption(new Option('-f, --format <format>', d(ctx, `输出格式：${FORMAT_NAMES.join('|')}`, `output format: ${FORMAT_NAMES.join('|')}`)).default('stylish'))
        .option('-o, --output <file>', d(ctx, '把结果写入文件而不是标准输出', 'write the result to a file instead of stdout'))
        .addOption(new Option('--fail-on <severity>', d(ctx, '达到此严重程度即以 1 退出：error|warning|info', 'exit 1 on problems at or above: error|warning|info')).default('error'))
        .option('--max-warnings <n>', d(ctx, '警告多于 n 个时以 1 退出', 'exit 1 when there are more than n warnings'))
        .option('-s, --standard <id>', d(ctx, '只按此标准检查（可重复）', 'check against this standard only (repeatable)'), collect)
        .option('-c, --config <file>', d(ctx, '使用此配置文件，而不是就近的 aspl.config.yaml', 'use this config instead of the nearest aspl.config.yaml'))
        .option('--shard <i/n>', d(ctx, '只检查 n 份中的第 i 份（用于拆分 CI 任务）', 'check only shard i of n (to split a CI job)'))
        .option('--baseline <file>', d(ctx, '不报告基线文件中已记录的问题', 'do not report problems recorded in this baseline file'))
        .option('--update-baseline', d(ctx, `把当前所有问题写入基线文件（默认 ${DEFAULT_BASELINE}）`, `record all current problems in the baseline file (default ${DEFAULT_BASELINE})`))
        .option('-j, --jobs <n>', d(ctx, '工作线程数（0 = 不用线程；默认超过 50 个文件时自动）', 'worker threads (0 = none; default: automatic above 50 files)'))
        .option('--docs-base-url <url>', d(ctx, '规则文档链接的基础网址（SARIF 的 helpUri；默认：随 aspl 安装的文档）', "base URL of the rules' documentation (SARIF helpUri; default: the docs installed with aspl)"))
        .addOption(langOption(ctx))
        .action(async (paths: string[], opts: CheckOptions) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(lang === 'zh' ? '格式' : 'format', opts.format, FORMAT_NAMES);
            const failOn = oneOf('--fail-on', opts.failOn, FAIL_ON);
            const maxWarnings = opts.maxWarnings === undefined ? undefined : nonNegativeInt('--max-warnings', opts.maxWarnings);
            const jobs = opts.jobs === undefined ? undefined : nonNegativeInt('--jobs', opts.jobs);
            const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
            if (opts.updateBaseline && shard) fail('--update-baseline 不能与 --shard 同用（基线须覆盖全部文件）', '--update-baseline cannot be combined with --shard (a baseline covers every file)');
            const standards = opts.standard ?? [];

            const configs = new Configs(opts.config);
            const found = discover(paths, configs);
            if (!found.files.length) {
                fail(`所有找到的政策都被配置的 ignore 忽略了（${found.ignored} 个）`, `every policy found is ignored by the config's ignore globs (${found.ignored})`);
            }
            for (const f of found.files) configs.forFile(f);
            const registry = CatalogRegistry.shipped();
            warnCatalogProblems(registry, lang);
            configs.checkStandards(registry, standards);
            const files = takeShard(found.files, shard);
            checkReadable(files);
            const baselineFile = opts.baseline ?? (opts.updateBaseline ? DEFAULT_BASELINE : undefined);
            const baseline = baselineFile && !opts.updateBaseline ? readBaseline(baselineFile) : undefined;

            const bar = progress(lang);
            let results;
            try {
                results = await analyzeAll(files, { lang, configFile: configs.configFile, standards, jobs, onProgress: bar.update }, ctx.workerUrl);
            } finally {
                bar.clear();
            }

            if (opts.updateBaseline) {
                const n = writeBaseline(results, baselineFile!);
                process.stderr.write(lang === 'zh'
                    ? `aspl：已把 ${n} 个问题写入基线 ${displayPath(resolve(baselineFile!))}\n`
                    : `aspl: recorded ${n} problem${n === 1 ? '' : 's'} in the baseline ${displayPath(resolve(baselineFile!))}\n`);
                return ctx.exit(EXIT.ok);
            }
            const suppressed = baseline ? applyBaseline(results, baseline, baselineFile!) : 0;
            const text = FORMATS[format](results, {
                lang, cwd: process.cwd(), colors: colorsFor(!!opts.output), version: packageInfo().version, registry, suppressed,
                docsBaseUrl: opts.docsBaseUrl,
            });
            emit(text, opts.output);
            const counts = countProblems(results);
            const failing = counts.errors + (failOn !== 'error' ? counts.warnings : 0) + (failOn === 'info' ? counts.infos : 0);
            const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
            if (tooManyWarnings && !failing) {
                process.stderr.write(lang === 'zh'
                    ? `aspl：警告 ${counts.warnings} 个，超过 --max-warnings ${maxWarnings}\n`
                    : `aspl: ${counts.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
            }
            ctx.exit(failing || tooManyWarnings ? EXIT.findings : EXIT.ok);
        });
}
