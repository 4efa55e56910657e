/**
 * Every word the notice itself contributes (headings, column names, the customer-facing names of
 * vocabulary values), in Chinese and English. Facts never come from here: only from the PolicyModel.
 */
import type { Bilingual, Lang } from '../../i18n/locale.js';
import { say } from '../../i18n/message.js';
import type { VagueFrequency, Word } from '../../model/types.js';
import type {
    AgreementItem, ChannelKind, DaySpec, ExemptionKind, OutletKind, Payer, PaymentMethod, ProcessStep, Region, DataRight, WarrantyExclusion,
    ServiceKind, ShippingCase, StartEvent, SurveyMethod, GoodsCondition, CarReturnCase,
} from '../../parse/vocabulary.js';
import { CJK } from '../../shared/cjk.js';


export const T = {
    noticeKind: { zh: '售后服务公告', en: 'After-sales service notice' },
    version: { zh: '版本', en: 'Version' },
    effective: { zh: '生效日期', en: 'Effective from' },
    effectiveMeta: { zh: '{date} 起生效', en: 'effective {date}' },
    contents: { zh: '目录', en: 'Contents' },

    draftTitle: { zh: '草稿 / DRAFT', en: 'DRAFT / 草稿' },
    draftIntro: {
        zh: '本公告依据的售后服务政策尚有 {n} 项合规错误，仅供内部审阅，请勿对外发布。未解决的问题：',
        en: 'The service policy behind this notice still has {n} compliance {errors}. For internal review only: do not publish it. Open findings:',
    },
    draftUnchecked: {
        zh: '本公告依据的售后服务政策未经合规检查，仅供内部审阅，请勿对外发布。',
        en: 'The service policy behind this notice has not been checked for compliance. For internal review only: do not publish it.',
    },

    scope: { zh: '适用范围', en: 'What this notice covers' },
    scopeIntro: { zh: '本公告适用于以下商品：', en: 'This notice applies to:' },
    customGoods: { zh: '定制商品', en: 'custom-made' },
    crossBorder: { zh: '跨境电商零售进口', en: 'cross-border retail import' },
    conditionDisclosed: { zh: '售前如实告知商品实际状况（含瑕疵）', en: 'its actual condition, defects included, told to you before the sale' },
    riskNotice: { zh: '下单前提供风险告知书，经您确认', en: 'a risk notice you confirm before ordering' },

    promise: { zh: '我们的服务承诺', en: 'Our service promise' },
    promiseIntro: { zh: '各项服务的响应和解决时限：', en: 'How quickly we respond to and resolve each request:' },
    service: { zh: '服务项目', en: 'Service' },
    charge: { zh: '收费', en: 'Charge' },
    via: { zh: '受理渠道', en: 'How to ask' },
    respond: { zh: '响应时限', en: 'We respond' },
    resolve: { zh: '解决时限', en: 'We resolve' },
    within: { zh: '{d}内', en: 'within {d}' },
    arrive: { zh: '上门到场时限', en: 'We arrive on site' },
    afterArrival: { zh: '到场后{d}内', en: 'within {d} of arrival' },
    estimate: { zh: '预计{d}（预估，非承诺）', en: 'about {d} (an estimate, not a promise)' },
    regionTime: { zh: '{region}{d}', en: '{region}: {d}' },
    noLoaner: { zh: '不提供代用品', en: 'no substitute is lent' },
    notStated: { zh: '未注明', en: 'not stated' },
    serviceDetails: { zh: '服务说明', en: 'Service details' },
    area: { zh: '服务范围', en: 'Service area' },
    loaner: { zh: '代用品', en: 'Substitute while we repair' },
    steps: { zh: '服务流程', en: 'How it works' },
    record: { zh: '服务记录', en: 'Records' },
    escalation: { zh: '升级处理', en: 'Escalation' },
    escalationText: { zh: '超过{d}仍未解决的，升级至{to}处理', en: 'if not resolved within {d}, escalated to: {to}' },
    agreement: { zh: '服务协议', en: 'Service agreement' },
    agreementWritten: { zh: '我们与您签订书面服务协议，写明：{items}', en: 'We sign a written service agreement with you that states: {items}' },
    agreementItems: { zh: '服务协议写明：{items}', en: 'The service agreement states: {items}' },
    agreementOnly: { zh: '我们与您签订书面服务协议。', en: 'We sign a written service agreement with you.' },
    amendOnPublication: { zh: '本政策的修改自公布之日起生效。', en: 'Changes to these terms take effect when they are published.' },
    deemedAcceptance: { zh: '继续使用服务即视为同意本政策。', en: 'Continuing to use the service counts as accepting these terms.' },
    cancellation: { zh: '取消', en: 'Cancellation' },

    contact: { zh: '联系我们', en: 'How to reach us' },
    channel: { zh: '渠道', en: 'Channel' },
    contactCol: { zh: '联系方式', en: 'Contact' },
    hours: { zh: '服务时间', en: 'Hours' },
    always: { zh: '7×24 小时', en: '24 hours a day, 7 days a week' },
    outlets: { zh: '服务网点', en: 'Service outlets' },
    outletCount: { zh: '{kind}服务网点 {n} 个', en: '{n} {kind} service outlets' },
    outletCountAny: { zh: '服务网点 {n} 个', en: '{n} service outlets' },
    outlet: { zh: '网点', en: 'Outlet' },
    outletKind: { zh: '类型', en: 'Type' },
    address: { zh: '地址', en: 'Address' },

    charges: { zh: '收费标准', en: 'What is free and what costs' },
    freeServices: { zh: '免费服务', en: 'Free services' },
    paidServices: { zh: '收费服务', en: 'Charged services' },
    paidAfterWarranty: { zh: '保修期外收费的服务', en: 'Charged after the warranty period' },
    feeItem: { zh: '收费项目', en: 'Charge' },
    amount: { zh: '金额', en: 'Amount' },
    byAgreement: { zh: '与您协商确定', en: 'agreed with you' },
    afterInspection: { zh: '检测后报价', en: 'quoted after inspection' },
    atCost: { zh: '按成本收取', en: 'charged at cost' },
    per: { zh: '计价单位', en: 'Per' },
    disclosed: { zh: '服务前告知', en: 'Told before service' },
    yes: { zh: '是', en: 'yes' },
    allDisclosed: { zh: '以上收费项目均在提供服务前告知您。', en: 'We tell you about each of these charges before providing the service.' },
    payment: { zh: '支付方式', en: 'Ways to pay' },

    warranty: { zh: '保修', en: 'Warranty' },
    warrantyStart: { zh: '保修期{start}计算。', en: 'The warranty period runs {start}.' },
    part: { zh: '保修部件', en: 'Part' },
    period: { zh: '保修期', en: 'Warranty period' },
    wearParts: { zh: '易损件', en: 'Wear parts' },
    exclusions: { zh: '不在保修范围内', en: 'Not covered' },
    noInvoice: { zh: '未能出示发票的，保修期{start}计算{offset}。', en: 'Without an invoice, the warranty period runs {start}{offset}.' },
    noInvoiceOffset: { zh: '（后推{d}）', en: ' plus {d}' },
    purchasedFrom: { zh: '适用购买日期', en: 'For purchases' },
    purchasedFromText: { zh: '{date} 起购买', en: 'from {date}' },
    spareParts: { zh: '备件保留期', en: 'Spare parts kept for' },
    noSpareParts: { zh: '不保留备件', en: 'none kept' },
    repairTime: { zh: '维修时限', en: 'Repair time limit' },
    recall: { zh: '召回', en: 'Recalls' },
    mainPart: { zh: '主要部件：{part}', en: 'Main part: {part}' },
    carLoaner: { zh: '修理期间的备用车', en: 'Loaner car during repairs' },
    carLoanerText: { zh: '一次修理超过{d}的，提供备用车', en: 'a loaner car when one repair takes more than {d}' },
    carLoanerAllowance: { zh: '一次修理超过{d}的，提供备用车或支付合理的交通费用补偿', en: 'a loaner car, or a reasonable transport allowance, when one repair takes more than {d}' },
    sanbaoPeriod: { zh: '三包有效期（可换车、退车的期限）', en: '三包 period (when a car may be exchanged or returned)' },
    mileage: { zh: '{d}或{km}，以先到者为准', en: '{d} or {km}, whichever comes first' },
    km: { zh: '{n}公里', en: '{n} km' },
    repairTimeExcluded: { zh: '维修占用的时间不计入保修期。', en: 'Time spent on repairs does not count towards the warranty period.' },
    exchangeRestarts: { zh: '换货后，保修期自换货之日起重新计算。', en: 'After an exchange, the warranty period starts again from the exchange.' },

    returns: { zh: '退货、换货与退款', en: 'Returns, exchanges and refunds' },
    returnKind: { zh: '项目', en: 'What' },
    window: { zh: '期限', en: 'Time limit' },
    noReason: { zh: '无理由退货', en: 'Return without giving a reason' },
    notOffered: { zh: '不提供', en: 'not offered' },
    exchange: { zh: '换货', en: 'Exchange' },
    defectReturn: { zh: '质量问题退货', en: 'Return of faulty goods' },
    exemptions: { zh: '不适用无理由退货的商品', en: 'Not returnable without a reason' },
    confirmed: { zh: '不适用无理由退货的商品，在购买时经您确认。', en: 'Goods that cannot be returned without a reason are confirmed with you at purchase.' },
    refund: { zh: '退款', en: 'Refund' },
    refundText: { zh: '{d}内退款', en: 'within {d}' },
    originalMethod: { zh: '原路退回', en: 'to the original payment method' },
    conditions: { zh: '退换货条件', en: 'Conditions' },
    faultReturn: { zh: '性能故障退货', en: 'Return for a performance fault' },
    faultExchange: { zh: '性能故障换货', en: 'Exchange for a performance fault' },
    carReturn: { zh: '换车或退车：{case}', en: 'Car exchange or refund: {case}' },
    carRepairLimit: { zh: '多次修理后换车或退车', en: 'Car exchange or refund after repeated repairs' },
    carRepairDays: { zh: '三包有效期内因质量问题累计修理超过{d}', en: 'repairs for quality problems lasting more than {d} in all within the 三包 period' },
    carRepairRepeats: { zh: '或同一质量问题累计修理超过{n}次', en: 'or more than {n} repairs of the same quality problem' },
    usageCompensation: { zh: '使用补偿系数', en: 'Use-charge coefficient' },
    usageCompensationText: {
        zh: '{n}%（换车或退车时，按 车价款 × 行驶里程 ÷ 1000 公里 × {n}% 支付使用补偿费）',
        en: '{n}% (on an exchange or refund of the car you pay price × km driven ÷ 1,000 km × {n}% for its use)',
    },
    failedRepairs: { zh: '保修期内经{n}次修理仍不能正常使用的，可换货或退货。', en: 'If the goods still do not work after {n} repairs within the warranty period, you can have them exchanged or refunded.' },
    failedRepairsRefused: { zh: '保修期内经{n}次修理仍不能正常使用的，不予换货或退货。', en: 'Goods that still do not work after {n} repairs within the warranty period are not exchanged or refunded.' },
    shipping: { zh: '退货运费', en: 'Return shipping' },
    shippingCase: { zh: '情形', en: 'Case' },
    shippingPayer: { zh: '运费承担', en: 'Paid by' },
    shippingAfter: { zh: '{case}（{d}后）', en: '{case} (after {d})' },
    shippingGoods: { zh: '适用商品', en: 'Goods' },

    complaints: { zh: '投诉处理', en: 'Complaints' },
    complainVia: { zh: '投诉渠道', en: 'Where to complain' },
    complaintsIntro: { zh: '对我们的服务不满意时，您可以投诉：', en: 'If you are not satisfied with our service, you can complain:' },

    privacy: { zh: '个人信息保护', en: 'Your personal information' },
    purpose: { zh: '使用目的', en: 'What we use it for' },
    retention: { zh: '保存期限', en: 'How long we keep it' },
    thirdParties: { zh: '向第三方提供', en: 'Who we share it with' },
    separateConsent: { zh: '向第三方提供您的个人信息前，单独征得您的同意。', en: 'We ask for your separate consent before sharing your personal information.' },
    security: { zh: '安全措施', en: 'How we protect it' },
    requests: { zh: '查询、删除个人信息', en: 'To see or delete your information' },
    rights: { zh: '您的权利', en: 'Your rights' },
    rightsVia: { zh: '{rights}（通过{channels}）', en: '{rights} (through {channels})' },

    satisfaction: { zh: '满意度与回访', en: 'Satisfaction and follow-up' },
    followUp: { zh: '回访', en: 'Follow-up' },
    followUpText: { zh: '{d}内回访', en: 'within {d}' },
    followUpAfter: { zh: '每次{service}后回访', en: 'after each {service}' },
    reportEvery: { zh: '满意度书面报告', en: 'Written satisfaction report' },
    followUpVia: { zh: '，通过{channels}', en: ', by {channels}' },
    surveyMethods: { zh: '满意度调查方式', en: 'How we ask you' },
    surveyEvery: { zh: '调查周期', en: 'How often' },
    every: { zh: '每{d}', en: 'every {d}' },
    target: { zh: '满意度目标', en: 'Satisfaction target' },
    improvement: { zh: '改进措施', en: 'How we improve' },
    index: { zh: '满意度指数', en: 'Satisfaction index' },

    statements: { zh: '其他说明', en: 'Further statements' },

    changes: { zh: '本版变化', en: 'What changed in this version' },
    changesIntro: { zh: '与上一版本相比，以下服务条款有所变化：', en: 'Compared with the previous version, these terms have changed:' },

    provider: { zh: '服务提供方', en: 'Service provider' },
    providerName: { zh: '名称', en: 'Name' },
    licence: { zh: '统一社会信用代码', en: 'Unified social credit code' },
    businessScope: { zh: '经营范围', en: 'Business scope' },
    providerAddress: { zh: '地址', en: 'Address' },
    providerContact: { zh: '联系方式', en: 'Contact' },

    versionSection: { zh: '版本与生效日期', en: 'Version and effective date' },

    refuseErrors: {
        zh: '政策有 {n} 项合规错误（{ids}），未生成公告。请先修正，或以草稿方式生成（--draft），草稿带有“草稿”标记并列出这些问题。',
        en: 'The policy has {n} compliance {errors} ({ids}); no notice was produced. Fix them first, or produce a draft (--draft), which is marked DRAFT and lists them.',
    },
    placeholder: { zh: '“{text}”含占位文字“{word}”，须改为实际内容', en: "'{text}' still holds the placeholder '{word}'; write the real content" },
    refuseUnchecked: {
        zh: '政策未经合规检查，未生成公告。请检查政策，或以草稿方式生成（--draft）。',
        en: 'The policy has not been checked for compliance; no notice was produced. Check it, or produce a draft (--draft).',
    },
    refuseNoModel: {
        zh: '无法读取政策内容，未生成公告：请先修正语法错误。',
        en: 'The policy could not be read, so no notice was produced: fix its syntax errors first.',
    },
} as const satisfies Record<string, Bilingual>;

export const SERVICE_NAMES: Record<ServiceKind, Bilingual> = {
    consultation: { zh: '咨询', en: 'Questions and advice' },
    complaint: { zh: '投诉', en: 'Complaints' },
    installation: { zh: '安装', en: 'Installation' },
    repair: { zh: '维修', en: 'Repair' },
    maintenance: { zh: '保养', en: 'Maintenance' },
    'return-exchange': { zh: '退换货', en: 'Returns and exchanges' },
    training: { zh: '培训', en: 'Training' },
    delivery: { zh: '配送', en: 'Delivery' },
    'technical-support': { zh: '技术支持', en: 'Technical support' },
    measurement: { zh: '测量设计', en: 'Measuring and design' },
    construction: { zh: '施工', en: 'Construction' },
};

export const CHANNEL_KINDS: Record<ChannelKind, Bilingual> = {
    phone: { zh: '电话', en: 'phone' }, online: { zh: '在线', en: 'online' }, onsite: { zh: '现场', en: 'in person' }, email: { zh: '电子邮件', en: 'e-mail' },
    sms: { zh: '短信', en: 'text message' }, letter: { zh: '信函', en: 'post' }, fax: { zh: '传真', en: 'fax' }, board: { zh: '公告栏', en: 'notice board' },
};

export const REGION_NAMES: Record<Region, Bilingual> = {
    city: { zh: '城区', en: 'City' }, county: { zh: '县城及乡镇', en: 'Counties and towns' }, remote: { zh: '偏远地区', en: 'Remote areas' },
};

export const VAGUE_FREQUENCIES: Record<VagueFrequency, Bilingual> = {
    regular: { zh: '定期', en: 'regularly' }, occasional: { zh: '不定期', en: 'from time to time' },
};

export const EXCLUSIONS: Record<WarrantyExclusion, Bilingual> = {
    'human-damage': { zh: '人为损坏', en: 'damage caused by misuse or accident' }, 'unauthorised-repair': { zh: '未经授权的拆修', en: 'repair or opening by anyone we have not authorised' },
    wear: { zh: '正常磨损', en: 'normal wear and tear' }, 'force-majeure': { zh: '不可抗力造成的损坏', en: 'damage from force majeure' },
    liquid: { zh: '进水或进液造成的损坏', en: 'damage from water or other liquid getting inside' },
};

export const DATA_RIGHT_NAMES: Record<DataRight, Bilingual> = {
    access: { zh: '查阅、复制', en: 'see and copy' }, correction: { zh: '更正、补充', en: 'correct and complete' }, deletion: { zh: '删除', en: 'delete' },
    'withdraw-consent': { zh: '撤回同意', en: 'withdraw consent' }, 'close-account': { zh: '注销账户', en: 'close the account' }, portability: { zh: '转移', en: 'move to another provider' },
};

export const DAYS: Record<DaySpec, Bilingual> = {
    daily: { zh: '每天', en: 'daily' }, weekdays: { zh: '周一至周五', en: 'Monday to Friday' }, 'mon-sat': { zh: '周一至周六', en: 'Monday to Saturday' },
    weekends: { zh: '周末', en: 'weekends' },
};

/** "自签收之日起" / "from receipt of the goods". */
export const STARTS: Record<StartEvent, Bilingual> = {
    purchase: { zh: '自购买之日起', en: 'from purchase' },
    receipt: { zh: '自签收之日起', en: 'from receipt of the goods' },
    invoice: { zh: '自发票开具之日起', en: 'from the invoice date' },
    installation: { zh: '自安装完成之日起', en: 'from completed installation' },
    shipment: { zh: '自发货之日起', en: 'from shipment' },
    delivery: { zh: '自交付之日起', en: 'from delivery' },
    manufacture: { zh: '自出厂之日起', en: 'from the manufacture date' },
    acceptance: { zh: '自验收之日起', en: 'from acceptance' },
};

export const OUTLET_KINDS: Record<OutletKind, Bilingual> = {
    'self-run': { zh: '自营', en: 'company-run' }, authorised: { zh: '授权', en: 'authorised' }, contracted: { zh: '特约', en: 'contracted partner' },
};

export const EXEMPTIONS: Record<ExemptionKind, Bilingual> = {
    custom: { zh: '定制商品', en: 'custom-made goods' },
    perishable: { zh: '鲜活易腐商品', en: 'perishable goods' },
    digital: { zh: '在线下载或已拆封的数字化商品', en: 'downloaded or unsealed digital goods' },
    periodicals: { zh: '已交付的报纸、期刊', en: 'newspapers and periodicals already delivered' },
};

export const GOODS_CONDITIONS: Record<GoodsCondition, Bilingual> = {
    new: { zh: '全新', en: 'new' },
    used: { zh: '二手', en: 'second-hand' },
    refurbished: { zh: '翻新', en: 'refurbished' },
};

export const CAR_RETURN_CASES: Record<CarReturnCase, Bilingual> = {
    powertrain: { zh: '因质量问题需更换发动机、变速器、动力蓄电池或驱动电机', en: 'the engine, gearbox, traction battery or drive motor must be replaced for a quality problem' },
    'safety-failure': { zh: '转向或制动系统失效、车身开裂、燃油泄漏或动力蓄电池起火', en: 'steering or braking failure, a cracked body, a fuel leak or a traction-battery fire' },
};

export const SHIPPING_CASES: Record<ShippingCase, Bilingual> = {
    defect: { zh: '质量问题退换货', en: 'Goods with a quality problem' },
    'no-reason': { zh: '无理由退货', en: 'Return without a reason' },
};

export const PAYERS: Record<Payer, Bilingual> = { seller: { zh: '本公司承担', en: 'us' }, buyer: { zh: '您承担', en: 'you' } };

export const PAYMENT_METHODS: Record<PaymentMethod, Bilingual> = {
    cash: { zh: '现金', en: 'cash' }, card: { zh: '银行卡', en: 'bank card' }, cheque: { zh: '支票', en: 'cheque' }, terminal: { zh: 'POS 终端刷卡', en: 'card terminal' },
    online: { zh: '网上支付', en: 'online payment' }, transfer: { zh: '银行转账', en: 'bank transfer' },
};

export const STEPS: Record<ProcessStep, Bilingual> = {
    appointment: { zh: '预约', en: 'appointment' }, acceptance: { zh: '受理', en: 'we log your request' }, handling: { zh: '处理', en: 'we handle it' },
    reply: { zh: '答复', en: 'we reply' }, archiving: { zh: '归档', en: 'we file the case' }, revisit: { zh: '回访', en: 'we follow up' },
    evaluation: { zh: '评价', en: 'you rate the service' }, record: { zh: '记录', en: 'we record it' }, investigation: { zh: '调查', en: 'we investigate' },
    feedback: { zh: '反馈', en: 'we report back' },
};

export const SURVEYS: Record<SurveyMethod, Bilingual> = {
    direct: { zh: '直接沟通', en: 'talking with you' }, questionnaire: { zh: '问卷调查', en: 'questionnaires' }, agency: { zh: '第三方机构调查', en: 'an independent survey agency' },
    complaints: { zh: '投诉分析', en: 'analysing complaints' }, callback: { zh: '电话回访', en: 'follow-up calls' },
};

export const AGREEMENT_ITEMS: Record<AgreementItem, Bilingual> = {
    content: { zh: '服务内容', en: 'what the service includes' }, time: { zh: '服务时间', en: 'when' }, place: { zh: '服务地点', en: 'where' },
    fees: { zh: '费用明细', en: 'itemised charges' }, changes: { zh: '变更手续', en: 'how changes are agreed' }, archiving: { zh: '文档存档', en: 'filing of the service documents' },
};

export const PRICING: Record<'free' | 'paid' | 'paid-after-warranty', Bilingual> = {
    free: { zh: '免费', en: 'Free' }, paid: { zh: '收费', en: 'Charged' }, 'paid-after-warranty': { zh: '保修期外收费', en: 'Charged after the warranty period' },
};

export const hasCjk = (s: string): boolean => CJK.test(s);

/**
 * A vocabulary word for the customer: our wording of its canonical value; in a Chinese notice the
 * policy's own Chinese word when it is more specific (微信 rather than 在线). Unknown words as written.
 */
export function wordLabel<C extends string>(w: Word<C> | undefined, table: Record<C, Bilingual>, lang: Lang, preferWritten = false): string {
    if (!w) return '';
    if (w.value === undefined) return w.text;
    if (preferWritten && lang === 'zh' && hasCjk(w.text)) return w.text;
    return say(table[w.value], lang);
}

/** "甲、乙、丙"; when an item has its own commas, "甲；乙（丙、丁）" so the items stay apart. */
export function list(items: string[], lang: Lang): string {
    if (lang === 'zh') return items.join(items.some((i) => /[、，,]/.test(i)) ? '；' : '、');
    return items.join(items.some((i) => /[,，、]/.test(i)) ? '; ' : ', ');
}

/** First letter upper-case (English sentences built from lower-case words). */
export function capitalize(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
