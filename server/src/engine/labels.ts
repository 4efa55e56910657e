import type { Bilingual } from '../i18n/locale.js';
import { MODEL_SHAPE } from '../model/generated/shape.js';
import * as VOCABULARIES from '../parse/vocabulary.js';
import { SERVICE_KINDS, CHANNEL_KINDS, CAR_RETURN_CASES, wordIn, type Vocabulary } from '../parse/vocabulary.js';
import { CJK } from '../shared/cjk.js';
import { parsePath } from './paths.js';

/** What a path means, for messages ("退款时限 / refund deadline"). Unknown paths read as themselves. */
const LABELS: Record<string, Bilingual> = {
    'provider': { zh: '服务提供方信息', en: 'provider details' },
    'provider.name': { zh: '提供方名称', en: 'provider name' },
    'provider.licence': { zh: '营业执照/统一社会信用代码', en: 'business licence / credit code' },
    'provider.scope': { zh: '经营范围', en: 'business scope' },
    'provider.address': { zh: '办公地址', en: 'office address' },
    'provider.contact': { zh: '联系方式', en: 'contact details' },
    'network': { zh: '服务网络', en: 'service network' },
    'network.outlets': { zh: '服务网点', en: 'service outlets' },
    'products.categories': { zh: '产品品类', en: 'product categories' },
    'products.categories.custom': { zh: '定制', en: 'custom-made' },
    'products.categories.kind': { zh: '产品类型', en: 'product type' },
    'products.categories.buyers': { zh: '客户类型', en: 'buyers' },
    'products.categories.sales': { zh: '销售方式', en: 'sales channels' },
    'products.categories.exempt': { zh: '品类的无理由退货除外', en: "a category's no-reason-return exemption" },
    'products.categories.condition': { zh: '商品成色', en: 'goods condition' },
    'products.categories.conditionDisclosed': { zh: '售前告知商品实际状况（含瑕疵）', en: 'disclosure of the actual condition, defects included, before the sale' },
    'products.categories.riskNotice': { zh: '跨境商品风险告知书', en: 'cross-border risk notice' },
    'channels': { zh: '服务渠道', en: 'service channels' },
    'channels.kind': { zh: '渠道类型', en: 'channel types' },
    'channels.contact': { zh: '联系方式', en: 'contact' },
    'channels.hours': { zh: '服务时段', en: 'opening hours' },
    'services': { zh: '服务项目', en: 'services' },
    'services.respond': { zh: '响应时限', en: 'response time' },
    'services.resolve': { zh: '解决时限', en: 'resolution time' },
    'services.channels': { zh: '受理渠道', en: 'channels used' },
    'services.steps': { zh: '服务流程环节', en: 'process steps' },
    'services.escalation': { zh: '升级机制', en: 'escalation' },
    'services.record': { zh: '服务记录', en: 'service record' },
    'services.loaner': { zh: '代用品', en: 'loaner goods' },
    'services.loanerRefused': { zh: '不提供代用品', en: 'that no loaner is lent' },
    'services.arrive': { zh: '上门到场时限', en: 'on-site arrival time' },
    'services.respondEstimate': { zh: '预计响应时间（非承诺）', en: 'estimated response time (no promise)' },
    'services.arriveEstimate': { zh: '预计到场时间（非承诺）', en: 'estimated arrival time (no promise)' },
    'services.resolveEstimate': { zh: '预计解决时间（非承诺）', en: 'estimated resolution time (no promise)' },
    'services.resolveFromArrival': { zh: '解决时限自到场起算', en: 'resolution counted from arrival' },
    'services.respondRegion': { zh: '分区域响应时限', en: 'response time by region' },
    'services.arriveRegion': { zh: '分区域到场时限', en: 'arrival time by region' },
    'services.resolveRegion': { zh: '分区域解决时限', en: 'resolution time by region' },
    'services.respondRegions': { zh: '分区域响应时限', en: 'response time by region' },
    'services.arriveRegions': { zh: '分区域到场时限', en: 'arrival time by region' },
    'services.resolveRegions': { zh: '分区域解决时限', en: 'resolution time by region' },
    'fees.basis': { zh: '收费方式', en: 'how the fee is set' },
    'services.pricing': { zh: '收费方式', en: 'pricing' },
    'fees': { zh: '收费项目', en: 'fee items' },
    'fees.amount.upTo': { zh: '价格范围上限', en: 'upper bound of a price range' },
    'fees.disclosed': { zh: '费用事先告知', en: 'fee disclosure before service' },
    'warranty': { zh: '保修条款', en: 'warranty' },
    'warranty.start': { zh: '保修期起算时点', en: 'warranty start' },
    'warranty.covers': { zh: '保修范围与期限', en: 'warranty coverage' },
    'warranty.wearParts': { zh: '易损件说明', en: 'wear parts' },
    'warranty.spareParts': { zh: '备件保留期', en: 'spare-parts retention' },
    'warranty.sparePartsRefused': { zh: '不保留备件', en: 'that no spare parts are kept' },
    'warranty.exclusions': { zh: '不保修情形', en: 'warranty exclusions' },
    'warranty.noInvoiceStart': { zh: '无发票时的保修起算时点', en: 'warranty start without an invoice' },
    'warranty.noInvoiceOffset': { zh: '无发票时的起算后推期', en: 'period added without an invoice' },
    'warranty.covers.since': { zh: '适用的购买日期', en: 'purchase date the period applies from' },
    'network.counts': { zh: '服务网点数量', en: 'number of service outlets' },
    'privacy.rights': { zh: '个人信息权利', en: 'data-subject rights' },
    'privacy.rightsVia': { zh: '行使个人信息权利的渠道', en: 'channel for data-subject rights' },
    'satisfaction.reportEvery': { zh: '满意度报告周期', en: 'satisfaction report frequency' },
    'agreement.amendOnPublication': { zh: '“公布即生效”的单方修改条款', en: 'a one-sided change effective on publication' },
    'agreement.deemedAcceptance': { zh: '“继续使用视为同意”的条款', en: 'acceptance deemed by continued use' },
    'agreement.cancellation': { zh: '取消条款', en: 'cancellation term' },
    'followUp.trigger': { zh: '触发回访的服务', en: 'service that triggers a follow-up' },
    'returns.shipping.after': { zh: '运费承担的起始期', en: 'from when the freight rule applies' },
    'returns.shipping.products': { zh: '运费规则适用的商品', en: 'goods the freight rule covers' },
    'warranty.recall': { zh: '召回制度', en: 'recall practice' },
    'warranty.repairTime': { zh: '维修时限', en: 'repair time limit' },
    'returns.noReason.exemptions': { zh: '无理由退货的除外商品', en: 'goods excluded from no-reason returns' },
    'returns.noReason.confirmed': { zh: '除外商品经购买时确认', en: 'exclusions confirmed at purchase' },
    'warranty.covers.period': { zh: '整机保修（三包）期', en: 'whole-unit warranty (三包) period' },
    'warranty.covers.mileage': { zh: '整机保修里程', en: 'whole-unit warranty mileage' },
    'warranty.mainParts': { zh: '主要部件保修期', en: 'main-part warranty periods' },
    'warranty.mainParts.period': { zh: '主要部件保修（三包）期', en: 'main-part warranty (三包) period' },
    'warranty.repairTimeExcluded': { zh: '“维修时间不计入保修期”的说明', en: "statement that repair time does not count towards the period" },
    'warranty.exchangeRestarts': { zh: '“换货后保修期重新计算”的说明', en: 'statement that an exchange restarts the period' },
    'returns.performanceFault.return': { zh: '性能故障退货期限', en: 'performance-fault return window' },
    'returns.performanceFault.exchange': { zh: '性能故障换货期限', en: 'performance-fault exchange window' },
    'returns.failedRepairs': { zh: '“修理后仍故障可换货或退货”的规定', en: 'rule for goods still failing after repairs' },
    'warranty.sanbaoPeriod': { zh: '三包有效期', en: '三包 (exchange and return) period' },
    'warranty.sanbaoPeriod.period': { zh: '三包有效期', en: '三包 (exchange and return) period' },
    'warranty.sanbaoPeriod.mileage': { zh: '三包有效期里程', en: '三包 (exchange and return) mileage' },
    'warranty.carLoaner': { zh: '备用车（或交通费用补偿）', en: 'loaner car (or transport allowance)' },
    'warranty.carLoaner.after': { zh: '提供备用车前的单次修理天数', en: 'days one repair may take before a loaner car' },
    'returns.carReturns': { zh: '换车退车期限', en: 'car exchange-or-return windows' },
    'returns.carReturns.period': { zh: '换车退车期限', en: 'car exchange-or-return window' },
    'returns.carReturns.mileage': { zh: '换车退车里程', en: 'car exchange-or-return mileage' },
    'returns.usageCompensation': { zh: '使用补偿系数', en: 'use-charge coefficient' },
    'returns.carRepairLimit': { zh: '累计修理换车退车的条件', en: 'car exchange-or-refund after repeated repairs' },
    'returns.carRepairLimit.days': { zh: '换车退车的累计修理天数门槛', en: 'repair-days threshold for a car exchange or refund' },
    'returns.carRepairLimit.repeats': { zh: '换车退车的同一问题修理次数门槛', en: 'same-problem repair count for a car exchange or refund' },
    'returns': { zh: '退换货条款', en: 'returns' },
    'returns.noReason': { zh: '七日无理由退货', en: 'no-reason return' },
    'returns.noReason.refused': { zh: '不提供无理由退货', en: 'that no no-reason return is offered' },
    'returns.noReason.window.duration': { zh: '无理由退货期限', en: 'no-reason return window' },
    'returns.noReason.window.start': { zh: '无理由退货起算时点', en: 'start of the no-reason window' },
    'returns.exchange.duration': { zh: '换货期限', en: 'exchange window' },
    'returns.defectReturn.duration': { zh: '质量问题退货期限', en: 'defect return window' },
    'returns.refund': { zh: '退款时限', en: 'refund deadline' },
    'returns.refundOriginalMethod': { zh: '原路退款', en: 'refund by the original payment method' },
    'returns.conditions': { zh: '退换货条件', en: 'return conditions' },
    'returns.shipping': { zh: '退货运费承担', en: 'return shipping' },
    'payment.methods': { zh: '支付方式', en: 'payment methods' },
    'privacy': { zh: '个人信息保护', en: 'personal information' },
    'privacy.purpose': { zh: '个人信息使用目的', en: 'purpose of personal data' },
    'privacy.retention': { zh: '个人信息保存期限', en: 'data retention period' },
    'privacy.thirdParties': { zh: '个人信息接收方', en: 'third parties receiving data' },
    'privacy.separateConsent': { zh: '向第三方提供前的单独同意', en: 'separate consent before sharing' },
    'privacy.sharingBases': { zh: '向第三方提供的依据（合同必需、法定义务或受托处理）', en: 'grounds for sharing other than consent (contract, legal duty or entrusted processing)' },
    'privacy.consentRecipients': { zh: '以同意为依据接收个人信息的第三方', en: 'recipients given data on consent' },
    'privacy.security': { zh: '安全措施', en: 'security measures' },
    'privacy.requests': { zh: '查询/删除个人信息的渠道', en: 'channel for access and deletion requests' },
    'satisfaction': { zh: '满意度管理', en: 'satisfaction management' },
    'satisfaction.methods': { zh: '满意度调查方式', en: 'survey methods' },
    'satisfaction.every': { zh: '满意度调查周期', en: 'survey frequency' },
    'satisfaction.everyVague': { zh: '未定周期的调查（定期/不定期，不构成周期承诺）', en: 'survey without a period (regularly / from time to time: no period promised)' },
    'satisfaction.report': { zh: '满意度书面报告', en: 'written satisfaction report' },
    'satisfaction.improvement': { zh: '改进措施', en: 'improvement actions' },
    'satisfaction.index': { zh: '满意度指数', en: 'satisfaction index' },
    'staff': { zh: '人员要求', en: 'staff' },
    'staff.manager': { zh: '售后服务管理师', en: 'after-sales service manager' },
    'staff.manager.certified': { zh: '售后服务管理师资格（持证）', en: 'certified after-sales service manager (qualification held)' },
    'staff.training': { zh: '培训周期', en: 'training frequency' },
    'staff.trainingVague': { zh: '未定周期的培训（不构成周期承诺）', en: 'training without a period (no period promised)' },
    'staff.certifiedTechnicians': { zh: '技术人员持证', en: 'certified technicians' },
    'staff.headcount': { zh: '服务人员数量', en: 'number of service staff' },
    'staff.uniform': { zh: '统一着装', en: 'uniform' },
    'staff.badge': { zh: '佩戴工牌', en: 'badge' },
    'agreement': { zh: '书面服务协议', en: 'written service agreement' },
    'agreement.written': { zh: '书面协议', en: 'written agreement' },
    'agreement.items': { zh: '协议内容', en: 'agreement contents' },
    'crisis': { zh: '危机事件处理预案', en: 'crisis plan' },
    'crisis.team': { zh: '应急小组', en: 'emergency team' },
    'crisis.measures': { zh: '危机处理措施', en: 'crisis measures' },
    'followUp': { zh: '回访', en: 'follow-up visits' },
    'knowledgeBase': { zh: '知识库/信息库', en: 'knowledge base' },
    'suppliers': { zh: '供应商管理', en: 'supplier management' },
    'suppliers.qualified': { zh: '供应商资质审核', en: 'supplier qualification' },
    'suppliers.contract': { zh: '供应商合作协议', en: 'supplier agreements' },
    'suppliers.evaluate': { zh: '供应商评估周期', en: 'supplier evaluation' },
    'suppliers.evaluateVague': { zh: '未定周期的供应商评估（不构成周期承诺）', en: 'supplier evaluation without a period (no period promised)' },
    'texts': { zh: '政策文字', en: 'policy text' },
};

const labelCache = new Map<string, Bilingual>();

/** The label of a path (cached: every check asks for it on every policy). */
export function labelOf(path: string): Bilingual {
    let label = labelCache.get(path);
    if (!label) {
        label = computeLabel(path);
        labelCache.set(path, label);
    }
    return label;
}

function computeLabel(path: string): Bilingual {
    const plain = path.replace(/\[[^\]]*\]/g, '');
    const base = LABELS[plain] ?? { zh: plain, en: plain };
    const kind = /^services\[kind=([\w-]+)\]/.exec(path)?.[1] as keyof typeof SERVICE_KINDS.words | undefined;
    if (kind && SERVICE_KINDS.words[kind]) {
        const zhKind = SERVICE_KINDS.words[kind].find((w) => CJK.test(w)) ?? kind;
        return plain === 'services'
            ? { zh: `${zhKind}服务`, en: `${kind} service` }
            : { zh: `${zhKind}服务的${base.zh}`, en: `${base.en} of the ${kind} service` };
    }
    // The car rule's windows differ by case: name it (`动力总成的换车退车期限`, `car exchange-or-return window for powertrain`).
    const car = /^returns\.carReturns\[case=([\w-]+)\]/.exec(path)?.[1] as keyof typeof CAR_RETURN_CASES.words | undefined;
    if (car && CAR_RETURN_CASES.words[car]) {
        return { zh: `${wordIn(CAR_RETURN_CASES, car, 'zh')}的${base.zh}`, en: `${base.en} for ${car.replace(/-/g, ' ')}` };
    }
    const ch = /^channels\[kind=([\w-]+)\]/.exec(path)?.[1] as keyof typeof CHANNEL_KINDS.words | undefined;
    if (ch && CHANNEL_KINDS.words[ch]) {
        const zhKind = CHANNEL_KINDS.words[ch].find((w) => CJK.test(w)) ?? ch;
        return plain === 'channels'
            ? { zh: `${zhKind}渠道`, en: `${ch} channel` }
            : { zh: `${zhKind}渠道的${base.zh}`, en: `${base.en} of the ${ch} channel` };
    }
    return base;
}

/** Values of a few non-vocabulary fields, as the writer reads them. */
const VALUE_WORDS: Record<string, Bilingual> = {
    'services.pricing=paid': { zh: '收费', en: 'paid' },
    'services.pricing=paid-after-warranty': { zh: '保修期外收费', en: 'paid after the warranty' },
    'services.pricing=free': { zh: '免费', en: 'free' },
    'staff.manager.certified=true': { zh: '持证', en: 'certified' },
    'warranty.covers.whole=true': { zh: '整机', en: 'whole unit' },
};

/** The vocabulary a model field takes its words from (from the generated model shape). */
function vocabularyOf(plain: string): Vocabulary<string> | undefined {
    let type = 'PolicyModel';
    let name: string | undefined;
    for (const seg of plain.split('.')) {
        const f = MODEL_SHAPE[type]?.[seg];
        if (!f) return undefined;
        name = f.vocabulary;
        type = f.type ?? '';
    }
    const v = name ? (VOCABULARIES as Record<string, unknown>)[name] : undefined;
    return v && typeof v === 'object' && 'words' in v ? (v as Vocabulary<string>) : undefined;
}

/** A canonical value of `plain.field` in words (`field` = 'value': a word of `plain` itself). */
function filterWords(plain: string, field: string, value: string): Bilingual {
    const named = VALUE_WORDS[`${plain}.${field}=${value}`];
    if (named) return named;
    if (value === 'true') return labelOf(`${plain}.${field}`);
    const key = field === 'value' ? plain : `${plain}.${field}`;
    const vocab = vocabularyOf(key) ?? vocabularyOf(`${key}.kind`);
    return vocab && value in vocab.words ? { zh: wordIn(vocab, value, 'zh'), en: wordIn(vocab, value, 'en') } : { zh: value, en: value.replace(/-/g, ' ') };
}

/** Catalog values (canonical words) in the reader's language: `receipt` → 签收. Non-words pass through. */
export function valueWords(path: string, values: Array<string | number | boolean>): Bilingual {
    const plain = path.replace(/\[[^\]]*\]/g, '');
    const words = values.map((v) => filterWords(plain, 'value', String(v)));
    return { zh: words.map((w) => w.zh).join('、'), en: words.map((w) => w.en).join(', ') };
}

/**
 * A path in the policy writer's words, its filters included: `staff.manager[certified=true]` →
 * 售后服务管理师（持证） / after-sales service manager (certified). Never the raw path.
 */
export function pathWords(path: string): Bilingual {
    const base = labelOf(path);
    const quals: Bilingual[] = [];
    let plain = '';
    parsePath(path).forEach((seg, i) => {
        plain = plain ? `${plain}.${seg.name}` : seg.name;
        for (const f of seg.filters) {
            // labelOf already reads the kind of a service or channel.
            if (i === 0 && f.field === 'kind' && (seg.name === 'services' || seg.name === 'channels')) continue;
            quals.push(filterWords(plain, f.field, f.value));
        }
    });
    // a qualifier the label already says (整机保修期 + 整机) is not repeated
    const more = quals.filter((q) => !base.zh.includes(q.zh));
    if (!more.length) return base;
    quals.splice(0, quals.length, ...more);
    return { zh: `${base.zh}（${quals.map((q) => q.zh).join('、')}）`, en: `${base.en} (${quals.map((q) => q.en).join(', ')})` };
}
