/**
 * The words of the snippets: their titles and descriptions (`SNIPPET`) and the example texts
 * their placeholders start with (`EXAMPLE`), in both languages. A title is shown in the
 * snippet's keyword language, a description in the reader's.
 */
import { defineMessages } from '../../i18n/message.js';

export const SNIPPET = defineMessages('snippet', {
    /** A section snippet's title and description, `{kw}` its head keyword. */
    section: { zh: '段落：{kw}', en: 'Section: {kw}' },
    sectionDescription: { zh: 'ASPL 段落“{kw}”', en: 'ASPL section `{kw}`' },
    policy: { zh: '政策（中文关键字）', en: 'Policy (English keywords)' },
    policyDescription: { zh: '完整的售后服务政策', en: 'A whole after-sales service policy' },
    onSite: { zh: '上门服务（到场、分区域时限）', en: 'Service on site (arrival, regional times)' },
    onSiteDescription: { zh: 'ASPL `服务`：上门到场时限、分区域时限、自到场起算的解决时限', en: 'ASPL `service` with on-site arrival, times per region and resolution counted from arrival' },
    onSiteSearch: { zh: '上门服务', en: 'service on-site' },
    feeBasis: { zh: '费用（价格范围或计价方式）', en: 'Fee without one price (range, basis)' },
    feeBasisDescription: { zh: 'ASPL `费用`：价格范围或计价方式', en: 'ASPL `fee` given as a range or by how it is set' },
    feeRangeSearch: { zh: '费用范围', en: 'fee range' },
    feeBasisSearch: { zh: '计价方式', en: 'fee basis' },
    refusals: { zh: '拒绝（不提供无理由退货、不保留备件）', en: 'Refusals (no no-reason return, no spare parts)' },
    refusalsDescription: { zh: 'ASPL 以事实写明的拒绝：仅对法定除外商品合法', en: 'ASPL refusals stated as facts: only lawful for goods the law exempts' },
    sanbao: { zh: '三包', en: '三包 warranty and returns' },
    sanbaoDescription: { zh: 'ASPL 三包条款：整机与主要部件保修期、性能故障退换、两次修理仍故障', en: 'ASPL 三包 terms: whole-unit and main-part periods, performance-fault windows, two failed repairs' },
    sanbaoSearch: { zh: '三包', en: '三包 warranty' },
    vehicle: { zh: '整车保修', en: 'vehicle warranty' },
    vehicleDescription: { zh: 'ASPL 整车保修：年限或里程，以先到者为准', en: 'ASPL vehicle warranty: years or km, whichever comes first' },
});

export const EXAMPLE = defineMessages('snippet-example', {
    policyName: { zh: '售后政策', en: 'MyPolicy' },
    policyTitle: { zh: '某某公司售后服务政策', en: 'Company after-sales service policy' },
    company: { zh: '某某有限公司', en: 'Company Co., Ltd.' },
    licence: { zh: '统一社会信用代码', en: 'unified social credit code' },
    licenceShort: { zh: '统一社会信用代码', en: 'code' },
    scope: { zh: '经营范围', en: 'business scope' },
    registeredAddress: { zh: '注册地址', en: 'registered address' },
    address: { zh: '地址', en: 'address' },
    product: { zh: '产品', en: 'Product' },
    /** The channel the examples declare and use. */
    hotline: { zh: '客服热线', en: 'hotline' },
    questions: { zh: '产品咨询', en: 'Questions' },
    complaints: { zh: '投诉受理', en: 'Complaints' },
    escalateTo: { zh: '客户服务经理', en: 'Customer service manager' },
    wholeUnit: { zh: '整机', en: 'Whole unit' },
    wholeUnitPart: { zh: '整机', en: 'whole unit' },
    serviceCentre: { zh: '售后服务中心', en: 'Service centre' },
    serviceLabel: { zh: '名称', en: 'label' },
    onSiteRepair: { zh: '上门维修', en: 'On-site repair' },
    loaner: { zh: '备用机', en: 'Substitute unit' },
    feeName: { zh: '检测', en: 'visit' },
    feeLabel: { zh: '上门检测费', en: 'Call-out fee' },
    feePer: { zh: '次', en: 'visit' },
    labourName: { zh: '人工', en: 'labour' },
    labourLabel: { zh: '人工费', en: 'Labour' },
    wearPart: { zh: '滤网', en: 'filter' },
    recall: { zh: '召回的公告方式', en: 'how recalls are announced' },
    condition: { zh: '条件', en: 'condition' },
    mainPart: { zh: '压缩机', en: 'compressor' },
    /** The count's unit word after failed repairs (a name, not a keyword). */
    times: { zh: '次', en: 'times' },
    wholeVehicle: { zh: '整车', en: 'whole vehicle' },
    battery: { zh: '动力蓄电池', en: 'traction battery' },
    purpose: { zh: '仅用于订单履行和售后服务', en: 'Order fulfilment and after-sales service only' },
    thirdParties: { zh: '物流承运商', en: 'Couriers' },
    security: { zh: '加密存储', en: 'Encrypted storage' },
    improve: { zh: '改进措施', en: 'improvement plan' },
    managerName: { zh: '姓名', en: 'name' },
    team: { zh: '应急小组', en: 'emergency team' },
    knowledge: { zh: '产品手册、常见故障、问答', en: 'manuals, known faults, FAQ' },
    statement: { zh: '公告中印出的文字', en: 'text printed on the notice' },
    attest: { zh: '如何做到', en: 'how we meet it' },
    waive: { zh: '不适用的理由', en: 'why it does not apply' },
});
