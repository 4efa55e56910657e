/**
 * The hand-written snippets (a whole policy, every section, a few variants), each in English and
 * Chinese keywords. Completion offers one only where its first keyword may start a construct (the
 * policy at the top, a section inside the policy, …), so a snippet never lands inside the wrong block.
 */
import type { Bilingual } from '../../i18n/locale.js';

export interface SnippetBody {
    /** What the writer may type to find it (besides its first keyword). */
    prefix: string[];
    /** LSP snippet syntax, one line per entry. */
    body: string[];
}

export interface Snippet {
    title: Bilingual;
    description: Bilingual;
    en: SnippetBody;
    zh: SnippetBody;
}

export const SNIPPETS: readonly Snippet[] = [
    {
        title: { zh: "政策（中文关键字）", en: "Policy (English keywords)" },
        description: { zh: "完整的售后服务政策", en: "A whole after-sales service policy" },
        en: {
            prefix: ["policy", "aspl-policy"],
            body: [
                "policy ${1:MyPolicy} \"${2:Company after-sales service policy}\" {",
                "  version \"${3:2026.1}\"",
                "  effective ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}",
                "",
                "  provider \"${5:Company Co., Ltd.}\" {",
                "    license \"${6:unified social credit code}\"",
                "    scope \"${7:business scope}\"",
                "    address \"${8:registered address}\"",
                "    contact \"${9:400-000-0000}\"",
                "  }",
                "",
                "  applies ${10|GBT-AS-GENERAL,GBT-AS-GENERAL\\, T-CGCC-CUSTOM|}",
                "",
                "  products {",
                "    category \"${11:Product}\" sold ${12|online,offline,online\\, offline,contract|} buyers ${13|consumers,businesses|} kind ${14|appliance,furniture,electronics,cable,telecom,vehicle,other|}",
                "  }",
                "",
                "  channel hotline phone \"${15:400-000-0000}\" hours 08:30-21:00 daily",
                "",
                "  service consultation \"Questions\" free {",
                "    via hotline",
                "    respond within 1 hours",
                "    resolve within 1 working days",
                "  }",
                "  service complaint \"Complaints\" free {",
                "    via hotline",
                "    respond within 2 hours",
                "    resolve within 3 working days",
                "    escalate after 48 hours to \"Customer service manager\"",
                "    steps acceptance, handling, reply, archiving, revisit",
                "  }",
                "",
                "  warranty from receipt {",
                "    cover \"Whole unit\" 1 years",
                "    spare-parts kept 5 years",
                "    repair-time 15 days",
                "  }",
                "",
                "  returns {",
                "    no-reason 7 days from receipt",
                "    exchange 15 days from receipt",
                "    return 7 days from receipt",
                "    refund within 3 days original-method",
                "    shipping defect paid-by seller",
                "  }",
                "  $0",
                "}",
            ],
        },
        zh: {
            prefix: ["政策", "zhengce", "aspl-zh"],
            body: [
                "政策 ${1:售后政策} \"${2:某某公司售后服务政策}\" {",
                "  版本 \"${3:2026.1}\"",
                "  生效 ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}",
                "",
                "  提供方 \"${5:某某有限公司}\" {",
                "    信用代码 \"${6:统一社会信用代码}\"",
                "    经营范围 \"${7:经营范围}\"",
                "    地址 \"${8:注册地址}\"",
                "    联系方式 \"${9:400-000-0000}\"",
                "  }",
                "",
                "  适用 ${10|GBT-AS-GENERAL,GBT-AS-GENERAL、T-CGCC-CUSTOM|}",
                "",
                "  产品 {",
                "    品类 \"${11:产品}\" 销售 ${12|网店,门店,网店、门店,合同|} 客户 ${13|消费者,企业|} 类型 ${14|家电,家具,电子产品,电缆,通信设备,汽车,其他|}",
                "  }",
                "",
                "  渠道 客服热线 电话 \"${15:400-000-0000}\" 时段 08:30-21:00 每天",
                "",
                "  服务 咨询 \"产品咨询\" 免费 {",
                "    通过 客服热线",
                "    响应 1小时内",
                "    解决 1个工作日内",
                "  }",
                "  服务 投诉 \"投诉受理\" 免费 {",
                "    通过 客服热线",
                "    响应 2小时内",
                "    解决 3个工作日内",
                "    升级 超过 48小时 至 \"客户服务经理\"",
                "    流程 受理、处理、答复、归档、回访",
                "  }",
                "",
                "  保修 自 签收 {",
                "    覆盖 \"整机\" 1年",
                "    备件 保留 5年",
                "    维修时限 15天",
                "  }",
                "",
                "  退换货 {",
                "    无理由 7天 自 签收",
                "    换货 15天 自 签收",
                "    退货 7天 自 签收",
                "    退款 内 3天 原路退回",
                "    运费 质量问题 承担方 商家",
                "  }",
                "  $0",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：导入", en: "Section: import" },
        description: { zh: "ASPL 段落“导入”", en: "ASPL section `import`" },
        en: {
            prefix: ["import"],
            body: [
                "import \"${1:./base.aspl}\"",
            ],
        },
        zh: {
            prefix: ["导入"],
            body: [
                "导入 \"${1:./base.aspl}\"",
            ],
        },
    },
    {
        title: { zh: "段落：提供方", en: "Section: provider" },
        description: { zh: "ASPL 段落“提供方”", en: "ASPL section `provider`" },
        en: {
            prefix: ["provider"],
            body: [
                "provider \"${1:Company Co., Ltd.}\" {",
                "  license \"${2:code}\"",
                "  scope \"${3:business scope}\"",
                "  address \"${4:address}\"",
                "  contact \"${5:400-000-0000}\"",
                "}",
            ],
        },
        zh: {
            prefix: ["提供方"],
            body: [
                "提供方 \"${1:某某有限公司}\" {",
                "  信用代码 \"${2:统一社会信用代码}\"",
                "  经营范围 \"${3:经营范围}\"",
                "  地址 \"${4:地址}\"",
                "  联系方式 \"${5:400-000-0000}\"",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：服务网络", en: "Section: network" },
        description: { zh: "ASPL 段落“服务网络”", en: "ASPL section `network`" },
        en: {
            prefix: ["network"],
            body: [
                "network {",
                "  outlet \"${1:Service centre}\" ${2|self-run,authorised,contracted|} address \"${3:address}\"",
                "}",
            ],
        },
        zh: {
            prefix: ["服务网络"],
            body: [
                "服务网络 {",
                "  网点 \"${1:售后服务中心}\" ${2|自营,授权,特约|} 地址 \"${3:地址}\"",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：适用", en: "Section: applies" },
        description: { zh: "ASPL 段落“适用”", en: "ASPL section `applies`" },
        en: {
            prefix: ["applies"],
            body: [
                "applies ${1|GBT-AS-GENERAL,T-CGCC-CUSTOM,CN-CONSUMER-LAW,T-GXDSL-259|}",
            ],
        },
        zh: {
            prefix: ["适用"],
            body: [
                "适用 ${1|GBT-AS-GENERAL,T-CGCC-CUSTOM,CN-CONSUMER-LAW,T-GXDSL-259|}",
            ],
        },
    },
    {
        title: { zh: "段落：产品", en: "Section: products" },
        description: { zh: "ASPL 段落“产品”", en: "ASPL section `products`" },
        en: {
            prefix: ["products"],
            body: [
                "products {",
                "  category \"${1:Product}\" sold ${2|online,offline,contract|} buyers ${3|consumers,businesses|} kind ${4|appliance,furniture,electronics,cable,telecom,vehicle,other|}",
                "}",
            ],
        },
        zh: {
            prefix: ["产品"],
            body: [
                "产品 {",
                "  品类 \"${1:产品}\" 销售 ${2|网店,门店,合同|} 客户 ${3|消费者,企业|} 类型 ${4|家电,家具,电子产品,电缆,通信设备,汽车,其他|}",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：渠道", en: "Section: channel" },
        description: { zh: "ASPL 段落“渠道”", en: "ASPL section `channel`" },
        en: {
            prefix: ["channel"],
            body: [
                "channel ${1:hotline} ${2|phone,online,onsite,email,sms,letter,fax,board|} \"${3:400-000-0000}\" hours ${4:08:30-21:00 daily}",
            ],
        },
        zh: {
            prefix: ["渠道"],
            body: [
                "渠道 ${1:客服热线} ${2|电话,在线,现场,邮件,短信,信函,传真,公告栏|} \"${3:400-000-0000}\" 时段 ${4:08:30-21:00 每天}",
            ],
        },
    },
    {
        title: { zh: "段落：服务", en: "Section: service" },
        description: { zh: "ASPL 段落“服务”", en: "ASPL section `service`" },
        en: {
            prefix: ["service"],
            body: [
                "service ${1|consultation,complaint,installation,repair,maintenance,delivery,training|} \"${2:label}\" ${3|free,paid,paid after-warranty|} {",
                "  via ${4:hotline}",
                "  respond within ${5:24 hours}",
                "  resolve within ${6:7 days}",
                "  steps acceptance, handling, reply, archiving, revisit",
                "}",
            ],
        },
        zh: {
            prefix: ["服务"],
            body: [
                "服务 ${1|咨询,投诉,安装,维修,保养,配送,培训|} \"${2:名称}\" ${3|免费,收费,收费 保外|} {",
                "  通过 ${4:客服热线}",
                "  响应 ${5:24小时}内",
                "  解决 ${6:7天}内",
                "  流程 受理、处理、答复、归档、回访",
                "}",
            ],
        },
    },
    {
        title: { zh: "上门服务（到场、分区域时限）", en: "Service on site (arrival, regional times)" },
        description: { zh: "ASPL `服务`：上门到场时限、分区域时限、自到场起算的解决时限", en: "ASPL `service` with on-site arrival, times per region and resolution counted from arrival" },
        en: {
            prefix: ["service on-site", "arrive"],
            body: [
                "service ${1|repair,installation,maintenance|} \"${2:On-site repair}\" ${3|free,paid,paid after-warranty|} {",
                "  via ${4:hotline}",
                "  respond within ${5:2 hours}",
                "  arrive within ${6:24 hours} city, ${7:48 hours} county, ${8:72 hours} remote",
                "  resolve within ${9:4 hours} after-arrival",
                "  loaner ${10|none,\"Substitute unit\"|}",
                "}",
            ],
        },
        zh: {
            prefix: ["上门服务", "到场"],
            body: [
                "服务 ${1|维修,安装,保养|} \"${2:上门维修}\" ${3|免费,收费,收费 保外|} {",
                "  通过 ${4:客服热线}",
                "  响应 ${5:2小时}",
                "  到场 ${6:24小时} 城区，${7:48小时} 县城，${8:72小时} 偏远",
                "  解决 ${9:4小时} 到场后",
                "  代用品 ${10|不提供,\"备用机\"|}",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：费用", en: "Section: fee" },
        description: { zh: "ASPL 段落“费用”", en: "ASPL section `fee`" },
        en: {
            prefix: ["fee"],
            body: [
                "fee ${1:visit} \"${2:Call-out fee}\" ${3:50} CNY per ${4:visit} disclosed-before-service",
            ],
        },
        zh: {
            prefix: ["费用"],
            body: [
                "费用 ${1:检测} \"${2:上门检测费}\" ${3:50}元/${4:次} 事先告知",
            ],
        },
    },
    {
        title: { zh: "费用（价格范围或计价方式）", en: "Fee without one price (range, basis)" },
        description: { zh: "ASPL `费用`：价格范围或计价方式", en: "ASPL `fee` given as a range or by how it is set" },
        en: {
            prefix: ["fee range", "fee basis"],
            body: [
                "fee ${1:labour} \"${2:Labour}\" ${3|70-150 CNY,by-agreement,quoted-after-inspection,at-cost|} disclosed-before-service",
            ],
        },
        zh: {
            prefix: ["费用范围", "计价方式"],
            body: [
                "费用 ${1:人工} \"${2:人工费}\" ${3|70-150元,协商,检测后报价,按成本|} 事先告知",
            ],
        },
    },
    {
        title: { zh: "段落：保修", en: "Section: warranty" },
        description: { zh: "ASPL 段落“保修”", en: "ASPL section `warranty`" },
        en: {
            prefix: ["warranty"],
            body: [
                "warranty from ${1|receipt,delivery,installation|} {",
                "  cover \"${2:Whole unit}\" ${3:1} years",
                "  wear-parts \"${4:filter}\"",
                "  spare-parts kept ${5:5} years",
                "  recall \"${6:how recalls are announced}\"",
                "  repair-time ${7:15} days",
                "}",
            ],
        },
        zh: {
            prefix: ["保修"],
            body: [
                "保修 自 ${1|签收,交付,安装完成|} {",
                "  覆盖 \"${2:整机}\" ${3:1}年",
                "  易损件 \"${4:滤网}\"",
                "  备件 保留 ${5:5}年",
                "  召回 \"${6:召回的公告方式}\"",
                "  维修时限 ${7:15}天",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：退换货", en: "Section: returns" },
        description: { zh: "ASPL 段落“退换货”", en: "ASPL section `returns`" },
        en: {
            prefix: ["returns"],
            body: [
                "returns {",
                "  no-reason 7 days from receipt",
                "  exchange 15 days from receipt",
                "  return 7 days from receipt",
                "  refund within ${1:3} days original-method",
                "  condition \"${2:condition}\"",
                "  shipping defect paid-by seller",
                "}",
            ],
        },
        zh: {
            prefix: ["退换货"],
            body: [
                "退换货 {",
                "  无理由 7天 自 签收",
                "  换货 15天 自 签收",
                "  退货 7天 自 签收",
                "  退款 内 ${1:3}天 原路退回",
                "  条件 \"${2:条件}\"",
                "  运费 质量问题 承担方 商家",
                "}",
            ],
        },
    },
    {
        title: { zh: "拒绝（不提供无理由退货、不保留备件）", en: "Refusals (no no-reason return, no spare parts)" },
        description: { zh: "ASPL 以事实写明的拒绝：仅对法定除外商品合法", en: "ASPL refusals stated as facts: only lawful for goods the law exempts" },
        en: {
            prefix: ["refuse", "none"],
            body: [
                "returns {",
                "  no-reason none",
                "  return ${1:7 days} from receipt",
                "}",
                "warranty from receipt {",
                "  cover \"${2:Whole unit}\" ${3:1 year}",
                "  spare-parts none",
                "}",
            ],
        },
        zh: {
            prefix: ["不提供"],
            body: [
                "退换货 {",
                "  无理由 不提供",
                "  退货 ${1:7天} 自 签收",
                "}",
                "保修 自 签收 {",
                "  覆盖 \"${2:整机}\" ${3:1年}",
                "  备件 不提供",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：三包", en: "Section: 三包 warranty and returns" },
        description: { zh: "ASPL 三包条款：整机与主要部件保修期、性能故障退换、两次修理仍故障", en: "ASPL 三包 terms: whole-unit and main-part periods, performance-fault windows, two failed repairs" },
        en: {
            prefix: ["sanbao", "三包 warranty"],
            body: [
                "warranty from ${1|receipt,delivery,installation|} {",
                "  cover \"${2:whole unit}\" ${3:1} years",
                "  main-part \"${4:compressor}\" ${5:3} years",
                "  repair-time-excluded",
                "  exchange-restarts",
                "}",
                "returns {",
                "  performance-fault return ${6:7} days exchange ${7:15} days from receipt",
                "  failed-repairs 2 times exchange-or-refund",
                "}",
            ],
        },
        zh: {
            prefix: ["三包"],
            body: [
                "保修 自 ${1|签收,交付,安装完成|} {",
                "  覆盖 \"${2:整机}\" ${3:1}年",
                "  主要部件 \"${4:压缩机}\" ${5:3}年",
                "  维修时间不计入",
                "  换货重新计算",
                "}",
                "退换货 {",
                "  性能故障 退货 ${6:7}天 换货 ${7:15}天 自 签收",
                "  修理后仍故障 2 次 换货或退货",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：整车保修", en: "Section: vehicle warranty" },
        description: { zh: "ASPL 整车保修：年限或里程，以先到者为准", en: "ASPL vehicle warranty: years or km, whichever comes first" },
        en: {
            prefix: ["vehicle warranty", "car warranty"],
            body: [
                "warranty from ${1|delivery,receipt|} {",
                "  cover \"whole vehicle\" ${2:3} years or ${3:60000} km",
                "  main-part \"${4:traction battery}\" ${5:8} years or ${6:150000} km",
                "}",
            ],
        },
        zh: {
            prefix: ["整车保修"],
            body: [
                "保修 自 ${1|交付,签收|} {",
                "  覆盖 \"整车\" ${2:3}年 或 ${3:6}万公里",
                "  主要部件 \"${4:动力蓄电池}\" ${5:8}年 或 ${6:15}万公里",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：支付", en: "Section: payment" },
        description: { zh: "ASPL 段落“支付”", en: "ASPL section `payment`" },
        en: {
            prefix: ["payment"],
            body: [
                "payment ${1:cash, card, online}",
            ],
        },
        zh: {
            prefix: ["支付"],
            body: [
                "支付 ${1:现金、银行卡、支付宝}",
            ],
        },
    },
    {
        title: { zh: "段落：隐私", en: "Section: privacy" },
        description: { zh: "ASPL 段落“隐私”", en: "ASPL section `privacy`" },
        en: {
            prefix: ["privacy"],
            body: [
                "privacy {",
                "  purpose \"${1:Order fulfilment and after-sales service only}\"",
                "  retention ${2:2} years",
                "  third-parties \"${3:Couriers}\"",
                "  separate-consent",
                "  security \"${4:Encrypted storage}\"",
                "  requests-via ${5:hotline}",
                "}",
            ],
        },
        zh: {
            prefix: ["隐私"],
            body: [
                "隐私 {",
                "  目的 \"${1:仅用于订单履行和售后服务}\"",
                "  保存 ${2:2}年",
                "  第三方 \"${3:物流承运商}\"",
                "  单独同意",
                "  安全措施 \"${4:加密存储}\"",
                "  查询删除 ${5:客服热线}",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：满意度", en: "Section: satisfaction" },
        description: { zh: "ASPL 段落“满意度”", en: "ASPL section `satisfaction`" },
        en: {
            prefix: ["satisfaction"],
            body: [
                "satisfaction {",
                "  survey ${1:callback, questionnaire}",
                "  every ${2:3} months",
                "  target ${3:90}%",
                "  report",
                "  improve \"${4:improvement plan}\"",
                "}",
            ],
        },
        zh: {
            prefix: ["满意度"],
            body: [
                "满意度 {",
                "  调查 ${1:电话回访、问卷}",
                "  周期 ${2:3}个月",
                "  目标 ${3:90}%",
                "  书面报告",
                "  改进 \"${4:改进措施}\"",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：人员", en: "Section: staff" },
        description: { zh: "ASPL 段落“人员”", en: "ASPL section `staff`" },
        en: {
            prefix: ["staff"],
            body: [
                "staff {",
                "  manager \"${1:name}\" certified",
                "  training every ${2:6} months",
                "  certified-technicians",
                "  uniform",
                "  badge",
                "  headcount ${3:10}",
                "}",
            ],
        },
        zh: {
            prefix: ["人员"],
            body: [
                "人员 {",
                "  售后服务管理师 \"${1:姓名}\" 持证",
                "  培训 周期 ${2:6}个月",
                "  技师持证",
                "  统一着装",
                "  工牌",
                "  人数 ${3:10}",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：协议", en: "Section: agreement" },
        description: { zh: "ASPL 段落“协议”", en: "ASPL section `agreement`" },
        en: {
            prefix: ["agreement"],
            body: [
                "agreement written { content, time, place, fees, changes }",
            ],
        },
        zh: {
            prefix: ["协议"],
            body: [
                "协议 书面 { 服务内容、服务时间、服务地点、费用明细、变更手续 }",
            ],
        },
    },
    {
        title: { zh: "段落：危机预案", en: "Section: crisis-plan" },
        description: { zh: "ASPL 段落“危机预案”", en: "ASPL section `crisis-plan`" },
        en: {
            prefix: ["crisis-plan"],
            body: [
                "crisis-plan {",
                "  team \"${1:emergency team}\"",
                "  measures trace, publicize, recall, compensate",
                "}",
            ],
        },
        zh: {
            prefix: ["危机预案"],
            body: [
                "危机预案 {",
                "  应急小组 \"${1:应急小组}\"",
                "  措施 溯源、公示、召回、赔付",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：回访", en: "Section: follow-up" },
        description: { zh: "ASPL 段落“回访”", en: "ASPL section `follow-up`" },
        en: {
            prefix: ["follow-up"],
            body: [
                "follow-up within ${1:3} days via ${2:hotline}",
            ],
        },
        zh: {
            prefix: ["回访"],
            body: [
                "回访 内 ${1:3}天 通过 ${2:客服热线}",
            ],
        },
    },
    {
        title: { zh: "段落：知识库", en: "Section: knowledge-base" },
        description: { zh: "ASPL 段落“知识库”", en: "ASPL section `knowledge-base`" },
        en: {
            prefix: ["knowledge-base"],
            body: [
                "knowledge-base \"${1:manuals, known faults, FAQ}\"",
            ],
        },
        zh: {
            prefix: ["知识库"],
            body: [
                "知识库 \"${1:产品手册、常见故障、问答}\"",
            ],
        },
    },
    {
        title: { zh: "段落：供应商", en: "Section: suppliers" },
        description: { zh: "ASPL 段落“供应商”", en: "ASPL section `suppliers`" },
        en: {
            prefix: ["suppliers"],
            body: [
                "suppliers {",
                "  qualified",
                "  agreement",
                "  evaluate every ${1:1} year",
                "}",
            ],
        },
        zh: {
            prefix: ["供应商"],
            body: [
                "供应商 {",
                "  资质审核",
                "  合作协议",
                "  评估 周期 ${1:1}年",
                "}",
            ],
        },
    },
    {
        title: { zh: "段落：声明", en: "Section: statement" },
        description: { zh: "ASPL 段落“声明”", en: "ASPL section `statement`" },
        en: {
            prefix: ["statement"],
            body: [
                "statement \"${1:text printed on the notice}\"",
            ],
        },
        zh: {
            prefix: ["声明"],
            body: [
                "声明 \"${1:公告中印出的文字}\"",
            ],
        },
    },
    {
        title: { zh: "段落：承诺", en: "Section: attest" },
        description: { zh: "ASPL 段落“承诺”", en: "ASPL section `attest`" },
        en: {
            prefix: ["attest"],
            body: [
                "attest ${1:GBT-AS-GENERAL} ${2:5.1} \"${3:how we meet it}\"",
            ],
        },
        zh: {
            prefix: ["承诺"],
            body: [
                "承诺 ${1:GBT-AS-GENERAL} ${2:5.1} \"${3:如何做到}\"",
            ],
        },
    },
    {
        title: { zh: "段落：豁免", en: "Section: waive" },
        description: { zh: "ASPL 段落“豁免”", en: "ASPL section `waive`" },
        en: {
            prefix: ["waive"],
            body: [
                "waive ${1:T-CGCC-CUSTOM} ${2:5.8} \"${3:why it does not apply}\"",
            ],
        },
        zh: {
            prefix: ["豁免"],
            body: [
                "豁免 ${1:T-CGCC-CUSTOM} ${2:5.8} \"${3:不适用的理由}\"",
            ],
        },
    },
];
