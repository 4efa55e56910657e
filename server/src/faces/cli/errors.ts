import type { Bilingual, Lang } from '../../i18n/locale.js';
import { ReadRefused } from '../../io/read.js';
import { both } from '../../i18n/message.js';

/** Exit codes of every command (docs/cli.md). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * An error the user caused or can fix (missing file, bad option, invalid config …).
 * Printed as one line `aspl: <message>` — one line per problem when several are found at once
 * (every error of a config file) — never with a stack trace.
 */
export class CliError extends Error {
    constructor(readonly text: Bilingual, readonly exitCode: number = EXIT.usage, readonly more: Bilingual[] = []) {
        super(text.en);
    }
    render(lang: Lang): string {
        return this.text[lang];
    }
    /** Every problem, the first one first. */
    lines(lang: Lang): string[] {
        return [this.text[lang], ...this.more.map((m) => m[lang])];
    }
}

/** Shorthand for a bilingual usage / I/O error. */
export function fail(zh: string, en: string, exitCode: number = EXIT.usage): never {
    throw new CliError({ zh, en }, exitCode);
}

/** The one-line reason of a Node.js file-system error (ENOENT …), in the user's language. */
export function ioReason(e: unknown): Bilingual {
    if (e instanceof ReadRefused) return both(e.text);
    const err = e as NodeJS.ErrnoException;
    switch (err?.code) {
        case 'ENOENT': return { zh: '文件或文件夹不存在', en: 'no such file or folder' };
        case 'EACCES': case 'EPERM': return { zh: '没有读写权限', en: 'permission denied' };
        case 'EISDIR': return { zh: '这是一个文件夹', en: 'is a folder' };
        case 'ENOTDIR': return { zh: '路径中有一段不是文件夹', en: 'a part of the path is not a folder' };
        case 'EROFS': return { zh: '文件系统只读', en: 'read-only file system' };
        case 'ENOSPC': return { zh: '磁盘空间不足', en: 'no space left on device' };
        case 'EFBIG': return { zh: '超出文件大小限制', en: 'file too large for the file system or the file size limit' };
        case 'EDQUOT': return { zh: '超出磁盘配额', en: 'disk quota exceeded' };
        default: {
            const msg = String(err?.message ?? e).split('\n')[0];
            return { zh: msg, en: msg };
        }
    }
}
