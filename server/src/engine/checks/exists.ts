import { labelOf, pathWords } from '../labels.js';
import { present, resolvePath, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

/** `exists: path` — the policy states it. */
export function exists(ctx: CheckContext, path: string): Outcome {
    const r = resolvePath(ctx.model, path);
    const found = r.values.filter(present);
    const what = labelOf(path);
    if (found.length) {
        return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    }
    return {
        status: 'not-addressed', at: r.anchor, evidence: [],
        detail: { zh: `政策未写明${what.zh}`, en: `the policy does not state the ${what.en}` },
        fix: { kind: 'insert', path, into: r.container },
    };
}

export const existsPrimitive: Primitive<string> = {
    schema: { $ref: '#/$defs/path' },
    paths: (path) => [{ path, at: [] }],
    run: exists,
    describe: (path) => { const w = pathWords(path); return { zh: `写明${w.zh}`, en: `states the ${w.en}` }; },
};
