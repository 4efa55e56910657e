import type { Bilingual } from '../../i18n/locale.js';
import { defineMessages } from '../../i18n/message.js';
import type { Check } from '../catalog/types.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('when', {
    why: { zh: '适用条件', en: 'why this applies' },
    'missing': { zh: '政策未写明所需内容', en: 'the policy does not state what is required' },
    'duty-unmet': { zh: '{duty}，但{missing}', en: '{duty}, but {missing}' },
    'belongs-here': { zh: '应写在此处', en: 'belongs here' },
});

/**
 * `when: { if, then }` — the clause only applies when the condition holds.
 * With `duty`, the condition creates the duty: a `then` the policy leaves out is violated at what
 * triggered it (GB/T 4.2.3: a paid service with no fees listed breaks the clause, it is not silence).
 */
export function when(ctx: CheckContext, spec: { if: Check; then: Check; duty?: Bilingual }): Outcome {
    const cond = ctx.run(spec.if);
    // A condition that explains why it does not hold (a statutory exemption …) passes the reason on.
    if (cond.status !== 'satisfied') return { status: 'not-applicable', at: cond.status === 'not-applicable' && cond.detail ? cond.at : ctx.model.head, evidence: [], detail: cond.status === 'not-applicable' ? cond.detail : undefined };
    const out = ctx.run(spec.then);
    const trigger = cond.evidence[0] ?? cond.at;
    const why = { src: trigger, message: spec.duty ?? M.why() };
    if (spec.duty && out.status === 'not-addressed') {
        const missing = out.detail ?? M.missing();
        return {
            ...out, status: 'violated', at: trigger, evidence: [trigger],
            detail: M['duty-unmet']({ duty: spec.duty, missing }),
            // The missing item belongs where the check looked for it; the fix still inserts it there.
            related: [...(out.related ?? []), { src: out.at, message: M['belongs-here']() }],
        };
    }
    return { ...out, related: [...(out.related ?? []), why] };
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

export const whenPrimitive: Primitive<{ if: Check; then: Check; duty?: Bilingual }> = {
    doc: [{ form: '`when: { if: <check>, then: <check> }`', satisfied: '`then`\'s result when `if` is satisfied', otherwise: 'not applicable when `if` is not (with the condition\'s reason, when it gives one)' }, { form: '`when: { if: <check>, then: <check>, duty: { zh: 政策写有有偿服务, en: the policy has a paid service } }`', satisfied: 'as `when`', otherwise: 'a **triggered duty**: when `if` holds and `then` is missing, the clause is **violated at what triggered it** (the paid service), not merely not addressed; the message says "`duty`, but …"', with: 'duty' }],
    schema: {
        type: 'object', additionalProperties: false, required: ['if', 'then'],
        properties: {
            if: { $ref: '#/$defs/check' }, then: { $ref: '#/$defs/check' },
            duty: {
                description: "A triggered duty: what the condition means (e.g. 'the policy has a paid service'). When the condition holds and `then` is missing, the clause is violated at what triggered it, not merely not addressed.",
                $ref: '#/$defs/bilingual',
            },
        },
    },
    paths: () => [],
    children: (spec) => [{ check: spec.if, at: ['if'] }, { check: spec.then, at: ['then'] }],
    run: when,
    describe: (spec, inner) => {
        const a = inner(spec.if);
        const b = inner(spec.then);
        return { zh: `若${a.zh}，则${b.zh}`, en: `if ${a.en}, then ${b.en}` };
    },
};

function listPrimitive(run: (ctx: CheckContext, checks: Check[]) => Outcome, join: { zh: string; en: string }, doc: Primitive<Check[]>['doc']): Primitive<Check[]> {
    return {
        doc,
        schema: { type: 'array', minItems: 1, items: { $ref: '#/$defs/check' } },
        paths: () => [],
        children: (checks) => checks.map((check, i) => ({ check, at: [i] })),
        run,
        describe: (checks, inner) => {
            const parts = checks.map(inner);
            return { zh: parts.map((p) => p.zh).join(join.zh), en: parts.map((p) => p.en).join(join.en) };
        },
    };
}

export const allPrimitive = listPrimitive(all, { zh: '，且', en: ' and ' }, [{ form: '`all: [<check>, …]`', satisfied: 'every check satisfied', otherwise: 'the first failing one\'s result' }]);
export const anyPrimitive = listPrimitive(any, { zh: '，或', en: ' or ' }, [{ form: '`any: [<check>, …]`', satisfied: 'some check satisfied', otherwise: 'the "best" failing result' }]);
