/**
 * Every kind of change `aspl diff` reports, with its class for the customer and its title.
 * One table: the kind id (stable, part of the JSON schema), the class and the words are defined
 * here once; the engine only picks ids, the faces only render them.
 */
import type { Bilingual } from '../i18n/locale.js';

export type ChangeClass = 'worse' | 'better' | 'neutral';
export const CLASS_ORDER: readonly ChangeClass[] = ['worse', 'better', 'neutral'];

export interface KindInfo { class: ChangeClass; title: Bilingual }

/** Which way a duration is good for the customer: a longer warranty, a shorter wait. */
type Direction = 'more' | 'less';

/** The words of a duration field's changes: [worse, better, may be worse]. */
const VERBS: Record<'period' | 'time' | 'retention', Record<DurationOutcome, Bilingual & { id: string }>> = {
    period: {
        worse: { id: 'shortened', zh: '缩短', en: 'shortened' },
        better: { id: 'lengthened', zh: '延长', en: 'lengthened' },
        mayWorse: { id: 'may-be-shortened', zh: '可能缩短（工作日与自然日按最不利情况比较）', en: 'may be shortened (working vs calendar days, worst case)' },
        recounted: { id: 'recounted', zh: '改变计法（不会缩短）', en: 'counted in other days (never shorter)' },
        added: { id: 'added', zh: '新增', en: 'added' },
        removed: { id: 'removed', zh: '取消', en: 'removed' },
    },
    time: {
        worse: { id: 'slower', zh: '变慢', en: 'slower' },
        better: { id: 'faster', zh: '加快', en: 'faster' },
        mayWorse: { id: 'may-be-slower', zh: '可能变慢（工作日与自然日按最不利情况比较）', en: 'may be slower (working vs calendar days, worst case)' },
        recounted: { id: 'recounted', zh: '改变计法（不会变慢）', en: 'counted in other days (never slower)' },
        added: { id: 'added', zh: '新增承诺', en: 'promised' },
        removed: { id: 'removed', zh: '不再承诺', en: 'no longer promised' },
    },
    retention: {
        worse: { id: 'lengthened', zh: '延长', en: 'lengthened' },
        better: { id: 'shortened', zh: '缩短', en: 'shortened' },
        mayWorse: { id: 'may-be-lengthened', zh: '可能延长（工作日与自然日按最不利情况比较）', en: 'may be lengthened (working vs calendar days, worst case)' },
        recounted: { id: 'recounted', zh: '改变计法（不会延长）', en: 'counted in other days (never longer)' },
        added: { id: 'added', zh: '写明期限', en: 'stated' },
        removed: { id: 'removed', zh: '不再写明期限', en: 'no longer stated' },
    },
};

/** The duration commitments compared, with the direction that favours the customer. */
export const DURATION_FIELDS = {
    'warranty-period': { direction: 'more', verbs: 'period', label: { zh: '保修期', en: 'warranty period' } },
    'spare-parts-period': { direction: 'more', verbs: 'period', label: { zh: '备件保留期', en: 'spare-parts retention period' } },
    'repair-time': { direction: 'less', verbs: 'time', label: { zh: '维修时限', en: 'repair time' } },
    'response-time': { direction: 'less', verbs: 'time', label: { zh: '响应时限', en: 'response time' } },
    'resolution-time': { direction: 'less', verbs: 'time', label: { zh: '解决时限', en: 'resolution time' } },
    'escalation-time': { direction: 'less', verbs: 'time', label: { zh: '升级处理时限', en: 'escalation time' } },
    'refund-time': { direction: 'less', verbs: 'time', label: { zh: '退款时限', en: 'refund time' } },
    'follow-up-time': { direction: 'less', verbs: 'time', label: { zh: '回访时限', en: 'follow-up time' } },
    'no-reason-window': { direction: 'more', verbs: 'period', label: { zh: '无理由退货期限', en: 'no-reason return window' } },
    'exchange-window': { direction: 'more', verbs: 'period', label: { zh: '换货期限', en: 'exchange window' } },
    'defect-return-window': { direction: 'more', verbs: 'period', label: { zh: '质量问题退货期限', en: 'faulty-goods return window' } },
    'privacy-retention': { direction: 'less', verbs: 'retention', label: { zh: '个人信息保存期限', en: 'personal-data retention period' } },
    // household cars: the 三包 period in which exchange and refund are owed, and the windows of the car rule's cases
    'sanbao-period': { direction: 'more', verbs: 'period', label: { zh: '三包有效期', en: '三包 period (car exchange or refund)' } },
    'car-return-window': { direction: 'more', verbs: 'period', label: { zh: '换车退车期限', en: 'car exchange-or-refund window' } },
    // the repair days after which a car is exchanged or refunded: a higher threshold makes the customer wait longer
    // the days one repair may take before a loaner car is owed: more days, a longer wait without a car
    'car-loaner-after': { direction: 'less', verbs: 'retention', label: { zh: '提供备用车前的单次修理天数', en: 'days one repair may take before a loaner car' } },
    'car-repair-days': { direction: 'less', verbs: 'retention', label: { zh: '换车退车的累计修理天数门槛', en: 'repair-days threshold for a car exchange or refund' } },
} as const satisfies Record<string, { direction: Direction; verbs: keyof typeof VERBS; label: Bilingual }>;
export type DurationField = keyof typeof DURATION_FIELDS;
/**
 * `recounted`: working days became calendar days (or back) and the new figure is never worse in
 * any calendar, but not better in every one either (5 working days → 5 days): neutral.
 */
export type DurationOutcome = 'worse' | 'better' | 'mayWorse' | 'added' | 'removed' | 'recounted';

/** Kinds that are not a duration moving one way or the other. */
const FIXED = {
    'warranty-cover-removed': ['worse', '不再保修的部件', 'part no longer under warranty'],
    'warranty-cover-added': ['better', '新增保修部件', 'part now under warranty'],
    'warranty-start-changed': ['neutral', '保修期起算时点变化', 'warranty start changed'],
    'wear-part-added': ['neutral', '新增易损件', 'wear part listed'],
    'wear-part-removed': ['neutral', '删除易损件', 'wear part no longer listed'],
    'recall-removed': ['worse', '不再写明召回制度', 'recall practice no longer stated'],
    'recall-added': ['better', '写明召回制度', 'recall practice stated'],
    'fee-added': ['worse', '新增收费', 'fee added'],
    'fee-removed': ['better', '取消收费', 'fee removed'],
    'fee-raised': ['worse', '收费提高', 'fee raised'],
    'fee-lowered': ['better', '收费降低', 'fee lowered'],
    'fee-renamed': ['neutral', '收费项目改名', 'fee renamed'],
    'fee-unit-changed': ['neutral', '计价单位变化', 'fee unit changed'],
    // A price that becomes "by agreement" / "quoted after inspection" tells the customer less.
    'fee-price-withdrawn': ['worse', '收费不再标明金额', 'fee no longer states its price'],
    'fee-price-stated': ['better', '收费改为标明金额', 'fee now states its price'],
    'fee-disclosure-removed': ['worse', '不再事先告知收费', 'fee no longer disclosed before service'],
    'fee-disclosure-added': ['better', '收费改为事先告知', 'fee now disclosed before service'],
    'channel-removed': ['worse', '取消服务渠道', 'channel removed'],
    'channel-added': ['better', '新增服务渠道', 'channel added'],
    'channel-renamed': ['neutral', '服务渠道改名', 'channel renamed'],
    'channel-contact-changed': ['neutral', '渠道联系方式变化', 'channel contact changed'],
    'channel-kind-changed': ['neutral', '渠道类型变化', 'channel type changed'],
    'channel-hours-reduced': ['worse', '服务时间缩短', 'hours reduced'],
    'channel-hours-extended': ['better', '服务时间延长', 'hours extended'],
    'channel-hours-removed': ['worse', '不再写明服务时间', 'hours no longer stated'],
    'channel-hours-added': ['better', '写明服务时间', 'hours stated'],
    'outlet-removed': ['worse', '取消服务网点', 'outlet removed'],
    'outlet-added': ['better', '新增服务网点', 'outlet added'],
    'outlet-renamed': ['neutral', '服务网点改名', 'outlet renamed'],
    'outlet-address-changed': ['neutral', '网点地址变化', 'outlet address changed'],
    'outlet-kind-changed': ['neutral', '网点类型变化', 'outlet type changed'],
    'service-removed': ['worse', '取消服务项目', 'service removed'],
    'service-added': ['better', '新增服务项目', 'service added'],
    'service-relabelled': ['neutral', '服务项目改名', 'service renamed'],
    'service-now-charged': ['worse', '服务改为收费', 'service now charged'],
    'service-now-free': ['better', '服务改为免费', 'service now free'],
    'service-pricing-changed': ['neutral', '服务收费说明变化', 'service pricing changed'],
    'service-channel-removed': ['worse', '服务不再经此渠道受理', 'service no longer taken through a channel'],
    'service-channel-added': ['better', '服务新增受理渠道', 'service now taken through a channel'],
    'service-area-changed': ['neutral', '服务范围变化', 'service area changed'],
    'loaner-removed': ['worse', '不再提供代用品', 'loaner no longer offered'],
    'loaner-added': ['better', '提供代用品', 'loaner offered'],
    'escalation-target-changed': ['neutral', '升级处理对象变化', 'escalation contact changed'],
    // A period that ends at a mileage too ("2 years or 50000 km") ends sooner with a lower one.
    'mileage-lowered': ['worse', '里程上限降低', 'mileage limit lowered'],
    'mileage-raised': ['better', '里程上限提高', 'mileage limit raised'],
    'mileage-limit-added': ['worse', '新增里程上限（以先到者为准）', 'mileage limit added (whichever comes first)'],
    'mileage-limit-removed': ['better', '取消里程上限', 'mileage limit removed'],
    // The customer pays price × km ÷ 1000 × n on a car exchange or refund: a higher n costs more.
    'car-loaner-allowance-added': ['worse', '备用车改为可用交通补偿代替', 'loaner car may now be replaced by a transport allowance'],
    'car-loaner-allowance-removed': ['better', '不再以交通补偿代替备用车', 'loaner car no longer replaced by a transport allowance'],
    'car-repeat-repairs-raised': ['worse', '换车退车的同一问题修理次数门槛提高', 'same-problem repair count for a car exchange or refund raised'],
    'car-repeat-repairs-lowered': ['better', '换车退车的同一问题修理次数门槛降低', 'same-problem repair count for a car exchange or refund lowered'],
    'car-repeat-repairs-removed': ['worse', '不再写明同一问题多次修理后换车退车', 'car exchange or refund after repeat repairs no longer stated'],
    'car-repeat-repairs-added': ['better', '写明同一问题多次修理后换车退车', 'car exchange or refund after repeat repairs stated'],
    'usage-compensation-raised': ['worse', '使用补偿系数提高', 'use-charge coefficient raised'],
    'usage-compensation-lowered': ['better', '使用补偿系数降低', 'use-charge coefficient lowered'],
    'usage-compensation-added': ['neutral', '写明使用补偿系数', 'use-charge coefficient stated'],
    'usage-compensation-removed': ['neutral', '不再写明使用补偿系数', 'use-charge coefficient no longer stated'],
    // New, second-hand or refurbished says what the goods are, not what is promised: neutral, but shown.
    'goods-condition-changed': ['neutral', '商品成色变化', 'goods condition changed'],
    'condition-disclosure-removed': ['worse', '不再售前告知商品实际状况', 'actual condition no longer told before the sale'],
    'condition-disclosure-added': ['better', '售前告知商品实际状况', 'actual condition told before the sale'],
    'risk-notice-removed': ['worse', '不再提供跨境购物风险告知书', 'cross-border risk notice no longer given'],
    'risk-notice-added': ['better', '提供跨境购物风险告知书', 'cross-border risk notice given'],
    'window-start-changed': ['neutral', '期限起算时点变化', 'start of a time limit changed'],
    'no-reason-exemption-added': ['worse', '新增不适用无理由退货的商品', 'goods excluded from no-reason returns'],
    'no-reason-exemption-removed': ['better', '恢复无理由退货的商品', 'goods no longer excluded from no-reason returns'],
    'no-reason-confirmation-removed': ['worse', '不再在购买时确认除外商品', 'exclusions no longer confirmed at purchase'],
    'no-reason-confirmation-added': ['better', '购买时确认除外商品', 'exclusions confirmed at purchase'],
    'refund-original-method-removed': ['worse', '不再原路退款', 'refund no longer to the original payment method'],
    'refund-original-method-added': ['better', '改为原路退款', 'refund to the original payment method'],
    'return-condition-added': ['worse', '新增退换货条件', 'return condition added'],
    'return-condition-removed': ['better', '删除退换货条件', 'return condition removed'],
    'freight-shifted-to-buyer': ['worse', '运费改由顾客承担', 'freight now paid by the customer'],
    'freight-shifted-to-seller': ['better', '运费改由商家承担', 'freight now paid by the business'],
    'freight-payer-changed': ['neutral', '运费承担方变化', 'freight payer changed'],
    'freight-seller-pays-removed': ['worse', '不再写明商家承担运费', 'business-paid freight no longer stated'],
    'freight-seller-pays-added': ['better', '写明商家承担运费', 'business-paid freight stated'],
    'freight-buyer-pays-added': ['worse', '写明顾客承担运费', 'customer-paid freight stated'],
    'freight-buyer-pays-removed': ['better', '不再要求顾客承担运费', 'customer-paid freight no longer stated'],
    'third-party-sharing-added': ['worse', '新增个人信息接收方', 'personal data shared with a new third party'],
    'third-party-sharing-removed': ['better', '不再向此第三方提供个人信息', 'personal data no longer shared with a third party'],
    'separate-consent-removed': ['worse', '不再单独征得同意', 'separate consent no longer asked'],
    'separate-consent-added': ['better', '向第三方提供前单独征得同意', 'separate consent asked before sharing'],
    'privacy-purpose-changed': ['neutral', '个人信息使用目的变化', 'purpose of personal data changed'],
    'security-measure-removed': ['worse', '删除安全措施', 'security measure removed'],
    'security-measure-added': ['better', '新增安全措施', 'security measure added'],
    'payment-method-removed': ['worse', '取消支付方式', 'payment method removed'],
    'payment-method-added': ['better', '新增支付方式', 'payment method added'],
    'provider-changed': ['neutral', '服务提供方信息变化', 'provider details changed'],
    'statement-added': ['neutral', '新增声明', 'statement added'],
    'statement-removed': ['neutral', '删除声明', 'statement removed'],
    'void-wording-added': ['worse', '新增无效格式条款表述', 'void standard-term wording added'],
    'policy-added': ['neutral', '新增政策文件', 'policy file added'],
    'policy-removed': ['neutral', '删除政策文件', 'policy file removed'],
} as const satisfies Record<string, readonly [ChangeClass, string, string]>;

export type DurationKind = `${DurationField}-${(typeof VERBS)[keyof typeof VERBS][DurationOutcome]['id']}`;
export type ChangeKind = keyof typeof FIXED | DurationKind;

const WORSE_OUTCOMES: Record<DurationOutcome, ChangeClass> = { worse: 'worse', mayWorse: 'worse', removed: 'worse', better: 'better', added: 'better', recounted: 'neutral' };

/** The kind id of a duration field's change. */
export function durationKind(field: DurationField, outcome: DurationOutcome): ChangeKind {
    return `${field}-${VERBS[DURATION_FIELDS[field].verbs][outcome].id}` as ChangeKind;
}

function buildKinds(): Map<string, KindInfo> {
    const kinds = new Map<string, KindInfo>();
    for (const [field, spec] of Object.entries(DURATION_FIELDS) as Array<[DurationField, (typeof DURATION_FIELDS)[DurationField]]>) {
        for (const outcome of Object.keys(WORSE_OUTCOMES) as DurationOutcome[]) {
            const verb = VERBS[spec.verbs][outcome];
            kinds.set(durationKind(field, outcome), {
                class: WORSE_OUTCOMES[outcome],
                title: { zh: `${spec.label.zh}${verb.zh}`, en: `${spec.label.en} ${verb.en}` },
            });
        }
    }
    for (const [id, [cls, zh, en]] of Object.entries(FIXED)) kinds.set(id, { class: cls, title: { zh, en } });
    return kinds;
}

export const KINDS: ReadonlyMap<string, KindInfo> = buildKinds();

export function kindInfo(kind: ChangeKind): KindInfo {
    return KINDS.get(kind)!;
}

/** The class words, as every face shows them. */
export const CLASS_LABELS: Record<ChangeClass, Bilingual> = {
    worse: { zh: '不利', en: 'worse' },
    better: { zh: '有利', en: 'better' },
    neutral: { zh: '中性', en: 'neutral' },
};

/** The label of a duration field (the subject of a `window-start-changed`). */
export function fieldLabel(field: string): Bilingual | undefined {
    return (DURATION_FIELDS as Record<string, { label: Bilingual }>)[field]?.label;
}

/**
 * Kinds a customer notice leaves out: renamed identifiers and labels (nothing changed for the
 * customer), review-only findings (void wording is fixed, not announced) and whole files.
 */
const NOT_FOR_CUSTOMERS: ReadonlySet<string> = new Set([
    'channel-renamed', 'outlet-renamed', 'fee-renamed', 'service-relabelled', 'void-wording-added',
    'statement-added', 'statement-removed', 'policy-added', 'policy-removed',
]);

export function forCustomers(kind: ChangeKind): boolean {
    return !NOT_FOR_CUSTOMERS.has(kind);
}
