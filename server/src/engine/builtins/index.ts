import type { Builtin } from '../checks/outcome.js';
import { defectShippingBySeller } from './defect-shipping-by-seller.js';
import { distanceSaleNonExempt } from './distance-sale.js';
import { failedRepairs } from './failed-repairs.js';
import { noReasonExemptions } from './no-reason-exemptions.js';

/** The named TypeScript checks catalogs may call with `builtin: <name>`. */
export const BUILTINS: Record<string, Builtin> = {
    'defect-shipping-by-seller': defectShippingBySeller,
    'no-reason-exemptions': noReasonExemptions,
    'failed-repairs': failedRepairs,
    'distance-sale-non-exempt': distanceSaleNonExempt,
};
