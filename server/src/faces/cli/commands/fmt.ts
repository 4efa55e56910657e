import { randomBytes } from 'node:crypto';
import { say } from '../../../i18n/message.js';
import { count } from '../../../i18n/plural.js';
import { CLI, FMT } from '../cli-messages.js';
import { accessSync, chmodSync, chownSync, closeSync, constants, existsSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { LanguageProblem } from '../../../analysis.js';
import { formatPolicyText } from '../../../format/format.js';
import { insideRoots } from '../../../parse/imports.js';
import type { Bilingual, Lang } from '../../../i18n/locale.js';
import { MAX_POLICY_BYTES } from '../../../parse/lexer.js';
import { readRegularFile } from '../../../io/read.js';
import { firstInvalidUtf8 } from '../../../io/utf8.js';
import { d, langOption, oneOf, resolveLang, type CliContext } from '../common.js';
import { CliError, EXIT, fail, ioReason } from '../errors.js';
import { checkReadable, Configs, discover } from '../files.js';
import { displayPath } from '../output.js';

/**
 * Replaces a file atomically: a temp file in the same folder (same file system), every byte
 * written (a short write is retried, a write of nothing is an error), fsync, the original mode
 * and owner, then rename over it and fsync the folder. On any error — disk full (ENOSPC), file
 * size limit (EFBIG), a short write — the original is left byte-for-byte as it was and the temp
 * file is removed. A file the user may not write, or one whose owner the replacement would
 * change, is refused: rename needs only the folder's permission and would replace it anyway.
 */
export function atomicReplace(file: string, text: string, expected?: Stats): void {
    const real = realpathSync(file);
    const st = statSync(real);
    if (expected && (st.mtimeMs !== expected.mtimeMs || st.size !== expected.size)) {
        throw new CliError({ zh: '文件在格式化期间被修改，未写入', en: 'the file changed while it was being formatted; not written' });
    }
    // No write bit at all means "do not write" even for root, who passes every access check.
    try { if ((st.mode & 0o222) === 0) throw new Error('read-only'); accessSync(real, constants.W_OK); } catch {
        throw new CliError({ zh: '文件只读（没有写权限），未替换', en: 'the file is read-only for you (no write permission); not replaced' });
    }
    const mode = st.mode & 0o7777;
    const bytes = Buffer.from(text, 'utf8');
    const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fd: number | undefined;
    try {
        fd = openSync(tmp, 'wx', mode | 0o200);
        writeFully(fd, bytes);
        fsyncSync(fd);
        if (fstatSync(fd).size !== bytes.length) throw shortWrite(fstatSync(fd).size, bytes.length);
        closeSync(fd);
        fd = undefined;
        chmodSync(tmp, mode);
        try { chownSync(tmp, st.uid, st.gid); } catch { /* not permitted: checked just below */ }
        const made = statSync(tmp);
        if (made.uid !== st.uid || made.gid !== st.gid) {
            throw new CliError({ zh: '文件属于其他用户或用户组，替换会改变其所有者，未替换', en: 'the file belongs to another user or group and replacing it would change its owner; not replaced' });
        }
        renameSync(tmp, real);
    } catch (e) {
        if (fd !== undefined) try { closeSync(fd); } catch { /* already closed */ }
        try { unlinkSync(tmp); } catch { /* never created */ }
        throw e;
    }
    syncFolder(dirname(real));
}

/** writeSync may write fewer bytes than asked (disk full, RLIMIT_FSIZE): write the rest, and fail on a write of nothing. */
function writeFully(fd: number, bytes: Buffer): void {
    for (let done = 0; done < bytes.length;) {
        const n = writeSync(fd, bytes, done, bytes.length - done);
        if (n <= 0) throw shortWrite(done, bytes.length);
        done += n;
    }
}

function shortWrite(written: number, wanted: number): CliError {
    return new CliError({ zh: `只写入了 ${written} / ${wanted} 字节（磁盘已满或超出文件大小限制？）`, en: `only ${written} of ${wanted} bytes were written (disk full or file size limit?)` });
}

/** The rename is durable once the folder's entry is on disk; folders that cannot be opened or synced (some file systems) are skipped. */
function syncFolder(dir: string): void {
    let fd: number | undefined;
    try { fd = openSync(dir, 'r'); fsyncSync(fd); } catch { /* best effort: the file itself is already synced */ } finally {
        if (fd !== undefined) try { closeSync(fd); } catch { /* ignore */ }
    }
}

/**
 * The text of a policy file, or why it may not be formatted: bytes that are not UTF-8 would be
 * replaced by U+FFFD and lost when written back, so such a file is never rewritten.
 */
function readPolicy(file: string): { text: string; stats: Stats } | { refused: Bilingual } {
    const stats = statSync(file);
    const bytes = readRegularFile(file, MAX_POLICY_BYTES);
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) return { text: bytes.toString('utf8'), stats };
    const before = bytes.subarray(0, bad).toString('utf8');
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const byte = `0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}`;
    const name = displayPath(file);
    return {
        refused: {
            zh: `${name}:${line}:${column}：不是有效的 UTF-8（第 ${bad} 字节处为 ${byte}），文件未改动；若为 GBK 编码，请先转换：iconv -f GBK -t UTF-8 ${name} > 新文件.aspl`,
            en: `${name}:${line}:${column}: not valid UTF-8 (byte ${byte} at offset ${bad}), file left unchanged; if it is GBK, convert it first: iconv -f GBK -t UTF-8 ${name} > converted.aspl`,
        },
    };
}

function problemLine(file: string, p: LanguageProblem, lang: Lang): string {
    const where = `${displayPath(file)}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
    return say(CLI.line({ text: FMT.cannotFormat({ where, message: p.message }) }), lang);
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
                let read: ReturnType<typeof readPolicy>;
                try {
                    read = readPolicy(file);
                } catch (e) {
                    const why = ioReason(e);
                    process.stderr.write(`${say(CLI.line({ text: FMT.cannotRead({ file: displayPath(file), why }) }), lang)}\n`);
                    failed++;
                    continue;
                }
                if ('refused' in read) {
                    process.stderr.write(`${say(CLI.line({ text: read.refused }), lang)}\n`);
                    failed++;
                    continue;
                }
                const { text: original, stats: st } = read;
                let result: Awaited<ReturnType<typeof formatPolicyText>>;
                try {
                    result = await formatPolicyText(original, { lang, ...(keywordLanguage ? { keywordLanguage } : {}) });
                } catch (e) {
                    const msg = String((e as Error)?.message ?? e).split('\n')[0];
                    process.stderr.write(`${say(CLI.line({ text: FMT.formatterFailed({ file: displayPath(file), message: msg }) }), lang)}\n`);
                    failed++;
                    continue;
                }
                if (!result.ok) {
                    const sorted = [...result.problems].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
                    const problems = sorted.length ? sorted : [{ message: say(FMT.syntaxErrors(), lang), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } as LanguageProblem];
                    process.stderr.write(problemLine(file, problems[0], lang) + (problems.length > 1 ? say(FMT.andMore({ n: problems.length - 1 }), lang) : '') + '\n');
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
                    process.stderr.write(`${say(CLI.line({ text: FMT.outside({ file: displayPath(file) }) }), lang)}\n`);
                    failed++;
                    continue;
                }
                try {
                    atomicReplace(file, result.text, st);
                    process.stdout.write(`${say(FMT.formatted({ file: displayPath(file) }), lang)}\n`);
                } catch (e) {
                    const why = e instanceof CliError ? e.text : ioReason(e);
                    process.stderr.write(`${say(CLI.line({ text: FMT.cannotWrite({ file: displayPath(file), why }) }), lang)}\n`);
                    failed++;
                }
            }
            if (opts.check && changed) {
                process.stderr.write(`${say(CLI.line({ text: FMT.wouldReformat({ n: changed, files: count(changed, 'file') }) }), lang)}\n`);
            }
            ctx.exit(failed ? EXIT.usage : opts.check && changed ? EXIT.findings : EXIT.ok);
        });
}
