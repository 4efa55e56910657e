#!/usr/bin/env node
// The `aspl` command: the bundled CLI (npm run build writes dist/aspl.mjs).
import module from 'node:module';

// Node ≥ 22.1 keeps the compiled bundle on disk between runs (a faster start); older Node has no
// such cache and starts as before. ASPL_NO_COMPILE_CACHE=1 turns it off.
if (typeof module.enableCompileCache === 'function' && !process.env.ASPL_NO_COMPILE_CACHE) {
    try { module.enableCompileCache(); } catch { /* an unwritable cache folder only costs speed */ }
}

import('../dist/aspl.mjs').catch((e) => {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/aspl.mjs')) {
        console.error('aspl: not built yet — run `npm run build` in the ASPL folder first');
        process.exit(2);
    }
    throw e;
});
