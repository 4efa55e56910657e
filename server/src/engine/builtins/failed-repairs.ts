import { defineMessages } from '../../i18n/message.js';
import type { Builtin } from '../checks/outcome.js';

/** The national 三包 rules: still failing after two repairs within the period → exchange or refund. */
const REPAIRS = 2;

const M = defineMessages('failedRepairs', {
    missing: {
        zh: '政策未写明三包期内经{repairs}次修理仍不能正常使用的商品可换货或退货',
        en: 'the policy does not say that goods still failing after {repairs} repairs in the warranty period are exchanged or refunded',
    },
    refused: {
        zh: '政策拒绝为经{count}次修理仍不能正常使用的商品换货或退货，三包规定要求换货或退货',
        en: 'the policy refuses an exchange or refund for goods still failing after {count} repairs; the 三包 rules require one',
    },
    more: {
        zh: '政策要求修理{count}次后才换货或退货，三包规定为{repairs}次',
        en: 'the policy exchanges or refunds only after {count} repairs; the 三包 rules say after {repairs}',
    },
});

/**
 * 部分商品修理更换退货责任规定 art. 11 and the category rules: goods that still do not work
 * after two repairs in the 三包 period are exchanged (or refunded) free of charge. A policy that
 * refuses it, or asks for more repairs first, breaks the rule.
 */
export const failedRepairs: Builtin = ({ model }) => {
    const rule = model.returns?.failedRepairs;
    if (!rule) {
        return {
            status: 'not-addressed', at: model.returns?.head ?? model.head, evidence: [],
            detail: M.missing({ repairs: REPAIRS }),
            fix: { kind: 'insert', path: 'returns.failedRepairs', into: model.returns?.src, value: `${REPAIRS}` },
        };
    }
    if (rule.remedy === 'refused') {
        return {
            status: 'violated', at: rule.src, evidence: [rule.src],
            detail: M.refused({ count: rule.count }),
            fix: { kind: 'replace', src: rule.src, text: { zh: `修理后仍故障 ${REPAIRS} 次 换货或退货`, en: `failed-repairs ${REPAIRS} exchange-or-refund` } },
        };
    }
    if (rule.count > REPAIRS) {
        return {
            status: 'violated', at: rule.src, evidence: [rule.src],
            detail: M.more({ count: rule.count, repairs: REPAIRS }),
            fix: { kind: 'replace', src: rule.src, text: { zh: `修理后仍故障 ${REPAIRS} 次 换货或退货`, en: `failed-repairs ${REPAIRS} exchange-or-refund` } },
        };
    }
    return { status: 'satisfied', at: rule.src, evidence: [rule.src] };
};
