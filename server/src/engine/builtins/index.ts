import type { Builtin } from '../checks/outcome.js';
import type { Primitive } from '../checks/primitive.js';
import { buyersStated, consumerSales, distanceSale, distanceSaleReturnable } from './consumer-scope.js';
import { defectShippingBySeller } from './defect-shipping-by-seller.js';
import { noReasonExemptions } from './no-reason-exemptions.js';

/** The named TypeScript checks catalogs may call with `builtin: <name>`. */
export const BUILTINS: Record<string, Builtin> = {
    'defect-shipping-by-seller': defectShippingBySeller,
    'no-reason-exemptions': noReasonExemptions,
    'consumer-sales': consumerSales,
    'buyers-stated': buyersStated,
    'distance-sale': distanceSale,
    'distance-sale-returnable': distanceSaleReturnable,
};

/** The model paths each builtin reads (builtins are code: their paths are stated here, for the clause index). */
export const BUILTIN_PATHS: Record<string, string[]> = {
    'defect-shipping-by-seller': ['returns.shipping'],
    'no-reason-exemptions': ['returns.noReason.exemptions', 'returns.noReason.confirmed'],
    'consumer-sales': ['products.categories.buyers'],
    'buyers-stated': ['products.categories.buyers'],
    'distance-sale': ['products.categories.sales', 'products.categories.buyers'],
    'distance-sale-returnable': ['products.categories.sales', 'products.categories.buyers', 'products.categories.kind'],
};

/** What each builtin checks, in the writer's words. */
const BUILTIN_WORDS: Record<string, { zh: string; en: string }> = {
    'defect-shipping-by-seller': { zh: '写明质量问题退货的运费由卖方承担', en: 'states that the seller pays return shipping for defective goods' },
    'no-reason-exemptions': { zh: '无理由退货的除外商品仅限法定种类，或经购买时确认', en: 'no-reason return exclusions are the statutory kinds, or confirmed at purchase' },
    'consumer-sales': { zh: '有产品品类面向消费者销售（或未写明客户类型）', en: 'some product category is sold to consumers (or names no buyers)' },
    'buyers-stated': { zh: '每个产品品类都写明客户类型', en: 'every product category states its buyers' },
    'distance-sale': { zh: '有产品品类以线上等远程方式向消费者销售', en: 'some product category is sold to consumers at a distance (online and the like)' },
    'distance-sale-returnable': { zh: '有远程销售给消费者、且不属于法定除外的产品品类', en: 'some product category is sold to consumers at a distance and is not exempt by law' },
};

export const builtinPrimitive: Primitive<string> = {
    schema: { description: 'A named TypeScript check in server/src/engine/builtins/.', type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
    paths: (name) => (BUILTIN_PATHS[name] ?? []).map((path) => ({ path, at: [] })),
    validate: (name, report) => {
        if (!(name in BUILTINS)) report([], { zh: `未知的内置检查“${name}”；可用：${Object.keys(BUILTINS).join('、')}`, en: `unknown builtin '${name}'; available: ${Object.keys(BUILTINS).join(', ')}` });
    },
    run: (ctx, name) => BUILTINS[name](ctx),
    describe: (name) => BUILTIN_WORDS[name] ?? { zh: `内置检查 ${name}`, en: `builtin check ${name}` },
};
