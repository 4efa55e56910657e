import { existsSync, statSync } from 'node:fs';
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { glob } from 'tinyglobby';
import { Analyzer } from '../../../analysis.js';
import { diffPolicies, hasWorse, type DiffSide } from '../../../diff/index.js';
import type { Lang } from '../../../i18n/locale.js';
import type { Src } from '../../../model/types.js';
import { isSyntaxError } from '../../../parse/problems.js';
import { json, markdown, sarif, stylish, type DiffReport, type FileDiff } from '../../diff/formats.js';
import { collect, d, langOption, oneOf, resolveLang, type CliContext } from '../common.js';
import { EXIT, fail } from '../errors.js';
import { checkReadable, Configs } from '../files.js';
import { isRevision, repoRoot, type RevisionTree } from '../../diff/git.js';
import { openTree } from '../old-version.js';
import { displayWidth } from '../../../shared/display-width.js';
import { colorsFor, displayPath, emit } from '../output.js';
import { packageInfo } from '../version.js';

const FORMATS = ['stylish', 'markdown', 'json', 'sarif'] as const;
const FAIL_ON = ['worse', 'none'] as const;

interface DiffOptions { format: string; output?: string; failOn: string; standard?: string[]; config?: string; lang?: string }

/** One comparison to make: the old and new files (absent when a side has none) and how to name them. */
interface Pair { old?: string; new?: string; oldLabel: string; newLabel: string }

/** One side analysed; a file that cannot be parsed at all is an error, not a policy removed. */
async function side(analyzer: Analyzer, file: string | undefined, label: string): Promise<DiffSide> {
    if (!file) return {};
    const analysis = await analyzer.analyzeFile(file);
    // A partly parsed policy would read as commitments removed: refuse rather than report them.
    if (!analysis.model || analysis.problems.some(isSyntaxError)) {
        fail(`${label} 有语法错误，不能比较（运行 aspl check 查看）`, `${label} has syntax errors, so it cannot be compared (see aspl check)`);
    }
    return { model: analysis.model, evaluation: analysis.evaluation };
}

/** Pairs for `REV PATH…`: each path a file, or a folder whose policies at either side are paired by path. */
async function revisionPairs(tree: RevisionTree, paths: string[]): Promise<Pair[]> {
    const pairs: Pair[] = [];
    for (const p of paths) {
        const abs = resolve(p);
        const isDir = existsSync(abs) ? statSync(abs).isDirectory() : tree.policiesUnder(abs).length > 0 && !tree.fileFor(abs);
        if (!isDir) {
            const old = tree.fileFor(abs);
            const now = existsSync(abs) ? abs : undefined;
            if (!old && !now) fail(`${p} 在工作区和 ${tree.rev} 中都不存在`, `${p} exists neither in the work tree nor in ${tree.rev}`);
            pairs.push({ old, new: now, oldLabel: `${tree.rev}:${tree.relative(abs)}`, newLabel: displayPath(abs) });
            continue;
        }
        const current = existsSync(abs) ? (await glob('**/*.aspl', { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] })).map((f) => resolve(f)) : [];
        const rels = new Set([...tree.policiesUnder(abs), ...current.map((f) => tree.relative(f))]);
        for (const rel of [...rels].sort()) {
            const file = join(tree.root, ...rel.split('/'));
            pairs.push({ old: tree.fileFor(file), new: existsSync(file) ? file : undefined, oldLabel: `${tree.rev}:${rel}`, newLabel: displayPath(file) });
        }
    }
    return pairs;
}

export function diffCommand(ctx: CliContext): Command {
    return new Command('diff')
        .description(d(ctx, '比较政策的两个版本：每项承诺的变化对客户不利、有利或中性，以及合规变化', 'compare two versions of a policy: each change of a commitment, worse, better or neutral for the customer, and the compliance delta'))
        .argument('<old>', d(ctx, '旧版本：政策文件或 git 版本（HEAD~1、main …）', 'the old version: a policy file or a git revision (HEAD~1, main …)'))
        .argument('<new...>', d(ctx, '新版本：政策文件；给出 git 版本时为工作区中的文件或文件夹', 'the new version: a policy file; with a git revision, work-tree files or folders'))
        .addOption(new Option('-f, --format <format>', d(ctx, `输出格式：${FORMATS.join('|')}`, `output format: ${FORMATS.join('|')}`)).default('stylish'))
        .option('-o, --output <file>', d(ctx, '把结果写入文件而不是标准输出', 'write the result to a file instead of stdout'))
        .addOption(new Option('--fail-on <what>', d(ctx, 'worse：有不利变化或新出现的合规问题时以 1 退出；none：从不', 'worse: exit 1 on a worse change or a new compliance problem; none: never')).default('none'))
        .option('-s, --standard <id>', d(ctx, '两个版本都按此标准检查（可重复）', 'check both versions against this standard (repeatable)'), collect)
        .option('-c, --config <file>', d(ctx, '使用此配置文件', 'use this config file'))
        .addOption(langOption(ctx))
        .addHelpText('after', d(ctx,
            '\n示例：\n  aspl diff old.aspl new.aspl\n  aspl diff HEAD~1 policy.aspl\n  aspl diff main -- policies/ --format markdown',
            '\nExamples:\n  aspl diff old.aspl new.aspl\n  aspl diff HEAD~1 policy.aspl\n  aspl diff main -- policies/ --format markdown'))
        .action(async (old: string, paths: string[], opts: DiffOptions) => {
            const lang: Lang = resolveLang(opts.lang);
            const format = oneOf(say(CLI.format(), lang), opts.format, FORMATS);
            const failOn = oneOf('--fail-on', opts.failOn, FAIL_ON);
            let tree: RevisionTree | undefined;
            let pairs: Pair[];
            if (existsSync(old) && statSync(old).isFile()) {
                if (paths.length !== 1) fail('比较两个文件时只能给出一个新文件', 'comparing files takes exactly one new file');
                const now = resolve(paths[0]);
                if (!existsSync(now) || !statSync(now).isFile()) fail(`无法读取 ${paths[0]}：不是文件`, `cannot read ${paths[0]}: not a file`);
                checkReadable([resolve(old), now]);
                pairs = [{ old: resolve(old), new: now, oldLabel: displayPath(resolve(old)), newLabel: displayPath(now) }];
            } else {
                const root = repoRoot(paths[0]);
                if (!root || !isRevision(root, old)) {
                    fail(`“${old}”既不是政策文件，也不是 git 版本`, `'${old}' is neither a policy file nor a git revision`);
                }
                tree = openTree(root!, old);
                pairs = await revisionPairs(tree, paths);
            }
            try {
                const configs = new Configs(opts.config);
                const analyzer = new Analyzer({ lang, configFile: configs.configFile, standards: opts.standard ?? [] });
                configs.checkStandards(analyzer.registry, opts.standard ?? []);
                const files: FileDiff[] = [];
                for (const p of pairs) {
                    const before = await side(analyzer, p.old, p.oldLabel);
                    const after = await side(analyzer, p.new, p.newLabel);
                    files.push({ old: p.oldLabel, new: p.newLabel, diff: diffPolicies(before, after, analyzer.registry) });
                }
                const locate = (src: Src) => {
                    const file = src.uri.startsWith('file:') ? fileURLToPath(src.uri) : src.uri;
                    const { start, end } = src.range;
                    return { file: tree?.display(file) ?? displayPath(file), line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
                };
                const report: DiffReport = { files, lang, locate };
                const text = format === 'json' ? json(report)
                    : format === 'markdown' ? markdown(report)
                        : format === 'sarif' ? sarif(report, packageInfo().version)
                            : stylish(report, colorsFor(!!opts.output), displayWidth);
                emit(text, opts.output);
                ctx.exit(failOn === 'worse' && files.some((f) => hasWorse(f.diff)) ? EXIT.findings : EXIT.ok);
            } finally {
                tree?.close();
            }
        });
}
