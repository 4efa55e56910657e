/**
 * `aspl`: the command-line face (bundled to dist/aspl.mjs; bin/aspl.js loads it).
 * The same bundle runs the worker threads of `aspl check` on many files.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './program.js';
import { runWorker, type WorkerInit } from './runner.js';

if (!isMainThread && (workerData as WorkerInit | undefined)?.asplWorker && parentPort) {
    runWorker(workerData as WorkerInit, parentPort);
} else {
    // Fatal signals from broken pipes (`aspl check | head`) end the run quietly.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
    const code = await runCli(process.argv, new URL(import.meta.url));
    if (code !== undefined) {
        process.exitCode = code;
        // Flush stdout, then leave even if a library keeps a handle open.
        process.stdout.write('', () => process.exit(code));
    }
}
