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

/** A path as shown to the user: relative to cwd with forward slashes (absolute when outside). */
export function displayPath(file: string, cwd = process.cwd()): string {
    const rel = relative(cwd, file);
    if (!rel || rel.startsWith('..') || resolve(rel) === rel) return file.split(sep).join('/');
    return rel.split(sep).join('/');
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
    let w = 0;
    for (const ch of text) w += charWidth(ch.codePointAt(0)!);
    return w;
}

function charWidth(cp: number): number {
    if (cp === 0x09) return 1;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) return 0;
    if (
        (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
        (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
        (cp >= 0x20000 && cp <= 0x3fffd)
    ) return 2;
    return 1;
}
