import type { Bilingual } from '../../i18n/locale.js';
import { valueWord } from '../../parse/vocabulary.js';
import { labelOf, pathWords, valueWords } from '../labels.js';
import { present, resolvePath, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

type Value = string | number | boolean;

function valueOf(v: unknown): string {
    if (typeof v === 'object' && v !== null && 'value' in v) {
        const inner = (v as { value: unknown; text?: string }).value;
        return inner === undefined ? String((v as { text?: string }).text ?? '') : String(inner);
    }
    return String(v);
}
function written(v: unknown): string {
    return typeof v === 'object' && v !== null && 'text' in v ? String((v as { text: string }).text) : valueOf(v);
}

/** `oneOf: { path, values }` — every stated value is allowed. */
export function oneOf(ctx: CheckContext, spec: { path: string; values: Value[] }): Outcome {
    const r = resolvePath(ctx.model, spec.path);
    const found = r.values.filter(present);
    const what = labelOf(spec.path);
    const allowed = spec.values.map(String);
    const allowedZh = allowed.map((v) => valueWord(v, 'zh'));
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: { zh: `政策未写明${what.zh}（应为${allowedZh.join('、')}之一）`, en: `the policy does not state the ${what.en} (one of ${allowed.join(', ')})` },
            fix: { kind: 'insert', path: spec.path, into: r.container, value: allowed[0] },
        };
    }
    const bad = found.find((v) => !allowed.includes(valueOf(v)));
    if (!bad) return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    const at = srcOf(bad) ?? r.anchor;
    return {
        status: 'violated', at, evidence: [at],
        detail: { zh: `${what.zh}为“${written(bad)}”，应为${allowedZh.join('、')}之一`, en: `the ${what.en} is '${written(bad)}'; it must be one of ${allowed.join(', ')}` },
        fix: { kind: 'replace', src: at, text: { zh: allowedZh[0], en: allowed[0] } as Bilingual },
    };
}

/** `noneOf: { path, values }` — no stated value is forbidden; silence is fine. */
export function noneOf(ctx: CheckContext, spec: { path: string; values: Value[] }): Outcome {
    const r = resolvePath(ctx.model, spec.path);
    const found = r.values.filter(present);
    const forbidden = spec.values.map(String);
    const what = labelOf(spec.path);
    const bad = found.find((v) => forbidden.includes(valueOf(v)));
    if (!bad) return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    const at = srcOf(bad) ?? r.anchor;
    return {
        status: 'violated', at, evidence: [at],
        detail: { zh: `${what.zh}不能是“${written(bad)}”`, en: `the ${what.en} must not be '${written(bad)}'` },
    };
}

type ValuesSpec = { path: string; values: Value[] };

/** `oneOf` and `noneOf` differ in their evaluation and in how the rule reads. */
function valuesPrimitive(run: Primitive<ValuesSpec>['run'], reads: (what: Bilingual, values: Bilingual) => Bilingual): Primitive<ValuesSpec> {
    return {
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

export const oneOfPrimitive = valuesPrimitive(oneOf, (w, v) => ({ zh: `${w.zh}为 ${v.zh} 之一`, en: `the ${w.en} is one of ${v.en}` }));
export const noneOfPrimitive = valuesPrimitive(noneOf, (w, v) => ({ zh: `${w.zh}不为 ${v.zh}`, en: `the ${w.en} is none of ${v.en}` }));
