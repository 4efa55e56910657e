// `npm run bench`: runs every bench/*.bench.mjs (each exports `async function run()` returning
// { name, figures }) and writes all figures to bench/results.json with the machine they ran on.
// Figures are measured here, never asserted in unit tests.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).filter((f) => !only.length || only.some((o) => f.includes(o))).sort();
const out = join(dir, 'results.json');
// Running some benches (npm run bench -- cli) keeps the others' last figures.
const previous = only.length && existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')).benches ?? {} : {};
const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    benches: previous,
};
for (const f of files) {
    const mod = await import(pathToFileURL(join(dir, f)).href);
    console.log(`bench: ${f} …`);
    const { name, figures } = await mod.run();
    results.benches[name] = figures;
    console.log(JSON.stringify(figures, null, 2));
}
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`bench: wrote bench/results.json (${files.length} benches)`);
