/**
 * Output that must wait for figures known only at the end of a run (a JSON summary, a SARIF rule
 * list, JUnit totals come before the files they count): kept in memory while small, in a temporary
 * file past a few megabytes, then replayed in order. Memory stays flat however many files a run has.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

/** Where formats write their text: stdout, an -o file, or a spool. */
export interface Sink { write(text: string): void }

const READ_CHUNK = 1 << 20;

export class Spool implements Sink {
    private chunks: string[] = [];
    private size = 0;
    private file?: { dir: string; fd: number };

    /** `limit`: characters kept in memory before the text goes to a temporary file. */
    constructor(private readonly limit = 4 << 20) {}

    write(text: string): void {
        this.chunks.push(text);
        this.size += text.length;
        if (this.size >= this.limit) this.spill();
    }

    private spill(): void {
        if (!this.file) {
            const dir = mkdtempSync(join(tmpdir(), 'aspl-spool-'));
            this.file = { dir, fd: openSync(join(dir, 'spool'), 'w+') };
            process.once('exit', () => this.remove());
        }
        writeSync(this.file.fd, this.chunks.join(''));
        this.chunks = [];
        this.size = 0;
    }

    /** Replays everything written, in order, as pieces of text; then forgets it. */
    replay(to: (text: string) => void): void {
        if (this.file) {
            this.spill();
            const decoder = new StringDecoder('utf8');
            const buffer = Buffer.allocUnsafe(READ_CHUNK);
            for (let position = 0; ;) {
                const n = readSync(this.file.fd, buffer, 0, READ_CHUNK, position);
                if (!n) break;
                position += n;
                to(decoder.write(buffer.subarray(0, n)));
            }
            to(decoder.end());
            this.remove();
        } else if (this.chunks.length) {
            to(this.chunks.join(''));
        }
        this.chunks = [];
        this.size = 0;
    }

    /** Replays line by line (the text written is lines ending in '\n'). */
    replayLines(each: (line: string) => void): void {
        let rest = '';
        this.replay((piece) => {
            const lines = (rest + piece).split('\n');
            rest = lines.pop()!;
            for (const l of lines) each(l);
        });
        if (rest) each(rest);
    }

    private remove(): void {
        if (!this.file) return;
        try { closeSync(this.file.fd); } catch { /* closed */ }
        rmSync(this.file.dir, { recursive: true, force: true });
        this.file = undefined;
    }
}

/**
 * A JSON document, indented by two as JSON.stringify(doc, null, 2) writes it, with one array whose
 * items come through a spool: `add` each item when it is known, then `finish` with a function that
 * builds the document around a given array: the text written is what JSON.stringify would write.
 */
export class JsonArrayStream {
    private static readonly MARKER = '\u0000aspl-items';
    private readonly spool: Spool;
    private count = 0;

    constructor(spoolLimit?: number) {
        this.spool = new Spool(spoolLimit);
    }

    add(item: unknown): void {
        // JSON text never holds a raw newline inside a string: '\n' only separates lines here.
        this.spool.write(`${this.count ? ',' : ''}\n${JSON.stringify(item, null, 2)}`);
        this.count++;
    }

    get length(): number { return this.count; }

    finish(build: (items: unknown[]) => unknown, out: Sink): void {
        if (!this.count) {
            out.write(`${JSON.stringify(build([]), null, 2)}\n`);
            return;
        }
        const whole = JSON.stringify(build([JsonArrayStream.MARKER]), null, 2);
        const marker = JSON.stringify(JsonArrayStream.MARKER);
        const at = whole.indexOf(marker);
        const lineStart = whole.lastIndexOf('\n', at);
        // the items' own lines are indented to the array's depth
        const pad = '\n' + ' '.repeat(at - lineStart - 1);
        out.write(whole.slice(0, lineStart));
        this.spool.replay((piece) => out.write(piece.replace(/\n/g, pad)));
        out.write(`${whole.slice(at + marker.length)}\n`);
    }
}
