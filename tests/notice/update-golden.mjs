#!/usr/bin/env node
// Regenerates tests/golden/notice/<sample>.<lang>.md|html from samples/ (run after a deliberate change,
// then read the diff as a customer would):  node tests/notice/update-golden.mjs
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const outDir = join(root, 'tests/artifacts/.golden-build');
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, `samples-${process.pid}.mjs`);
await build({
    entryPoints: [join(here, 'samples.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'warning',
    // samples.ts finds the repository from its own location: keep it pointing at tests/notice.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(here, 'samples.ts')).href) },
});
try {
    const lib = await import(pathToFileURL(bundle).href);
    mkdirSync(lib.GOLDEN, { recursive: true });
    const samples = lib.discoverSamples();
    const wanted = new Set();
    for (const s of samples) {
        for (const lang of lib.LANGS) {
            for (const format of lib.FORMATS) {
                const file = lib.goldenPath(s.name, lang, format);
                writeFileSync(file, await lib.renderSample(s.file, lang, format));
                wanted.add(file);
                console.log(`wrote ${file.slice(root.length + 1)}`);
            }
        }
    }
    for (const n of readdirSync(lib.GOLDEN)) {
        const f = join(lib.GOLDEN, n);
        if (/\.(zh|en)\.(md|html)$/.test(n) && !wanted.has(f)) {
            rmSync(f);
            console.log(`removed ${f.slice(root.length + 1)} (no such sample any more)`);
        }
    }
} finally {
    rmSync(bundle, { force: true });
}
