import type { Builtin } from '../checks/outcome.js';
import { buyersStated, consumerSales, distanceSale, distanceSaleReturnable } from './consumer-scope.js';
import { defectShippingBySeller } from './defect-shipping-by-seller.js';
import { failedRepairs } from './failed-repairs.js';
import { noReasonExemptions } from './no-reason-exemptions.js';

/** The named TypeScript checks catalogs may call with `builtin: <name>`. */
export const BUILTINS: Record<string, Builtin> = {
    'defect-shipping-by-seller': defectShippingBySeller,
    'no-reason-exemptions': noReasonExemptions,
    'consumer-sales': consumerSales,
    'buyers-stated': buyersStated,
    'distance-sale': distanceSale,
    'distance-sale-returnable': distanceSaleReturnable,
    'failed-repairs': failedRepairs,
};
