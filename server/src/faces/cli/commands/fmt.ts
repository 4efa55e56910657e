import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { LanguageProblem } from '../../../analysis.js';
import { formatPolicyText } from '../../../format/format.js';
import { insideRoots } from '../../../parse/imports.js';
import type { Lang } from '../../../i18n/locale.js';
import { d, langOption, oneOf, resolveLang, type CliContext } from '../common.js';
import { CliError, EXIT, fail, ioReason } from '../errors.js';
import { checkReadable, Configs, discover } from '../files.js';
import { displayPath } from '../output.js';

/**
 * Replaces a file atomically: a temp file in the same folder (same file system), fsync, the
 * original mode (and owner where allowed), then rename over it. On any error the original is
 * left byte-for-byte as it was and the temp file is removed.
 */
export function atomicReplace(file: string, text: string, expected?: Stats): void {
    const real = realpathSync(file);
    const st = statSync(real);
    if (expected && (st.mtimeMs !== expected.mtimeMs || st.size !== expected.size)) {
        throw new CliError({ zh: '文件在格式化期间被修改，未写入', en: 'the file changed while it was being formatted; not written' });
    }
    const mode = st.mode & 0o7777;
    const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        fd = openSync(tmp, 'wx', mode | 0o200);
        writeSync(fd, text);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        chmodSync(tmp, mode);
        try { chownSync(tmp, st.uid, st.gid); } catch { /* not permitted: keep ours */ }
        renameSync(tmp, real);
    } catch (e) {
        if (fd !== undefined) try { closeSync(fd); } catch { /* already closed */ }
        try { unlinkSync(tmp); } catch { /* never created */ }
        throw e;
    }
}

function problemLine(file: string, p: LanguageProblem, lang: Lang): string {
    const where = `${displayPath(file)}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
    return lang === 'zh' ? `aspl：${where}：无法格式化，文件未改动：${p.message}` : `aspl: ${where}: cannot format, file left unchanged: ${p.message}`;
}

interface FmtOptions { check?: boolean; write?: boolean; keywords?: string; config?: string; lang?: string }

export function fmtCommand(ctx: CliContext): Command {
    return new Command('fmt')
        .description(d(ctx, '格式化政策文件', 'format policy files'))
        .argument('[paths...]', d(ctx, '政策文件、文件夹或通配符', 'policy files, folders or globs'), ['.'])
        .option('--check', d(ctx, '只检查：列出会被改动的文件，有则以 1 退出', 'check only: list files that would change and exit 1 if any'))
        .option('--write', d(ctx, '原地改写文件（原子替换，出错时文件保持原样）', 'rewrite files in place (atomic; a file is left untouched on any error)'))
        .addOption(new Option('--keywords <lang>', d(ctx, '把关键字统一为 en 或 zh', 'rewrite keywords in en or zh')))
        .option('-c, --config <file>', d(ctx, '使用此配置文件（ignore）', 'use this config file (ignore)'))
        .addOption(langOption(ctx))
        .action(async (paths: string[], opts: FmtOptions) => {
            const lang = resolveLang(opts.lang);
            if (opts.check && opts.write) fail('--check 与 --write 只能选一个', 'use either --check or --write, not both');
            const keywordLanguage = opts.keywords === undefined ? undefined : oneOf('--keywords', opts.keywords, ['en', 'zh'] as const);
            const configs = new Configs(opts.config);
            const { files } = discover(paths, configs);
            for (const f of files) configs.forFile(f);
            if (!opts.check && !opts.write && files.length !== 1) {
                fail('格式化多个文件时请用 --check 或 --write', 'use --check or --write to format more than one file');
            }
            checkReadable(files);
            // Writes stay inside what the command line named: a symlink found in a folder may not lead out of it.
            const roots = paths.filter((p) => existsSync(p)).map((p) => resolve(p));
            let failed = 0;
            let changed = 0;
            for (const file of files) {
                let original: string;
                let st: Stats;
                try {
                    st = statSync(file);
                    original = readFileSync(file, 'utf8');
                } catch (e) {
                    const why = ioReason(e);
                    process.stderr.write(lang === 'zh' ? `aspl：无法读取 ${displayPath(file)}：${why.zh}\n` : `aspl: cannot read ${displayPath(file)}: ${why.en}\n`);
                    failed++;
                    continue;
                }
                let result: Awaited<ReturnType<typeof formatPolicyText>>;
                try {
                    result = await formatPolicyText(original, keywordLanguage ? { keywordLanguage } : undefined);
                } catch (e) {
                    const msg = String((e as Error)?.message ?? e).split('\n')[0];
                    process.stderr.write(lang === 'zh' ? `aspl：${displayPath(file)}：格式化出错，文件未改动：${msg}\n` : `aspl: ${displayPath(file)}: formatter failed, file left unchanged: ${msg}\n`);
                    failed++;
                    continue;
                }
                if (!result.ok) {
                    const sorted = [...result.problems].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
                    const problems = sorted.length ? sorted : [{ message: lang === 'zh' ? '有语法错误' : 'syntax errors', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } as LanguageProblem];
                    process.stderr.write(problemLine(file, problems[0], lang) + (problems.length > 1 ? (lang === 'zh' ? `（另有 ${problems.length - 1} 处）` : ` (and ${problems.length - 1} more)`) : '') + '\n');
                    failed++;
                    continue;
                }
                if (!opts.check && !opts.write) {
                    process.stdout.write(result.text);
                    continue;
                }
                if (result.text === original) continue;
                changed++;
                if (opts.check) {
                    process.stdout.write(`${displayPath(file)}\n`);
                    continue;
                }
                if (!insideRoots(file, roots)) {
                    process.stderr.write(lang === 'zh' ? `aspl：${displayPath(file)} 经符号链接指向所给路径之外，未写入\n` : `aspl: ${displayPath(file)} leads outside the given paths through a symbolic link; not written\n`);
                    failed++;
                    continue;
                }
                try {
                    atomicReplace(file, result.text, st);
                    process.stdout.write(lang === 'zh' ? `已格式化 ${displayPath(file)}\n` : `formatted ${displayPath(file)}\n`);
                } catch (e) {
                    const why = e instanceof CliError ? e.text : ioReason(e);
                    process.stderr.write(lang === 'zh' ? `aspl：无法写入 ${displayPath(file)}，文件未改动：${why.zh}\n` : `aspl: cannot write ${displayPath(file)}, file left unchanged: ${why.en}\n`);
                    failed++;
                }
            }
            if (opts.check && changed) {
                process.stderr.write(lang === 'zh' ? `aspl：${changed} 个文件需要格式化（运行 aspl fmt --write）\n` : `aspl: ${changed} file${changed === 1 ? '' : 's'} would be reformatted (run aspl fmt --write)\n`);
            }
            ctx.exit(failed ? EXIT.usage : opts.check && changed ? EXIT.findings : EXIT.ok);
        });
}
