// Recall and false alarms per kind of the void-wording detector on the labelled corpus
// (tests/corpus/void-wording.yaml): each sentence read in its context through the whole pipeline.
import { Analyzer } from '../out/analysis.js';
import { say } from '../out/i18n/message.js';
import { WORDING_STANDARDS, loadCorpus, wordingReader } from '../tests/corpus/corpus.mjs';

export async function run() {
    const corpus = loadCorpus();
    const analyzer = new Analyzer({ lang: 'en', standards: WORDING_STANDARDS });
    const { labels, named } = wordingReader(analyzer, corpus, say);
    const perKind = Object.fromEntries(Object.keys(labels).map((k) => [k, { void: 0, caught: 0, falseAlarms: 0 }]));
    for (const e of corpus.void) {
        perKind[e.kind].void++;
        if ((await named(e)).includes(e.kind)) perKind[e.kind].caught++;
    }
    let falseAlarms = 0;
    for (const e of corpus.fine) {
        const kinds = await named(e);
        if (kinds.length) falseAlarms++;
        for (const k of new Set(kinds)) perKind[k].falseAlarms++;
    }
    const caught = Object.values(perKind).reduce((n, k) => n + k.caught, 0);
    for (const k of Object.values(perKind)) k.recall = k.void ? +(k.caught / k.void).toFixed(3) : null;
    return {
        name: 'void-wording',
        figures: { sentences: corpus.void.length + corpus.fine.length, void: corpus.void.length, fine: corpus.fine.length, recall: +(caught / corpus.void.length).toFixed(3), falseAlarms, perKind },
    };
}
