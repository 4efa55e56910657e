import type { Check } from '../catalog/types.js';
import type { CheckContext, Outcome } from './outcome.js';

/** `when: { if, then }` — the clause only applies when the condition holds. */
export function when(ctx: CheckContext, spec: { if: Check; then: Check }): Outcome {
    const cond = ctx.run(spec.if);
    if (cond.status !== 'satisfied') return { status: 'not-applicable', at: ctx.model.head, evidence: [] };
    const out = ctx.run(spec.then);
    return { ...out, related: [...(out.related ?? []), ...cond.evidence.slice(0, 1).map((src) => ({ src, message: { zh: '适用条件', en: 'why this applies' } }))] };
}

const RANK: Record<Outcome['status'], number> = { 'not-applicable': 0, satisfied: 1, 'not-addressed': 2, violated: 3 };

/** `all: [...]` — every part holds; otherwise the first violated part (or else the first missing one). */
export function all(ctx: CheckContext, checks: Check[]): Outcome {
    const outs = checks.map((c) => ctx.run(c));
    const failing = outs.filter((o) => o.status === 'violated' || o.status === 'not-addressed');
    if (failing.length) {
        const worst = failing.find((o) => o.status === 'violated') ?? failing[0];
        return { ...worst, evidence: outs.flatMap((o) => o.evidence) };
    }
    if (outs.every((o) => o.status === 'not-applicable')) return outs[0] ?? { status: 'not-applicable', at: ctx.model.head, evidence: [] };
    const ok = outs.find((o) => o.status === 'satisfied')!;
    const caveat = outs.find((o) => o.caveat)?.caveat;
    return { ...ok, evidence: outs.flatMap((o) => o.evidence), ...(caveat ? { caveat } : {}) };
}

/** `any: [...]` — one part holding is enough; otherwise the least bad failure. */
export function any(ctx: CheckContext, checks: Check[]): Outcome {
    const outs = checks.map((c) => ctx.run(c));
    const ok = outs.find((o) => o.status === 'satisfied');
    if (ok) return ok;
    const failing = outs.filter((o) => o.status !== 'not-applicable').sort((a, b) => RANK[a.status] - RANK[b.status]);
    return failing[0] ?? outs[0] ?? { status: 'not-applicable', at: ctx.model.head, evidence: [] };
}
