import { defineMessages } from '../../i18n/message.js';

const M = defineMessages('defectShippingBySeller', {
    missing: { zh: '政策未写明质量问题退换货的运费由谁承担（法律规定由经营者承担）', en: 'the policy does not say who pays shipping for defective goods (the law puts it on the business)' },
    'missing-service': { zh: '政策未写明服务不符合质量要求而退款、更换或修理时，运输等必要费用由谁承担（法律规定由经营者承担）', en: 'the policy does not say who bears transport and other necessary costs when a service below quality is refunded, replaced or repaired (the law puts them on the business)' },
    buyer: { zh: '质量问题退换货运费写为由“{payer}”承担，法律规定由经营者承担', en: "shipping for defective goods is put on '{payer}'; the law puts it on the business" },
});

import type { Builtin } from '../checks/outcome.js';
import { servicesOnly } from './consumer-scope.js';

/**
 * 消费者权益保护法 art. 24: for goods or services below quality the business bears transport and
 * other necessary costs of the return, exchange or repair. The policy must say the seller pays
 * return shipping for defects; a services-only policy is asked in the words of a service.
 */
export const defectShippingBySeller: Builtin = ({ model }) => {
    const returns = model.returns;
    const defect = returns?.shipping.filter((s) => s.case.value === 'defect') ?? [];
    if (!defect.length) {
        return {
            status: 'not-addressed', at: returns?.head ?? model.head, evidence: [],
            detail: servicesOnly(model) ? M['missing-service']() : M.missing(),
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
