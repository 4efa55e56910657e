import { writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import pc from 'picocolors';
import { fail, ioReason } from './errors.js';

export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colours only when the text goes to a terminal: stdout is a TTY, no --output,
 * NO_COLOR unset (https://no-color.org); FORCE_COLOR=1 forces them (tests).
 */
export function colorsFor(toFile: boolean, env: NodeJS.ProcessEnv = process.env): Colors {
    const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
    const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
    return pc.createColors(!toFile && !noColor && (force || !!process.stdout.isTTY));
}

/** Writes a command's output to --output FILE or stdout; an unwritable file is a usage error (exit 2). */
export function emit(text: string, output: string | undefined): void {
    if (output) {
        try { writeFileSync(resolve(output), text); } catch (e) {
            const why = ioReason(e);
            fail(`无法写入 ${output}：${why.zh}`, `cannot write ${output}: ${why.en}`);
        }
        return;
    }
    process.stdout.write(text);
}

/** A path as shown to the user: relative to cwd with forward slashes (absolute when outside). */
export function displayPath(file: string, cwd = process.cwd()): string {
    const rel = relative(cwd, file);
    if (!rel || rel.startsWith('..') || resolve(rel) === rel) return file.split(sep).join('/');
    return rel.split(sep).join('/');
}
