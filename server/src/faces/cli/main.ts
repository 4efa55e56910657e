/**
 * `aspl`: the command-line face (bundled to dist/aspl.cjs; bin/aspl.js loads it with V8's code cache).
 * The same bundle runs the worker threads of `aspl check` on many files, started through bin/aspl.js too.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './program.js';
import { runWorker, type WorkerInit } from './runner.js';

if (!isMainThread && (workerData as WorkerInit | undefined)?.asplWorker && parentPort) {
    runWorker(workerData as WorkerInit, parentPort);
} else {
    // Fatal signals from broken pipes (`aspl check | head`) end the run quietly.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
    void runCli(process.argv, new URL('../bin/aspl.js', import.meta.url)).then((code) => {
        if (code !== undefined) {
            process.exitCode = code;
            // Flush stdout, then leave even if a library keeps a handle open.
            process.stdout.write('', () => process.exit(code));
        }
    });
}
