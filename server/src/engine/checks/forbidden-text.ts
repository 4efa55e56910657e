import { defineMessages } from '../../i18n/message.js';
import { matchesAny, patternSpans as spans } from '../patterns.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

/** Texts longer than this are checked on their first part only: patterns are short, policies are not hostile-sized. */
const MAX_TEXT = 10_000;

const M = defineMessages('forbiddenText', {
    void: { zh: '“{text}”属于无效的格式条款，不得出现在政策中', en: "'{text}' is a void standard term and must not appear in the policy" },
});

/** `forbiddenText: { patterns, unless }` — no text of the policy carries a void term. */
export function forbiddenText(ctx: CheckContext, spec: { patterns: string[]; unless?: string[] }): Outcome {
    for (const t of ctx.model.texts) {
        const text = t.value.length > MAX_TEXT ? t.value.slice(0, MAX_TEXT) : t.value;
        if (!matchesAny(spec.patterns, text)) continue;
        // A look-alike named by `unless` excuses only the words it covers, not the whole text.
        const excused = (spec.unless ?? []).flatMap((p) => spans(p, text));
        const hit = spec.patterns.flatMap((p) => spans(p, text)).find((h) => !excused.some((e) => e.start < h.end && h.start < e.end));
        if (!hit) continue;
        return {
            status: 'violated', at: t.src, evidence: [t.src],
            detail: M.void({ text: hit.text }),
            fix: { kind: 'remove-text', src: t.src },
        };
    }
    return { status: 'satisfied', at: ctx.model.head, evidence: [] };
}

type TextSpec = { patterns: string[]; unless?: string[] };

export const forbiddenTextPrimitive: Primitive<TextSpec> = {
    doc: [{ form: '`forbiddenText: { patterns: ["(最终\\|全部)?解释权"], unless: ["签收即视为交付"] }`', satisfied: 'no text of the policy matches a pattern (a text matching an `unless` pattern is skipped)', otherwise: 'violated, at the offending text' }],
    schema: {
        type: 'object', additionalProperties: false, required: ['patterns'],
        properties: {
            patterns: { type: 'array', minItems: 1, items: { $ref: '#/$defs/regex' } },
            unless: { type: 'array', items: { $ref: '#/$defs/regex' } },
        },
    },
    paths: () => [{ path: 'texts', at: [] }],
    regexes: (spec) => [
        ...spec.patterns.map((pattern, i) => ({ pattern, at: ['patterns', i] })),
        ...(spec.unless ?? []).map((pattern, i) => ({ pattern, at: ['unless', i] })),
    ],
    run: forbiddenText,
    describe: (spec) => {
        // The patterns are the words themselves; show them as the writer would read them.
        const words = spec.patterns.map((p) => p.replace(/[\\^$]/g, '')).join(' / ');
        return { zh: `政策文字不得含有：${words}`, en: `no policy text may contain: ${words}` };
    },
};
