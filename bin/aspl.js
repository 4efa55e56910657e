#!/usr/bin/env node
// The `aspl` command: runs the bundled CLI (npm run build writes dist/aspl.cjs), and its worker threads.
//
// A one-file check spends a fifth of its time compiling the 3.6 MB bundle. V8 can keep that work:
// the bundle runs through vm.Script with the code cache of an earlier run (the functions that run
// compiled), stored next to the bundle and named by the bundle's hash, so a rebuilt bundle never
// meets an old cache; V8 itself refuses a cache from another V8 version or flags. Node ≥ 22.1 has
// module.enableCompileCache for the same purpose; this works from Node 20 on. Without a writable
// dist/ folder, or with ASPL_NO_COMPILE_CACHE=1, the bundle is compiled as usual.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

// V8's young generation starts at 1 MB and doubles after each scavenge that finds it too small: a
// one-file check, which allocates ~40 MB while it loads and parses, went through ten scavenges to
// grow it (a seventh of its CPU time, measured); growing 16-fold reaches the usual ceiling (16 MB)
// after the first. The ceiling, and with it a long run's peak memory, stays as it was.
if (isMainThread) setFlagsFromString('--semi-space-growth-factor=16');

const bundle = fileURLToPath(new URL('../dist/aspl.cjs', import.meta.url));
let bytes;
try {
    bytes = readFileSync(bundle);
} catch (e) {
    if (e && e.code === 'ENOENT') {
        console.error('aspl: not built yet — run `npm run build` in the ASPL folder first');
        process.exit(2);
    }
    throw e;
}

const useCache = !process.env.ASPL_NO_COMPILE_CACHE;
const cacheDir = dirname(bundle);
// the bytes are hashed (hashing the decoded text would encode it again)
const cacheName = `aspl-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${process.version}-${process.arch}.v8cache`;
let cachedData;
// Worker threads (many-file checks, where start-up hardly counts) compile as usual: with the cache,
// 10,000 files peaked at 655 MB instead of 465 MB (measured), the workers' heaps growing with the run.
if (useCache && isMainThread) {
    try { cachedData = readFileSync(join(cacheDir, cacheName)); } catch { /* no cache yet */ }
}
// The bundle is CommonJS's module wrapper written out (build/bundle.mjs), in ASCII only, so its text
// is a one-byte string decoded fast. import() in it (playwright-core, for PDF output only) resolves as from this file.
const script = new vm.Script(bytes.toString('utf8'), { filename: bundle, cachedData, importModuleDynamically: (specifier) => import(specifier) });

// The first run (or one whose cache V8 refused) leaves the cache for the next: written at exit, so it
// holds every function this run compiled; by the main thread only, atomically (runs may overlap).
// `npm run build` makes that first run a check of the samples (build/bundle.mjs).
if (useCache && isMainThread && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => {
        try {
            const data = script.createCachedData();
            const tmp = join(cacheDir, `${cacheName}.${process.pid}.tmp`);
            writeFileSync(tmp, data);
            renameSync(tmp, join(cacheDir, cacheName));
            // caches of earlier builds go (those of other Node versions for this build stay)
            const build = cacheName.slice(0, 'aspl-'.length + 16);
            for (const f of readdirSync(cacheDir)) {
                if (f.startsWith('aspl-') && f.endsWith('.v8cache') && !f.startsWith(build)) rmSync(join(cacheDir, f), { force: true });
            }
        } catch { /* a read-only installation only costs speed */ }
    });
}

const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, cacheDir);
