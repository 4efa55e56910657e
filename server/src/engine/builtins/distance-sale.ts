import type { Category } from '../../model/types.js';
import type { Builtin } from '../checks/outcome.js';

/** Product types the law itself exempts from the 7-day no-reason return (消费者权益保护法 art. 25). */
const EXEMPT_KINDS = new Set(['perishable', 'digital', 'periodical']);

const exempt = (c: Category) => c.custom || (c.kind?.value !== undefined && EXEMPT_KINDS.has(c.kind.value));
/** Sold to businesses only: no consumer, no consumer right. */
const businessOnly = (c: Category) => c.buyers.length > 0 && c.buyers.every((b) => b.value === 'businesses');

/**
 * Does the policy sell, at a distance, goods that carry the 7-day no-reason right? True when some
 * category is sold online to consumers and is neither made to order nor of a statutorily exempt type. Wording
 * that refuses or narrows that right is unlawful only then (an offline shop owes no such right).
 */
export const distanceSaleNonExempt: Builtin = ({ model }) => {
    const c = model.products?.categories.find((x) => x.sales.some((s) => s.value === 'online') && !exempt(x) && !businessOnly(x));
    return c ? { status: 'satisfied', at: c.head, evidence: [c.head] } : { status: 'not-applicable', at: model.head, evidence: [] };
};
