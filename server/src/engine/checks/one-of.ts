import type { Bilingual } from '../../i18n/locale.js';
import { labelOf, pathWords } from '../labels.js';
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
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: { zh: `政策未写明${what.zh}（应为 ${allowed.join('、')} 之一）`, en: `the policy does not state the ${what.en} (one of ${allowed.join(', ')})` },
            fix: { kind: 'insert', path: spec.path, into: r.container, value: allowed[0] },
        };
    }
    const bad = found.find((v) => !allowed.includes(valueOf(v)));
    if (!bad) return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
    const at = srcOf(bad) ?? r.anchor;
    return {
        status: 'violated', at, evidence: [at],
        detail: { zh: `${what.zh}为“${written(bad)}”，应为 ${allowed.join('、')} 之一`, en: `the ${what.en} is '${written(bad)}'; it must be one of ${allowed.join(', ')}` },
        fix: { kind: 'replace', src: at, text: { zh: allowed[0], en: allowed[0] } as Bilingual },
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

/** The listed values in words: a vocabulary value as the writer would write it. */
function valuesWords(spec: ValuesSpec, sep: Bilingual): Bilingual {
    const words = spec.values.map((v) => pathWords(`${spec.path}[value=${v}]`));
    const inner = (w: Bilingual, lang: 'zh' | 'en') => /[（(](.*)[）)]$/.exec(w[lang])?.[1] ?? w[lang];
    return { zh: words.map((w) => inner(w, 'zh')).join(sep.zh), en: words.map((w) => inner(w, 'en')).join(sep.en) };
}

const valuesSchema = {
    type: 'object', additionalProperties: false, required: ['path', 'values'],
    properties: { path: { $ref: '#/$defs/path' }, values: { $ref: '#/$defs/values' } },
};

export const oneOfPrimitive: Primitive<ValuesSpec> = {
    schema: valuesSchema,
    paths: (spec) => [{ path: spec.path, at: ['path'], expect: { kind: 'values', values: spec.values, at: ['values'] } }],
    run: oneOf,
    describe: (spec) => {
        const w = pathWords(spec.path);
        const v = valuesWords(spec, { zh: '、', en: ', ' });
        return { zh: `${w.zh}为 ${v.zh} 之一`, en: `the ${w.en} is one of ${v.en}` };
    },
};

export const noneOfPrimitive: Primitive<ValuesSpec> = {
    schema: valuesSchema,
    paths: (spec) => [{ path: spec.path, at: ['path'], expect: { kind: 'values', values: spec.values, at: ['values'] } }],
    run: noneOf,
    describe: (spec) => {
        const w = pathWords(spec.path);
        const v = valuesWords(spec, { zh: '、', en: ', ' });
        return { zh: `${w.zh}不为 ${v.zh}`, en: `the ${w.en} is none of ${v.en}` };
    },
};
