import { defineMessages, listOf } from '../../i18n/message.js';
import { valueText } from '../words.js';
import type { Bilingual } from '../../i18n/locale.js';
import { valueWord } from '../../parse/vocabulary.js';
import { labelOf, pathWords, valueWords } from '../labels.js';
import { present, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('oneOf', {
    missing: { zh: '政策未写明{what}（应为{words}之一）', en: 'the policy does not state the {what} (one of {words})' },
    other: { zh: '{what}为“{value}”，应为{words}之一', en: "the {what} is '{value}'; it must be one of {words}" },
    forbidden: { zh: '{what}不能是“{value}”', en: "the {what} must not be '{value}'" },
});

type Value = string | number | boolean;

function valueOf(v: unknown): string {
    if (typeof v === 'object' && v !== null && 'value' in v) {
        const inner = (v as { value: unknown; text?: string }).value;
        return inner === undefined ? String((v as { text?: string }).text ?? '') : String(inner);
    }
    return String(v);
}
/** The value as the policy wrote it; a value with no text of its own (a keyword) in the reader's language. */
function written(v: unknown): string | ReturnType<typeof valueText> {
    return typeof v === 'object' && v !== null && 'text' in v ? String((v as { text: string }).text) : valueText(valueOf(v));
}

/** `oneOf: { path, values }` — every stated value is allowed. */
export function oneOf(ctx: CheckContext, spec: { path: string; values: Value[] }): Outcome {
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(present);
    const what = labelOf(spec.path);
    const allowed = spec.values.map(String);
    const words = listOf(allowed.map(valueText));
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: M.missing({ what, words }),
            fix: { kind: 'insert', path: spec.path, into: r.container, value: allowed[0] },
        };
    }
    const bad = found.find((v) => !allowed.includes(valueOf(v)));
    if (!bad) return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    const at = srcOf(bad) ?? r.anchor;
    return {
        status: 'violated', at, evidence: [at],
        detail: M.other({ what, value: written(bad), words }),
        fix: { kind: 'replace', src: at, text: { zh: valueWord(allowed[0], 'zh'), en: allowed[0] } },
    };
}

/** `noneOf: { path, values }` — no stated value is forbidden; silence is fine. */
export function noneOf(ctx: CheckContext, spec: { path: string; values: Value[] }): Outcome {
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(present);
    const forbidden = spec.values.map(String);
    const what = labelOf(spec.path);
    const bad = found.find((v) => forbidden.includes(valueOf(v)));
    if (!bad) return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    const at = srcOf(bad) ?? r.anchor;
    return {
        status: 'violated', at, evidence: [at],
        detail: M.forbidden({ what, value: written(bad) }),
    };
}

type ValuesSpec = { path: string; values: Value[] };

/** `oneOf` and `noneOf` differ in their evaluation and in how the rule reads. */
function valuesPrimitive(run: Primitive<ValuesSpec>['run'], reads: (what: Bilingual, values: Bilingual) => Bilingual, doc: Primitive<ValuesSpec>['doc']): Primitive<ValuesSpec> {
    return {
        doc,
        schema: {
            type: 'object', additionalProperties: false, required: ['path', 'values'],
            properties: { path: { $ref: '#/$defs/path' }, values: { $ref: '#/$defs/values' } },
        },
        paths: (spec) => [{ path: spec.path, at: ['path'], expect: { kind: 'values', values: spec.values, at: ['values'] } }],
        run,
        describe: (spec) => {
            return reads(pathWords(spec.path), valueWords(spec.path, spec.values));
        },
    };
}

export const oneOfPrimitive = valuesPrimitive(oneOf, (w, v) => ({ zh: `${w.zh}为 ${v.zh} 之一`, en: `the ${w.en} is one of ${v.en}` }), [{ form: '`oneOf: { path: returns.noReason.window.start, values: [receipt, delivery] }`', satisfied: 'every value is in the list', otherwise: 'violated / not addressed' }]);
export const noneOfPrimitive = valuesPrimitive(noneOf, (w, v) => ({ zh: `${w.zh}不为 ${v.zh}`, en: `the ${w.en} is none of ${v.en}` }), [{ form: '`noneOf: { path: warranty.start, values: [purchase, shipment] }`', satisfied: 'no value is in the list (absence is fine)', otherwise: 'violated' }]);
