#!/usr/bin/env node
// The `aspl` command: the bundled CLI (npm run build writes dist/aspl.mjs).
import('../dist/aspl.mjs').catch((e) => {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/aspl.mjs')) {
        console.error('aspl: not built yet — run `npm run build` in the ASPL folder first');
        process.exit(2);
    }
    throw e;
});
