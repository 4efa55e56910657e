// Regenerates server/src/parse/generated (and the TextMate grammar) from grammar/aspl.langium.
// chevrotain 13 (used by langium-cli 4.4) calls Object.groupBy, which Node 20 lacks;
// the shim lives only here, at build time — production-mode output needs no shim at run time.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shim = join(mkdtempSync(join(tmpdir(), 'aspl-gen-')), 'groupby-shim.cjs');
writeFileSync(shim, `if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, key) => { const out = Object.create(null); let i = 0;
    for (const item of items) { const k = key(item, i++); (out[k] ??= []).push(item); } return out; };
}`);
const cli = new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url).pathname;
const run = spawnSync(process.execPath, ['--require', shim, cli, 'generate', '--mode=production'], { encoding: 'utf8' });
// Repeated single-valued fields are intended: the validator reports a field given twice,
// with both ranges, which is friendlier than a syntax error. Hide only that warning.
const noise = /Found multiple assignments to '\w+' with the '\??=' assignment operator/;
const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l && !noise.test(l));
if (lines.length) console.log(lines.join('\n'));
process.exit(run.status ?? 1);
