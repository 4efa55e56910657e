/**
 * The open vocabularies of ASPL: words written as identifiers (not keywords) whose
 * meaning the validator checks and the normalizer maps to one canonical value.
 * Keeping them out of the grammar leaves short Chinese words (天, 元, 电话 …) free
 * for names and lets an unknown word get a precise "unknown unit" style message.
 */

import type { Bilingual } from '../i18n/locale.js';
import { LIST_SEPARATOR } from '../i18n/punctuation.js';
import { CJK } from '../shared/cjk.js';

export interface Vocabulary<C extends string> {
    /** What the words name, for messages. */
    readonly what: Bilingual;
    /** canonical → accepted spellings (English and Chinese), first = preferred. */
    readonly words: Readonly<Record<C, readonly string[]>>;
}

function vocabulary<C extends string>([zh, en]: [string, string], words: Record<C, string[]>): Vocabulary<C> {
    return { what: { zh, en }, words };
}

export const UNITS = vocabulary(['时长单位', 'duration unit'], {
    minute: ['minutes', 'minute', 'min', 'mins', '分钟'],
    hour: ['hours', 'hour', 'h', 'hrs', '小时', '个小时', '钟头'],
    day: ['days', 'day', 'd', 'calendar-days', '天', '日', '自然日', '个自然日'],
    workday: ['workdays', 'workday', 'working-days', 'working-day', 'business-days', '工作日', '个工作日'],
    week: ['weeks', 'week', '周', '星期', '个星期'],
    month: ['months', 'month', '个月', '月'],
    quarter: ['quarters', 'quarter', '季度', '个季度'],
    year: ['years', 'year', '年'],
});
export type Unit = keyof typeof UNITS.words;

/** Mileage units (vehicles' 三包 periods are given in years *and* km). */
export const DISTANCE_UNITS = vocabulary(['里程单位', 'distance unit'], {
    km: ['km', 'kilometres', 'kilometers', '公里', '千米'],
    '10k-km': ['10k-km', '万公里', '万千米'],
});
export type DistanceUnit = keyof typeof DISTANCE_UNITS.words;

export const CURRENCIES = vocabulary(['币种', 'currency'], {
    CNY: ['CNY', 'RMB', '元', '人民币', '人民币元', '块'],
});

export const CHANNEL_KINDS = vocabulary(['渠道类型', 'channel type'], {
    phone: ['phone', 'hotline', 'telephone', '电话', '热线'],
    online: ['online', 'web', 'app', 'wechat', 'chat', '在线', '网络', '网站', '微信', '小程序', '客户端'],
    onsite: ['onsite', 'store', 'counter', '现场', '上门', '门店', '柜台'],
    email: ['email', 'e-mail', '邮件', '电子邮件', '邮箱'],
    sms: ['sms', 'text', '短信'],
    letter: ['letter', 'mail', '信函', '邮寄'],
    fax: ['fax', '传真'],
    board: ['board', 'notice-board', '告示栏', '公告栏'],
});
export type ChannelKind = keyof typeof CHANNEL_KINDS.words;

export const SERVICE_KINDS = vocabulary(['服务类型', 'service type'], {
    consultation: ['consultation', 'consult', 'inquiry', '咨询'],
    complaint: ['complaint', 'complaints', '投诉'],
    installation: ['installation', 'install', '安装', '安装调试'],
    repair: ['repair', '维修', '修理'],
    maintenance: ['maintenance', '保养', '维护', '运维'],
    'return-exchange': ['return-exchange', 'returns', 'exchange', '退换货', '退货', '换货'],
    training: ['training', '培训'],
    delivery: ['delivery', '配送', '送货', '交付'],
    'technical-support': ['technical-support', 'support', 'tech-support', '技术支持', '技术服务'],
    measurement: ['measurement', 'measure', 'design', '测量', '设计', '量尺'],
    construction: ['construction', '施工', '现场施工'],
});
export type ServiceKind = keyof typeof SERVICE_KINDS.words;

/** When a window starts counting. The law counts from receipt / delivery / installation. */
export const START_EVENTS = vocabulary(['起算时点', 'start event'], {
    purchase: ['purchase', 'order', 'sale', '购买', '下单', '售出', '购买之日'],
    receipt: ['receipt', 'signing', 'received', '签收', '收货', '收到商品'],
    invoice: ['invoice', 'invoice-date', '发票', '开票', '发票日期'],
    installation: ['installation', 'installed', '安装完成', '安装', '安装验收'],
    shipment: ['shipment', 'dispatch', 'shipping', '发货', '出库'],
    delivery: ['delivery', 'delivered', '交付', '送达', '交货'],
    acceptance: ['acceptance', 'final-acceptance', '验收', '终验', '竣工验收'],
    // The fallback when no invoice is shown (出厂日期 + N months); the law never counts a period from it.
    manufacture: ['manufacture', 'manufacture-date', 'production-date', '出厂', '出厂日期', '生产日期'],
});
export type StartEvent = keyof typeof START_EVENTS.words;

export const DAY_SPECS = vocabulary(['服务日', 'service days'], {
    daily: ['daily', 'everyday', 'every-day', '每天', '每日', '全年', '全年无休'],
    weekdays: ['weekdays', 'mon-fri', 'workdays', 'working-days', '工作日', '周一至周五'],
    'mon-sat': ['mon-sat', '周一至周六'],
    weekends: ['weekends', '周末', '周六日'],
});
export type DaySpec = keyof typeof DAY_SPECS.words;

export const SALES_CHANNELS = vocabulary(['销售方式', 'sales channel'], {
    online: ['online', 'internet', 'distance', 'tv', 'phone', 'mail-order', '线上', '网络', '网店', '电视购物', '电话购物', '邮购', '远程'],
    offline: ['offline', 'store', 'stores', 'retail', '线下', '门店', '实体店', '柜台'],
    contract: ['contract', 'project', 'tender', '合同', '项目', '招投标'],
    // 跨境电商零售进口: bought online from an overseas seller (bonded-warehouse or direct-mail import); a distance sale too.
    'cross-border': ['cross-border', 'cross-border-import', 'cbec', '跨境', '跨境电商', '跨境进口', '海淘', '保税进口', '直购进口'],
});
export type SalesChannel = keyof typeof SALES_CHANNELS.words;

export const BUYERS = vocabulary(['客户类型', 'buyer type'], {
    consumers: ['consumers', 'consumer', 'individuals', 'b2c', '消费者', '个人', '个人消费者'],
    businesses: ['businesses', 'business', 'companies', 'b2b', 'government', '企业', '单位', '企业客户', '政企'],
});
export type Buyer = keyof typeof BUYERS.words;

export const PRODUCT_KINDS = vocabulary(['产品类型', 'product type'], {
    furniture: ['furniture', '家具', '家居', '定制家具'],
    // Televisions are appliances of the 1995 三包 list (彩色电视机 among its goods); the 2002 audio-video
    // rule names disc players, amplifiers and speaker systems and leaves television sets out.
    appliance: ['appliance', 'appliances', '家电', '电器', 'tv', 'television', '电视', '电视机'],
    electronics: ['electronics', '电子产品', '数码'],
    // The goods that have 三包 regulations of their own (phones 2001, microcomputers 2002,
    // household audio-video 2002), and the goods the law exempts from no-reason returns.
    phone: ['phone', 'phones', 'mobile-phone', 'telephone', '手机', '移动电话', '固定电话', '电话机'],
    computer: ['computer', 'computers', 'laptop', 'pc', '电脑', '计算机', '微型计算机', '笔记本电脑', '台式电脑', '平板电脑'],
    'audio-video': ['audio-video', '视听', '家用视听', '音响', '音箱', '功放', '影碟机'],
    perishable: ['perishable', 'fresh-food', '生鲜', '鲜活', '鲜活易腐', '生鲜食品'],
    digital: ['digital', 'software', 'download', '数字商品', '数字化商品', '软件', '在线下载'],
    periodical: ['periodical', 'periodicals', 'newspaper', '报刊', '报纸', '期刊'],
    cable: ['cable', 'wire', 'cables', '线缆', '电缆', '电线', '电线电缆', '光缆'],
    telecom: ['telecom', 'communications', '通信', '通信设备'],
    vehicle: ['vehicle', 'car', '汽车', '家用汽车'],
    // A category that is a service, not goods (home repair, cleaning …): the articles written for goods
    // (the 7-day defect return of 消费者权益保护法 art. 24, the no-reason return of art. 25) do not reach it.
    service: ['service', 'services', '服务', '服务项目'],
    other: ['other', '其他'],
});
export type ProductKind = keyof typeof PRODUCT_KINDS.words;

/** Whether the goods are sold new, second-hand or refurbished (the 三包 rules read are written for goods sold new). */
export const GOODS_CONDITIONS = vocabulary(['商品成色', 'goods condition'], {
    new: ['new', 'brand-new', '全新', '新品'],
    used: ['used', 'second-hand', 'secondhand', 'pre-owned', '二手', '二手货', '旧货', '二手商品'],
    refurbished: ['refurbished', 'renewed', '翻新', '翻新机', '官翻', '官方翻新'],
});
export type GoodsCondition = keyof typeof GOODS_CONDITIONS.words;

/** The cases in which the household-car rule lets the buyer exchange or return the car within a window (arts. 22, 23). */
export const CAR_RETURN_CASES = vocabulary(['换车退车情形', 'car exchange-or-return case'], {
    // art. 22: the engine, gearbox, traction battery or drive motor (or a main part of one) must be replaced.
    powertrain: ['powertrain', 'major-assembly', '动力总成', '发动机变速器', '总成更换'],
    // art. 23: steering or braking failure, a cracked body, a fuel leak or a traction battery fire.
    'safety-failure': ['safety-failure', '安全失效', '严重安全故障', '转向制动失效'],
});
export type CarReturnCase = keyof typeof CAR_RETURN_CASES.words;

/** Where a regional service time applies (city / county / remote areas). */
export const REGIONS = vocabulary(['服务区域', 'service region'], {
    city: ['city', 'urban', '城区', '市区', '城市', '市内'],
    county: ['county', 'town', 'suburb', '县城', '县级', '郊区', '乡镇'],
    remote: ['remote', 'rural', 'outlying', '偏远', '偏远地区', '农村', '边远地区'],
});
export type Region = keyof typeof REGIONS.words;

export const OUTLET_KINDS = vocabulary(['网点类型', 'outlet type'], {
    'self-run': ['self-run', 'own', '自营', '直营'],
    authorised: ['authorised', 'authorized', '授权'],
    contracted: ['contracted', 'partner', '特约', '签约', '合作'],
});
export type OutletKind = keyof typeof OUTLET_KINDS.words;

/**
 * Part names of a `cover` line that mean the whole product: the national 三包 rules set their
 * whole-unit minimums (整机三包有效期; cars: 整车包修期) for these, not for single parts.
 */
export const WHOLE_UNIT_PARTS = vocabulary(['整机', 'whole unit'], {
    whole: ['whole-unit', 'whole unit', 'whole product', 'whole vehicle', 'unit', 'product', 'vehicle',
        '整机', '整车', '主机', '整机保修', '整车保修', '整车包修', '整机三包', '产品整机', '全车'],
});

/**
 * An exclusion that is also a product kind is spelled as that kind is too (`类型 数字商品` and
 * `除外 数字商品` name the same goods): the law's own names first, then the kind's words.
 */
const asKind = (kind: ProductKind, own: string[]): string[] => [...new Set([...own, ...PRODUCT_KINDS.words[kind]])];

/** The statutory exclusions of 消费者权益保护法 art. 25 plus free-text others. */
export const EXEMPTION_KINDS = vocabulary(['无理由退货除外商品', 'no-reason exemption'], {
    custom: ['custom', 'custom-made', 'made-to-order', '定制', '定作', '定制商品'],
    perishable: asKind('perishable', ['perishable', 'fresh', '鲜活', '生鲜', '鲜活易腐']),
    digital: asKind('digital', ['digital', 'software', 'audio-video', '数字化商品', '音像制品', '计算机软件', '在线下载']),
    periodicals: asKind('periodical', ['periodicals', 'newspapers', '报纸', '期刊', '报刊']),
});
export type ExemptionKind = keyof typeof EXEMPTION_KINDS.words;

/** What a warranty does not cover, as real policies name it; anything else is written as text. */
export const WARRANTY_EXCLUSIONS = vocabulary(['不保修情形', 'warranty exclusion'], {
    'human-damage': ['human-damage', 'misuse', 'accidental-damage', '人为损坏', '使用不当', '意外损坏'],
    'unauthorised-repair': ['unauthorised-repair', 'unauthorized-repair', 'tampering', '私自拆修', '擅自拆修', '未经授权维修', '自行拆修'],
    wear: ['wear', 'normal-wear', 'wear-and-tear', '正常磨损', '自然磨损', '自然损耗'],
    'force-majeure': ['force-majeure', 'disaster', '不可抗力', '自然灾害'],
    // Water or other liquid inside the product: printed in almost every phone, earbud and appliance warranty.
    liquid: ['liquid-damage', 'water-damage', 'liquid', '进水', '进液', '浸液', '受潮'],
});
export type WarrantyExclusion = keyof typeof WARRANTY_EXCLUSIONS.words;

/** The data subject's rights (个人信息保护法 arts. 44–47). */
export const DATA_RIGHTS = vocabulary(['个人信息权利', 'data-subject right'], {
    access: ['access', 'copy', '查阅', '复制', '查阅复制'],
    correction: ['correction', 'rectification', '更正', '补充', '更正补充'],
    deletion: ['deletion', 'erasure', '删除'],
    'withdraw-consent': ['withdraw-consent', 'withdrawal', '撤回同意', '撤回授权'],
    'close-account': ['close-account', 'account-closure', '注销账户', '注销账号', '注销'],
    portability: ['portability', '转移', '数据转移'],
});
export type DataRight = keyof typeof DATA_RIGHTS.words;

/**
 * The ground for giving personal data to a recipient other than consent (个人信息保护法 art. 13 para. 1 (2)–(3), with
 * para. 2: no consent is then needed, art. 23's separate one included), or an entrusted processor (art. 21), which is no
 * recipient under art. 23 at all. Consent is not a word here: it is `separate-consent`.
 */
export const SHARING_BASES = vocabulary(['提供依据', 'sharing basis'], {
    contract: ['contract', 'contract-necessity', '合同必需', '履行合同所必需', '履行合同'],
    'legal-duty': ['legal-duty', 'legal-obligation', '法定义务', '法定职责', '履行法定义务'],
    entrusted: ['entrusted', 'entrusted-processing', 'processor', '受托处理', '委托处理'],
});
export type SharingBasis = keyof typeof SHARING_BASES.words;

export const SHIPPING_CASES = vocabulary(['运费情形', 'shipping case'], {
    defect: ['defect', 'quality', '质量问题', '性能故障'],
    'no-reason': ['no-reason', '无理由', '无理由退货'],
});
export type ShippingCase = keyof typeof SHIPPING_CASES.words;

export const PAYERS = vocabulary(['承担方', 'payer'], {
    seller: ['seller', 'us', 'company', 'merchant', '商家', '卖方', '本公司', '我方', '企业'],
    buyer: ['buyer', 'customer', 'consumer', '顾客', '消费者', '买方', '客户'],
});
export type Payer = keyof typeof PAYERS.words;

export const PAYMENT_METHODS = vocabulary(['支付方式', 'payment method'], {
    cash: ['cash', '现金'],
    card: ['card', 'bank-card', 'unionpay', '银行卡', '刷卡', '银联'],
    cheque: ['cheque', 'check', '支票'],
    terminal: ['terminal', 'pos', '电子终端', 'POS机'],
    // Mobile payment (移动支付, QR codes) is payment over the network: the same method as GB/T 8.4.2's 网上支付.
    online: ['online', 'online-payment', 'mobile', 'mobile-payment', 'alipay', 'wechat-pay', '网上支付', '在线支付', '移动支付', '手机支付', '扫码支付', '支付宝', '微信支付'],
    transfer: ['transfer', 'bank-transfer', '转账', '对公转账', '银行转账'],
});
export type PaymentMethod = keyof typeof PAYMENT_METHODS.words;

/**
 * A frequency written without a period (`周期 定期` / `周期 不定期`): keywords of the grammar, listed
 * here so that messages name them in the reader's language.
 */
export const VAGUE_FREQUENCY_WORDS = vocabulary(['周期说法', 'frequency wording'], {
    regular: ['regular', 'regularly', '定期'],
    occasional: ['occasional', 'from-time-to-time', '不定期'],
});

/** GB/T 总则 8.1's process stages. */
export const PROCESS_STEPS = vocabulary(['服务环节', 'process step'], {
    appointment: ['appointment', 'booking', '预约'],
    acceptance: ['acceptance', 'intake', '受理'],
    handling: ['handling', 'processing', '处理'],
    reply: ['reply', 'answer', '答复'],
    archiving: ['archiving', 'archive', '归档'],
    revisit: ['revisit', 'follow-up', '回访'],
    evaluation: ['evaluation', 'rating', '评价'],
    record: ['record', 'logging', '记录'],
    investigation: ['investigation', 'investigate', '调查'],
    feedback: ['feedback', '反馈'],
});
export type ProcessStep = keyof typeof PROCESS_STEPS.words;

export const SURVEY_METHODS = vocabulary(['满意度调查方式', 'survey method'], {
    direct: ['direct', 'interview', '直接沟通', '访谈'],
    questionnaire: ['questionnaire', 'survey', '问卷', '调查问卷'],
    agency: ['agency', 'third-party', '第三方机构', '委托机构', '专业机构'],
    complaints: ['complaints', 'complaint-analysis', '投诉', '投诉分析'],
    callback: ['callback', 'phone-survey', 'phone', 'telephone', '电话回访', '电话调查', '回访'],
});
export type SurveyMethod = keyof typeof SURVEY_METHODS.words;

/** GB/T 总则 8.2.1's agreement contents. */
export const AGREEMENT_ITEMS = vocabulary(['协议内容', 'agreement item'], {
    content: ['content', 'scope', '内容', '服务内容'],
    time: ['time', 'schedule', '时间', '服务时间'],
    place: ['place', 'location', '地点', '服务地点'],
    fees: ['fees', 'charges', '费用', '费用明细'],
    changes: ['changes', 'change-procedure', '变更', '变更手续'],
    // Filing the contract's documents when the service is done (cable drafting note, item 四).
    archiving: ['archiving', 'filing', '存档', '归档', '文档存档'],
});
export type AgreementItem = keyof typeof AGREEMENT_ITEMS.words;

export const CRISIS_MEASURES = vocabulary(['危机处理措施', 'crisis measure'], {
    trace: ['trace', 'root-cause', '溯源', '追溯'],
    publicize: ['publicize', 'publish', 'announce', '公示', '公告'],
    recall: ['recall', '召回'],
    compensate: ['compensate', 'compensation', '赔付', '赔偿'],
});
export type CrisisMeasure = keyof typeof CRISIS_MEASURES.words;

/** Per vocabulary: its spellings lowercased, and the words looked up before as written. */
const indexCache = new WeakMap<Vocabulary<string>, { spellings: Map<string, string>; seen: Map<string, string | undefined> }>();
/**
 * A 100,000-line policy looks up ~100,000 words (units, kinds, steps …), a few dozen distinct ones:
 * each is lowercased once, not on every lookup. Past this many distinct words the memory starts over.
 */
const MAX_SEEN = 4096;

/** Canonical value of a word, case-insensitive for Latin words; undefined if unknown. */
export function lookup<C extends string>(vocab: Vocabulary<C>, word: string | undefined): C | undefined {
    if (word === undefined) return undefined;
    let index = indexCache.get(vocab);
    if (!index) {
        index = { spellings: new Map(), seen: new Map() };
        for (const [canonical, spellings] of Object.entries(vocab.words) as Array<[string, string[]]>) {
            for (const s of spellings) index.spellings.set(s.toLowerCase(), canonical);
        }
        indexCache.set(vocab, index);
    }
    const known = index.seen.get(word);
    if (known !== undefined || index.seen.has(word)) return known as C | undefined;
    const found = index.spellings.get(word.toLowerCase());
    // a new map, not clear(): a cleared table would keep its words alive (parse/workspace-cache.ts)
    if (index.seen.size >= MAX_SEEN) index.seen = new Map();
    index.seen.set(word, found);
    return found as C | undefined;
}

/** Every accepted spelling, for completion and "did you mean" lists. */
export function spellings(vocab: Vocabulary<string>): string[] {
    return Object.values(vocab.words).flat() as string[];
}

const ALL_VOCABULARIES = (): Array<Vocabulary<string>> => [
    START_EVENTS, SERVICE_KINDS, CHANNEL_KINDS, PAYERS, SHIPPING_CASES, SALES_CHANNELS, BUYERS, PRODUCT_KINDS, GOODS_CONDITIONS, CAR_RETURN_CASES, OUTLET_KINDS,
    EXEMPTION_KINDS, PAYMENT_METHODS, PROCESS_STEPS, SURVEY_METHODS, AGREEMENT_ITEMS, CRISIS_MEASURES, DAY_SPECS, UNITS, CURRENCIES, VAGUE_FREQUENCY_WORDS,
    SHARING_BASES,
];

/**
 * A canonical value (`receipt`, `complaint` …) as a word of the message language: the first
 * Chinese spelling for zh, the canonical id for en; a value no vocabulary knows stays as it is.
 * The one place messages turn enum values into words.
 */
export function valueWord(value: string, lang: 'zh' | 'en'): string {
    if (lang === 'en') return value;
    for (const v of ALL_VOCABULARIES()) {
        if (Object.hasOwn(v.words, value)) return wordIn(v, value, lang);
    }
    return value;
}

/** A value of one vocabulary in the message language (the first Chinese spelling for zh). */
export function wordIn<C extends string>(vocab: Vocabulary<C>, value: C, lang: 'zh' | 'en'): string {
    if (lang === 'en') return value;
    return vocab.words[value]?.find((w) => CJK.test(w)) ?? value;
}

/** Unit words read before, as written (`小时内` is read with its suffix stripped once, not per duration). */
let unitsSeen = new Map<string, Unit | undefined>();

/** A unit word may carry a trailing 内 / 以内 ("2小时内"): strip it before lookup. */
export function lookupUnit(word: string | undefined): Unit | undefined {
    if (word === undefined) return undefined;
    const known = unitsSeen.get(word);
    if (known !== undefined || unitsSeen.has(word)) return known;
    const unit = lookup(UNITS, word) ?? lookup(UNITS, word.replace(/(以内|之内|内)$/, ''));
    if (unitsSeen.size >= MAX_SEEN) unitsSeen = new Map();
    unitsSeen.set(word, unit);
    return unit;
}

/** A short list of accepted words for an error message, in the message's language. */
export function expected(vocab: Vocabulary<string>, lang: 'zh' | 'en'): string {
    // The first spelling in the message's language (English spellings come first, so en takes the canonical one).
    const pick = (ws: readonly string[]) => ws.find((w) => CJK.test(w) === (lang === 'zh')) ?? ws[0];
    return (Object.values(vocab.words) as string[][]).map(pick).join(LIST_SEPARATOR[lang]);
}

