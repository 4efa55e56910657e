import { defineMessages } from '../../i18n/message.js';
import { notStated } from './exists.js';
import { FORMAT_CHECKS, FORMAT_LABELS, FORMAT_NAMES, placeholderIn, type FormatName } from '../formats/index.js';
import { labelOf, pathWords } from '../labels.js';
import { present, srcOf } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

function textOf(v: unknown): string | undefined {
    if (typeof v === 'string') return v;
    if (typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string') return (v as { value: string }).value;
    return undefined;
}

const M = defineMessages('format', {
    placeholder: {
        zh: '{what}“{text}”含占位文字“{placeholder}”，不能出现在给顾客的公告中',
        en: "the {what} '{text}' contains the placeholder '{placeholder}', which must not reach the customer notice",
    },
    invalid: { zh: '{what}“{text}”不是有效的{label}：{problem}', en: "the {what} '{text}' is not a valid {label}: {problem}" },
});

/**
 * `format: { path, is? }` — every text at the path is real content, not placeholder wording
 * (TODO, 待定, 示例 …), and has the named format when `is` is given (a credit code with its check
 * character, a phone number customers can dial …). Nothing stated: not addressed.
 */
export function format(ctx: CheckContext, spec: { path: string; is?: FormatName }): Outcome {
    const r = ctx.resolve(spec.path);
    const found = r.values.filter(present);
    const what = labelOf(spec.path);
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: notStated(what),
            fix: { kind: 'insert', path: spec.path, into: r.container },
        };
    }
    for (const v of found) {
        const text = textOf(v);
        const at = srcOf(v) ?? r.anchor;
        if (text === undefined) continue;
        const placeholder = placeholderIn(text);
        if (placeholder) {
            return {
                status: 'violated', at, evidence: [at],
                detail: M.placeholder({ what, text, placeholder }),
            };
        }
        const problem = spec.is ? FORMAT_CHECKS[spec.is](text) : undefined;
        if (problem) {
            const label = FORMAT_LABELS[spec.is!];
            return {
                status: 'violated', at, evidence: [at],
                detail: M.invalid({ what, text, label, problem }),
            };
        }
    }
    return { status: 'satisfied', at: srcOf(found[0]) ?? r.anchor, evidence: found.map(srcOf).filter((s) => !!s) };
}

export const formatPrimitive: Primitive<{ path: string; is?: FormatName }> = {
    doc: [{ form: '`format: { path: provider.licence, is: credit-code }`', satisfied: 'every text at the path is real content — no placeholder (TODO, TBD, XXX, 待定, 待填写, 示例, 某某 …) — and, with `is`, has the format: `credit-code` (统一社会信用代码, 18 characters with its GB 32100 check character), `phone` (400/800, mobile, landline with area code, 95xxx / 96xxx / 1xxxx service numbers; +86 and extensions allowed), `email`, `url`', otherwise: 'violated at the text / not addressed' }],
    schema: {
        description: 'Every text at the path is real content (no placeholder such as TODO, 待定, 示例) and, with `is`, has that format.',
        type: 'object', additionalProperties: false, required: ['path'],
        properties: { path: { $ref: '#/$defs/path' }, is: { enum: [...FORMAT_NAMES] } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: format,
    describe: (spec) => {
        const w = pathWords(spec.path);
        const label = spec.is ? FORMAT_LABELS[spec.is] : undefined;
        return label
            ? { zh: `写明${w.zh}，为有效的${label.zh}且无占位文字`, en: `states the ${w.en} as a valid ${label.en}, without placeholder wording` }
            : { zh: `写明${w.zh}且无占位文字`, en: `states the ${w.en} without placeholder wording` };
    },
};
