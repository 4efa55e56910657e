/**
 * Analyses many policies: in this thread for a few files, over worker_threads (each with its own
 * Analyzer) for many. Results come back as plain FileResult data, one by one in input order.
 */
import { availableParallelism } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { Analyzer } from '../../analysis.js';
import type { Lang } from '../../i18n/locale.js';
import { CliError } from './errors.js';
import { displayPath } from './output.js';
import { SourceCache, toFileResult, type FileResult } from './results.js';

const BATCH = 4;
/** Files analysed before the time per file is measured (the JIT is still warming up), then files timed. */
const WARM_FILES = 3;
const TIMED_FILES = 8;

export interface RunOptions {
    lang: Lang;
    configFile?: string;
    standards: string[];
    /** Folders imports may reach (see importRoots). */
    roots: string[];
    /** Worker threads; 0 = in this thread; undefined = automatic. */
    jobs?: number;
    onProgress?: (done: number, total: number) => void;
}

export interface WorkerInit { asplWorker: true; lang: Lang; configFile?: string; standards: string[]; roots: string[] }
/** `first`: the input index of the batch's first file (results are handed on in input order). */
type ToWorker = { first: number; files: string[] } | { stop: true };
type FromWorker = { first: number; results: FileResult[] } | { failed: { file: string; message: string } };

/** At most this many workers, whatever the machine: each costs its own start-up and ~100 MB. */
const MAX_WORKERS = 7;

/**
 * Workers worth starting for the rest of a run, from what this run measured: the main thread's own
 * start-up (`startMs`, what a worker pays again) and its time per file. A worker is started only
 * when the work it would take over is at least twice what starting it costs; with c cores c − 1
 * workers keep every core busy, as the main thread analyses too.
 */
export function workersWorthIt(remainingFiles: number, msPerFile: number, startMs: number, cores = availableParallelism()): number {
    const most = Math.max(0, Math.min(cores - 1, MAX_WORKERS));
    for (let n = most; n > 0; n--) {
        // each of the n + 1 threads would take an equal share
        if ((remainingFiles * msPerFile) / (n + 1) >= 2 * startMs) return n;
    }
    return 0;
}

function failure(file: string, message: string): CliError {
    const where = displayPath(file);
    return new CliError({ zh: `无法检查 ${where}：${message}`, en: `cannot check ${where}: ${message}` });
}

/**
 * Analyses the files and hands each result to `onResult` in input order, as soon as it and every
 * file before it are done: nothing is kept once handed over, so memory does not grow with the run.
 * `--jobs N` fixes the workers; otherwise the main thread starts alone, times its first files, and
 * starts the workers that pay off for the rest (workersWorthIt); a run of a dozen files never starts one.
 */
export async function analyzeAll(files: string[], options: RunOptions, workerUrl: URL | undefined, onResult: (r: FileResult) => void): Promise<void> {
    if (options.jobs !== undefined && options.jobs > 0 && workerUrl) {
        return analyzeInWorkers(files, options, Math.min(options.jobs, files.length), workerUrl, onResult, 0);
    }
    const analyzer = new Analyzer({ lang: options.lang, configFile: options.configFile, standards: options.standards, roots: options.roots });
    const sources = new SourceCache();
    const automatic = options.jobs === undefined && !!workerUrl;
    // A run long enough to reach the decision below starts one worker now: it loads (~0.5 s) on a
    // core this thread leaves idle while the first files are timed, instead of after the decision
    // (1,000 files: its first results came 2.3–3.2 s into the run, measured). Not wanted, it is stopped.
    const early = automatic && files.length > WARM_FILES + TIMED_FILES && availableParallelism() > 1 ? [spawnWorker(workerUrl!, options)] : [];
    // What a worker pays before it runs at full speed, as this thread paid it: start-up and the
    // first, cold files (WARM_FILES). The files after those give the time per file.
    let startMs = 0;
    let timedFrom = 0;
    try {
        for (let done = 0; done < files.length; done++) {
            if (automatic && done === WARM_FILES) timedFrom = startMs = performance.now();
            if (automatic && done === WARM_FILES + TIMED_FILES) {
                const n = workersWorthIt(files.length - done, (performance.now() - timedFrom) / TIMED_FILES, startMs);
                if (n > 0) return await analyzeInWorkers(files, options, n, workerUrl!, onResult, done, { analyzer, sources }, early.splice(0));
                for (const w of early.splice(0)) void w.terminate();
            }
            onResult(await analyzeOne(analyzer, files[done], options.lang, sources));
            // after the last file nothing more is allocated: a collection then only delays the exit (0.3 s at 100,000 lines)
            if (done + 1 < files.length) relieveHeap();
            options.onProgress?.(done + 1, files.length);
        }
    } finally {
        for (const w of early) void w.terminate();
    }
}

function workerInit(options: RunOptions): WorkerInit {
    return { asplWorker: true, lang: options.lang, configFile: options.configFile, standards: options.standards, roots: options.roots };
}

/** Workers that failed or ended before they were given files (an early worker is then replaced). */
const gone = new WeakSet<Worker>();

/** A worker thread running the CLI bundle; it loads in the background until it is given files. */
function spawnWorker(workerUrl: URL, options: RunOptions): Worker {
    // A small young generation collects short-lived ASTs sooner: ~10 % less peak memory, same speed (measured).
    const w = new Worker(workerUrl, { workerData: workerInit(options), stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    w.on('error', () => gone.add(w));
    w.on('exit', () => gone.add(w));
    return w;
}

/**
 * A soft cap on this thread's heap. V8 sizes its heap from the machine's memory and collects
 * lazily, so a long run's peak depended on GC timing (10,000 files: 468–787 MB, measured); a full
 * collection once the live-plus-garbage heap passes the cap keeps the peak flat. Not a hard limit
 * (`--max-old-space-size` would crash on one big policy): above the cap after collecting, it just runs on.
 */
// 128 MB, not 192: each thread's live heap stays at 37–46 MB over 10,000 files (--trace-gc), so the
// lower cap costs ~8 more mark-compacts per 5,000 files (~30 ms each on a quiet core) and takes ~60 MB
// off the 10,000-file peak (465 → 407 MB, same load), where the target is 500 MB.
const SOFT_HEAP_BYTES = 128 * 2 ** 20;
let collect: (() => void) | undefined;
let collectedAt = 0;
function relieveHeap(): void {
    const used = getHeapStatistics().used_heap_size;
    // after a collection that left more than the cap live, wait for real growth before the next one
    if (used < SOFT_HEAP_BYTES || used < collectedAt * 1.5) return;
    if (!collect) {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
    }
    collect();
    collectedAt = getHeapStatistics().used_heap_size;
}

async function analyzeOne(analyzer: Analyzer, file: string, lang: Lang, sources: SourceCache): Promise<FileResult> {
    try {
        return toFileResult(await analyzer.analyzeFile(file), lang, sources);
    } catch (e) {
        throw failure(file, String((e as Error)?.message ?? e).split('\n')[0]);
    }
}

/**
 * The files from `start` on, over n workers and this thread; `here`: this thread's analyzer, when it
 * already has one; `started`: workers already loading (they count towards n).
 */
function analyzeInWorkers(files: string[], options: RunOptions, n: number, workerUrl: URL, onResult: (r: FileResult) => void, start: number, here?: { analyzer: Analyzer; sources: SourceCache }, started: Worker[] = []): Promise<void> {
    // Results that arrived ahead of an earlier file still being analysed, by input index.
    const waiting = new Map<number, FileResult>();
    let emitted = start;
    let next = start;
    const workers: Worker[] = [];
    return new Promise<void>((resolveAll, rejectAll) => {
        let settled = false;
        const finish = (error?: Error) => {
            if (settled) return;
            settled = true;
            for (const w of workers) void w.terminate();
            if (error) rejectAll(error);
            else resolveAll();
        };
        const record = (first: number, batch: FileResult[]) => {
            batch.forEach((r, i) => waiting.set(first + i, r));
            try {
                for (let r = waiting.get(emitted); r; r = waiting.get(emitted)) {
                    waiting.delete(emitted);
                    emitted++;
                    onResult(r);
                    options.onProgress?.(emitted, files.length);
                }
            } catch (e) {
                return finish(e as Error);
            }
            if (emitted === files.length) finish();
        };
        if (start >= files.length) { for (const w of started) void w.terminate(); return finish(); }
        const feed = (w: Worker) => {
            if (next >= files.length) return;
            const first = next;
            const batch = files.slice(next, next + BATCH);
            next += batch.length;
            w.postMessage({ first, files: batch } satisfies ToWorker);
        };
        for (let i = 0; i < Math.max(n, started.length); i++) {
            const w = started[i] && !gone.has(started[i]) ? started[i] : spawnWorker(workerUrl, options);
            workers.push(w);
            w.on('message', (m: FromWorker) => {
                if ('failed' in m) return finish(failure(m.failed.file, m.failed.message));
                record(m.first, m.results);
                feed(w);
            });
            w.on('error', (e) => finish(new CliError({ zh: `工作线程出错：${e.message}`, en: `worker failed: ${e.message}` })));
            w.on('exit', (code) => {
                if (!settled && code !== 0) finish(new CliError({ zh: `工作线程意外退出（${code}）`, en: `worker exited unexpectedly (${code})` }));
            });
            // two batches in flight per worker keep it busy while the main thread is analysing
            feed(w);
            feed(w);
        }
        // The main thread takes files from the same queue between its workers' messages.
        void (async () => {
            const analyzer = here?.analyzer ?? new Analyzer({ lang: options.lang, configFile: options.configFile, standards: options.standards, roots: options.roots });
            const sources = here?.sources ?? new SourceCache();
            while (!settled && next < files.length) {
                const index = next++;
                let result: FileResult;
                try {
                    result = await analyzeOne(analyzer, files[index], options.lang, sources);
                } catch (e) {
                    return finish(e as Error);
                }
                if (!settled) record(index, [result]);
                relieveHeap();
                // let worker messages in before the next file
                await new Promise((r) => setImmediate(r));
            }
        })();
    });
}

/** The body of a worker thread (the CLI bundle started with WorkerInit as workerData). */
export function runWorker(init: WorkerInit, port: import('node:worker_threads').MessagePort): void {
    const analyzer = new Analyzer({ lang: init.lang, configFile: init.configFile, standards: init.standards, roots: init.roots });
    const sources = new SourceCache();
    let queue = Promise.resolve();
    port.on('message', (m: ToWorker) => {
        if ('stop' in m) { port.close(); return; }
        queue = queue.then(async () => {
            const results: FileResult[] = [];
            for (const file of m.files) {
                try {
                    results.push(toFileResult(await analyzer.analyzeFile(file), init.lang, sources));
                } catch (e) {
                    port.postMessage({ failed: { file, message: String((e as Error)?.message ?? e).split('\n')[0] } } satisfies FromWorker);
                    return;
                }
            }
            port.postMessage({ first: m.first, results } satisfies FromWorker);
            relieveHeap();
        });
    });
}
