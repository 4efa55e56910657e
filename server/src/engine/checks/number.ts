import { defineMessages } from '../../i18n/message.js';
import type { Located } from '../../model/types.js';
import { labelOf, pathWords } from '../labels.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

/** The units a capped number may carry: none (a count) or per cent (a coefficient). */
const UNITS = ['%'] as const;
type Unit = (typeof UNITS)[number];
interface Spec { path: string; atMost: number; unit?: Unit }

const M = defineMessages('maxNumber', {
    over: { zh: '{what}为{value}{unit}，高于规定的上限{atMost}{unit}', en: 'the {what} is {value}{unit}, above the cap of {atMost}{unit}' },
});

type Num = { value: number } & Located;
const isNum = (v: unknown): v is Num =>
    typeof v === 'object' && v !== null && typeof (v as Num).value === 'number' && 'src' in v;

/**
 * `maxNumber: { path, atMost, unit? }` — every number stated at the path is at most the cap a rule
 * sets (the car rule's "more than 4 repairs of the same problem", its 0.5 % use-charge
 * coefficient). Nothing stated is not addressed, like the duration limits.
 */
export function maxNumber(ctx: CheckContext, spec: Spec): Outcome {
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(isNum);
    if (!found.length) return { status: 'not-addressed', at: r.anchor, evidence: [], fix: { kind: 'insert', path: spec.path, into: r.container } };
    const over = found.find((n) => n.value > spec.atMost);
    if (!over) return { status: 'satisfied', at: found[0].src, evidence: found.map((n) => n.src) };
    const unit = spec.unit ?? '';
    return {
        status: 'violated', at: over.src, evidence: [over.src],
        detail: M.over({ what: labelOf(spec.path), value: String(over.value), atMost: String(spec.atMost), unit }),
        fix: { kind: 'replace', src: over.src, text: { zh: `${spec.atMost}${unit}`, en: `${spec.atMost}${unit}` } },
    };
}

export const maxNumberPrimitive: Primitive<Spec> = {
    doc: [
        { form: '`maxNumber: { path: returns.carRepairLimit.repeats, atMost: 4 }`', satisfied: 'every number at the path is at most the cap', otherwise: 'violated / not addressed' },
        { form: '`maxNumber: { path: returns.usageCompensation, atMost: 0.5, unit: "%" }`', satisfied: 'the same for a percentage', otherwise: 'violated / not addressed' },
    ],
    schema: {
        description: 'Every number stated at the path is at most the cap; `unit: "%"` for a percentage.',
        type: 'object', additionalProperties: false, required: ['path', 'atMost'],
        properties: { path: { $ref: '#/$defs/path' }, atMost: { type: 'number', minimum: 0 }, unit: { enum: [...UNITS] } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: maxNumber,
    describe: (spec) => {
        const w = pathWords(spec.path);
        const cap = `${spec.atMost}${spec.unit ?? ''}`;
        return { zh: `${w.zh}不超过${cap}`, en: `the ${w.en} is at most ${cap}` };
    },
};
