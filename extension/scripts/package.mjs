// `npm run package` (extension/scripts/package.mjs): bundles the server and the extension (build/bundle.mjs), stages the extension
// with the standards folder, the JSON schemas and playwright-core (PDF export) in out/vsix/stage, and runs `vsce package
// --no-dependencies` there (no network). Output: dist/aspl-<version>.vsix (playwright-core its only node module).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ext = join(root, 'extension');
const stage = join(root, 'out', 'vsix', 'stage');
const require = createRequire(import.meta.url);
const t0 = Date.now();

if (!process.argv.includes('--no-bundle')) execFileSync(process.execPath, [join(root, 'build', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
for (const f of ['dist/extension.cjs', 'dist/server.cjs']) {
    if (!existsSync(join(ext, f))) throw new Error(`package: extension/${f} is missing (the bundle step did not produce it)`);
}

const manifest = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
manifest.version = version;

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });
const copy = (from, to = from, base = ext) => cpSync(join(base, from), join(stage, to), { recursive: true });
for (const f of ['language-configuration.json', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md', '.vscodeignore', 'syntaxes', 'icons', 'walkthrough']) copy(f);
if (existsSync(join(ext, 'images'))) copy('images');
if (existsSync(join(ext, 'CHANGELOG.md'))) copy('CHANGELOG.md');
copy('dist/extension.cjs'); copy('dist/server.cjs');
// PDF export prints through playwright-core (server/src/faces/notice/pdf.ts, the printer `aspl notice` uses too),
// which cannot be bundled: the extension carries it as its one node module, next to the bundles (dist/node_modules:
// `vsce --no-dependencies` leaves out the top-level node_modules). It has no dependencies of its own.
const playwright = dirname(require.resolve('playwright-core/package.json'));
cpSync(playwright, join(stage, 'dist', 'node_modules', 'playwright-core'), { recursive: true });
// The catalogs and both schemas travel with the extension: the server finds standards/ next to dist/.
cpSync(join(root, 'standards'), join(stage, 'standards'), { recursive: true });
if (existsSync(join(root, 'docs', 'standards'))) cpSync(join(root, 'docs', 'standards'), join(stage, 'docs', 'standards'), { recursive: true });
for (const schema of ['catalog.schema.json', 'config.schema.json']) {
    if (!existsSync(join(stage, 'standards', schema))) throw new Error(`package: standards/${schema} is missing`);
}
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(join(stage, 'LICENSE.txt'), `MIT License\n\nCopyright (c) ${new Date().getFullYear()} the ASPL authors\n\n` +
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), ' +
    'to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, ' +
    'and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\n' +
    'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\n' +
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, ' +
    'FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER ' +
    'LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n');

mkdirSync(join(root, 'dist'), { recursive: true });
const out = join(root, 'dist', `aspl-${version}.vsix`);
rmSync(out, { force: true });
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
    cwd: stage, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, VSCE_TELEMETRY: 'off' },
});
const mb = statSync(out).size / 1024 / 1024;
console.log(`package: ${out} (${mb.toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
if (mb >= 8) { console.error('package: the .vsix must stay under 8 MB'); process.exit(1); }
