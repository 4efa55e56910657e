import type { CheckContext, Outcome } from './outcome.js';

const compiled = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
    let re = compiled.get(pattern);
    if (!re) { re = new RegExp(pattern); compiled.set(pattern, re); }
    return re;
}

/** Texts longer than this are checked on their first part only: patterns are short, policies are not hostile-sized. */
const MAX_TEXT = 10_000;

/** `forbiddenText: { patterns, unless }` — no text of the policy carries a void term. */
export function forbiddenText(ctx: CheckContext, spec: { patterns: string[]; unless?: string[] }): Outcome {
    for (const t of ctx.model.texts) {
        const text = t.value.length > MAX_TEXT ? t.value.slice(0, MAX_TEXT) : t.value;
        const hit = spec.patterns.map((p) => regex(p).exec(text)).find((m) => m);
        if (!hit) continue;
        if ((spec.unless ?? []).some((p) => regex(p).test(text))) continue;
        return {
            status: 'violated', at: t.src, evidence: [t.src],
            detail: { zh: `“${hit[0]}”属于无效的格式条款，不得出现在政策中`, en: `'${hit[0]}' is a void standard term and must not appear in the policy` },
            fix: { kind: 'remove-text', src: t.src },
        };
    }
    return { status: 'satisfied', at: ctx.model.head, evidence: [] };
}
