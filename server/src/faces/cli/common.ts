import { statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import { Analyzer, type PolicyAnalysis } from '../../analysis.js';
import { CatalogRegistry } from '../../engine/catalog/registry.js';
import { langFromEnv, type Lang } from '../../i18n/locale.js';
import { say } from '../../i18n/message.js';
import { closest } from '../../i18n/suggest.js';
import { fail, ioReason } from './errors.js';
import { checkReadable, Configs, firstLine } from './files.js';
import { displayPath } from './output.js';

/** What every command gets from main: the language of help texts, where the worker code lives. */
export interface CliContext {
    /** Language of descriptions and early errors (--lang anywhere on the line, else LANG). */
    lang: Lang;
    /** The CLI bundle itself, started again as a worker thread. */
    workerUrl?: URL;
    /** Exit code when the action returns (undefined: keep running, e.g. the language server). */
    exit(code: number | undefined): void;
}

/** A help text in the help language (the pair written where the option is declared). */
export function d(ctx: CliContext, zh: string, en: string): string {
    return say({ zh, en }, ctx.lang);
}

export function langOption(ctx: CliContext): Option {
    return new Option('--lang <lang>', d(ctx, '消息语言：zh 或 en（默认取 LANG）', 'message language: zh or en (default: from LANG)'));
}

/** `--lang` as given, else the language of the environment; anything else is a usage error. */
export function resolveLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
    if (value === undefined) return langFromEnv(env);
    const v = value.toLowerCase();
    if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return 'zh';
    if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
    return fail(`--lang 只能是 zh 或 en，而不是“${value}”`, `--lang must be zh or en, not '${value}'`);
}

/** The language as early as possible: `--lang X` / `--lang=X` anywhere in argv, else LANG. */
export function preLang(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
        if (v !== undefined) {
            const l = v.toLowerCase();
            if (l.startsWith('zh')) return 'zh';
            if (l.startsWith('en')) return 'en';
        }
    }
    return langFromEnv(env);
}

export function collect(value: string, previous: string[] = []): string[] {
    return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    // "未知的格式“x”", but "--fail-on 的取值“x”未知" for an option name (no stray space before Chinese)
    const zh = /^[\x21-\x7e]/.test(name) ? `${name} 的取值“${value}”未知` : `未知的${name}“${value}”`;
    const hint = closest(value, allowed);
    return fail(`${zh}${hint ? `（是否想写“${hint}”？）` : ''}；可用：${allowed.join('、')}`, `unknown ${name} '${value}'${hint ? ` (did you mean '${hint}'?)` : ''}; use one of ${allowed.join(', ')}`);
}

/** A single policy file named on the command line: it must exist, be a file and be readable. */
export function singleFile(file: string): string {
    const abs = resolve(file);
    let st;
    try { st = statSync(abs); } catch (e) {
        const why = ioReason(e);
        fail(`无法访问 ${file}：${why.zh}`, `cannot access ${file}: ${why.en}`);
    }
    if (st.isDirectory()) fail(`${file} 是文件夹；此命令需要一个政策文件`, `${file} is a folder; this command takes one policy file`);
    checkReadable([abs]);
    return abs;
}

/** A command on one policy file (`report`, `score`, `notice`): its argument and `-f` with the formats it writes. */
export function policyCommand(ctx: CliContext, name: string, description: string, formats: readonly string[], defaultFormat: string): Command {
    return new Command(name)
        .description(description)
        .argument('<file>', d(ctx, '政策文件', 'policy file'))
        .addOption(new Option('-f, --format <format>', d(ctx, `格式：${formats.join('|')}`, `format: ${formats.join('|')}`)).default(defaultFormat));
}

/** `-o`, `-s` (what the command does with a standard, repeatable), `-c` and `--import-root`: a policy checked against chosen standards. */
export function standardsOptions(ctx: CliContext, cmd: Command, standardHelp: string): Command {
    return cmd
        .addOption(outputOption(ctx))
        .option('-s, --standard <id>', standardHelp, collect)
        .option('-c, --config <file>', d(ctx, '使用此配置文件', 'use this config file'))
        .addOption(importRootOption(ctx));
}

/** `-o`: the file to write instead of stdout. */
export function outputOption(ctx: CliContext): Option {
    return new Option('-o, --output <file>', d(ctx, '写入文件而不是标准输出', 'write to a file instead of stdout'));
}

/** `--import-root <dir>` (repeatable): a folder imports may reach besides the workspace. */
export function importRootOption(ctx: CliContext): Option {
    return new Option('--import-root <dir>', d(ctx, '也允许从此文件夹导入（可重复；默认只允许配置文件所在文件夹和所给路径的共同上级文件夹）', "also allow imports from this folder (repeatable; default: the config's folder and the common folder of the given paths)")).argParser(collect);
}

/**
 * The folders imports may reach (the workspace): the folder of every config in force, the
 * common folder of the paths on the command line, and any `--import-root`. An import outside
 * them is the positioned error import-outside; nothing outside is read.
 */
export function importRoots(paths: string[], configs: Configs, extra: string[] = [], cwd = process.cwd()): string[] {
    const folders = paths.map((p) => {
        const abs = resolve(cwd, p);
        try { return statSync(abs).isDirectory() ? abs : dirname(abs); } catch { return cwd; } // a glob: its matches lie under cwd
    });
    const roots = new Set([...configs.all().map((c) => c.root), ...extra.map((x) => resolve(cwd, x))]);
    if (folders.length) roots.add(folders.reduce(commonFolder));
    return [...roots];
}

function commonFolder(a: string, b: string): string {
    const x = a.split(sep);
    const y = b.split(sep);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    return x.slice(0, i).join(sep) || sep;
}

export interface SingleOptions { config?: string; standard?: string[]; importRoot?: string[] }

/** Validates config and standard ids, then analyses one policy in this thread. */
export async function analyzeSingle(file: string, opts: SingleOptions, lang: Lang): Promise<{ analysis: PolicyAnalysis; analyzer: Analyzer }> {
    const abs = singleFile(file);
    const configs = new Configs(opts.config);
    configs.forFile(abs);
    const analyzer = new Analyzer({ lang, configFile: configs.configFile, standards: opts.standard ?? [], roots: importRoots([abs], configs, opts.importRoot) });
    configs.checkStandards(analyzer.registry, opts.standard ?? []);
    const analysis = await analyzer.analyzeFile(abs, true);
    return { analysis, analyzer };
}

/** Shipped catalogs plus the packs of the config in force for the current folder (or --config). */
export function registryFor(configFile: string | undefined, standards: string[] = []): CatalogRegistry {
    const registry = CatalogRegistry.shipped();
    const configs = new Configs(configFile);
    configs.forFile(resolve('policy.aspl'));
    configs.checkStandards(registry, standards);
    return registry;
}

/** Warnings about broken shipped catalogs: one line each on stderr (the run goes on without them). */
export function warnCatalogProblems(registry: CatalogRegistry, lang: Lang): void {
    for (const p of registry.problems) {
        process.stderr.write(`aspl: ${lang === "zh" ? "警告" : "warning"}: ${displayPath(p.file)}:${p.line}:${p.column}: ${firstLine(say(p.message, lang))}\n`);
    }
}
