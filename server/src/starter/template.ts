/**
 * The starter template (`aspl init`, the editor's "New policy" wizard): a complete policy in Chinese or English
 * keywords for one company, product type and set of sales channels. Pure (no vscode import),
 * so tests can parse what it writes.
 */

export type ProductType = 'appliance' | 'furniture' | 'electronics' | 'cable' | 'telecom' | 'vehicle' | 'other';
export type SalesChannel = 'online' | 'offline' | 'contract';

export interface TemplateOptions {
    company: string;
    product: ProductType;
    /** Custom-made goods (made to measure): T/CGCC applies and the no-reason window excludes them. */
    custom?: boolean;
    channels: SalesChannel[];
    keywords: 'zh' | 'en';
    /** YYYY-MM-DD; today when absent. */
    effective?: string;
}

export const PRODUCT_TYPES: Array<{ id: ProductType; zh: string; en: string; word: { zh: string; en: string }; custom?: boolean }> = [
    { id: 'appliance', zh: '家用电器', en: 'Household appliances', word: { zh: '家电', en: 'appliance' } },
    { id: 'furniture', zh: '定制家具', en: 'Custom furniture', word: { zh: '家具', en: 'furniture' }, custom: true },
    { id: 'electronics', zh: '电子产品', en: 'Consumer electronics', word: { zh: '电子产品', en: 'electronics' } },
    { id: 'cable', zh: '电线电缆', en: 'Wires and cables', word: { zh: '电缆', en: 'cable' } },
    { id: 'telecom', zh: '通信设备', en: 'Telecom equipment', word: { zh: '通信设备', en: 'telecom' } },
    { id: 'vehicle', zh: '家用汽车', en: 'Passenger cars', word: { zh: '汽车', en: 'vehicle' } },
    { id: 'other', zh: '其他商品', en: 'Other goods', word: { zh: '其他', en: 'other' } },
];

export const SALES_CHANNELS: Array<{ id: SalesChannel; zh: string; en: string; word: { zh: string; en: string } }> = [
    { id: 'online', zh: '线上（网店、小程序、电视购物）', en: 'Online (web shop, app, TV shopping)', word: { zh: '网店', en: 'online' } },
    { id: 'offline', zh: '线下门店', en: 'Stores', word: { zh: '门店', en: 'offline' } },
    { id: 'contract', zh: '合同 / 项目（企业客户）', en: 'Contracts / projects (business buyers)', word: { zh: '合同', en: 'contract' } },
];

/** A string literal in ASPL: "…" with backslash escapes. */
export function aspString(s: string): string {
    return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/** A file name from a company name: Latin letters and digits kept, CJK kept, the rest dashes. */
export function fileNameFor(company: string): string {
    const base = company.trim().replace(/[（(].*?[)）]/g, '').replace(/(股份)?有限(责任)?公司$/, '')
        .replace(/[^A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase();
    return `${base || 'policy'}.aspl`;
}

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
    const sales = channels.map((c) => SALES_CHANNELS.find((s) => s.id === c)!.word[o.keywords]).join(zh ? '、' : ', ');
    const buyers = zh ? [consumers ? '消费者' : '', channels.includes('contract') ? '企业' : ''].filter(Boolean).join('、')
        : [consumers ? 'consumers' : '', channels.includes('contract') ? 'businesses' : ''].filter(Boolean).join(', ');
    const L: string[] = [];
    const add = (...lines: string[]) => L.push(...lines);

    if (zh) {
        const contactChannels = ['客服热线', ...(online ? ['在线客服'] : []), ...(offline ? ['服务门店'] : [])];
        const via = contactChannels.join('、');
        add(
            `// 售后服务政策 — ${o.company.trim()}`,
            '// ASPL 起步政策（aspl init 或编辑器“从模板新建政策”生成）。请把 TODO 与“待填写”换成贵公司的实际内容，再运行检查、查看合规报告。',
            '',
            `政策 售后政策 ${aspString(`${o.company.trim()}售后服务政策`)} {`,
            `  版本 "${year}.1"`,
            `  生效 ${today}`,
            '',
            `  提供方 ${company} {`,
            '    信用代码 "TODO：统一社会信用代码"',
            `    经营范围 "TODO：${product.zh}的生产、销售及售后服务"`,
            '    地址 "TODO：公司注册地址"',
            '    联系方式 "TODO：400 热线／服务邮箱"',
            '  }',
            '',
            '  服务网络 {',
            '    网点 "TODO：售后服务中心" 自营 地址 "TODO：地址"',
            '  }',
            '',
            `  适用 ${standards.join('、')}`,
            '',
            '  产品 {',
            `    品类 "TODO：${product.zh}"${custom ? ' 定制' : ''} 销售 ${sales} 客户 ${buyers} 类型 ${product.word.zh}`,
            '  }',
            '',
            '  渠道 客服热线 电话 "TODO：400-000-0000" 时段 08:30-21:00 每天',
            ...(online ? ['  渠道 在线客服 在线 "官方网店在线客服" 时段 全天候'] : []),
            ...(offline ? ['  渠道 服务门店 现场 "TODO：门店地址" 时段 09:00-21:00 每天'] : []),
            '  渠道 客服邮箱 邮件 "TODO：service@example.com" 时段 7×24',
            '',
            '  服务 咨询 "售前售后咨询" 免费 {',
            `    通过 ${via}、客服邮箱`,
            '    响应 1小时内',
            '    解决 1个工作日内',
            '  }',
            ...(installs ? [
                '  服务 安装 "送货安装" 免费 {',
                `    通过 ${via}`,
                '    响应 24小时内',
                '    解决 3天内',
                '    流程 预约、受理、处理、评价',
                '    范围 "TODO：服务覆盖的城市"',
                '  }',
            ] : []),
            '  服务 维修 "保修期内维修" 免费 {',
            `    通过 ${via}`,
            '    响应 24小时内',
            '    解决 7天内',
            '    升级 超过 7天 至 "售后服务主管"',
            '    流程 受理、处理、答复、归档、回访',
            '  }',
            '  服务 投诉 "投诉受理" 免费 {',
            `    通过 ${via}、客服邮箱`,
            '    响应 2小时内',
            '    解决 3个工作日内',
            '    升级 超过 48小时 至 "客户服务经理"',
            '    流程 受理、处理、答复、归档、回访',
            '    记录 "投诉在工单系统中登记，可凭工单号查询处理进度"',
            '  }',
            '',
            '  费用 检测 "保外上门检测费" 50元/次 事先告知',
            '',
            `  保修 自 ${installs ? '安装完成' : '签收'} {`,
            car ? '    覆盖 "整车" 3年 或 6万公里' : '    覆盖 "整机" 1年',
            '    易损件 "TODO：易损件名称"',
            '    备件 保留 5年',
            '    召回 "发现批次安全隐患时公告召回并通知购买者"',
            '    维修时限 15天',
            ...(sanbao ? ['    维修时间不计入', '    换货重新计算'] : []),
            '  }',
            '',
            '  退换货 {',
            ...(sanbao && !car ? ['    性能故障 退货 7天 换货 15天 自 签收'] : []),
            ...(sanbao ? ['    修理后仍故障 2 次 换货或退货'] : []),
            ...(consumers ? [`    无理由 7天 自 签收${custom ? ' 除外 定制 购买时确认' : ''}`] : []),
            '    换货 15天 自 签收',
            '    退货 7天 自 签收',
            '    退款 内 3天 原路退回',
            '    条件 "无理由退货商品应保持完好，配件、赠品齐全"',
            '    运费 质量问题 承担方 商家',
            ...(consumers ? ['    运费 无理由退货 承担方 消费者'] : []),
            '  }',
            '',
            `  支付 ${[online ? '支付宝、微信支付' : '', offline ? '现金' : '', '银行卡', channels.includes('contract') ? '对公转账' : ''].filter(Boolean).join('、')}`,
            '',
            '  隐私 {',
            '    目的 "仅用于订单履行、安装维修和售后回访"',
            '    保存 2年',
            '    第三方 "物流承运商（收货信息）"',
            '    单独同意',
            '    安全措施 "订单数据加密存储"、"最小权限访问"',
            `    查询删除 客服热线、客服邮箱`,
            '  }',
            '',
            '  满意度 {',
            '    调查 电话回访、问卷、投诉分析',
            '    周期 3个月',
            '    目标 90%',
            '    书面报告',
            '    改进 "TODO：如何根据调查结果改进服务"',
            '  }',
            '',
            '  人员 {',
            ...(custom ? ['    售后服务管理师 "TODO：姓名" 持证'] : []),
            '    培训 周期 6个月',
            '    技师持证',
            '    统一着装',
            '    工牌',
            '    人数 10',
            '  }',
            '',
            '  协议 书面 { 服务内容、服务时间、服务地点、费用明细、变更手续 }',
            '',
            '  危机预案 {',
            '    应急小组 "TODO：由分管副总牵头的售后应急小组"',
            '    措施 溯源、公示、赔付',
            '  }',
            '',
            '  回访 内 3天 通过 客服热线',
            '',
            '  知识库 "TODO：产品手册、常见故障与解决方法"',
            '',
            '  供应商 {',
            '    资质审核',
            '    合作协议',
            '    评估 周期 1年',
            '  }',
            '}',
        );
    } else {
        const contactChannels = ['hotline', ...(online ? ['webchat'] : []), ...(offline ? ['store'] : [])];
        const via = contactChannels.join(', ');
        add(
            `// After-sales service policy — ${o.company.trim()}`,
            '// ASPL starter policy (from `aspl init` or the editor\'s "New Policy from Template"). Replace every TODO, then run the check and read the compliance report.',
            '',
            `policy AfterSales ${aspString(`${o.company.trim()} after-sales service policy`)} {`,
            `  version "${year}.1"`,
            `  effective ${today}`,
            '',
            `  provider ${company} {`,
            '    license "TODO: unified social credit code"',
            `    scope "TODO: manufacture, sale and after-sales service of ${product.en.toLowerCase()}"`,
            '    address "TODO: registered address"',
            '    contact "TODO: hotline / service e-mail"',
            '  }',
            '',
            '  network {',
            '    outlet "TODO: service centre" self-run address "TODO: address"',
            '  }',
            '',
            `  applies ${standards.join(', ')}`,
            '',
            '  products {',
            `    category "TODO: ${product.en}"${custom ? ' custom' : ''} sold ${sales} buyers ${buyers} kind ${product.word.en}`,
            '  }',
            '',
            '  channel hotline phone "TODO: 400-000-0000" hours 08:30-21:00 daily',
            ...(online ? ['  channel webchat online "Web shop live chat" hours 24/7'] : []),
            ...(offline ? ['  channel store onsite "TODO: store address" hours 09:00-21:00 daily'] : []),
            '  channel mailbox email "TODO: service@example.com" hours 7x24',
            '',
            '  service consultation "Pre- and after-sales questions" free {',
            `    via ${via}, mailbox`,
            '    respond within 1 hours',
            '    resolve within 1 working days',
            '  }',
            ...(installs ? [
                '  service installation "Delivery and installation" free {',
                `    via ${via}`,
                '    respond within 24 hours',
                '    resolve within 3 days',
                '    steps appointment, acceptance, handling, evaluation',
                '    area "TODO: cities served"',
                '  }',
            ] : []),
            '  service repair "Repairs under warranty" free {',
            `    via ${via}`,
            '    respond within 24 hours',
            '    resolve within 7 days',
            '    escalate after 7 days to "After-sales supervisor"',
            '    steps acceptance, handling, reply, archiving, revisit',
            '  }',
            '  service complaint "Complaints" free {',
            `    via ${via}, mailbox`,
            '    respond within 2 hours',
            '    resolve within 3 working days',
            '    escalate after 48 hours to "Customer service manager"',
            '    steps acceptance, handling, reply, archiving, revisit',
            '    record "Every complaint is logged with a ticket number the customer can track"',
            '  }',
            '',
            '  fee visit "Call-out fee after warranty" 50 CNY per visit disclosed-before-service',
            '',
            `  warranty from ${installs ? 'installation' : 'receipt'} {`,
            car ? '    cover "Whole vehicle" 3 years or 60000 km' : '    cover "Whole unit" 1 years',
            '    wear-parts "TODO: wear parts"',
            '    spare-parts kept 5 years',
            '    recall "Batches with a safety defect are recalled and buyers notified"',
            '    repair-time 15 days',
            ...(sanbao ? ['    repair-time-excluded', '    exchange-restarts'] : []),
            '  }',
            '',
            '  returns {',
            ...(sanbao && !car ? ['    performance-fault return 7 days exchange 15 days from receipt'] : []),
            ...(sanbao ? ['    failed-repairs 2 times exchange-or-refund'] : []),
            ...(consumers ? [`    no-reason 7 days from receipt${custom ? ' except custom confirmed-at-purchase' : ''}`] : []),
            '    exchange 15 days from receipt',
            '    return 7 days from receipt',
            '    refund within 3 days original-method',
            '    condition "Goods returned without reason must be complete with their accessories"',
            '    shipping defect paid-by seller',
            ...(consumers ? ['    shipping 无理由退货 paid-by buyer'] : []),
            '  }',
            '',
            `  payment ${[online ? 'online' : '', offline ? 'cash' : '', 'card', channels.includes('contract') ? 'transfer' : ''].filter(Boolean).join(', ')}`,
            '',
            '  privacy {',
            '    purpose "Order fulfilment, installation, repair and follow-up only"',
            '    retention 2 years',
            '    third-parties "Couriers (delivery address)"',
            '    separate-consent',
            '    security "Encrypted storage", "Least-privilege access"',
            '    requests-via hotline, mailbox',
            '  }',
            '',
            '  satisfaction {',
            '    survey callback, questionnaire, complaints',
            '    every 3 months',
            '    target 90%',
            '    report',
            '    improve "TODO: how survey results improve the service"',
            '  }',
            '',
            '  staff {',
            ...(custom ? ['    manager "TODO: name" certified'] : []),
            '    training every 6 months',
            '    certified-technicians',
            '    uniform',
            '    badge',
            '    headcount 10',
            '  }',
            '',
            '  agreement written { content, time, place, fees, changes }',
            '',
            '  crisis-plan {',
            '    team "TODO: after-sales emergency team"',
            '    measures trace, publicize, compensate',
            '  }',
            '',
            '  follow-up within 3 days via hotline',
            '',
            '  knowledge-base "TODO: manuals, known faults and their fixes"',
            '',
            '  suppliers {',
            '    qualified',
            '    agreement',
            '    evaluate every 1 year',
            '  }',
            '}',
        );
    }
    return L.join('\n') + '\n';
}
