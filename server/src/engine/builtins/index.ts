import { defineMessages, listOf } from '../../i18n/message.js';
import type { Builtin } from '../checks/outcome.js';
import type { Primitive } from '../checks/primitive.js';
import { buyersStated, consumerSales, distanceSale, distanceSaleReturnable, sellsGoods } from './consumer-scope.js';
import { defectShippingBySeller } from './defect-shipping-by-seller.js';
import { failedRepairs } from './failed-repairs.js';
import { noReasonExemptions } from './no-reason-exemptions.js';
import { carReturnByRule, sanbaoGoods } from './sanbao-scope.js';
import { sharingGrounds } from './sharing-grounds.js';

/** A named TypeScript check: the code, the model paths it reads (for the clause index and the attest rule) and what it checks in the writer's words. */
interface BuiltinEntry { run: Builtin; paths: string[]; words: { zh: string; en: string } }

/** The named TypeScript checks catalogs may call with `builtin: <name>` (a null-prototype table: names are data). */
export const BUILTINS: Readonly<Record<string, BuiltinEntry>> = Object.assign(Object.create(null) as Record<string, BuiltinEntry>, {
    'defect-shipping-by-seller': {
        run: defectShippingBySeller, paths: ['returns.shipping'],
        words: { zh: '写明质量问题退货的运费由卖方承担', en: 'states that the seller pays return shipping for defective goods' },
    },
    'no-reason-exemptions': {
        run: noReasonExemptions, paths: ['returns.noReason.exemptions', 'returns.noReason.confirmed'],
        words: { zh: '无理由退货的除外商品仅限法定种类，或经购买时确认', en: 'no-reason return exclusions are the statutory kinds, or confirmed at purchase' },
    },
    'consumer-sales': {
        run: consumerSales, paths: ['products.categories.buyers'],
        words: { zh: '有产品品类面向消费者销售（或未写明客户类型）', en: 'some product category is sold to consumers (or names no buyers)' },
    },
    'buyers-stated': {
        run: buyersStated, paths: ['products.categories.buyers'],
        words: { zh: '每个产品品类都写明客户类型', en: 'every product category states its buyers' },
    },
    'distance-sale': {
        run: distanceSale, paths: ['products.categories.sales', 'products.categories.buyers'],
        words: { zh: '有产品品类以线上等远程方式向消费者销售', en: 'some product category is sold to consumers at a distance (online and the like)' },
    },
    'distance-sale-returnable': {
        run: distanceSaleReturnable, paths: ['products.categories.sales', 'products.categories.buyers', 'products.categories.kind'],
        words: { zh: '有远程销售给消费者、且不属于法定除外的产品品类', en: 'some product category is sold to consumers at a distance and is not exempt by law' },
    },
    'sells-goods': {
        run: sellsGoods, paths: ['products.categories.kind'],
        words: { zh: '政策销售商品（或未写明只提供服务）', en: 'the policy sells goods (or does not say it offers services only)' },
    },
    'sanbao-goods': {
        run: sanbaoGoods, paths: ['products.categories.kind', 'products.categories.condition'],
        words: { zh: '有产品品类属于国家三包规定约束的商品', en: 'some product category is goods under a national 三包 rule' },
    },
    'car-return-by-rule': {
        run: carReturnByRule, paths: ['products.categories.kind', 'products.categories.condition'],
        words: { zh: '商品品类均为新售的家用汽车，其退货由汽车三包规定设定', en: 'every goods category is a household car sold new, whose return the car 三包 rule sets' },
    },
    'failed-repairs': {
        run: failedRepairs, paths: ['returns.failedRepairs'],
        words: { zh: '三包期内经两次修理仍不能正常使用的商品可换货或退货', en: 'goods still failing after two repairs in the warranty period are exchanged or refunded' },
    },
    'sharing-grounds': {
        run: sharingGrounds, paths: ['privacy.thirdParties', 'privacy.consentRecipients', 'privacy.separateConsent'],
        words: { zh: '写明同意以外提供依据的接收方不是为广告或营销接收个人信息', en: 'no recipient given data on a ground other than consent receives it for advertising or marketing' },
    },
});

const M = defineMessages('builtin', {
    unknown: { zh: '未知的内置检查“{name}”；可用：{known}', en: "unknown builtin '{name}'; available: {known}" },
});

export const builtinPrimitive: Primitive<string> = {
    doc: [{ form: '`builtin: no-reason-exemptions`', satisfied: 'a named TypeScript check (`server/src/engine/builtins/`)', otherwise: 'as the builtin says' }],
    schema: { description: 'A named TypeScript check in server/src/engine/builtins/.', type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    paths: (name) => (Object.hasOwn(BUILTINS, name) ? BUILTINS[name].paths : []).map((path) => ({ path, at: [] })),
    validate: (name, report) => {
        if (!Object.hasOwn(BUILTINS, name)) report([], M.unknown({ name, known: listOf(Object.keys(BUILTINS)) }));
    },
    run: (ctx, name) => {
        // own names only (the loader refused others): `constructor` is not a builtin
        if (!Object.hasOwn(BUILTINS, name)) throw new Error(`unknown builtin '${name}' reached the engine`);
        return BUILTINS[name].run(ctx);
    },
    describe: (name) => (Object.hasOwn(BUILTINS, name) ? BUILTINS[name].words : { zh: `内置检查 ${name}`, en: `builtin check ${name}` }),
};
