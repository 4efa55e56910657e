import { defineMessages } from '../../i18n/message.js';
import { LIST_SEPARATOR, SEMICOLON, quotedName } from '../../i18n/punctuation.js';
import type { Bilingual } from '../../i18n/locale.js';
import type { Category, PolicyModel } from '../../model/types.js';
import type { ExemptionKind, ProductKind } from '../../parse/vocabulary.js';
import type { Builtin, Outcome } from '../checks/outcome.js';

/**
 * Who the consumer law binds, and which goods it exempts from the 7-day no-reason return.
 *
 * 消费者权益保护法 art. 2: the law protects people buying for everyday consumption. A category
 * that names only business buyers is outside it; a category that names no buyers is inside it
 * (the safe reading — the writer is asked to say, see `buyers-stated`).
 * Art. 25 para. 1 exempts four kinds of goods by law; para. 2 (with 实施条例 art. 19) allows
 * other goods only when the consumer confirmed at purchase that they are not returnable.
 */

/** Articles that make a class exempt, for the finding's words. */
const EXEMPTION_LAW: Record<ExemptionKind, Bilingual> = {
    custom: { zh: '消费者定作的商品（消费者权益保护法第二十五条第一款第一项）', en: 'goods made to the consumer’s order (Consumer Rights Protection Law art. 25(1)(i))' },
    perishable: { zh: '鲜活易腐的商品（第二十五条第一款第二项）', en: 'fresh and perishable goods (art. 25(1)(ii))' },
    digital: { zh: '在线下载或消费者拆封的音像制品、计算机软件等数字化商品（第二十五条第一款第三项；未拆封的实体商品仍可退）', en: 'audio-video products, software and other digital goods downloaded online or unsealed by the consumer (art. 25(1)(iii); sealed physical copies stay returnable)' },
    periodicals: { zh: '交付的报纸、期刊（第二十五条第一款第四项）', en: 'delivered newspapers and periodicals (art. 25(1)(iv))' },
};

/** Product types that are themselves a statutory class. */
const KIND_EXEMPTION: Partial<Record<ProductKind, ExemptionKind>> = { perishable: 'perishable', digital: 'digital', periodical: 'periodicals' };

const CONFIRMED: Bilingual = { zh: '经消费者在购买时确认不宜退货的商品（第二十五条第二款；实施条例第十九条）', en: 'goods the consumer confirmed at purchase as not returnable (art. 25(2); Implementing Regulation art. 19)' };

export function isConsumerSale(c: Category): boolean {
    return c.buyers.length === 0 || c.buyers.some((b) => b.value === 'consumers');
}

/** Why a category is exempt from no-reason returns by law, or undefined when it is not. */
export function exemptionOf(c: Category): Bilingual | undefined {
    if (c.custom) return EXEMPTION_LAW.custom;
    const byKind = c.kind?.value ? KIND_EXEMPTION[c.kind.value] : undefined;
    if (byKind) return EXEMPTION_LAW[byKind];
    if (c.exempt?.kind) return EXEMPTION_LAW[c.exempt.kind];
    if (c.exempt?.confirmed) return CONFIRMED;
    return undefined;
}

const categories = (model: PolicyModel): Category[] => model.products?.categories ?? [];
/** Sold at a distance: online, or a cross-border retail import (bought online from an overseas seller; art. 25 makes no exception for it). */
const isOnline = (c: Category) => c.sales.some((s) => s.value === 'online' || s.value === 'cross-border');
/** A category stated as a service (类型 服务): what it sells is not goods. */
const isService = (c: Category) => c.kind?.value === 'service';

/** Art. 25 binds goods sold at a distance: a service category offers none to return. */
const SERVICE_NOT_GOODS: Bilingual = { zh: '服务而非商品（第二十五条的无理由退货只及于远程销售的商品）', en: 'a service, not goods (art. 25’s no-reason return covers goods sold at a distance)' };
const M = defineMessages('consumerScope', {
    'business-only': { zh: '每个产品品类都写明只面向企业客户：消费者权益保护法不约束这些销售（第二条）', en: 'every product category is sold to businesses only: consumer law does not bind these sales (art. 2)' },
    'buyers-silent': { zh: '品类{names}未写明客户类型：按面向消费者销售适用消费者权益保护法', en: 'category {names} does not say who buys it: it is treated as a consumer sale under consumer law' },
    'no-categories': { zh: '政策未列出产品品类及其客户类型：按面向消费者销售适用消费者权益保护法', en: 'the policy lists no product categories and their buyers: it is treated as a consumer sale under consumer law' },
    /** Category names, quoted as each language quotes (the names are the numbered params). */
    names: (lang, p) => Object.keys(p).sort((a, b) => Number(a) - Number(b)).map((k) => quotedName(p[k], lang)).join(LIST_SEPARATOR[lang]),
    'all-exempt': { zh: '线上销售的品类均属法定的无理由退货除外商品：{why}', en: 'every category sold online is exempt from no-reason returns by law: {why}' },
    'exempt-as': { zh: '“{name}”为{law}', en: "'{name}' — {law}" },
    'none-returnable': { zh: '线上销售的品类均不在法定的无理由退货之内：{why}', en: 'no category sold online falls under the statutory no-reason return: {why}' },
    'services-only': { zh: '政策的产品品类{names}均写明为服务、不销售商品：商品的退货期限不适用', en: 'every product category ({names}) is stated as a service, no goods are sold: return windows for goods do not apply' },
    reasons: (lang, p) => Object.keys(p).sort((a, b) => Number(a) - Number(b)).map((k) => p[k]).join(SEMICOLON[lang]),
});
const numbered = <T>(xs: T[]) => Object.fromEntries(xs.map((x, i) => [String(i), x]));
const names = (cs: Category[]) => M.names(numbered(cs.map((c) => c.name.value)));

/** appliesWhen of the consumer law: some category is (or may be) sold to consumers. */
export const consumerSales: Builtin = ({ model }) => {
    const cs = categories(model);
    const consumer = cs.filter(isConsumerSale);
    if (!cs.length || consumer.length) return { status: 'satisfied', at: consumer[0]?.head ?? model.head, evidence: consumer.map((c) => c.src) };
    return {
        status: 'not-applicable', at: model.products?.head ?? model.head, evidence: cs.map((c) => c.src),
        detail: M['business-only'](),
    };
};

/** The policy says who buys each category (the consumer law's scope depends on it). */
export const buyersStated: Builtin = ({ model }) => {
    const cs = categories(model);
    const silent = cs.filter((c) => c.buyers.length === 0);
    if (cs.length && !silent.length) return { status: 'satisfied', at: cs[0].head, evidence: cs.map((c) => c.src) };
    const first = silent[0];
    return {
        status: 'not-addressed', at: first?.head ?? model.products?.head ?? model.head, evidence: [],
        detail: first
            ? M['buyers-silent']({ names: names(silent) })
            : M['no-categories'](),
        // No quick fix: only the writer knows whether consumers or businesses buy.
    };
};

function distance(model: PolicyModel, returnable: boolean): Outcome {
    const online = categories(model).filter((c) => isOnline(c) && isConsumerSale(c));
    if (!online.length) return { status: 'not-applicable', at: model.head, evidence: [] };
    if (!returnable) return { status: 'satisfied', at: online[0].head, evidence: online.map((c) => c.src) };
    const outside = (c: Category) => exemptionOf(c) ?? (isService(c) ? SERVICE_NOT_GOODS : undefined);
    const open = online.filter((c) => !outside(c));
    if (open.length) return { status: 'satisfied', at: open[0].head, evidence: open.map((c) => c.src) };
    const why = M.reasons(numbered(online.map((c) => M['exempt-as']({ name: c.name.value, law: outside(c)! }))));
    return {
        status: 'not-applicable', at: online[0].head, evidence: online.map((c) => c.src),
        detail: online.some(isService) ? M['none-returnable']({ why }) : M['all-exempt']({ why }),
    };
}

/**
 * Condition: the policy sells goods, or does not say it sells none. Only a products block whose every
 * category is a service says so; no block, or one goods category, keeps the goods clauses in force
 * (a false "not applicable" would hide a goods seller that left its categories out).
 */
export function servicesOnly(model: PolicyModel): boolean {
    const cs = categories(model);
    return cs.length > 0 && cs.every(isService);
}

export const sellsGoods: Builtin = ({ model }) => {
    const cs = categories(model);
    const goods = cs.filter((c) => !isService(c));
    if (!servicesOnly(model)) return { status: 'satisfied', at: goods[0]?.head ?? model.head, evidence: goods.map((c) => c.src) };
    return { status: 'not-applicable', at: model.products?.head ?? cs[0].head, evidence: cs.map((c) => c.src), detail: M['services-only']({ names: names(cs) }) };
};

/** Condition: goods sold at a distance to consumers (消费者权益保护法 art. 28). */
export const distanceSale: Builtin = ({ model }) => distance(model, false);
/** Condition: goods sold at a distance to consumers that the law does not exempt from no-reason returns (art. 25). */
export const distanceSaleReturnable: Builtin = ({ model }) => distance(model, true);
