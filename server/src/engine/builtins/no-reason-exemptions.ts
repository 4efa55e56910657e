import { defineMessages } from '../../i18n/message.js';
import type { Builtin } from '../checks/outcome.js';

const M = defineMessages('noReasonExemptions', {
    unconfirmed: {
        zh: '“{text}”不属于法定的无理由退货除外商品；须在购买时经消费者确认（写明 购买时确认）或删去',
        en: "'{text}' is not a statutory exclusion from no-reason returns; it needs the consumer's confirmation at purchase (write confirmed-at-purchase) or must go",
    },
});

/**
 * 消费者权益保护法 art. 25 and 实施条例 art. 19: only the statutory kinds (custom-made, perishable,
 * downloaded/unsealed digital goods, periodicals) are excluded by law. Any other exclusion needs the
 * consumer's confirmation at purchase (never a pre-ticked default) — the policy must say so, on the
 * return rule's exemption list or on the category that states it.
 */
export const noReasonExemptions: Builtin = ({ model }) => {
    const noReason = model.returns?.noReason;
    const listed = noReason && !noReason.confirmed ? noReason.exemptions.filter((e) => e.kind === undefined) : [];
    const onCategories = (model.products?.categories ?? []).flatMap((c) => (c.exempt && c.exempt.kind === undefined && !c.exempt.confirmed ? [c.exempt] : []));
    const extra = [...onCategories, ...listed];
    if (!extra.length) {
        const stated = [...(noReason ? [noReason.src] : []), ...(model.products?.categories ?? []).flatMap((c) => (c.exempt ? [c.exempt.src] : []))];
        return stated.length ? { status: 'satisfied', at: stated[0], evidence: stated } : { status: 'not-applicable', at: model.head, evidence: [] };
    }
    const first = extra[0];
    return {
        status: 'violated', at: first.src, evidence: extra.map((e) => e.src),
        detail: M.unconfirmed({ text: first.text }),
        fix: { kind: 'remove-text', src: first.src },
    };
};
