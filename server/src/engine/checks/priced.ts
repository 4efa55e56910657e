import { defineMessages, say, type Text } from '../../i18n/message.js';
import type { Bilingual } from '../../i18n/locale.js';
import { formatMoneyRange } from '../../parse/literals.js';
import type { Fee } from '../../model/types.js';
import type { CheckContext, Outcome } from './outcome.js';
import { pathWords } from '../labels.js';
import type { Primitive } from './primitive.js';

const BASIS: Record<NonNullable<Fee['basis']>['value'], Bilingual> = {
    'by-agreement': { zh: '写为“协商确定”', en: "is 'by agreement'" },
    'quoted-after-inspection': { zh: '写为“检测后报价”', en: "is 'quoted after inspection'" },
    'at-cost': { zh: '写为“按成本收取”', en: "is 'at cost'" },
};

function isFee(v: unknown): v is Fee {
    return typeof v === 'object' && v !== null && 'label' in v && 'disclosed' in v;
}

/** A fee given only as a range; the range is written by the one money formatter. */
const PRICE_RANGE: Bilingual = { zh: '只写了价格范围 {range}', en: 'gives only a range, {range}' };

const M = defineMessages('priced', {
    'no-amount': { zh: '未写明金额', en: 'states no amount' },
    unpriced: { zh: '收费项目“{label}”{how}，没有明示的收费标准', en: "the fee '{label}' {how}: no price is displayed" },
    range: (lang, _p, raw) => say(PRICE_RANGE, lang, { range: formatMoneyRange(Number(raw.fen), Number(raw.upTo), lang) }),
    reserved: { zh: '收费项目“{label}”{range}：服务前仍须告知顾客确切金额', en: "the fee '{label}' {range}: the exact amount must still be told before the service" },
});

/**
 * `priced: { path, unpriced }` — every fee states what it costs. A fee with no number (not stated,
 * by agreement, quoted after inspection) is `violated` where the clause asks for a displayed price,
 * a caveat where it only asks that the customer be told before the service. A range or "at cost"
 * publishes a standard but not the amount: always a caveat, never silence.
 */
export function priced(ctx: CheckContext, spec: { path: string; unpriced: 'violated' | 'caveat' }): Outcome {
    const r = ctx.resolve(spec.path);
    const fees = r.values.filter(isFee);
    if (!fees.length) return { status: 'not-applicable', at: r.anchor, evidence: [] };
    const unpriced = fees.filter((f) => !f.amount && f.basis?.value !== 'at-cost');
    const how = (f: Fee): Text => (f.basis ? BASIS[f.basis.value] : M['no-amount']());
    if (unpriced.length && spec.unpriced === 'violated') {
        const f = unpriced[0];
        const at = f.basis?.src ?? f.label.src;
        return {
            status: 'violated', at, evidence: unpriced.map((x) => x.basis?.src ?? x.label.src),
            detail: M.unpriced({ label: f.label.value, how: how(f) }),
        };
    }
    const evidence = fees.map((f) => f.amount?.src ?? f.basis?.src ?? f.label.src);
    const reserved = fees.find((f) => f.amount?.upToFen !== undefined || f.basis?.value === 'at-cost' || !f.amount);
    if (!reserved) return { status: 'satisfied', at: evidence[0], evidence };
    const range = reserved.amount && reserved.amount.upToFen !== undefined
        ? M.range({ fen: reserved.amount.fen, upTo: reserved.amount.upToFen })
        : how(reserved);
    return {
        status: 'satisfied', at: evidence[0], evidence,
        caveat: M.reserved({ label: reserved.label.value, range }),
    };
}

export const pricedPrimitive: Primitive<{ path: string; unpriced: 'violated' | 'caveat' }> = {
    doc: [{ form: '`priced: { path: fees, unpriced: violated }`', satisfied: 'every fee at the path states its amount; a range or "at cost" is met with a caveat (the exact amount must still be told before the service); no fees at the path: not applicable', otherwise: 'with `unpriced: violated`, a fee with no amount (not stated, by agreement, quoted after inspection) is violated at it; with `unpriced: caveat`, a caveat' }],
    schema: {
        description: 'Every fee at the path states its amount; `unpriced` says what a fee without a number is (a violation, or a caveat).',
        type: 'object', additionalProperties: false, required: ['path', 'unpriced'],
        properties: { path: { $ref: '#/$defs/path' }, unpriced: { enum: ['violated', 'caveat'] } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: priced,
    describe: (spec) => { const w = pathWords(spec.path); return { zh: `${w.zh}逐项写明金额`, en: `each of the ${w.en} states its amount` }; },
};
