// Prints recall and false alarms per kind of the wording detector on a corpus file, and every miss and
// false alarm: `node tests/corpus/measure.mjs [main|holdout|…|holdout-7|consent-holdout]` (after `npm run build`).
// Every wording kind is counted on every corpus: a consumer-law sentence naming the marketing kind is a false alarm too.
import { Analyzer } from '../../out/analysis.js';
import { say } from '../../out/i18n/message.js';
import { ALL_CORPORA, WORDING_STANDARDS, loadCorpus, wordingReader } from './corpus.mjs';

const corpus = loadCorpus(ALL_CORPORA[process.argv[2] ?? 'holdout'].file);
const analyzer = new Analyzer({ lang: 'en', standards: WORDING_STANDARDS });
const { labels, named } = wordingReader(analyzer, corpus, say);
const rows = Object.fromEntries(Object.keys(labels).map((k) => [k, { void: 0, caught: 0, fine: 0, falseAlarms: 0 }]));
const misses = [];
const alarms = [];
for (const e of corpus.void) {
    rows[e.kind].void++;
    const kinds = await named(e);
    if (kinds.includes(e.kind)) rows[e.kind].caught++;
    else misses.push(`${e.kind} [${e.ctx}] ${e.s}${kinds.length ? `  (named ${kinds.join(', ')})` : ''}`);
}
// A look-alike belongs to the kind of the section it stands in (the comment above it); counted per kind fired.
for (const e of corpus.fine) {
    const kinds = [...new Set(await named(e))];
    for (const k of kinds) rows[k].falseAlarms++;
    if (kinds.length) alarms.push(`${kinds.join(', ')} [${e.ctx}] ${e.s}`);
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log('kind                     void caught recall%  false-alarms');
let v = 0, c = 0;
for (const [k, r] of Object.entries(rows)) {
    v += r.void; c += r.caught;
    console.log(`${k.padEnd(24)} ${String(r.void).padStart(4)} ${String(r.caught).padStart(6)} ${pct(r.caught, r.void).padStart(7)}  ${r.falseAlarms}`);
}
console.log(`${'all'.padEnd(24)} ${String(v).padStart(4)} ${String(c).padStart(6)} ${pct(c, v).padStart(7)}  ${alarms.length} of ${corpus.fine.length} look-alikes (${pct(alarms.length, corpus.fine.length)} %)`);
console.log('\nmissed:'); for (const m of misses) console.log('  ' + m);
console.log('\nfalse alarms:'); for (const a of alarms) console.log('  ' + a);
