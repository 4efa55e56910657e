import { defineMessages, type Msg, type Text } from '../../i18n/message.js';
import { labelOf, pathWords } from '../labels.js';
import { present, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('exists', {
    missing: { zh: '政策未写明{what}', en: 'the policy does not state the {what}' },
    stated: { zh: '政策写明{what}，本条不允许', en: 'the policy states {what}, which this clause does not allow' },
});

/**
 * `absent: path` — the policy does not state it: for refusals (`no-reason none`), where saying
 * "we do not" is a breach and silence is left to the clauses that ask for the positive fact.
 */
export function absent(ctx: CheckContext, path: string): Outcome {
    const r = ctx.resolve(path);
    const found = r.values.filter(present);
    if (!found.length) return { status: 'satisfied', at: r.anchor, evidence: [] };
    const at = srcOf(found[0]) ?? r.anchor;
    const what = labelOf(path);
    return {
        status: 'violated', at, evidence: [at],
        detail: M.stated({ what }),
    };
}

/** "The policy does not state the …": shared by the checks that find nothing stated. */
export function notStated(what: Text): Msg {
    return M.missing({ what });
}

/** `exists: path` — the policy states it. */
export function exists(ctx: CheckContext, path: string): Outcome {
    const r = ctx.resolve(path);
    const found = r.values.filter(present);
    const what = labelOf(path);
    if (found.length) {
        return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    }
    return {
        status: 'not-addressed', at: r.anchor, evidence: [],
        detail: notStated(what),
        fix: { kind: 'insert', path, into: r.container },
    };
}

export const existsPrimitive: Primitive<string> = {
    doc: [{ form: '`exists: provider.licence`', satisfied: 'the path yields at least one value (a boolean must be true; a list must be non-empty)', otherwise: 'not addressed' }],
    schema: { $ref: '#/$defs/path' },
    paths: (path) => [{ path, at: [] }],
    run: exists,
    describe: (path) => { const w = pathWords(path); return { zh: `写明${w.zh}`, en: `states the ${w.en}` }; },
};

export const absentPrimitive: Primitive<string> = {
    doc: [{ form: '`absent: returns.noReason.refused`', satisfied: 'the path yields nothing (for refusals: writing "we do not" is the breach; silence is left to the clauses that ask for the positive fact)', otherwise: 'violated, at what is stated' }],
    schema: { $ref: '#/$defs/path' },
    paths: (path) => [{ path, at: [] }],
    run: absent,
    describe: (path) => { const w = pathWords(path); return { zh: `未写明“${w.zh}”`, en: `does not state ${w.en}` }; },
};
