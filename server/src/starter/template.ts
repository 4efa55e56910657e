/**
 * The starter template (`aspl init`, the editor's "New policy" wizard): a complete policy in Chinese or English
 * keywords for one company, product type and set of sales channels. Pure (no vscode import),
 * so tests can parse what it writes.
 */

import { keywords, type AstTypeName, type Keyword } from '../parse/grammar-map.js';
import {
    CAR_RETURN_CASES, BUYERS, CHANNEL_KINDS, CRISIS_MEASURES, DAY_SPECS, EXEMPTION_KINDS, OUTLET_KINDS, PAYERS, PAYMENT_METHODS, PROCESS_STEPS, SERVICE_KINDS,
    SHIPPING_CASES, START_EVENTS, SURVEY_METHODS, wordIn, type ChannelKind, type ProcessStep, type ServiceKind, type StartEvent,
} from '../parse/vocabulary.js';
import { PRODUCT_TYPES, SALES_CHANNELS, aspString, type SalesChannel, type TemplateOptions } from './choices.js';

export function starterPolicy(o: TemplateOptions): string {
    const zh = o.keywords === 'zh';
    const product = PRODUCT_TYPES.find((p) => p.id === o.product) ?? PRODUCT_TYPES[PRODUCT_TYPES.length - 1];
    const custom = o.custom ?? !!product.custom;
    const channels = o.channels.length ? o.channels : ['online' as SalesChannel];
    const online = channels.includes('online');
    const offline = channels.includes('offline');
    const consumers = online || offline;
    const today = o.effective ?? new Date().toISOString().slice(0, 10);
    const year = today.slice(0, 4);
    const company = aspString(o.company.trim());
    const installs = ['appliance', 'furniture', 'telecom'].includes(product.id);
    // Goods with national 三包 rules get their terms (CN-SANBAO): performance faults, repeated repairs, counting.
    const sanbao = ['appliance', 'vehicle'].includes(product.id);
    const car = product.id === 'vehicle';
    const standards = ['GBT-AS-GENERAL', ...(custom ? ['T-CGCC-CUSTOM'] : [])];
    const lang = o.keywords;
    /** Keywords from the grammar map, vocabulary words from their vocabularies, texts in the policy's language. */
    const k = (rule: AstTypeName, ...words: Keyword[]) => keywords(lang, rule, ...words);
    const t = (zhText: string, enText: string) => (zh ? zhText : enText);
    const list = (...items: string[]) => items.filter(Boolean).join(zh ? '、' : ', ');
    /** A duration as the starter writes it: `3天内` after a keyword that says "within" in English, else `3天`; `3 days`. */
    const within = (n: number, zhUnit: string, enUnit: string) => t(`${n}${zhUnit}内`, `${n} ${enUnit}`);
    const span = (n: number, zhUnit: string, enUnit: string) => t(`${n}${zhUnit}`, `${n} ${enUnit}`);
    const sales = list(...channels.map((c) => SALES_CHANNELS.find((s) => s.id === c)!.word[lang]));
    const buyers = list(consumers ? wordIn(BUYERS, 'consumers', lang) : '', channels.includes('contract') ? wordIn(BUYERS, 'businesses', lang) : '');
    const hotline = t('客服热线', 'hotline');
    const mailbox = t('客服邮箱', 'mailbox');
    const via = list(hotline, online ? t('在线客服', 'webchat') : '', offline ? t('服务门店', 'store') : '');
    const service = (kind: ServiceKind, label: string, lines: string[]) => [
        `  ${k('Service', 'service')} ${wordIn(SERVICE_KINDS, kind, lang)} ${aspString(label)} ${k('Pricing', 'free')} {`, ...lines.map((l) => `    ${l}`), '  }',
    ];
    const steps = (...s: ProcessStep[]) => `${k('Service', 'steps')} ${list(...s.map((x) => wordIn(PROCESS_STEPS, x, lang)))}`;
    const windowFrom = (n: number, start: StartEvent) => `${span(n, '天', 'days')} ${k('Window', 'from')} ${wordIn(START_EVENTS, start, lang)}`;
    const channel = (name: string, kind: ChannelKind, contact: string, hours: string) =>
        `  ${k('Channel', 'channel')} ${name} ${wordIn(CHANNEL_KINDS, kind, lang)} ${aspString(contact)} ${k('Channel', 'hours')} ${hours}`;
    const daily = (from: string, to: string) => `${from}-${to} ${wordIn(DAY_SPECS, 'daily', lang)}`;
    /** A fact the writer gave, else its TODO placeholder. */
    const fact = (name: keyof NonNullable<TemplateOptions['facts']>, placeholder: string) => o.facts?.[name]?.trim() || placeholder;
    const L: string[] = [];
    const add = (...lines: string[]) => L.push(...lines);

    add(
        t(`// 售后服务政策 — ${o.company.trim()}`, `// After-sales service policy — ${o.company.trim()}`),
        t('// ASPL 起步政策（aspl init 或编辑器“从模板新建政策”生成）。请把 TODO 与“待填写”换成贵公司的实际内容，再运行检查、查看合规报告。',
            '// ASPL starter policy (from `aspl init` or the editor\'s "New Policy from Template"). Replace every TODO, then run the check and read the compliance report.'),
        '',
        `${k('Policy', 'policy')} ${t('售后政策', 'AfterSales')} ${aspString(t(`${o.company.trim()}售后服务政策`, `${o.company.trim()} after-sales service policy`))} {`,
        `  ${k('Version', 'version')} "${year}.1"`,
        `  ${k('Effective', 'effective')} ${today}`,
        '',
        `  ${k('Provider', 'provider')} ${company} {`,
        `    ${k('Provider', 'license')} ${aspString(fact('license', t('TODO：统一社会信用代码', 'TODO: unified social credit code')))}`,
        `    ${k('Provider', 'scope')} ${aspString(fact('scope', t(`TODO：${product.zh}的生产、销售及售后服务`, `TODO: manufacture, sale and after-sales service of ${product.en.toLowerCase()}`)))}`,
        `    ${k('Provider', 'address')} ${aspString(fact('address', t('TODO：公司注册地址', 'TODO: registered address')))}`,
        `    ${k('Provider', 'contact')} ${aspString([o.facts?.phone?.trim(), o.facts?.email?.trim()].filter(Boolean).join(' / ') || t('TODO：400 热线／服务邮箱', 'TODO: hotline / service e-mail'))}`,
        '  }',
        '',
        `  ${k('Network', 'network')} {`,
        `    ${k('Outlet', 'outlet')} ${aspString(t('TODO：售后服务中心', 'TODO: service centre'))} ${wordIn(OUTLET_KINDS, 'self-run', lang)} ${k('Outlet', 'address')} ${aspString(fact('address', t('TODO：地址', 'TODO: address')))}`,
        '  }',
        '',
        `  ${k('Applies', 'applies')} ${list(...standards)}`,
        '',
        `  ${k('Products', 'products')} {`,
        `    ${k('Category', 'category')} ${aspString(t(`TODO：${product.zh}`, `TODO: ${product.en}`))}${custom ? ` ${k('Category', 'custom')}` : ''} ${k('Category', 'sold')} ${sales} ${k('Category', 'buyers')} ${buyers} ${k('Category', 'kind')} ${product.word[lang]}`,
        '  }',
        '',
        channel(hotline, 'phone', fact('phone', t('TODO：400-000-0000', 'TODO: 400-000-0000')), daily('08:30', '21:00')),
        ...(online ? [channel(t('在线客服', 'webchat'), 'online', t('官方网店在线客服', 'Web shop live chat'), t('全天候', '24/7'))] : []),
        ...(offline ? [channel(t('服务门店', 'store'), 'onsite', fact('address', t('TODO：门店地址', 'TODO: store address')), daily('09:00', '21:00'))] : []),
        channel(mailbox, 'email', fact('email', t('TODO：service@example.com', 'TODO: service@example.com')), t('7×24', '7x24')),
        '',
        ...service('consultation', t('售前售后咨询', 'Pre- and after-sales questions'), [
            `${k('Service', 'via')} ${list(via, mailbox)}`,
            `${k('Service', 'respond', 'within')} ${within(1, '小时', 'hours')}`,
            `${k('Service', 'resolve', 'within')} ${within(1, '个工作日', 'working days')}`,
        ]),
        ...(installs ? service('installation', t('送货安装', 'Delivery and installation'), [
            `${k('Service', 'via')} ${via}`,
            `${k('Service', 'respond', 'within')} ${within(24, '小时', 'hours')}`,
            `${k('Service', 'resolve', 'within')} ${within(3, '天', 'days')}`,
            steps('appointment', 'acceptance', 'handling', 'evaluation'),
            `${k('Service', 'area')} ${aspString(t('TODO：服务覆盖的城市', 'TODO: cities served'))}`,
        ]) : []),
        ...service('repair', t('保修期内维修', 'Repairs under warranty'), [
            `${k('Service', 'via')} ${via}`,
            `${k('Service', 'respond', 'within')} ${within(24, '小时', 'hours')}`,
            `${k('Service', 'resolve', 'within')} ${within(7, '天', 'days')}`,
            `${k('Escalation', 'escalate', 'after')} ${span(7, '天', 'days')} ${k('Escalation', 'to')} ${aspString(t('售后服务主管', 'After-sales supervisor'))}`,
            steps('acceptance', 'handling', 'reply', 'archiving', 'revisit'),
        ]),
        ...service('complaint', t('投诉受理', 'Complaints'), [
            `${k('Service', 'via')} ${list(via, mailbox)}`,
            `${k('Service', 'respond', 'within')} ${within(2, '小时', 'hours')}`,
            `${k('Service', 'resolve', 'within')} ${within(3, '个工作日', 'working days')}`,
            `${k('Escalation', 'escalate', 'after')} ${span(48, '小时', 'hours')} ${k('Escalation', 'to')} ${aspString(t('客户服务经理', 'Customer service manager'))}`,
            steps('acceptance', 'handling', 'reply', 'archiving', 'revisit'),
            `${k('Service', 'record')} ${aspString(t('投诉在工单系统中登记，可凭工单号查询处理进度', 'Every complaint is logged with a ticket number the customer can track'))}`,
        ]),
        '',
        `  ${k('Fee', 'fee')} ${t('检测 "保外上门检测费" 50元/次', 'visit "Call-out fee after warranty" 50 CNY per visit')} ${k('Fee', 'disclosed-before-service')}`,
        '',
        `  ${k('Warranty', 'warranty')} ${k('Warranty', 'from')} ${wordIn(START_EVENTS, installs ? 'installation' : 'receipt', lang)} {`,
        car ? `    ${k('Cover', 'cover')} ${t('"整车" 3年 或 6万公里', '"Whole vehicle" 3 years or 60000 km')}` : `    ${k('Cover', 'cover')} ${t('"整机" 1年', '"Whole unit" 1 years')}`,
        `    ${k('Warranty', 'wear-parts')} ${aspString(t('TODO：易损件名称', 'TODO: wear parts'))}`,
        `    ${k('Warranty', 'spare-parts', 'kept')} ${span(5, '年', 'years')}`,
        `    ${k('Warranty', 'recall')} ${aspString(t('发现批次安全隐患时公告召回并通知购买者', 'Batches with a safety defect are recalled and buyers notified'))}`,
        `    ${k('Warranty', 'repair-time')} ${span(15, '天', 'days')}`,
        ...(sanbao ? [`    ${k('Warranty', 'repair-time-excluded')}`, `    ${k('Warranty', 'exchange-restarts')}`] : []),
        // Household cars: the 三包 period beside the free-repair cover (art. 18) and the loaner car after 5 days of repair (art. 21).
        ...(car ? [
            `    ${k('SanbaoPeriod', 'exchange-return-period')} ${t('2年 或 5万公里', '2 years or 50000 km')}`,
            `    ${k('CarLoaner', 'car-loaner')} ${k('CarLoaner', 'after')} ${span(5, '日', 'days')}`,
        ] : []),
        '  }',
        '',
        `  ${k('Returns', 'returns')} {`,
        ...(sanbao && !car ? [`    ${k('PerformanceFault', 'performance-fault')} ${k('PerformanceFault', 'return')} ${span(7, '天', 'days')} ${k('PerformanceFault', 'exchange')} ${span(15, '天', 'days')} ${k('PerformanceFault', 'from')} ${wordIn(START_EVENTS, 'receipt', lang)}`] : []),
        ...(sanbao ? [`    ${k('FailedRepairs', 'failed-repairs')} 2 ${t('次', 'times')} ${k('FailedRepairs', 'exchange-or-refund')}`] : []),
        // Household cars: the exchange-or-return windows of arts. 22 and 23, the use-charge coefficient's cap (art. 27) and art. 24(iv)'s thresholds.
        ...(car ? [
            `    ${k('CarReturn', 'car-return')} ${wordIn(CAR_RETURN_CASES, 'powertrain', lang)} ${span(7, '天', 'days')}`,
            `    ${k('CarReturn', 'car-return')} ${wordIn(CAR_RETURN_CASES, 'safety-failure', lang)} ${t('60天 或 3000公里', '60 days or 3000 km')}`,
            `    ${k('Returns', 'usage-compensation')} 0.5%`,
            `    ${k('CarRepairLimit', 'car-repair-limit')} ${t('30日 或 4次', '30 days or 4 times')}`,
        ] : []),
        ...(consumers ? [`    ${k('NoReason', 'no-reason')} ${windowFrom(7, 'receipt')}${custom ? ` ${k('NoReason', 'except')} ${wordIn(EXEMPTION_KINDS, 'custom', lang)} ${k('NoReason', 'confirmed-at-purchase')}` : ''}`] : []),
        `    ${k('Returns', 'exchange')} ${windowFrom(15, 'receipt')}`,
        `    ${k('Returns', 'return')} ${windowFrom(7, 'receipt')}`,
        `    ${k('Returns', 'refund')} ${t('内', 'within')} ${span(3, '天', 'days')} ${k('Returns', 'original-method')}`,
        `    ${k('Returns', 'condition')} ${aspString(t('无理由退货商品应保持完好，配件、赠品齐全', 'Goods returned without reason must be complete with their accessories'))}`,
        `    ${k('Shipping', 'shipping')} ${wordIn(SHIPPING_CASES, 'defect', lang)} ${k('Shipping', 'paid-by')} ${wordIn(PAYERS, 'seller', lang)}`,
        // 无理由退货 in both languages: `no-reason` is a keyword of its own, the vocabulary takes the Chinese spelling.
        ...(consumers ? [`    ${k('Shipping', 'shipping')} 无理由退货 ${k('Shipping', 'paid-by')} ${t('消费者', 'buyer')}`] : []),
        '  }',
        '',
        `  ${k('Payment', 'payment')} ${list(online ? t('支付宝、微信支付', 'online') : '', offline ? wordIn(PAYMENT_METHODS, 'cash', lang) : '', t('银行卡', 'card'), channels.includes('contract') ? t('对公转账', 'transfer') : '')}`,
        '',
        `  ${k('Privacy', 'privacy')} {`,
        `    ${k('Privacy', 'purpose')} ${aspString(t('仅用于订单履行、安装维修和售后回访', 'Order fulfilment, installation, repair and follow-up only'))}`,
        `    ${k('Privacy', 'retention')} ${span(2, '年', 'years')}`,
        `    ${k('Privacy', 'third-parties')} ${aspString(t('物流承运商（收货信息）', 'Couriers (delivery address)'))}`,
        `    ${k('Privacy', 'separate-consent')}`,
        `    ${k('Privacy', 'security')} ${list(aspString(t('订单数据加密存储', 'Encrypted storage')), aspString(t('最小权限访问', 'Least-privilege access')))}`,
        `    ${k('Privacy', 'requests-via')} ${list(hotline, mailbox)}`,
        '  }',
        '',
        `  ${k('Satisfaction', 'satisfaction')} {`,
        `    ${k('Satisfaction', 'survey')} ${list(wordIn(SURVEY_METHODS, 'callback', lang), wordIn(SURVEY_METHODS, 'questionnaire', lang), t('投诉分析', 'complaints'))}`,
        `    ${k('Satisfaction', 'every')} ${span(3, '个月', 'months')}`,
        `    ${k('Satisfaction', 'target')} 90%`,
        `    ${k('Satisfaction', 'report')}`,
        `    ${k('Satisfaction', 'improve')} ${aspString(t('TODO：如何根据调查结果改进服务', 'TODO: how survey results improve the service'))}`,
        '  }',
        '',
        `  ${k('Staff', 'staff')} {`,
        ...(custom ? [`    ${k('Manager', 'manager')} ${aspString(t('TODO：姓名', 'TODO: name'))} ${k('Manager', 'certified')}`] : []),
        `    ${k('Staff', 'training', 'every')} ${span(6, '个月', 'months')}`,
        `    ${k('Staff', 'certified-technicians')}`,
        `    ${k('Staff', 'uniform')}`,
        `    ${k('Staff', 'badge')}`,
        `    ${k('Staff', 'headcount')} 10`,
        '  }',
        '',
        `  ${k('Agreement', 'agreement', 'written')} { ${t('服务内容、服务时间、服务地点、费用明细、变更手续', 'content, time, place, fees, changes')} }`,
        '',
        `  ${k('Crisis', 'crisis-plan')} {`,
        `    ${k('Crisis', 'team')} ${aspString(t('TODO：由分管副总牵头的售后应急小组', 'TODO: after-sales emergency team'))}`,
        `    ${k('Crisis', 'measures')} ${list(...(['trace', 'publicize', 'compensate'] as const).map((m) => wordIn(CRISIS_MEASURES, m, lang)))}`,
        '  }',
        '',
        `  ${k('FollowUp', 'follow-up')} ${t('内', 'within')} ${span(3, '天', 'days')} ${k('FollowUp', 'via')} ${hotline}`,
        '',
        `  ${k('Knowledge', 'knowledge-base')} ${aspString(t('TODO：产品手册、常见故障与解决方法', 'TODO: manuals, known faults and their fixes'))}`,
        '',
        `  ${k('Suppliers', 'suppliers')} {`,
        `    ${k('Suppliers', 'qualified')}`,
        `    ${k('Suppliers', 'agreement')}`,
        `    ${k('Suppliers', 'evaluate', 'every')} ${span(1, '年', 'year')}`,
        '  }',
        '}',
    );
    return L.join('\n') + '\n';
}
