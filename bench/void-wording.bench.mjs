// Recall and false alarms per kind of the void-wording detector on the labelled corpus
// (tests/corpus/void-wording.yaml): each sentence read in its context through the whole pipeline.
import { Analyzer } from '../out/analysis.js';
import { say } from '../out/i18n/message.js';
import { WORDING_CLAUSES, kindsNamed, loadCorpus, policyFor } from '../tests/corpus/corpus.mjs';

export async function run() {
    const corpus = loadCorpus();
    const analyzer = new Analyzer({ lang: 'en', standards: ['CN-CONSUMER-LAW'] });
    const labels = {};
    const walk = (c) => {
        if (!c) return;
        if (c.voidWording) for (const k of c.voidWording.kinds) labels[k.kind] = k.label.en;
        for (const x of c.all ?? c.any ?? []) walk(x);
        if (c.when) { walk(c.when.if); walk(c.when.then); }
    };
    for (const cl of analyzer.registry.get('CN-CONSUMER-LAW').clauses) walk(cl.check);
    const named = async (e) => {
        const r = await analyzer.analyzeText(policyFor(corpus, e), '/virtual/corpus.aspl');
        const hits = r.evaluation.findings.filter((f) => WORDING_CLAUSES.includes(f.ruleId) && f.status === 'violated');
        return hits.flatMap((f) => kindsNamed(f, labels, say));
    };
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
