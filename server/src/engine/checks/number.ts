import { defineMessages } from '../../i18n/message.js';
import type { Located } from '../../model/types.js';
import { labelOf, pathWords } from '../labels.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('maxNumber', {
    over: { zh: '{what}为 {value}，规定不超过 {atMost}', en: 'the {what} is {value}; the rule allows at most {atMost}' },
});

type Num = { value: number } & Located;
const isNum = (v: unknown): v is Num =>
    typeof v === 'object' && v !== null && typeof (v as Num).value === 'number' && 'src' in v;

/**
 * `maxNumber: { path, atMost }` — every count stated at the path is at most the bound (a threshold
 * the rule sets: "more than 4 repairs of the same problem"). Nothing stated is not addressed.
 */
export function maxNumber(ctx: CheckContext, spec: { path: string; atMost: number }): Outcome {
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(isNum);
    if (!found.length) return { status: 'not-addressed', at: r.anchor, evidence: [], fix: { kind: 'insert', path: spec.path, into: r.container } };
    const over = found.find((n) => n.value > spec.atMost);
    if (!over) return { status: 'satisfied', at: found[0].src, evidence: found.map((n) => n.src) };
    return {
        status: 'violated', at: over.src, evidence: [over.src],
        detail: M.over({ what: labelOf(spec.path), value: String(over.value), atMost: String(spec.atMost) }),
        fix: { kind: 'replace', src: over.src, text: { zh: String(spec.atMost), en: String(spec.atMost) } },
    };
}

export const maxNumberPrimitive: Primitive<{ path: string; atMost: number }> = {
    doc: [{ form: '`maxNumber: { path: returns.carRepairLimit.repeats, atMost: 4 }`', satisfied: 'every number at the path is at most the bound', otherwise: 'violated / not addressed' }],
    schema: {
        description: 'Every number stated at the path is at most the bound.',
        type: 'object', additionalProperties: false, required: ['path', 'atMost'],
        properties: { path: { $ref: '#/$defs/path' }, atMost: { type: 'integer', minimum: 0 } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: maxNumber,
    describe: (spec) => {
        const w = pathWords(spec.path);
        return { zh: `${w.zh}不超过 ${spec.atMost}`, en: `the ${w.en} is at most ${spec.atMost}` };
    },
};
