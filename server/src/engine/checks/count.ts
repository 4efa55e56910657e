import { defineMessages } from '../../i18n/message.js';
import { labelOf, pathWords } from '../labels.js';
import { present, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('count', {
    few: { zh: '{what}只有 {n} 项，至少需要 {atLeast} 项', en: '{n} {what} stated; at least {atLeast} required' },
});

/** `count: { path, atLeast }` — enough distinct items (two channels, two payment methods …). */
export function count(ctx: CheckContext, spec: { path: string; atLeast: number }): Outcome {
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(present);
    const distinct = new Set(found.map((v) => JSON.stringify(typeof v === 'object' && v && 'value' in v ? (v as { value: unknown }).value : (v as { name?: string })?.name ?? v)));
    const n = distinct.size;
    const what = labelOf(spec.path);
    const evidence = found.map(srcOf).filter((s) => !!s);
    if (n >= spec.atLeast) return { status: 'satisfied', at: evidence[0] ?? r.anchor, evidence };
    return {
        status: n === 0 ? 'not-addressed' : 'violated',
        at: n === 0 ? r.anchor : evidence[0] ?? r.anchor,
        evidence,
        detail: M.few({ what, n, atLeast: spec.atLeast }),
        fix: { kind: 'insert', path: spec.path, into: r.container },
    };
}

export const countPrimitive: Primitive<{ path: string; atLeast: number }> = {
    doc: [{ form: '`count: { path: channels, atLeast: 2 }`', satisfied: 'at least n values', otherwise: 'violated if some, not addressed if none' }],
    schema: {
        type: 'object', additionalProperties: false, required: ['path', 'atLeast'],
        properties: { path: { $ref: '#/$defs/path' }, atLeast: { type: 'integer', minimum: 1 } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: count,
    describe: (spec) => { const w = pathWords(spec.path); return { zh: `${w.zh}至少 ${spec.atLeast} 项`, en: `at least ${spec.atLeast} ${w.en}` }; },
};
