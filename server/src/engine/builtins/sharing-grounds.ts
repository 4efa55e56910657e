import { defineMessages } from '../../i18n/message.js';
import type { Builtin } from '../checks/outcome.js';

const M = defineMessages('sharingGrounds', {
    marketing: {
        zh: '政策为“{name}”写明了同意以外的提供依据，但它接收个人信息用于广告或营销：订立、履行合同或履行法定义务都不需要这样提供，仍须取得单独同意',
        en: "the policy states a ground other than consent for '{name}', which receives the data for advertising or marketing: no contract or legal duty needs that, so separate consent is still owed",
    },
});

/** A recipient named for advertising, marketing or profiling (the words of its own text). */
const MARKETING = /广告|营销|推广|推送|精准|画像|数据合作|商业合作|advertis|marketing|promotion/i;

/**
 * 个人信息保护法 art. 13 para. 2 spares consent only where a contract with the person or a legal duty needs the data
 * (or the recipient merely processes it for the company, art. 21). A recipient whose own text says it gets the data for
 * advertising or marketing needs neither, so a ground stated for it is no ground (an interpretation): without separate
 * consent, violated at that recipient.
 */
export const sharingGrounds: Builtin = ({ model }) => {
    const p = model.privacy;
    const grounded = p ? p.thirdParties.filter((t) => !p.consentRecipients.includes(t)) : [];
    const marketing = p && !p.separateConsent ? grounded.find((t) => MARKETING.test(t.value)) : undefined;
    if (!marketing) return { status: 'satisfied', at: p?.head ?? model.head, evidence: grounded.map((t) => t.src) };
    return { status: 'violated', at: marketing.src, evidence: [marketing.src], detail: M.marketing({ name: marketing.value }) };
};
