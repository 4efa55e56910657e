// CLI bench: what a user sees from `aspl check` on realistic policies (bench/realistic.mjs):
//   - 1, 100, 1,000 and 10,000 files: wall time, CPU time (all threads) and peak RSS of the process;
//   - one policy of 2,000, 20,000 and 100,000 lines: the same figures;
//   - 50,000 files: that SARIF, JSON and JUnit output is complete and valid (no size cliff).
// With ASPL_BENCH_BASELINE=/path/to/old/bin/aspl.js the old CLI is run too, interleaved with this one
// (A, B, A, B … on the same corpus, under the same load), and its figures are kept as `baseline`;
// without it the baseline recorded last time stays. Ratios are baseline / current (above 1 = faster).
// Run with `npm run bench cli` (or `node bench/cli.bench.mjs`); build first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { bigPolicy, policy } from './realistic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CURRENT = join(root, 'bin', 'aspl.js');
const FILE_COUNTS = [1, 100, 1000, 10000];
const BIG_LINES = [2000, 20000, 100000];
const HUGE = Number(process.env.ASPL_BENCH_HUGE ?? 50000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes `count` realistic policies into dir (100 per folder, as repositories group them). */
export function generate(dir, count) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let bytes = 0, lines = 0;
    for (let i = 0; i < count; i++) {
        const text = policy(i);
        bytes += Buffer.byteLength(text);
        lines += text.split('\n').length - 1;
        const sub = join(dir, `group-${String(Math.floor(i / 100)).padStart(3, '0')}`);
        if (i % 100 === 0) mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `policy-${String(i).padStart(5, '0')}.aspl`), text);
    }
    return { files: count, lines, megabytes: +(bytes / 2 ** 20).toFixed(2) };
}

/** One run of a CLI under /usr/bin/time -v (peak RSS of the process, worker threads included; CPU of all threads). */
function runCli(cli, args, cwd) {
    const useTime = existsSync('/usr/bin/time');
    const cmd = useTime ? '/usr/bin/time' : process.execPath;
    const argv = useTime ? ['-v', process.execPath, cli, ...args] : [cli, ...args];
    return new Promise((done, fail) => {
        const t0 = performance.now();
        const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8' } });
        let out = 0, err = '';
        child.stdout.on('data', (d) => { out += d.length; });
        child.stderr.on('data', (d) => { err += d; });
        child.on('error', fail);
        child.on('close', (code) => {
            const wallMs = performance.now() - t0;
            const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
            const user = /User time \(seconds\): ([\d.]+)/.exec(err);
            const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
            const r = { code, wallSeconds: +(wallMs / 1000).toFixed(3), outputBytes: out };
            if (rss) r.peakRssMB = Math.round(Number(rss[1]) / 1024);
            if (user && sys) r.cpuSeconds = +(Number(user[1]) + Number(sys[1])).toFixed(2);
            if (code !== 0 && code !== 1) r.error = err.split('\n').filter((l) => l.startsWith('aspl')).join(' ') || err.slice(0, 400);
            done(r);
        });
    });
}

/** Median of each figure over the rounds (a failed round is reported as such). */
function summarise(runs) {
    const failed = runs.find((r) => r.error);
    if (failed) return { failed: failed.error, exitCode: failed.code, wallSeconds: failed.wallSeconds, peakRssMB: failed.peakRssMB };
    const pick = (k) => (runs.every((r) => r[k] !== undefined) ? median(runs.map((r) => r[k])) : undefined);
    return { wallSeconds: +pick('wallSeconds').toFixed(2), cpuSeconds: pick('cpuSeconds'), peakRssMB: pick('peakRssMB'), exitCode: runs[0].code, outputMB: +(runs[0].outputBytes / 2 ** 20).toFixed(2), rounds: runs.length };
}

/** Runs each CLI `rounds` times, alternating, so both see the same load. */
async function interleaved(clis, args, cwd, rounds) {
    const runs = Object.fromEntries(Object.keys(clis).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
        for (const [name, cli] of Object.entries(clis)) runs[name].push(await runCli(cli, args, cwd));
    }
    return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summarise(v)]));
}

function ratio(base, cur) {
    if (!base || !cur || base.failed || cur.failed) return undefined;
    const r = (k) => (base[k] && cur[k] ? +(base[k] / cur[k]).toFixed(2) : undefined);
    return { wall: r('wallSeconds'), cpu: r('cpuSeconds'), peakRss: r('peakRssMB') };
}

/** 50,000 files in SARIF, JSON and JUnit at once: each complete and valid, the counts agreeing. */
async function huge(dir, count) {
    const gen = generate(dir, count);
    const out = (f) => join(dir, '..', f);
    const r = await runCli(CURRENT, ['check', '.', '-f', 'sarif', '-o', out('out.sarif'), '-f', 'json', '-o', out('out.json'), '-f', 'junit', '-o', out('out.xml')], dir);
    const figures = { ...gen, wallSeconds: +r.wallSeconds.toFixed(2), cpuSeconds: r.cpuSeconds, peakRssMB: r.peakRssMB, exitCode: r.code };
    if (r.error) return { ...figures, valid: false, failed: r.error };
    const json = JSON.parse(readFileSync(out('out.json'), 'utf8'));
    const sarif = JSON.parse(readFileSync(out('out.sarif'), 'utf8'));
    const xml = readFileSync(out('out.xml'), 'utf8');
    const suites = xml.match(/<testsuite /g)?.length ?? 0;
    const valid = json.files.length === count && json.summary.files === count && sarif.runs[0].results.length === json.summary.problems
        && suites === count && XMLValidator.validate(xml) === true;
    return { ...figures, valid, problems: json.summary.problems, outputMB: { sarif: +(statSync(out('out.sarif')).size / 2 ** 20).toFixed(1), json: +(statSync(out('out.json')).size / 2 ** 20).toFixed(1), junit: +(statSync(out('out.xml')).size / 2 ** 20).toFixed(1) } };
}

export async function run() {
    if (!existsSync(join(root, 'dist', 'aspl.cjs'))) throw new Error('build first: npm run build');
    const baselineCli = process.env.ASPL_BENCH_BASELINE;
    const clis = { current: CURRENT, ...(baselineCli ? { baseline: baselineCli } : {}) };
    const previous = existsSync(join(root, 'bench', 'results.json')) ? JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')).benches?.cli : undefined;
    const tmp = mkdtempSync(join(tmpdir(), 'aspl-bench-'));
    const figures = { corpus: 'bench/realistic.mjs: 145–200-line policies, 5–8 services, 2–5 fees, warranty parts, returns, privacy; 40 % with a real fault', cases: {} };
    const load = [loadavg()[0]];
    const results = { current: {}, baseline: {} };
    try {
        for (const n of FILE_COUNTS) {
            const dir = join(tmp, `files-${n}`);
            const gen = generate(dir, n);
            const rounds = n >= 10000 ? 1 : n >= 1000 ? 3 : 5;
            const r = await interleaved(clis, ['check', '.', '--format', 'json'], dir, rounds);
            const name = `${n} ${n === 1 ? 'file' : 'files'}`;
            figures.cases[name] = gen;
            for (const k of Object.keys(r)) results[k][name] = r[k];
            load.push(loadavg()[0]);
            rmSync(dir, { recursive: true, force: true });
            console.log(name, JSON.stringify(r));
        }
        for (const lines of BIG_LINES) {
            const dir = join(tmp, `big-${lines}`);
            mkdirSync(dir, { recursive: true });
            const text = bigPolicy(lines);
            writeFileSync(join(dir, 'big.aspl'), text);
            const r = await interleaved(clis, ['check', 'big.aspl', '--format', 'json'], dir, lines >= 100000 ? 2 : 3);
            const name = `${lines / 1000}k-line policy`;
            figures.cases[name] = { files: 1, lines: text.split('\n').length - 1 };
            for (const k of Object.keys(r)) results[k][name] = r[k];
            load.push(loadavg()[0]);
            console.log(name, JSON.stringify(r));
        }
        if (HUGE > 0) {
            figures.huge = { date: new Date().toISOString().slice(0, 10), ...await huge(join(tmp, 'huge', 'policies'), HUGE) };
            console.log('huge', JSON.stringify(figures.huge));
        } else if (previous?.huge) {
            // ASPL_BENCH_HUGE=0 skips the 50,000-file run (five minutes): its last figures stay, with their date
            figures.huge = previous.huge;
        }
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
    figures.current = results.current;
    figures.baseline = baselineCli ? results.baseline : previous?.baseline;
    if (baselineCli) figures.baselineNote = `recorded ${new Date().toISOString().slice(0, 10)} from ${process.env.ASPL_BENCH_BASELINE_NAME ?? baselineCli}, interleaved with the current CLI under the same load`;
    else if (previous?.baselineNote) {
        // the remark is added once, however many runs keep the old baseline
        const NOT_RERUN = ' (not re-run this time: ratios compare runs under different loads)';
        figures.baselineNote = previous.baselineNote.split(NOT_RERUN).join('') + NOT_RERUN;
    }
    figures.ratio = Object.fromEntries(Object.keys(results.current).map((k) => [k, ratio(figures.baseline?.[k], results.current[k])]));
    figures.machine = { cores: availableParallelism(), loadAverage: { min: +Math.min(...load).toFixed(2), max: +Math.max(...load).toFixed(2) } };
    figures.memory = existsSync('/usr/bin/time') ? '/usr/bin/time -v maximum resident set size' : 'not measured (no /usr/bin/time)';
    figures.targets = { '1000 files': { wallSeconds: 3 }, '10000 files': { peakRssMB: 500 }, '1 file': { wallSeconds: 0.3 }, '100k-line policy': { wallSeconds: 1.5 } };
    return { name: 'cli', figures };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    if (process.argv[2] === '--generate') console.log(generate(process.argv[3] ?? join(root, 'bench', 'tmp'), Number(process.argv[4] ?? 1000)));
    else console.log(JSON.stringify(await run(), null, 2));
}
