// Realistic policies for the CLI bench, written the way the samples are: Chinese keywords, a provider,
// a service network, 5–8 services, fees, a warranty with parts, returns, privacy, satisfaction, staff,
// statements and attest lines. About 40 % carry one or two of the faults real policies have (the ones
// the samples document): slow refunds, the no-reason window counted from purchase, return freight on
// the buyer for defects, a warranty counted from shipment, a "final right of interpretation" clause.
// Deterministic: policy(i) is the same text on every run.

const KINDS = [
    { kind: '家电', product: '厨房小家电与清洁电器', custom: false, standards: 'GBT-AS-GENERAL、CN-CONSUMER-LAW' },
    { kind: '手机', product: '智能手机与平板电脑', custom: false, standards: 'CN-CONSUMER-LAW' },
    { kind: '电脑', product: '笔记本电脑与台式电脑', custom: false, standards: 'GBT-AS-GENERAL、CN-CONSUMER-LAW' },
    { kind: '家具', product: '全屋定制衣柜、橱柜、书柜', custom: true, standards: 'GBT-AS-GENERAL、T-CGCC-CUSTOM、CN-CONSUMER-LAW' },
];
const CITIES = ['上海市闵行区', '江苏省苏州市吴中区', '浙江省杭州市滨江区', '广东省深圳市宝安区', '四川省成都市武侯区', '湖北省武汉市洪山区'];
const SERVICES = [
    ['咨询', '产品使用咨询', '免费'],
    ['安装', '上门安装与调试', '免费'],
    ['维修', '保修期内维修', '免费'],
    ['投诉', '投诉受理', '免费'],
    ['配送', '送货到家', '免费'],
    ['维修', '保修期外维修', '收费 保外'],
    ['保养', '定期上门保养', '收费'],
    ['测量', '上门测量与方案', '收费'],
];
const PARTS = ['整机', '电机', '主板', '显示屏', '压缩机', '加热盘', '柜体板材', '五金铰链'];
const GBT_ATTEST = ['5.1', '5.2.2', '5.3.2', '5.6.1.1', '5.6.1.2', '5.6.1.3', '5.6.2.1', '5.6.2.2', '5.1.7.1', '5.1.7.2', '6.1.1', '6.1.2', '7.1', '7.2', '8.2.2', '8.3.1', '8.3.2'];
const CGCC_ATTEST = ['4.4', '4.6', '4.7', '5.2', '5.3', '5.4', '5.6', '5.7', '5.9', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '8.4', '8.8', '9.2', '9.5', '9.6'];

/** A 统一社会信用代码 with its check character (GB 32100, as engine/formats computes it). */
const CREDIT = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function code(i) {
    const body = `91${String(310000 + (i % 600000)).padStart(6, '0')}MA${String(1000000 + i).slice(-7)}`;
    let sum = 0;
    for (let k = 0; k < 17; k++) sum += CREDIT.indexOf(body[k]) * (3 ** k % 31);
    return body + CREDIT[(31 - (sum % 31)) % 31];
}

/** The body lines of one service block (also used by bigPolicy to grow a policy). */
function service(lines, s, k, i, channels) {
    const [kind, name, paid] = SERVICES[s];
    lines.push(`  服务 ${kind} "${name}${k >= SERVICES.length ? ` ${k}` : ''}" ${paid} {`);
    lines.push(`    通过 ${channels.slice(0, 2 + (k % 2)).join('、')}`);
    lines.push(`    响应 ${kind === '投诉' ? 1 : [1, 2, 4, 24][(i + k) % 4]}小时内`);
    if (kind !== '投诉' || i % 3) lines.push(`    解决 ${[1, 3, 5, 7][(i + k) % 4]}天内`);
    if (kind === '投诉' || kind === '维修') lines.push(`    升级 超过 ${2 + (k % 3)}天 至 "区域售后经理"`);
    lines.push(`    流程 受理、处理、答复、归档${k % 2 ? '、revisit' : ''}`);
    if (k % 3 === 0) lines.push(`    记录 "工单系统登记，顾客可凭工单号查询进度（${i}-${k}）"`);
    lines.push('  }');
}

/** One realistic policy of about 150–230 lines; `extraServices` grows it (the big-policy bench). */
export function policy(i, extraServices = 0) {
    const t = KINDS[i % KINDS.length];
    const faulty = i % 5 < 2; // 40 %
    const fault = (n) => faulty && Math.floor(i / 5) % 5 === n;
    const city = CITIES[i % CITIES.length];
    const L = [];
    const p = (s = '') => L.push(s);
    p(`// 基准测试生成的政策 ${i}（虚构公司） / generated bench policy ${i}, fictional company`);
    p();
    p(`政策 XingHe${i} "星河${i}号${t.product}售后服务政策" {`);
    p(`  版本 "2026.${(i % 9) + 1}"`);
    p(`  生效 2026-${String((i % 12) + 1).padStart(2, '0')}-01`);
    p();
    p(`  适用 ${t.standards}`);
    p();
    p(`  提供方 "星河${i}号商贸有限公司" {`);
    p(`    信用代码 "${code(i)}"`);
    p(`    经营范围 "${t.product}的销售、安装及售后服务"`);
    p(`    地址 "${city}示范路${(i % 300) + 1}号"`);
    p(`    联系方式 "400-${String(600 + (i % 300)).padStart(3, '0')}-${String(1000 + (i % 9000)).padStart(4, '0')}"`);
    p('  }');
    p();
    p('  服务网络 {');
    for (let k = 0; k < 2 + (i % 4); k++) p(`    网点 "${CITIES[(i + k) % CITIES.length]}服务中心${k + 1}" ${['自营', '授权', '特约'][k % 3]} 地址 "${CITIES[(i + k) % CITIES.length]}服务路${k + 10}号"`);
    p('  }');
    p();
    p('  产品 {');
    p(`    品类 "${t.product}" ${t.custom ? '定制 ' : ''}销售 网店${i % 2 ? '、门店' : ''} 客户 消费者 类型 ${t.kind}`);
    if (i % 3 === 0) p(`    品类 "配件与耗材" 销售 网店 客户 消费者 类型 ${t.kind}`);
    p('  }');
    p();
    const channels = ['客服热线', '在线客服', '客服邮箱', '门店'];
    p(`  渠道 客服热线 电话 "400-${String(600 + (i % 300)).padStart(3, '0')}-${String(1000 + (i % 9000)).padStart(4, '0')}" 时段 08:30-21:00 每天`);
    p('  渠道 在线客服 在线 "官方旗舰店在线客服" 时段 全天候');
    p(`  渠道 客服邮箱 邮件 "service${i}@xinghe.example" 时段 7×24`);
    p('  渠道 门店 门店 "各门店服务台（地址见服务网络）" 时段 10:00-21:00 每天');
    p();
    const services = 5 + (i % 4) + extraServices;
    for (let k = 0; k < services; k++) service(L, k % SERVICES.length, k, i, channels);
    p();
    const fees = 2 + (i % 4);
    for (let k = 0; k < fees; k++) p(`  费用 ${['检测', '人工', '寄修', '保养', '远程'][k % 5]} "${['上门检测费', '维修人工费', '寄修运费', '保养服务费', '远程调试费'][k % 5]}" ${20 + ((i + k * 7) % 80)}元/次 事先告知`);
    p();
    p(`  保修 自 ${fault(0) ? '发货' : '签收'} {`);
    p('    覆盖 "整机" 1年');
    for (let k = 0; k < 1 + (i % 4); k++) p(`    覆盖 "${PARTS[(i + k) % (PARTS.length - 1) + 1]}" ${1 + (k % 3)}年`);
    p(`    主要部件 "${PARTS[1 + (i % 3)]}、${PARTS[4 + (i % 4)]}" 2年`);
    p('    易损件 "滤网"、"密封圈"、"遥控器电池"');
    p(`    备件 保留 ${5 + (i % 4)}年`);
    p('    召回 "发现批次安全隐患时在官网和旗舰店公告召回，并短信通知购买者"');
    p('    维修时限 15天');
    p('    维修时间不计入');
    p('    换货重新计算');
    p('  }');
    p();
    p('  退换货 {');
    p(`    无理由 7天 自 ${fault(1) ? '购买' : '签收'}${t.custom ? ' 除外 定制 购买时确认' : ''}`);
    p('    性能故障 退货 7天 换货 15天 自 签收');
    p('    退货 7天 自 签收');
    p('    修理后仍故障 2次 换货或退货');
    p(`    退款 内 ${fault(2) ? '10个工作日' : '5天'} 原路退回`);
    p('    条件 "无理由退货商品应保持完好，配件、赠品齐全"');
    p(`    运费 质量问题 承担方 ${fault(3) ? '消费者' : '商家'}`);
    p('    运费 无理由退货 承担方 消费者');
    p('  }');
    p();
    p('  支付 现金、银行卡、移动支付');
    p();
    p('  隐私 {');
    p('    目的 "仅用于订单履行、安装维修和售后回访"');
    p(`    保存 ${1 + (i % 3)}年`);
    p('    第三方 "授权服务网点（姓名、电话、地址）"、"物流承运商（收货信息）"');
    p('    单独同意');
    p('    安全措施 "订单数据加密存储"、"最小权限访问"、"年度安全审计"');
    p('    查询删除 客服热线、在线客服、客服邮箱');
    p('  }');
    p();
    p('  满意度 {');
    p('    调查 电话回访、问卷、投诉分析');
    p(`    周期 ${1 + (i % 3)}个月`);
    p(`    目标 ${85 + (i % 10)}%`);
    p('    书面报告');
    p('    改进 "每月汇总差评与投诉原因并制定改进措施"');
    p('  }');
    p();
    p('  人员 {');
    if (i % 7) p(`    售后服务管理师 "管理师${i}" 持证`);
    p(`    培训 周期 ${3 + (i % 4)}个月`);
    p('    技师持证');
    p('    统一着装');
    p('    工牌');
    p(`    人数 ${40 + (i % 300)}`);
    p('  }');
    p();
    p('  协议 书面 { 服务内容、服务时间、服务地点、费用明细、变更手续 }');
    p();
    p('  危机预案 {');
    p('    应急小组 "由质量副总裁牵头的产品安全应急小组"');
    p('    措施 溯源、公示、赔付');
    p('  }');
    p();
    p('  供应商 {');
    p('    资质审核');
    p('    合作协议');
    p('    评估 周期 1年');
    p('  }');
    p();
    p('  回访 内 3天 通过 客服热线');
    p('  知识库 "故障代码手册、常见问题库，在线客服与服务网点共用"');
    p();
    p('  声明 "签收即视为交付，运输风险自签收起转移"');
    if (fault(4)) p('  声明 "本活动最终解释权归本公司所有"');
    if (t.standards.includes('GBT')) for (const c of GBT_ATTEST) p(`  承诺 GBT-AS-GENERAL ${c} "见本公司《售后服务管理制度》第 ${c} 条。"`);
    if (t.standards.includes('CGCC')) {
        for (const c of CGCC_ATTEST) p(`  承诺 T-CGCC-CUSTOM ${c} "见本公司《定制服务手册》第 ${c} 条。"`);
        p('  豁免 T-CGCC-CUSTOM 5.8 "本公司不使用进口原材料。"');
    }
    p('}');
    return L.join('\n') + '\n';
}

/** One policy of about `lines` lines: a realistic policy grown with more services. */
export function bigPolicy(lines) {
    const base = policy(3).split('\n').length;
    const perService = 6.5;
    return policy(3, Math.max(0, Math.round((lines - base) / perService)));
}
