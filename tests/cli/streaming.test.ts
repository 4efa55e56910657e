/**
 * aspl check writes its reports as the run goes (faces/cli/spool.ts, formats/*): the text must be
 * exactly what formatting all results at once wrote — JSON and SARIF byte for byte what
 * JSON.stringify(document, null, 2) writes, JUnit well-formed with totals that add up — whether
 * the spool stayed in memory or went through a temporary file, and whatever the worker threads did.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonArrayStream, Spool, type Sink } from '../../server/src/faces/cli/spool.js';
import { takeShard } from '../../server/src/faces/cli/files.js';
import { workersWorthIt } from '../../server/src/faces/cli/runner.js';
import { aspl, assertBuilt, ROOT, scratch } from './helpers.js';
import { FORMAT_NAMES } from '../../server/src/faces/cli/formats/index.js';

const text = () => { let s = ''; const sink: Sink = { write: (t) => { s += t; } }; return { sink, get: () => s }; };

describe('spool and JSON array stream', () => {
    it('writes what JSON.stringify writes, in memory and through a temporary file (multi-byte text across read chunks)', () => {
        // ~2.4 MB of UTF-8: past the 1 MiB read chunk, so characters are split between reads
        const items = Array.from({ length: 4000 }, (_, i) => ({ file: `政策/${i}.aspl`, message: `退款时限 ${i} 天，超过“七日”要求。`.repeat(20), n: i, nested: { list: [i, 'a\nb'] } }));
        // the summary is known at the end, from the stream's own count
        const build = (files: unknown[]) => ({ schemaVersion: 1, summary: { files: items.length }, files, after: { x: [1, 2] } });
        for (const limit of [undefined, 64]) {
            const stream = new JsonArrayStream(limit);
            for (const it of items) stream.add(it);
            const out = text();
            stream.finish(build, out.sink);
            expect(out.get()).toBe(JSON.stringify(build(items), null, 2) + '\n');
        }
        const empty = text();
        const none = (files: unknown[]) => ({ summary: { files: 0 }, files });
        new JsonArrayStream(8).finish(none, empty.sink);
        expect(empty.get()).toBe('{\n  "summary": {\n    "files": 0\n  },\n  "files": []\n}\n');
    });

    it('replays lines in order after spilling to disk', () => {
        const spool = new Spool(100);
        const lines = Array.from({ length: 3000 }, (_, i) => `{"n":${i},"m":"第${i}行"}`);
        for (const l of lines) spool.write(`${l}\n`);
        const back: string[] = [];
        spool.replayLines((l) => back.push(l));
        expect(back).toEqual(lines);
    });
});

describe('check output, streamed', () => {
    let dir: string;
    let cleanup: () => void;
    beforeAll(() => {
        assertBuilt();
        ({ dir, cleanup } = scratch('aspl-stream-'));
        // 60 policies: enough for worker threads with --jobs 2 and results arriving out of order
        const samples = ['samples/phone-retailer/xingtu-digital.aspl', 'samples/furniture-custom/acme-furniture.aspl', 'samples/vehicle-maker/lanling-vehicles.aspl'];
        for (let i = 0; i < 60; i++) {
            const sub = join(dir, 'policies', `g${Math.floor(i / 10)}`);
            mkdirSync(sub, { recursive: true });
            cpSync(join(ROOT, samples[i % samples.length]), join(sub, `p${String(i).padStart(2, '0')}.aspl`));
        }
    });
    afterAll(() => cleanup());

    it('JSON and SARIF are the text JSON.stringify writes for the whole document; JUnit is well-formed and its totals add up', async () => {
        const r = await aspl(['check', 'policies', '-f', 'json', '-o', 'out.json', '-f', 'sarif', '-o', 'out.sarif', '-f', 'junit', '-o', 'out.xml', '--jobs', '0'], { cwd: dir });
        expect(r.code).toBe(1);
        for (const f of ['out.json', 'out.sarif']) {
            const raw = readFileSync(join(dir, f), 'utf8');
            expect(raw).toBe(JSON.stringify(JSON.parse(raw), null, 2) + '\n');
        }
        const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { summary: { files: number; problems: number }; files: Array<{ file: string; problems: unknown[] }> };
        expect(json.summary.files).toBe(60);
        expect(json.files.map((f) => f.file)).toEqual([...json.files.map((f) => f.file)].sort());
        const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
        expect(sarif.runs[0].results).toHaveLength(json.summary.problems);
        const xml = readFileSync(join(dir, 'out.xml'), 'utf8');
        expect(XMLValidator.validate(xml)).toBe(true);
        const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as { testsuites: { '@_tests': string; '@_failures': string; testsuite: Array<{ '@_tests': string; '@_failures': string }> } };
        const suites = doc.testsuites.testsuite;
        expect(suites).toHaveLength(60);
        expect(suites.reduce((n, s) => n + Number(s['@_tests']), 0)).toBe(Number(doc.testsuites['@_tests']));
        expect(suites.reduce((n, s) => n + Number(s['@_failures']), 0)).toBe(Number(doc.testsuites['@_failures']));
    });

    it('every format is the same with worker threads as in one thread', async () => {
        for (const format of FORMAT_NAMES) {
            const [one, many] = await Promise.all([
                aspl(['check', 'policies', '-f', format, '--jobs', '0'], { cwd: dir }),
                aspl(['check', 'policies', '-f', format, '--jobs', '2'], { cwd: dir }),
            ]);
            expect(many.code, format).toBe(one.code);
            expect(many.stdout, format).toBe(one.stdout);
            expect(one.stdout.length, format).toBeGreaterThan(100);
        }
    });

    it('the automatic choice (a worker started early, then used or stopped) writes the same and ends', async () => {
        const [one, auto] = await Promise.all([
            aspl(['check', 'policies', '-f', 'json', '--jobs', '0'], { cwd: dir }),
            aspl(['check', 'policies', '-f', 'json'], { cwd: dir }),
        ]);
        expect(auto.code).toBe(one.code);
        expect(auto.stdout).toBe(one.stdout);
        expect(JSON.parse(auto.stdout).summary.files).toBe(60);
    });
});

describe('--shard on 10,000 files', () => {
    it('splits them evenly: disjoint shards, sizes within one, together every file', () => {
        const files = Array.from({ length: 10_000 }, (_, i) => `policies/group-${String(Math.floor(i / 100)).padStart(3, '0')}/p${i}.aspl`);
        for (const n of [1, 2, 3, 4, 7, 16]) {
            const shards = Array.from({ length: n }, (_, i) => takeShard(files, { index: i + 1, count: n }));
            const sizes = shards.map((s) => s.length);
            expect(Math.max(...sizes) - Math.min(...sizes), `n=${n}`).toBeLessThanOrEqual(1);
            expect(sizes.reduce((a, b) => a + b, 0)).toBe(10_000);
            expect(new Set(shards.flat()).size).toBe(10_000);
        }
    });
});

describe('worker threads chosen from measured work', () => {
    it('starts none when the rest of the run is cheaper than starting one', () => {
        // 5 ms a file, 400 ms to start: 100 files are 500 ms of work, shared by two threads 250 ms < 800 ms
        expect(workersWorthIt(100, 5, 400, 2)).toBe(0);
        expect(workersWorthIt(10_000, 5, 400, 1)).toBe(0);
    });
    it('starts c − 1 workers (at most 7) when each share pays for its start twice over', () => {
        expect(workersWorthIt(1000, 5, 400, 2)).toBe(1);
        expect(workersWorthIt(1000, 5, 400, 4)).toBe(3);
        // with more threads each share shrinks: fewer workers than cores when only some pay off
        expect(workersWorthIt(400, 5, 400, 8)).toBe(1);
        expect(workersWorthIt(1_000_000, 5, 400, 64)).toBe(7);
    });
});
