import { count } from '../../../i18n/plural.js';
import { CLI } from '../cli-messages.js';
import { say, type Text } from '../../../i18n/message.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { Analyzer } from '../../../analysis.js';
import { CatalogRegistry } from '../../../engine/catalog/registry.js';
import type { Lang } from '../../../i18n/locale.js';
import { BaselineFilter, pruneBaseline, readBaseline, writeBaseline } from '../baseline.js';
import { collect, d, importRootOption, importRoots, langOption, oneOf, resolveLang, warnCatalogProblems, type CliContext } from '../common.js';
import { EXIT, fail } from '../errors.js';
import { checkReadable, Configs, discover, isIgnored, parseShard, takeShard } from '../files.js';
import type { FixRun } from '../fix.js';
import { FORMAT_NAMES, FORMATS } from '../formats/index.js';
import { colorsFor, displayPath, openOutput } from '../output.js';
import { addCounts, SourceCache, toFileResult, type FileResult } from '../results.js';
import { analyzeAll } from '../runner.js';
import { StepSummary, writeStepSummary } from '../step-summary.js';
import { packageInfo } from '../version.js';

const FAIL_ON = ['error', 'warning', 'info'] as const;
/** ESLint's spelling, accepted as the same word. */
const SEVERITY_ALIASES: Record<string, string> = { warn: 'warning' };
export const DEFAULT_BASELINE = 'aspl-baseline.json';

interface CheckOptions {
    failOn: string;
    maxWarnings?: string;
    standard?: string[];
    config?: string;
    shard?: string;
    baseline?: string;
    updateBaseline?: boolean;
    pruneBaseline?: boolean;
    jobs?: string;
    importRoot?: string[];
    docsBaseUrl?: string;
    lang?: string;
    fix?: boolean;
    fixDryRun?: boolean;
    quiet?: boolean;
    stdin?: boolean;
    stdinFilename?: string;
    ignore: boolean;
    errorOnUnmatchedPattern: boolean;
}

/** One report of a run: a format, written to a file or (at most one of them) to stdout. */
interface Output { format: string; file?: string }

/**
 * `-f` and `-o` in the order given: each `-o` belongs to the `-f` before it (an `-o` before any
 * `-f` to the default format), so `-f sarif -o aspl.sarif -f github` writes SARIF to a file and
 * annotations to stdout in one run. Commander calls these in argv order.
 */
class Outputs {
    readonly list: Output[] = [];
    format = (value: string): Output[] => { this.list.push({ format: value }); return this.list; };
    file = (value: string): Output[] => {
        const last = this.list[this.list.length - 1];
        if (last && last.file === undefined) last.file = value;
        else if (!last) this.list.push({ format: 'stylish', file: value });
        else this.list.push({ format: last.format, file: value });
        return this.list;
    };
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
            process.stderr.write(`\r${say(CLI.checking({ done, total }), lang)}\x1b[K`);
        },
        clear: () => { if (shown) process.stderr.write('\r\x1b[K'); },
    };
}

function nonNegativeInt(name: string, value: string): number {
    if (!/^\d+$/.test(value.trim())) fail(`${name} 应为非负整数，而不是“${value}”`, `${name} must be a whole number ≥ 0, not '${value}'`);
    return Number(value);
}

function fixSummary(lang: Lang, run: FixRun, dryRun: boolean): string {
    const files = run.outputs.size;
    const n = { fileCount: files, problemCount: run.fixedCount, files: count(files, 'file'), problems: count(run.fixedCount, 'problem') };
    return `${say(CLI.line({ text: dryRun ? CLI.fixDryRun(n) : CLI.fixed(n) }), lang)}\n`;
}

function warn(lang: Lang, text: Text): void {
    process.stderr.write(`${say(CLI.warning({ text }), lang)}\n`);
}

function readStdin(): string {
    try { return readFileSync(0, 'utf8'); } catch { return ''; }
}

export function checkCommand(ctx: CliContext): Command {
    const outputs = new Outputs();
    return new Command('check')
        .description(d(ctx, '按标准检查政策文件（文件、文件夹或通配符）', 'lint policies against the standards (files, folders or globs)'))
        .argument('[paths...]', d(ctx, '政策文件、文件夹（递归查找 *.aspl）或通配符', 'policy files, folders (searched for *.aspl) or globs'))
        .option('-f, --format <format>', d(ctx, `输出格式：${FORMAT_NAMES.join('|')}（默认 stylish；可重复，每个 -f 后可跟自己的 -o）`, `output format: ${FORMAT_NAMES.join('|')} (default stylish; repeatable, each -f with its own -o)`), outputs.format)
        .option('-o, --output <file>', d(ctx, '把前一个 -f 的结果写入文件而不是标准输出', 'write the preceding -f format to a file instead of stdout'), outputs.file)
        .addOption(new Option('--fail-on <severity>', d(ctx, '达到此严重程度即以 1 退出：error|warning（或 warn）|info', 'exit 1 on problems at or above: error|warning (or warn)|info')).default('error'))
        .option('--max-warnings <n>', d(ctx, '警告多于 n 个时以 1 退出', 'exit 1 when there are more than n warnings'))
        .option('--quiet', d(ctx, '只报告错误（警告与提示不显示，也不影响退出码）', 'report errors only (warnings and infos are neither shown nor counted)'))
        .option('-s, --standard <id>', d(ctx, '只按此标准检查（可重复）', 'check against this standard only (repeatable)'), collect)
        .option('-c, --config <file>', d(ctx, '使用此配置文件，而不是就近的 aspl.config.yaml', 'use this config instead of the nearest aspl.config.yaml'))
        .option('--no-ignore', d(ctx, '不使用配置中的 ignore', 'do not apply the config\'s ignore globs'))
        .option('--no-error-on-unmatched-pattern', d(ctx, '路径或通配符没有匹配的政策时不报错', 'no error when a path or glob matches no policy'))
        .option('--stdin', d(ctx, '从标准输入读取一个政策', 'read one policy from standard input'))
        .option('--stdin-filename <path>', d(ctx, '标准输入的政策按此路径检查（配置、导入、显示的文件名）', 'check standard input as this path (config, imports, the name shown)'))
        .option('--shard <i/n>', d(ctx, '只检查 n 份中的第 i 份（用于拆分 CI 任务）', 'check only shard i of n (to split a CI job)'))
        .option('--baseline <file>', d(ctx, '不报告基线文件中已记录的问题', 'do not report problems recorded in this baseline file'))
        .option('--update-baseline', d(ctx, `把当前所有问题写入基线文件（默认 ${DEFAULT_BASELINE}）`, `record all current problems in the baseline file (default ${DEFAULT_BASELINE})`))
        .option('--prune-baseline', d(ctx, '从基线中删去已不存在的问题', 'drop the problems that no longer occur from the baseline'))
        .option('--fix', d(ctx, '自动修复能修复的问题并写回文件（与编辑器“修复全部”相同），再报告余下的问题', 'fix what can be fixed and write the files (the editor\'s fix-all), then report what is left'))
        .option('--fix-dry-run', d(ctx, '同 --fix，但不写文件；json 格式给出修复后的文本（output）', 'like --fix without writing; the json format carries the fixed text (output)'))
        .option('-j, --jobs <n>', d(ctx, '工作线程数（0 = 不用线程；默认按实测的每个文件耗时与 CPU 核数自动决定）', 'worker threads (0 = none; default: chosen from the measured time per file and the CPU cores)'))
        .addOption(importRootOption(ctx))
        .option('--docs-base-url <url>', d(ctx, '规则文档链接的基础网址（SARIF 的 helpUri；默认：随 aspl 安装的文档）', "base URL of the rules' documentation (SARIF helpUri; default: the docs installed with aspl)"))
        .addOption(langOption(ctx))
        .action(async (paths: string[], opts: CheckOptions) => {
            const lang = resolveLang(opts.lang);
            const list: Output[] = outputs.list.length ? outputs.list : [{ format: 'stylish' }];
            for (const o of list) o.format = oneOf(say(CLI.format(), lang), o.format, FORMAT_NAMES);
            if (list.filter((o) => o.file === undefined).length > 1) {
                fail('只能有一个格式写到标准输出：请为其余的 -f 各加一个 -o 文件', 'only one format can go to stdout: give each other -f its own -o file');
            }
            const failOn = oneOf('--fail-on', SEVERITY_ALIASES[opts.failOn] ?? opts.failOn, FAIL_ON);
            const maxWarnings = opts.maxWarnings === undefined ? undefined : nonNegativeInt('--max-warnings', opts.maxWarnings);
            const jobs = opts.jobs === undefined ? undefined : nonNegativeInt('--jobs', opts.jobs);
            const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
            if (opts.fix && opts.fixDryRun) fail('--fix 与 --fix-dry-run 只能选一个', 'use either --fix or --fix-dry-run, not both');
            if (opts.updateBaseline && shard) fail('--update-baseline 不能与 --shard 同用（基线须覆盖全部文件）', '--update-baseline cannot be combined with --shard (a baseline covers every file)');
            if (opts.pruneBaseline && shard) fail('--prune-baseline 不能与 --shard 同用（基线须覆盖全部文件）', '--prune-baseline cannot be combined with --shard (a baseline covers every file)');
            if (opts.pruneBaseline && opts.updateBaseline) fail('--prune-baseline 与 --update-baseline 只能选一个', 'use either --prune-baseline or --update-baseline, not both');
            if (opts.stdinFilename && !opts.stdin) fail('--stdin-filename 须与 --stdin 同用', '--stdin-filename needs --stdin');
            if (opts.stdin && paths.length) fail('--stdin 不能与路径同用', '--stdin cannot be combined with paths');
            if (opts.stdin && opts.fix) fail('--fix 不能写回标准输入；请用 --fix-dry-run（json 格式给出修复后的文本）', '--fix cannot write back to standard input; use --fix-dry-run (the json format gives the fixed text)');
            const standards = opts.standard ?? [];

            const configs = new Configs(opts.config);
            const stdinFile = opts.stdin ? resolve(opts.stdinFilename ?? 'stdin.aspl') : undefined;
            let files: string[] = [];
            if (stdinFile) {
                configs.forFile(stdinFile);
                if (opts.ignore !== false && opts.stdinFilename && isIgnored(stdinFile, configs.forFile(stdinFile))) {
                    warn(lang, CLI.ignored({ file: displayPath(stdinFile) }));
                } else {
                    files = [stdinFile];
                }
            } else {
                const found = discover(paths.length ? paths : ['.'], configs, process.cwd(), {
                    ignore: opts.ignore, errorOnUnmatched: opts.errorOnUnmatchedPattern, skipNamed: true,
                });
                for (const f of found.skipped) {
                    warn(lang, CLI.ignored({ file: displayPath(f) }));
                }
                if (!found.files.length && !found.skipped.length && !found.unmatched.length) {
                    fail(`所有找到的政策都被配置的 ignore 忽略了（${found.ignored} 个）`, `every policy found is ignored by the config's ignore globs (${found.ignored})`);
                }
                for (const f of found.files) configs.forFile(f);
                files = takeShard(found.files, shard);
                checkReadable(files);
            }
            const registry = CatalogRegistry.shipped();
            warnCatalogProblems(registry, lang);
            configs.checkStandards(registry, standards);
            const baselineFile = opts.baseline ?? (opts.updateBaseline || opts.pruneBaseline ? DEFAULT_BASELINE : undefined);
            const baseline = baselineFile && !opts.updateBaseline ? readBaseline(baselineFile) : undefined;

            const bar = progress(lang);
            const fixing = opts.fix || opts.fixDryRun;
            const run = { lang, configFile: configs.configFile, standards, roots: importRoots(paths.length ? paths : ['.'], configs, opts.importRoot), jobs, onProgress: bar.update };
            let fixed: FixRun | undefined;
            /** The results of the run, at once (--fix, --stdin, --update-baseline need them all; a plain check streams). */
            const everything = async (): Promise<FileResult[]> => {
                if (stdinFile && files.length) return [await checkStdin(readStdin(), stdinFile, run, !!fixing)];
                if (fixing) {
                    fixed = await (await fixer()).fixAll(files, run, !!opts.fixDryRun);
                    if (opts.fixDryRun) for (const r of fixed.results) { const out = fixed.outputs.get(r.file); if (out !== undefined) r.output = out; }
                    return fixed.results;
                }
                const all: FileResult[] = [];
                if (files.length) await analyzeAll(files, run, ctx.workerUrl, (r) => all.push(r));
                return all;
            };

            if (opts.updateBaseline) {
                let results: FileResult[];
                try { results = await everything(); } finally { bar.clear(); }
                if (fixed) process.stderr.write(fixSummary(lang, fixed, !!opts.fixDryRun));
                const n = writeBaseline(results, baselineFile!);
                process.stderr.write(`${say(CLI.line({ text: CLI.baselineRecorded({ n, problems: count(n, 'problem'), file: displayPath(resolve(baselineFile!)) }) }), lang)}\n`);
                return ctx.exit(EXIT.ok);
            }

            // Each result goes through the baseline, --quiet, the counts and every output, then is let go.
            const filter = baseline ? new BaselineFilter(baseline, baselineFile!) : undefined;
            const counts = { errors: 0, warnings: 0, infos: 0 };
            const summary = new StepSummary(lang, process.cwd());
            const sinks = list.map((o) => openOutput(o.file));
            const writers = list.map((o, i) => FORMATS[o.format]({ lang, cwd: process.cwd(), colors: colorsFor(!!o.file), version: packageInfo().version, registry, docsBaseUrl: opts.docsBaseUrl }, sinks[i]));
            const report = (r: FileResult) => {
                filter?.apply(r);
                if (opts.quiet) r.problems = r.problems.filter((p) => p.severity === 'error');
                addCounts(counts, r.problems);
                summary.add(r);
                for (const w of writers) w.file(r);
            };
            try {
                if ((stdinFile && files.length) || fixing) for (const r of await everything()) report(r);
                else if (files.length) await analyzeAll(files, run, ctx.workerUrl, report);
            } finally {
                bar.clear();
            }
            if (fixed) process.stderr.write(fixSummary(lang, fixed, !!opts.fixDryRun));
            if (filter && opts.pruneBaseline) {
                const dropped = pruneBaseline(baseline!, filter.used, baselineFile!);
                process.stderr.write(`${say(CLI.line({ text: CLI.baselinePruned({ n: dropped, problems: count(dropped, 'problem'), file: displayPath(resolve(baselineFile!)) }) }), lang)}\n`);
            }
            writers.forEach((w, i) => { w.end({ suppressed: filter?.hidden ?? 0 }); sinks[i].close(); });
            writeStepSummary(summary, lang);
            const failing = counts.errors + (failOn !== 'error' ? counts.warnings : 0) + (failOn === 'info' ? counts.infos : 0);
            const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
            if (tooManyWarnings && !failing) {
                process.stderr.write(`${say(CLI.line({ text: CLI.tooManyWarnings({ n: counts.warnings, warnings: count(counts.warnings, 'warning'), max: maxWarnings }) }), lang)}\n`);
            }
            ctx.exit(failing || tooManyWarnings ? EXIT.findings : EXIT.ok);
        });
}

/** The fixer, loaded for --fix only: it brings the editor's code actions (and the language server's libraries) along. */
const fixer = () => import('../fix.js');

/** One policy from standard input, checked (and with --fix-dry-run fixed) as if it were `file`. */
async function checkStdin(text: string, file: string, run: { lang: Lang; configFile?: string; standards: string[] }, dryRunFix: boolean): Promise<FileResult> {
    const analyzer = new Analyzer({ lang: run.lang, configFile: run.configFile, standards: run.standards });
    const sources = new SourceCache();
    if (dryRunFix) {
        const o = await (await fixer()).fixFile(analyzer, file, run.lang, text);
        sources.set(file, o.fixed);
        const result = toFileResult(o.analysis, run.lang, sources);
        if (o.fixed !== text) result.output = o.fixed;
        return result;
    }
    sources.set(file, text);
    return toFileResult(await analyzer.analyzeText(text.replace(/^\uFEFF/, ''), file), run.lang, sources);
}
