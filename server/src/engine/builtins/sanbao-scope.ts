import { defineMessages } from '../../i18n/message.js';
import { SEMICOLON } from '../../i18n/punctuation.js';
import type { Category, PolicyModel } from '../../model/types.js';
import { GOODS_CONDITIONS, PRODUCT_KINDS, wordIn, type ProductKind } from '../../parse/vocabulary.js';
import type { Builtin } from '../checks/outcome.js';

/**
 * Which goods the national 三包 rules bind, read from the categories' kinds: appliances (the 1995
 * catalogue), telephones (2001), microcomputers and household audio-video goods (2002) and household
 * cars (2021). Other goods have no 三包 rule; their defects fall under 消费者权益保护法 art. 24 alone.
 */
const SANBAO_KINDS: ReadonlySet<ProductKind> = new Set<ProductKind>(['appliance', 'phone', 'computer', 'audio-video', 'vehicle']);

const M = defineMessages('sanbaoScope', {
    'no-categories': {
        zh: '政策未列出产品品类，无法判断其商品是否受国家三包规定约束',
        en: 'the policy lists no product categories, so no 三包 rule can be matched to its goods',
    },
    outside: {
        zh: '没有品类属于国家三包规定约束的商品（1995 年目录中的家电、电话机、微型计算机、家用视听商品、家用汽车）：{why}；三包规定不适用，质量问题的退货、更换、修理仍适用消费者权益保护法第二十四条（CPL-24）',
        en: 'no category is goods under a national 三包 rule (appliances of the 1995 catalogue, telephones, microcomputers, household audio-video goods, household cars): {why}; the 三包 rules do not apply, and defects are still returned, exchanged or repaired under art. 24 of the consumer law (CPL-24)',
    },
    'is-kind': { zh: '“{name}”的类型为“{kind}”', en: "'{name}' — {kind}" },
    'not-new': {
        zh: '“{name}”为{condition}商品：所读到的三包规定都为新售商品而设（期限自该商品的销售发票或交付起算）；家用汽车规定第三十条让原三包随车转移，其他三包规定对二手、翻新商品未作规定（置信度 R），故不按三包检查，其质量责任适用消费者权益保护法第二十三、二十四条',
        en: "'{name}' is sold {condition}: the 三包 rules read are written for goods sold new (their periods run from that sale's invoice or delivery); the car rule's art. 30 lets the original 三包 pass with the car, and the other rules say nothing of second-hand or refurbished goods (confidence R), so it is not checked against them — its quality duties are those of consumer-law arts. 23 and 24",
    },
    'no-kind': { zh: '“{name}”未写明类型（若属三包商品请写明，如 类型 家电）', en: "'{name}' states no kind (write it if the goods are under a 三包 rule, e.g. kind appliance)" },
    reasons: (lang, p) => Object.keys(p).sort((a, b) => Number(a) - Number(b)).map((k) => p[k]).join(SEMICOLON[lang]),
});

const categories = (model: PolicyModel): Category[] => model.products?.categories ?? [];
/** Sold second-hand or refurbished (a category that states no condition is sold new). */
const notNew = (c: Category) => c.condition?.value === 'used' || c.condition?.value === 'refurbished';
const isSanbao = (c: Category) => !!c.kind?.value && SANBAO_KINDS.has(c.kind.value) && !notNew(c);
const kindWord = (kind: ProductKind) => ({ zh: wordIn(PRODUCT_KINDS, kind, 'zh'), en: wordIn(PRODUCT_KINDS, kind, 'en') });

/** Why a category is under no 三包 rule: sold second-hand or refurbished, its kind, or that it states none. */
function why(c: Category) {
    const name = c.name.value;
    if (notNew(c) && c.kind?.value && SANBAO_KINDS.has(c.kind.value)) {
        const v = c.condition!.value!;
        return M['not-new']({ name, condition: { zh: wordIn(GOODS_CONDITIONS, v, 'zh'), en: wordIn(GOODS_CONDITIONS, v, 'en') } });
    }
    return c.kind?.value ? M['is-kind']({ name, kind: kindWord(c.kind.value) }) : M['no-kind']({ name });
}

/** Condition (CN-SANBAO appliesWhen, SB-SPARE): some category is goods a national 三包 rule binds. */
export const sanbaoGoods: Builtin = ({ model }) => {
    const cs = categories(model);
    const bound = cs.filter(isSanbao);
    if (bound.length) return { status: 'satisfied', at: bound[0].head, evidence: bound.map((c) => c.src) };
    if (!cs.length) return { status: 'not-applicable', at: model.products?.head ?? model.head, evidence: [], detail: M['no-categories']() };
    return {
        status: 'not-applicable', at: model.products?.head ?? cs[0].head, evidence: cs.map((c) => c.src),
        detail: M.outside({ why: M.reasons(Object.fromEntries(cs.map((c, i) => [String(i), why(c)]))) }),
    };
};

/**
 * 消费者权益保护法 art. 24 gives the 7-day return only where no national rule or agreement sets the return.
 * Household cars sold new have one (家用汽车产品修理更换退货责任规定 arts. 22–25), whose windows the policy
 * states as `car-return` lines and CN-SANBAO CAR-22 / CAR-23 check: when every goods category is a new car,
 * CPL-24 does not ask for the 7-day default. Otherwise not applicable, and the default is asked for — a
 * second-hand car included, since the car rule does not set its reseller's return.
 */
export const carReturnByRule: Builtin = ({ model }) => {
    const goods = categories(model).filter((c) => c.kind?.value !== 'service');
    const cars = goods.length > 0 && goods.every((c) => c.kind?.value === 'vehicle' && !notNew(c));
    if (!cars) return { status: 'not-applicable', at: model.head, evidence: [] };
    return { status: 'satisfied', at: model.products?.head ?? goods[0].head, evidence: goods.map((c) => c.src) };
};
