import { defineMessages } from '../../i18n/message.js';
import { VAGUE_FREQUENCY_WORDS, valueWord } from '../../parse/vocabulary.js';
import type { VagueFrequency } from '../../model/types.js';
import { labelOf, pathWords } from '../labels.js';
import { present, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('regular', {
    occasional: { zh: '政策写明{what}为“不定期”，本条要求定期进行：写明周期，或写明“定期”', en: "the policy states the {what} as 'from time to time' (不定期), where the clause asks for it regularly: state a period, or 'regularly'" },
    missing: { zh: '政策未写明{what}（写明周期，或写明“定期”）', en: "the policy does not state the {what} (a period, or 'regularly')" },
});

/** Where the wording written instead of a period (`周期 定期 / 不定期`) is kept: beside the period, by the model's naming. */
function wordingPath(path: string): string {
    return `${path}Vague`;
}

/**
 * `regular: staff.training` — a duty to do something regularly (定期) for which the clause sets no
 * period (GB/T 5.2.4 training, 5.1.7.3 supplier assessment, 9.1.1 surveys; T/CGCC 9.3, 9.4). A stated
 * period meets it, and so does the clause's own word 定期; 不定期 ("from time to time") says the
 * opposite and breaks it, wherever it is written; silence leaves it not addressed.
 */
export function regular(ctx: CheckContext, path: string): Outcome {
    const wording = ctx.resolve(wordingPath(path)).values.filter(present) as Array<{ value: VagueFrequency }>;
    const what = labelOf(path);
    const against = wording.find((w) => w.value === 'occasional');
    if (against) {
        const at = srcOf(against)!;
        return {
            status: 'violated', at, evidence: [at],
            detail: M.occasional({ what }),
            fix: { kind: 'replace', src: at, text: { zh: valueWord('regular', 'zh'), en: 'regular' } },
        };
    }
    const r = ctx.resolve(path);
    const stated = [...r.values.filter(present), ...wording];
    if (stated.length) return { status: 'satisfied', at: srcOf(stated[0]) ?? r.anchor, evidence: stated.map(srcOf).filter((s) => !!s) };
    return {
        status: 'not-addressed', at: r.anchor, evidence: [],
        detail: M.missing({ what }),
        fix: { kind: 'insert', path, into: r.container },
    };
}

export const regularPrimitive: Primitive<string> = {
    doc: [{
        form: '`regular: staff.training`',
        satisfied: 'a period is stated at the path, or the wording beside it (`staff.trainingVague`) is regular (定期)',
        otherwise: 'violated at a wording of from time to time (不定期); not addressed when neither is stated',
    }],
    schema: { $ref: '#/$defs/path' },
    paths: (path) => [
        { path, at: [], expect: { kind: 'duration' } },
        { path: wordingPath(path), at: [], expect: { kind: 'values', values: Object.keys(VAGUE_FREQUENCY_WORDS.words), at: [] } },
    ],
    run: regular,
    describe: (path) => {
        const w = pathWords(path);
        return { zh: `定期进行：写明${w.zh}或“定期”，不为“不定期”`, en: `done regularly: states the ${w.en} or 'regularly', never 'from time to time'` };
    },
};
