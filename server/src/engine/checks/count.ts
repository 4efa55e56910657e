import { labelOf, pathWords } from '../labels.js';
import { present, resolvePath, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

/** `count: { path, atLeast }` — enough distinct items (two channels, two payment methods …). */
export function count(ctx: CheckContext, spec: { path: string; atLeast: number }): Outcome {
    const r = resolvePath(ctx.model, spec.path);
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
        detail: {
            zh: `${what.zh}只有 ${n} 项，至少需要 ${spec.atLeast} 项`,
            en: `${n} ${what.en} stated; at least ${spec.atLeast} required`,
        },
        fix: { kind: 'insert', path: spec.path, into: r.container },
    };
}

export const countPrimitive: Primitive<{ path: string; atLeast: number }> = {
    schema: {
        type: 'object', additionalProperties: false, required: ['path', 'atLeast'],
        properties: { path: { $ref: '#/$defs/path' }, atLeast: { type: 'integer', minimum: 1 } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: count,
    describe: (spec) => { const w = pathWords(spec.path); return { zh: `${w.zh}至少 ${spec.atLeast} 项`, en: `at least ${spec.atLeast} ${w.en}` }; },
};
