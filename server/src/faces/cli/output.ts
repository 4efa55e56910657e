import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import pc from 'picocolors';
import { fail, ioReason } from './errors.js';
import type { Sink } from './spool.js';

export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colours as picocolors decides (NO_COLOR and --no-color off; FORCE_COLOR, a terminal or CI on),
 * and never into a file (--output).
 */
export function colorsFor(toFile: boolean): Colors {
    return pc.createColors(!toFile && pc.isColorSupported);
}

/** Writes a command's output to --output FILE or stdout; an unwritable file is a usage error (exit 2). */
export function emit(text: string, output: string | undefined): void {
    // `-o -` is the usual spelling of standard output, not a file named "-"
    if (output && output !== '-') {
        try { writeFileSync(resolve(output), text); } catch (e) {
            const why = ioReason(e);
            fail(`无法写入 ${output}：${why.zh}`, `cannot write ${output}: ${why.en}`);
        }
        return;
    }
    process.stdout.write(text);
}

/** Text gathered before a write: a few large writes instead of one per line. */
const BUFFER_CHARS = 1 << 16;

/** A sink that is written as the run goes: an --output file (opened now, so a bad path fails before the work) or stdout. */
export interface OutputSink extends Sink { close(): void }

export function openOutput(output: string | undefined): OutputSink {
    let fd: number | undefined;
    if (output && output !== '-') {
        try { fd = openSync(resolve(output), 'w'); } catch (e) {
            const why = ioReason(e);
            fail(`无法写入 ${output}：${why.zh}`, `cannot write ${output}: ${why.en}`);
        }
    }
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
        if (!size) return;
        const text = pending.join('');
        pending = [];
        size = 0;
        if (fd === undefined) { process.stdout.write(text); return; }
        try { writeSync(fd, text); } catch (e) {
            const why = ioReason(e);
            fail(`无法写入 ${output}：${why.zh}`, `cannot write ${output}: ${why.en}`);
        }
    };
    return {
        write(text) {
            pending.push(text);
            size += text.length;
            if (size >= BUFFER_CHARS) flush();
        },
        close() {
            flush();
            if (fd !== undefined) closeSync(fd);
        },
    };
}

/** A path as shown to the user: relative to cwd with forward slashes (absolute when outside). */
export function displayPath(file: string, cwd = process.cwd()): string {
    const rel = relative(cwd, file);
    if (!rel || rel.startsWith('..') || resolve(rel) === rel) return file.split(sep).join('/');
    return rel.split(sep).join('/');
}
