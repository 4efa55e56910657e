import { defineMessages } from '../../i18n/message.js';
import type { Located } from '../../model/types.js';
import { labelOf, pathWords } from '../labels.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

/** `0.5%` → 0.5 (undefined when it is not a percentage). */
export function parsePercentText(text: string): number | undefined {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%\s*$/.exec(text);
    return m ? Number(m[1]) : undefined;
}

const M = defineMessages('maxPercent', {
    over: { zh: '{what}为{value}%，高于规定的上限{limit}%', en: 'the {what} is {value}%, above the cap of {limit}%' },
    invalid: { zh: '无效的百分比“{limit}”', en: "invalid percentage '{limit}'" },
});

type Percent = { value: number } & Located;
const isPercent = (v: unknown): v is Percent =>
    typeof v === 'object' && v !== null && typeof (v as Percent).value === 'number' && 'src' in v;

/**
 * `maxPercent: { path, limit }` — every percentage at the path is at most the limit (a use charge
 * capped by a rule). Nothing stated is not addressed, like the duration limits.
 */
export function maxPercent(ctx: CheckContext, spec: { path: string; limit: string }): Outcome {
    const limit = parsePercentText(spec.limit);
    if (limit === undefined) throw new Error(`bad percentage limit '${spec.limit}'`);
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(isPercent);
    const what = labelOf(spec.path);
    if (!found.length) return { status: 'not-addressed', at: r.anchor, evidence: [], fix: { kind: 'insert', path: spec.path, into: r.container } };
    const over = found.find((p) => p.value > limit);
    if (!over) return { status: 'satisfied', at: found[0].src, evidence: found.map((p) => p.src) };
    return {
        status: 'violated', at: over.src, evidence: [over.src],
        detail: M.over({ what, value: String(over.value), limit: String(limit) }),
        fix: { kind: 'replace', src: over.src, text: { zh: `${limit}%`, en: `${limit}%` } },
    };
}

export const maxPercentPrimitive: Primitive<{ path: string; limit: string }> = {
    doc: [{ form: '`maxPercent: { path: returns.usageCompensation, limit: "0.5%" }`', satisfied: 'every percentage at the path is at most the limit', otherwise: 'violated / not addressed' }],
    schema: {
        description: 'Every percentage at the path is at most the limit ("0.5%").',
        type: 'object', additionalProperties: false, required: ['path', 'limit'],
        properties: { path: { $ref: '#/$defs/path' }, limit: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)? ?%$' } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    validate: (spec, report) => {
        if (parsePercentText(spec.limit) === undefined) report(['limit'], M.invalid({ limit: spec.limit }));
    },
    run: maxPercent,
    describe: (spec) => {
        const w = pathWords(spec.path);
        return { zh: `${w.zh}不高于${spec.limit}`, en: `the ${w.en} is at most ${spec.limit}` };
    },
};
