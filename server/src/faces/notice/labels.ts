/**
 * Every word the notice itself contributes (headings, column names, the customer-facing names of
 * vocabulary values), in Chinese and English. Facts never come from here: only from the PolicyModel.
 */
import type { Lang } from '../../i18n/locale.js';
import type { VagueFrequency, Word } from '../../model/types.js';
import type {
    AgreementItem, ChannelKind, DaySpec, ExemptionKind, OutletKind, Payer, PaymentMethod, ProcessStep, Region, DataRight, WarrantyExclusion,
    ServiceKind, ShippingCase, StartEvent, SurveyMethod,
} from '../../parse/vocabulary.js';
import { CJK } from '../../shared/cjk.js';

export type Pair = readonly [zh: string, en: string];
export const say = (p: Pair, lang: Lang): string => (lang === 'zh' ? p[0] : p[1]);

export const T = {
    noticeKind: ['售后服务公告', 'After-sales service notice'],
    version: ['版本', 'Version'],
    effective: ['生效日期', 'Effective from'],
    effectiveMeta: ['{date} 起生效', 'effective {date}'],
    contents: ['目录', 'Contents'],

    draftTitle: ['草稿 / DRAFT', 'DRAFT / 草稿'],
    draftIntro: [
        '本公告依据的售后服务政策尚有 {n} 项合规错误，仅供内部审阅，请勿对外发布。未解决的问题：',
        'The service policy behind this notice still has {n} compliance {errors}. For internal review only: do not publish it. Open findings:',
    ],
    draftUnchecked: [
        '本公告依据的售后服务政策未经合规检查，仅供内部审阅，请勿对外发布。',
        'The service policy behind this notice has not been checked for compliance. For internal review only: do not publish it.',
    ],

    scope: ['适用范围', 'What this notice covers'],
    scopeIntro: ['本公告适用于以下商品：', 'This notice applies to:'],
    customGoods: ['定制商品', 'custom-made'],

    promise: ['我们的服务承诺', 'Our service promise'],
    promiseIntro: ['各项服务的响应和解决时限：', 'How quickly we respond to and resolve each request:'],
    service: ['服务项目', 'Service'],
    charge: ['收费', 'Charge'],
    via: ['受理渠道', 'How to ask'],
    respond: ['响应时限', 'We respond'],
    resolve: ['解决时限', 'We resolve'],
    within: ['{d}内', 'within {d}'],
    arrive: ['上门到场时限', 'We arrive on site'],
    afterArrival: ['到场后{d}内', 'within {d} of arrival'],
    estimate: ['预计{d}（预估，非承诺）', 'about {d} (an estimate, not a promise)'],
    regionTime: ['{region}{d}', '{region}: {d}'],
    noLoaner: ['不提供代用品', 'no substitute is lent'],
    notStated: ['未注明', 'not stated'],
    serviceDetails: ['服务说明', 'Service details'],
    area: ['服务范围', 'Service area'],
    loaner: ['代用品', 'Substitute while we repair'],
    steps: ['服务流程', 'How it works'],
    record: ['服务记录', 'Records'],
    escalation: ['升级处理', 'Escalation'],
    escalationText: ['超过{d}仍未解决的，升级至{to}处理', 'if not resolved within {d}, escalated to: {to}'],
    agreement: ['服务协议', 'Service agreement'],
    agreementWritten: ['我们与您签订书面服务协议，写明：{items}', 'We sign a written service agreement with you that states: {items}'],
    agreementItems: ['服务协议写明：{items}', 'The service agreement states: {items}'],
    agreementOnly: ['我们与您签订书面服务协议。', 'We sign a written service agreement with you.'],
    amendOnPublication: ['本政策的修改自公布之日起生效。', 'Changes to these terms take effect when they are published.'],
    deemedAcceptance: ['继续使用服务即视为同意本政策。', 'Continuing to use the service counts as accepting these terms.'],
    cancellation: ['取消', 'Cancellation'],

    contact: ['联系我们', 'How to reach us'],
    channel: ['渠道', 'Channel'],
    contactCol: ['联系方式', 'Contact'],
    hours: ['服务时间', 'Hours'],
    always: ['7×24 小时', '24 hours a day, 7 days a week'],
    outlets: ['服务网点', 'Service outlets'],
    outletCount: ['{kind}服务网点 {n} 个', '{n} {kind} service outlets'],
    outletCountAny: ['服务网点 {n} 个', '{n} service outlets'],
    outlet: ['网点', 'Outlet'],
    outletKind: ['类型', 'Type'],
    address: ['地址', 'Address'],

    charges: ['收费标准', 'What is free and what costs'],
    freeServices: ['免费服务', 'Free services'],
    paidServices: ['收费服务', 'Charged services'],
    paidAfterWarranty: ['保修期外收费的服务', 'Charged after the warranty period'],
    feeItem: ['收费项目', 'Charge'],
    amount: ['金额', 'Amount'],
    byAgreement: ['与您协商确定', 'agreed with you'],
    afterInspection: ['检测后报价', 'quoted after inspection'],
    atCost: ['按成本收取', 'charged at cost'],
    per: ['计价单位', 'Per'],
    disclosed: ['服务前告知', 'Told before service'],
    yes: ['是', 'yes'],
    allDisclosed: ['以上收费项目均在提供服务前告知您。', 'We tell you about each of these charges before providing the service.'],
    payment: ['支付方式', 'Ways to pay'],

    warranty: ['保修', 'Warranty'],
    warrantyStart: ['保修期{start}计算。', 'The warranty period runs {start}.'],
    part: ['保修部件', 'Part'],
    period: ['保修期', 'Warranty period'],
    wearParts: ['易损件', 'Wear parts'],
    exclusions: ['不在保修范围内', 'Not covered'],
    noInvoice: ['未能出示发票的，保修期{start}计算{offset}。', 'Without an invoice, the warranty period runs {start}{offset}.'],
    noInvoiceOffset: ['（后推{d}）', ' plus {d}'],
    purchasedFrom: ['适用购买日期', 'For purchases'],
    purchasedFromText: ['{date} 起购买', 'from {date}'],
    spareParts: ['备件保留期', 'Spare parts kept for'],
    noSpareParts: ['不保留备件', 'none kept'],
    repairTime: ['维修时限', 'Repair time limit'],
    recall: ['召回', 'Recalls'],
    mainPart: ['主要部件：{part}', 'Main part: {part}'],
    mileage: ['{d}或{km}，以先到者为准', '{d} or {km}, whichever comes first'],
    km: ['{n}公里', '{n} km'],
    repairTimeExcluded: ['维修占用的时间不计入保修期。', 'Time spent on repairs does not count towards the warranty period.'],
    exchangeRestarts: ['换货后，保修期自换货之日起重新计算。', 'After an exchange, the warranty period starts again from the exchange.'],

    returns: ['退货、换货与退款', 'Returns, exchanges and refunds'],
    returnKind: ['项目', 'What'],
    window: ['期限', 'Time limit'],
    noReason: ['无理由退货', 'Return without giving a reason'],
    notOffered: ['不提供', 'not offered'],
    exchange: ['换货', 'Exchange'],
    defectReturn: ['质量问题退货', 'Return of faulty goods'],
    exemptions: ['不适用无理由退货的商品', 'Not returnable without a reason'],
    confirmed: ['不适用无理由退货的商品，在购买时经您确认。', 'Goods that cannot be returned without a reason are confirmed with you at purchase.'],
    refund: ['退款', 'Refund'],
    refundText: ['{d}内退款', 'within {d}'],
    originalMethod: ['原路退回', 'to the original payment method'],
    conditions: ['退换货条件', 'Conditions'],
    faultReturn: ['性能故障退货', 'Return for a performance fault'],
    faultExchange: ['性能故障换货', 'Exchange for a performance fault'],
    failedRepairs: ['保修期内经{n}次修理仍不能正常使用的，可换货或退货。', 'If the goods still do not work after {n} repairs within the warranty period, you can have them exchanged or refunded.'],
    failedRepairsRefused: ['保修期内经{n}次修理仍不能正常使用的，不予换货或退货。', 'Goods that still do not work after {n} repairs within the warranty period are not exchanged or refunded.'],
    shipping: ['退货运费', 'Return shipping'],
    shippingCase: ['情形', 'Case'],
    shippingPayer: ['运费承担', 'Paid by'],
    shippingAfter: ['{case}（{d}后）', '{case} (after {d})'],
    shippingGoods: ['适用商品', 'Goods'],

    complaints: ['投诉处理', 'Complaints'],
    complainVia: ['投诉渠道', 'Where to complain'],
    complaintsIntro: ['对我们的服务不满意时，您可以投诉：', 'If you are not satisfied with our service, you can complain:'],

    privacy: ['个人信息保护', 'Your personal information'],
    purpose: ['使用目的', 'What we use it for'],
    retention: ['保存期限', 'How long we keep it'],
    thirdParties: ['向第三方提供', 'Who we share it with'],
    separateConsent: ['向第三方提供您的个人信息前，单独征得您的同意。', 'We ask for your separate consent before sharing your personal information.'],
    security: ['安全措施', 'How we protect it'],
    requests: ['查询、删除个人信息', 'To see or delete your information'],
    rights: ['您的权利', 'Your rights'],
    rightsVia: ['{rights}（通过{channels}）', '{rights} (through {channels})'],

    satisfaction: ['满意度与回访', 'Satisfaction and follow-up'],
    followUp: ['回访', 'Follow-up'],
    followUpText: ['{d}内回访', 'within {d}'],
    followUpAfter: ['每次{service}后回访', 'after each {service}'],
    reportEvery: ['满意度书面报告', 'Written satisfaction report'],
    followUpVia: ['，通过{channels}', ', by {channels}'],
    surveyMethods: ['满意度调查方式', 'How we ask you'],
    surveyEvery: ['调查周期', 'How often'],
    every: ['每{d}', 'every {d}'],
    target: ['满意度目标', 'Satisfaction target'],
    improvement: ['改进措施', 'How we improve'],
    index: ['满意度指数', 'Satisfaction index'],

    statements: ['其他说明', 'Further statements'],

    changes: ['本版变化', 'What changed in this version'],
    changesIntro: ['与上一版本相比，以下服务条款有所变化：', 'Compared with the previous version, these terms have changed:'],

    provider: ['服务提供方', 'Service provider'],
    providerName: ['名称', 'Name'],
    licence: ['统一社会信用代码', 'Unified social credit code'],
    businessScope: ['经营范围', 'Business scope'],
    providerAddress: ['地址', 'Address'],
    providerContact: ['联系方式', 'Contact'],

    versionSection: ['版本与生效日期', 'Version and effective date'],

    refuseErrors: [
        '政策有 {n} 项合规错误（{ids}），未生成公告。请先修正，或以草稿方式生成（--draft），草稿带有“草稿”标记并列出这些问题。',
        'The policy has {n} compliance {errors} ({ids}); no notice was produced. Fix them first, or produce a draft (--draft), which is marked DRAFT and lists them.',
    ],
    placeholder: ['“{text}”含占位文字“{word}”，须改为实际内容', "'{text}' still holds the placeholder '{word}'; write the real content"],
    refuseUnchecked: [
        '政策未经合规检查，未生成公告。请检查政策，或以草稿方式生成（--draft）。',
        'The policy has not been checked for compliance; no notice was produced. Check it, or produce a draft (--draft).',
    ],
    refuseNoModel: [
        '无法读取政策内容，未生成公告：请先修正语法错误。',
        'The policy could not be read, so no notice was produced: fix its syntax errors first.',
    ],
} as const satisfies Record<string, Pair>;

export const SERVICE_NAMES: Record<ServiceKind, Pair> = {
    consultation: ['咨询', 'Questions and advice'],
    complaint: ['投诉', 'Complaints'],
    installation: ['安装', 'Installation'],
    repair: ['维修', 'Repair'],
    maintenance: ['保养', 'Maintenance'],
    'return-exchange': ['退换货', 'Returns and exchanges'],
    training: ['培训', 'Training'],
    delivery: ['配送', 'Delivery'],
    'technical-support': ['技术支持', 'Technical support'],
    measurement: ['测量设计', 'Measuring and design'],
    construction: ['施工', 'Construction'],
};

export const CHANNEL_KINDS: Record<ChannelKind, Pair> = {
    phone: ['电话', 'phone'], online: ['在线', 'online'], onsite: ['现场', 'in person'], email: ['电子邮件', 'e-mail'],
    sms: ['短信', 'text message'], letter: ['信函', 'post'], fax: ['传真', 'fax'], board: ['公告栏', 'notice board'],
};

export const REGION_NAMES: Record<Region, Pair> = {
    city: ['城区', 'City'], county: ['县城及乡镇', 'Counties and towns'], remote: ['偏远地区', 'Remote areas'],
};

export const VAGUE_FREQUENCIES: Record<VagueFrequency, Pair> = {
    regular: ['定期', 'regularly'], occasional: ['不定期', 'from time to time'],
};

export const EXCLUSIONS: Record<WarrantyExclusion, Pair> = {
    'human-damage': ['人为损坏', 'damage caused by misuse or accident'], 'unauthorised-repair': ['未经授权的拆修', 'repair or opening by anyone we have not authorised'],
    wear: ['正常磨损', 'normal wear and tear'], 'force-majeure': ['不可抗力造成的损坏', 'damage from force majeure'],
};

export const DATA_RIGHT_NAMES: Record<DataRight, Pair> = {
    access: ['查阅、复制', 'see and copy'], correction: ['更正、补充', 'correct and complete'], deletion: ['删除', 'delete'],
    'withdraw-consent': ['撤回同意', 'withdraw consent'], 'close-account': ['注销账户', 'close the account'], portability: ['转移', 'move to another provider'],
};

export const DAYS: Record<DaySpec, Pair> = {
    daily: ['每天', 'daily'], weekdays: ['周一至周五', 'Monday to Friday'], 'mon-sat': ['周一至周六', 'Monday to Saturday'],
    weekends: ['周末', 'weekends'],
};

/** "自签收之日起" / "from receipt of the goods". */
export const STARTS: Record<StartEvent, Pair> = {
    purchase: ['自购买之日起', 'from purchase'],
    receipt: ['自签收之日起', 'from receipt of the goods'],
    invoice: ['自发票开具之日起', 'from the invoice date'],
    installation: ['自安装完成之日起', 'from completed installation'],
    shipment: ['自发货之日起', 'from shipment'],
    delivery: ['自交付之日起', 'from delivery'],
    manufacture: ['自出厂之日起', 'from the manufacture date'],
    acceptance: ['自验收之日起', 'from acceptance'],
};

export const OUTLET_KINDS: Record<OutletKind, Pair> = {
    'self-run': ['自营', 'company-run'], authorised: ['授权', 'authorised'], contracted: ['特约', 'contracted partner'],
};

export const EXEMPTIONS: Record<ExemptionKind, Pair> = {
    custom: ['定制商品', 'custom-made goods'],
    perishable: ['鲜活易腐商品', 'perishable goods'],
    digital: ['在线下载或已拆封的数字化商品', 'downloaded or unsealed digital goods'],
    periodicals: ['已交付的报纸、期刊', 'newspapers and periodicals already delivered'],
};

export const SHIPPING_CASES: Record<ShippingCase, Pair> = {
    defect: ['质量问题退换货', 'Goods with a quality problem'],
    'no-reason': ['无理由退货', 'Return without a reason'],
};

export const PAYERS: Record<Payer, Pair> = { seller: ['本公司承担', 'us'], buyer: ['您承担', 'you'] };

export const PAYMENT_METHODS: Record<PaymentMethod, Pair> = {
    cash: ['现金', 'cash'], card: ['银行卡', 'bank card'], cheque: ['支票', 'cheque'], terminal: ['POS 终端刷卡', 'card terminal'],
    online: ['网上支付', 'online payment'], transfer: ['银行转账', 'bank transfer'],
};

export const STEPS: Record<ProcessStep, Pair> = {
    appointment: ['预约', 'appointment'], acceptance: ['受理', 'we log your request'], handling: ['处理', 'we handle it'],
    reply: ['答复', 'we reply'], archiving: ['归档', 'we file the case'], revisit: ['回访', 'we follow up'],
    evaluation: ['评价', 'you rate the service'], record: ['记录', 'we record it'], investigation: ['调查', 'we investigate'],
    feedback: ['反馈', 'we report back'],
};

export const SURVEYS: Record<SurveyMethod, Pair> = {
    direct: ['直接沟通', 'talking with you'], questionnaire: ['问卷调查', 'questionnaires'], agency: ['第三方机构调查', 'an independent survey agency'],
    complaints: ['投诉分析', 'analysing complaints'], callback: ['电话回访', 'follow-up calls'],
};

export const AGREEMENT_ITEMS: Record<AgreementItem, Pair> = {
    content: ['服务内容', 'what the service includes'], time: ['服务时间', 'when'], place: ['服务地点', 'where'],
    fees: ['费用明细', 'itemised charges'], changes: ['变更手续', 'how changes are agreed'], archiving: ['文档存档', 'filing of the service documents'],
};

export const PRICING: Record<'free' | 'paid' | 'paid-after-warranty', Pair> = {
    free: ['免费', 'Free'], paid: ['收费', 'Charged'], 'paid-after-warranty': ['保修期外收费', 'Charged after the warranty period'],
};

export const hasCjk = (s: string): boolean => CJK.test(s);

/**
 * A vocabulary word for the customer: our wording of its canonical value; in a Chinese notice the
 * policy's own Chinese word when it is more specific (微信 rather than 在线). Unknown words as written.
 */
export function wordLabel<C extends string>(w: Word<C> | undefined, table: Record<C, Pair>, lang: Lang, preferWritten = false): string {
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

export function fill(template: string, params: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
