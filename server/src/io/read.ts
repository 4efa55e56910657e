/**
 * Bounded, regular reads for every file the tool opens on its own (policies, imports, packs,
 * configs): open, fstat the open descriptor (not the path, which may change in between),
 * refuse anything but a regular file, then read at most limit + 1 bytes. A FIFO would block
 * forever and a device (`/dev/zero`) reports size 0 and never ends, so neither is ever read.
 * Imports only node:fs and the message table; shared by every layer.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { defineMessages, type Msg } from '../i18n/message.js';

const M = defineMessages('read', {
    tooLarge: { zh: '文件过大（上限 {limit} 字节）', en: 'file too large (limit {limit} bytes)' },
    notRegular: { zh: '不是普通文件（管道、设备或文件夹），不读取', en: 'not a regular file (a pipe, device or folder); not read' },
});

/** A file refused instead of read: not a regular file, or larger than `limit` bytes. */
export class ReadRefused extends Error {
    constructor(readonly reason: 'not-regular' | 'too-large', readonly path: string, readonly limit: number) {
        super(reason === 'too-large' ? `${path}: larger than ${limit} bytes` : `${path}: not a regular file`);
    }

    /** Why, as a message rendered where it is shown (without the path, which the caller places). */
    get text(): Msg {
        return this.reason === 'too-large' ? M.tooLarge({ limit: this.limit }) : M.notRegular();
    }
}

/**
 * The bytes of a regular file of at most `limit` bytes. Throws ReadRefused for a FIFO, device,
 * socket or folder and for a larger file, the Node.js error (ENOENT, EACCES …) otherwise.
 * O_NONBLOCK keeps the open of a FIFO without a writer from blocking; regular files ignore it.
 */
export function readRegularFile(path: string, limit: number): Buffer {
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
        const st = fstatSync(fd);
        if (!st.isFile()) throw new ReadRefused('not-regular', path, limit);
        if (st.size > limit) throw new ReadRefused('too-large', path, limit);
        // The file may grow after fstat: read to EOF, growing the buffer, never past limit + 1 bytes.
        let buf = Buffer.allocUnsafe(Math.min(st.size, limit) + 1);
        let got = 0;
        for (;;) {
            if (got === buf.length) {
                if (got > limit) throw new ReadRefused('too-large', path, limit);
                const wider = Buffer.allocUnsafe(Math.min(limit + 1, buf.length * 2));
                buf.copy(wider, 0, 0, got);
                buf = wider;
            }
            const n = readSync(fd, buf, got, buf.length - got, got);
            if (n === 0) return buf.subarray(0, got);
            got += n;
        }
    } finally {
        closeSync(fd);
    }
}

/** Is the path (symlinks followed) a regular file? False for FIFOs, devices, folders, loops and missing paths. */
export function isRegularFile(path: string): boolean {
    try { return statSync(path).isFile(); } catch { return false; }
}
