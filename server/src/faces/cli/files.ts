/**
 * Which policy files a command works on: files, folders (recursing to *.aspl) and globs,
 * minus the config's `ignore` globs, optionally one shard of them.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { findConfigFile, loadConfig, type AsplConfig } from '../../engine/config.js';
import type { CatalogRegistry } from '../../engine/catalog/registry.js';
import { ReadRefused } from '../../io/read.js';
import { say } from '../../i18n/message.js';
import { MAX_POLICY_BYTES } from '../../parse/lexer.js';
import { CliError, EXIT, fail, ioReason } from './errors.js';
import { displayPath } from './output.js';

const SKIP = ['**/node_modules/**', '**/.git/**'];

export interface Shard { index: number; count: number }

export function parseShard(text: string): Shard {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    // beyond 2^53 the numbers are not read exactly (99999999999999999999/99999999999999999999 selected nothing)
    if (!m || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
        fail(`--shard 应写成 i/n（1 ≤ i ≤ n），而不是“${text}”`, `--shard must be i/n with 1 ≤ i ≤ n, not '${text}'`);
    }
    return { index, count };
}

/** Round-robin over the sorted list, so every shard gets a similar share. */
export function takeShard<T>(items: T[], shard?: Shard): T[] {
    if (!shard || shard.count === 1) return items;
    return items.filter((_, i) => i % shard.count === shard.index - 1);
}

/** Config files, loaded once each; an invalid config is a usage error. */
export class Configs {
    private readonly byDir = new Map<string, string | undefined>();
    private readonly byFile = new Map<string, AsplConfig>();

    constructor(readonly configFile?: string, private readonly cwd = process.cwd()) {
        if (configFile) {
            const abs = resolve(cwd, configFile);
            if (!existsSync(abs)) fail(`找不到配置文件 ${configFile}`, `config file not found: ${configFile}`);
            if (!statSync(abs).isFile()) fail(`配置文件 ${configFile} 不是文件`, `config file ${configFile} is not a file`);
            this.configFile = abs;
            this.load(abs);
        }
    }

    /** The config in force for a policy file (--config, else the nearest aspl.config.yaml), if any. */
    forFile(file: string): AsplConfig | undefined {
        if (this.configFile) return this.load(this.configFile);
        const dir = dirname(file);
        let found = this.byDir.get(dir);
        if (!this.byDir.has(dir)) {
            found = findConfigFile(dir);
            this.byDir.set(dir, found);
        }
        return found ? this.load(found) : undefined;
    }

    all(): AsplConfig[] { return [...this.byFile.values()]; }

    private load(file: string): AsplConfig {
        let config = this.byFile.get(file);
        if (config) return config;
        const loaded = loadConfig(file);
        if (loaded.problems.length) {
            // every problem of the file at once, so one edit can fix them all
            const [first, ...rest] = loaded.problems.map((p) => {
                const where = `${displayPath(p.file, this.cwd)}:${p.line}:${p.column}`;
                return { zh: `配置无效 ${where}：${firstLine(say(p.message, 'zh'))}`, en: `invalid config ${where}: ${firstLine(say(p.message, 'en'))}` };
            });
            throw new CliError(first, EXIT.usage, rest);
        }
        config = loaded.config;
        this.byFile.set(file, config);
        return config;
    }

    /** Every standard id named by a loaded config or `--standard` must exist (company packs load here). */
    checkStandards(registry: CatalogRegistry, forced: string[]): void {
        for (const config of this.all()) {
            for (const pack of config.extraPacks) {
                if (!existsSync(pack)) fail(`配置 ${displayPath(config.file!)} 的 extraPacks 中找不到 ${displayPath(pack)}`, `config ${displayPath(config.file!)}: extra pack ${displayPath(pack)} not found`);
                const catalog = registry.addFile(pack);
                const p = registry.problemsFor(pack)[0];
                if (!catalog || p) {
                    const where = p ? `${displayPath(p.file)}:${p.line}:${p.column}` : displayPath(pack);
                    throw new CliError({ zh: `标准包无效 ${where}：${firstLine(p ? say(p.message, 'zh') : '')}`, en: `invalid standard pack ${where}: ${firstLine(p ? say(p.message, 'en') : '')}` });
                }
            }
        }
        const known = () => registry.catalogIds().join(', ');
        for (const config of this.all()) {
            for (const id of config.packs ?? []) {
                if (!registry.hasCatalog(id)) fail(`配置 ${displayPath(config.file!)} 中的标准“${id}”不存在；可用：${known()}`, `config ${displayPath(config.file!)}: unknown standard '${id}'; known: ${known()}`);
            }
        }
        for (const id of forced) {
            if (!registry.hasCatalog(id)) fail(`未知的标准“${id}”；可用：${known()}`, `unknown standard '${id}'; known: ${known()}`);
        }
    }
}

/** The first line of a library message (YAML errors carry a code frame), without a trailing colon. */
export function firstLine(text: string): string {
    return text.split('\n')[0].trim().replace(/[:：]$/, '');
}

function toPosix(p: string): string {
    return p.split(sep).join('/');
}

/** Is this file skipped by its config's `ignore` globs (relative to the config's folder)? */
export function isIgnored(file: string, config: AsplConfig | undefined, cache = new Map<string, picomatch.Matcher>()): boolean {
    if (!config?.ignore.length) return false;
    const rel = toPosix(relative(config.root, file));
    if (rel.startsWith('../')) return false;
    const key = `${config.file ?? config.root}`;
    let m = cache.get(key);
    if (!m) {
        m = picomatch(config.ignore, { dot: true });
        cache.set(key, m);
    }
    return m(rel);
}

export interface Discovered {
    files: string[];
    /** Policies found through folders and globs that `ignore` skips. */
    ignored: number;
    /** Files named on the command line that `ignore` skips (ESLint warns and skips them too). */
    skipped: string[];
    /** Paths and globs without policies, when those are allowed (--no-error-on-unmatched-pattern). */
    unmatched: string[];
}

export interface DiscoverOptions {
    /** false (--no-ignore): the config's `ignore` globs are not applied. */
    ignore?: boolean;
    /** false (--no-error-on-unmatched-pattern): a path or glob without policies is not an error. */
    errorOnUnmatched?: boolean;
    /** true (`check`): a file named explicitly is skipped too when ignored; else it is always taken. */
    skipNamed?: boolean;
}

/**
 * Expands the command line's paths, minus the config's `ignore` globs. With `skipNamed`, a file
 * named explicitly and ignored is skipped and listed in `skipped`, so a pre-commit hook passing
 * staged files gets a warning instead of a check of a file the repository ignores. A missing
 * path, an empty folder or a glob without matches is a usage error unless allowed.
 */
export function discover(inputs: string[], configs: Configs, cwd = process.cwd(), options: DiscoverOptions = {}): Discovered {
    const out = new Set<string>();
    const matchers = new Map<string, picomatch.Matcher>();
    const skipped: string[] = [];
    const unmatched: string[] = [];
    let ignored = 0;
    const add = (file: string, explicit: boolean) => {
        if (options.ignore !== false && (!explicit || options.skipNamed) && isIgnored(file, configs.forFile(file), matchers)) {
            if (explicit) skipped.push(file); else ignored++;
            return;
        }
        out.add(file);
    };
    const none = (input: string, zh: string, en: string) => {
        if (options.errorOnUnmatched === false) unmatched.push(input);
        else fail(zh, en);
    };
    for (const input of inputs) {
        const abs = resolve(cwd, input);
        if (!existsSync(abs) && isDynamicPattern(input)) {
            const found = globSync([input], { cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: SKIP, dot: false, followSymbolicLinks: false })
                .filter((f) => f.endsWith('.aspl'));
            if (!found.length) none(input, `没有政策文件匹配 ${input}`, `no policy files match ${input}`);
            for (const f of found) add(resolve(f), false);
            continue;
        }
        let st;
        try { st = statSync(abs); } catch (e) {
            const why = ioReason(e);
            if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') { none(input, `无法访问 ${input}：${why.zh}`, `cannot access ${input}: ${why.en}`); continue; }
            fail(`无法访问 ${input}：${why.zh}`, `cannot access ${input}: ${why.en}`);
        }
        if (st.isDirectory()) {
            let found: string[];
            try {
                readdirSync(abs); // a folder we may not list is an error, not "no policy files" (the glob skips it silently)
                found = globSync(['**/*.aspl'], { cwd: abs, absolute: true, onlyFiles: true, ignore: SKIP, followSymbolicLinks: false });
            } catch (e) {
                const why = ioReason(e);
                fail(`无法读取文件夹 ${input}：${why.zh}`, `cannot read folder ${input}: ${why.en}`);
            }
            if (!found.length) none(input, `文件夹 ${input} 中没有政策文件（*.aspl）`, `no policy files (*.aspl) in folder ${input}`);
            for (const f of found) add(resolve(f), false);
        } else {
            add(abs, true);
        }
    }
    return { files: [...out].sort(), ignored, skipped, unmatched };
}

/** Every file must be readable before work starts, so an I/O error never surfaces half-way. */
export function checkReadable(files: string[], cwd = process.cwd()): void {
    const buf = Buffer.alloc(1);
    for (const f of files) {
        try {
            // non-blocking open and fstat: a FIFO would block the open, a device never ends
            const fd = openSync(f, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
            try {
                const st = fstatSync(fd);
                if (!st.isFile()) throw new ReadRefused('not-regular', f, MAX_POLICY_BYTES);
                if (st.size > MAX_POLICY_BYTES) throw new ReadRefused('too-large', f, MAX_POLICY_BYTES);
                readSync(fd, buf, 0, 1, 0);
            } finally { closeSync(fd); }
        } catch (e) {
            const why = ioReason(e);
            fail(`无法读取 ${displayPath(f, cwd)}：${why.zh}`, `cannot read ${displayPath(f, cwd)}: ${why.en}`);
        }
    }
}
