import { defineMessages } from '../../i18n/message.js';

const M = defineMessages('defectShippingBySeller', {
    missing: { zh: '政策未写明质量问题退换货的运费由谁承担（法律规定由经营者承担）', en: 'the policy does not say who pays shipping for defective goods (the law puts it on the business)' },
    buyer: { zh: '质量问题退换货运费写为由“{payer}”承担，法律规定由经营者承担', en: "shipping for defective goods is put on '{payer}'; the law puts it on the business" },
});

import type { Builtin } from '../checks/outcome.js';

/**
 * 消费者权益保护法 art. 24: for goods with quality problems the business bears transport and
 * other necessary costs. The policy must say the seller pays return shipping for defects.
 */
export const defectShippingBySeller: Builtin = ({ model }) => {
    const returns = model.returns;
    const defect = returns?.shipping.filter((s) => s.case.value === 'defect') ?? [];
    if (!defect.length) {
        return {
            status: 'not-addressed', at: returns?.head ?? model.head, evidence: [],
            detail: M.missing(),
            fix: { kind: 'insert', path: 'returns.shipping[case=defect]', into: returns?.src, value: 'seller' },
        };
    }
    const bad = defect.find((s) => s.payer.value !== 'seller');
    if (!bad) return { status: 'satisfied', at: defect[0].src, evidence: defect.map((s) => s.src) };
    return {
        status: 'violated', at: bad.payer.src, evidence: [bad.src],
        detail: M.buyer({ payer: bad.payer.text }),
        fix: { kind: 'replace', src: bad.payer.src, text: { zh: '商家', en: 'seller' } },
    };
};
