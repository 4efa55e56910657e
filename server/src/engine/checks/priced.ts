import type { Bilingual } from '../../i18n/locale.js';
import { formatMoney } from '../../parse/literals.js';
import type { Fee } from '../../model/types.js';
import { resolvePath } from '../paths.js';
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

/**
 * `priced: { path, unpriced }` — every fee states what it costs. A fee with no number (not stated,
 * by agreement, quoted after inspection) is `violated` where the clause asks for a displayed price,
 * a caveat where it only asks that the customer be told before the service. A range or "at cost"
 * publishes a standard but not the amount: always a caveat, never silence.
 */
export function priced(ctx: CheckContext, spec: { path: string; unpriced: 'violated' | 'caveat' }): Outcome {
    const r = resolvePath(ctx.model, spec.path);
    const fees = r.values.filter(isFee);
    if (!fees.length) return { status: 'not-applicable', at: r.anchor, evidence: [] };
    const unpriced = fees.filter((f) => !f.amount && f.basis?.value !== 'at-cost');
    const how = (f: Fee): Bilingual => (f.basis ? BASIS[f.basis.value] : { zh: '未写明金额', en: 'states no amount' });
    if (unpriced.length && spec.unpriced === 'violated') {
        const f = unpriced[0];
        const at = f.basis?.src ?? f.label.src;
        return {
            status: 'violated', at, evidence: unpriced.map((x) => x.basis?.src ?? x.label.src),
            detail: {
                zh: `收费项目“${f.label.value}”${how(f).zh}，没有明示的收费标准`,
                en: `the fee '${f.label.value}' ${how(f).en}: no price is displayed`,
            },
        };
    }
    const evidence = fees.map((f) => f.amount?.src ?? f.basis?.src ?? f.label.src);
    const reserved = fees.find((f) => f.amount?.upToFen !== undefined || f.basis?.value === 'at-cost' || !f.amount);
    if (!reserved) return { status: 'satisfied', at: evidence[0], evidence };
    const range = reserved.amount && reserved.amount.upToFen !== undefined
        ? { zh: `只写了价格范围 ${formatMoney(reserved.amount.fen, 'zh').replace(' 元', '')}–${formatMoney(reserved.amount.upToFen, 'zh')}`, en: `gives only a range, ${formatMoney(reserved.amount.fen, 'en')}–${formatMoney(reserved.amount.upToFen, 'en').replace('CNY ', '')}` }
        : how(reserved);
    return {
        status: 'satisfied', at: evidence[0], evidence,
        caveat: {
            zh: `收费项目“${reserved.label.value}”${range.zh}：服务前仍须告知顾客确切金额`,
            en: `the fee '${reserved.label.value}' ${range.en}: the exact amount must still be told before the service`,
        },
    };
}

export const pricedPrimitive: Primitive<{ path: string; unpriced: 'violated' | 'caveat' }> = {
    schema: {
        description: 'Every fee at the path states its amount; `unpriced` says what a fee without a number is (a violation, or a caveat).',
        type: 'object', additionalProperties: false, required: ['path', 'unpriced'],
        properties: { path: { $ref: '#/$defs/path' }, unpriced: { enum: ['violated', 'caveat'] } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    run: priced,
    describe: (spec) => { const w = pathWords(spec.path); return { zh: `${w.zh}逐项写明金额`, en: `each of the ${w.en} states its amount` }; },
};
