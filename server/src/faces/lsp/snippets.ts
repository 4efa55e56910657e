/**
 * The hand-written snippets (a whole policy, every section, a few variants), each written once
 * for both keyword languages (snippet-writer.ts: keywords from the grammar map, words from the
 * vocabularies, texts from snippet-messages.ts). Completion offers one only where its first keyword
 * may start a construct (the policy at the top, a section inside the policy, …), so a snippet
 * never lands inside the wrong block.
 */
import type { Lang } from '../../i18n/locale.js';
import type { Text } from '../../i18n/message.js';
import { headKeyword, type AstTypeName } from '../../parse/grammar-map.js';
import {
    AGREEMENT_ITEMS, BUYERS, CHANNEL_KINDS, CRISIS_MEASURES, DAY_SPECS, OUTLET_KINDS, PAYERS, PAYMENT_METHODS, PROCESS_STEPS, PRODUCT_KINDS,
    REGIONS, SALES_CHANNELS, SERVICE_KINDS, SHIPPING_CASES, START_EVENTS, SURVEY_METHODS, type ProductKind, type ServiceKind,
} from '../../parse/vocabulary.js';
import { EXAMPLE as E, SNIPPET } from './snippet-messages.js';
import { SnippetWriter } from './snippet-writer.js';

export interface SnippetBody {
    /** What the writer may type to find it (besides its first keyword). */
    prefix: string[];
    /** LSP snippet syntax, one line per entry. */
    body: string[];
}

export interface Snippet {
    /** Shown in the snippet's keyword language. */
    title: Text;
    /** Shown in the reader's language. */
    description: Text;
    en: SnippetBody;
    zh: SnippetBody;
}

interface Spec {
    title: Text;
    description: Text;
    /** Default: the head keyword of its first line. */
    prefix?: (w: SnippetWriter) => string[];
    body: (w: SnippetWriter) => string[];
}

/** A section of the policy: titled and described by its head keyword. */
function section(rule: AstTypeName, body: Spec['body']): Spec {
    const kw = { zh: headKeyword(rule, 'zh'), en: headKeyword(rule, 'en') };
    return { title: SNIPPET.section({ kw }), description: SNIPPET.sectionDescription({ kw }), prefix: (w) => [w.head(rule)], body };
}

/** Some spellings the snippets prefer to the vocabulary's first one (each checked to be a spelling of its value). */
const PREFER = {
    cable: { zh: '电缆' }, telecom: { zh: '通信设备' }, online: { zh: '网店' }, offline: { zh: '门店' }, board: { zh: '公告栏' },
    alipay: { zh: '支付宝' }, content: { zh: '服务内容' }, time: { zh: '服务时间' }, place: { zh: '服务地点' }, fees: { zh: '费用明细' }, changes: { zh: '变更手续' },
} as const;

const PRODUCT_CHOICES: Array<ProductKind | [ProductKind, { zh: string }]> = ['appliance', 'furniture', 'electronics', ['cable', PREFER.cable], ['telecom', PREFER.telecom], 'vehicle', 'other'];
const productKinds = (w: SnippetWriter) => PRODUCT_CHOICES.map((k) => (Array.isArray(k) ? w.word(PRODUCT_KINDS, k[0], k[1]) : w.word(PRODUCT_KINDS, k)));
const sales = (w: SnippetWriter) => ({ online: w.word(SALES_CHANNELS, 'online', PREFER.online), offline: w.word(SALES_CHANNELS, 'offline', PREFER.offline), contract: w.word(SALES_CHANNELS, 'contract') });
const buyers = (w: SnippetWriter) => [w.word(BUYERS, 'consumers'), w.word(BUYERS, 'businesses')];
const pricing = (w: SnippetWriter) => [w.kw('Pricing', 'free'), w.kw('Pricing', 'paid'), w.kw('Pricing', 'paid', 'after-warranty')];
const starts = (w: SnippetWriter) => [w.word(START_EVENTS, 'receipt'), w.word(START_EVENTS, 'delivery'), w.word(START_EVENTS, 'installation')];
const serviceKinds = (w: SnippetWriter, kinds: ServiceKind[]) => kinds.map((k) => w.word(SERVICE_KINDS, k));
const STEPS = ['acceptance', 'handling', 'reply', 'archiving', 'revisit'] as const;
/** `N days from receipt` of a return window. */
const windowFrom = (w: SnippetWriter, duration: string) => `${duration} ${w.kw('Window', 'from')} ${w.word(START_EVENTS, 'receipt')}`;

const indent = (lines: string[]) => lines.map((l) => (l ? `  ${l}` : l));

/** A provider block, its tab stops from `n` on. */
const provider = (w: SnippetWriter, n: number, licence: Text, address: Text) => [
    `${w.head('Provider')} ${w.quoted(n, E.company())} {`,
    `  ${w.kw('Provider', 'license')} ${w.quoted(n + 1, licence)}`,
    `  ${w.kw('Provider', 'scope')} ${w.quoted(n + 2, E.scope())}`,
    `  ${w.kw('Provider', 'address')} ${w.quoted(n + 3, address)}`,
    `  ${w.kw('Provider', 'contact')} ${w.quoted(n + 4, '400-000-0000')}`,
    '}',
];

/** The returns block at the legal minimums (7-day no-reason return, 15-day exchange, 7-day return), a condition line optional. */
const returns = (w: SnippetWriter, refund: string, condition?: string) => [
    `${w.head('Returns')} {`,
    `  ${w.kw('NoReason', 'no-reason')} ${windowFrom(w, w.duration(7, 'day'))}`,
    `  ${w.kw('Returns', 'exchange')} ${windowFrom(w, w.duration(15, 'day'))}`,
    `  ${w.kw('Returns', 'return')} ${windowFrom(w, w.duration(7, 'day'))}`,
    `  ${w.kwAll('Returns', 'refund', 'within')} ${refund} ${w.kw('Returns', 'original-method')}`,
    ...(condition ? [`  ${condition}`] : []),
    `  ${w.kw('Shipping', 'shipping')} ${w.word(SHIPPING_CASES, 'defect')} ${w.kw('Shipping', 'paid-by')} ${w.word(PAYERS, 'seller')}`,
    '}',
];

const SPECS: Spec[] = [
    {
        title: SNIPPET.policy(), description: SNIPPET.policyDescription(),
        prefix: (w) => [w.head('Policy'), ...w.only('en', 'aspl-policy'), ...w.only('zh', 'zhengce', 'aspl-zh')],
        body: (w) => {
            const s = sales(w);
            const hotline = w.say(E.hotline());
            return [
                `${w.head('Policy')} ${w.placeholder(1, E.policyName())} ${w.quoted(2, E.policyTitle())} {`,
                `  ${w.head('Version')} "${w.placeholder(3, '2026.1')}"`,
                `  ${w.head('Effective')} ${w.placeholder(4, '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE')}`,
                '',
                ...indent(provider(w, 5, E.licence(), E.registeredAddress())),
                '',
                `  ${w.head('Applies')} ${w.choice(10, ['GBT-AS-GENERAL', w.list(['GBT-AS-GENERAL', 'T-CGCC-CUSTOM'])])}`,
                '',
                `  ${w.head('Products')} {`,
                `    ${w.kw('Category', 'category')} ${w.quoted(11, E.product())} ${w.kw('Category', 'sold')} ${w.choice(12, [s.online, s.offline, w.list([s.online, s.offline]), s.contract])} `
                    + `${w.kw('Category', 'buyers')} ${w.choice(13, buyers(w))} ${w.kw('Category', 'kind')} ${w.choice(14, productKinds(w))}`,
                '  }',
                '',
                `  ${w.head('Channel')} ${hotline} ${w.word(CHANNEL_KINDS, 'phone')} ${w.quoted(15, '400-000-0000')} ${w.kw('Channel', 'hours')} 08:30-21:00 ${w.word(DAY_SPECS, 'daily')}`,
                '',
                `  ${w.head('Service')} ${w.word(SERVICE_KINDS, 'consultation')} ${w.text(E.questions())} ${w.kw('Pricing', 'free')} {`,
                `    ${w.kw('Service', 'via')} ${hotline}`,
                `    ${w.kw('Service', 'respond')} ${w.within('Service', w.duration(1, 'hour'))}`,
                `    ${w.kw('Service', 'resolve')} ${w.within('Service', w.duration(1, 'workday'))}`,
                '  }',
                `  ${w.head('Service')} ${w.word(SERVICE_KINDS, 'complaint')} ${w.text(E.complaints())} ${w.kw('Pricing', 'free')} {`,
                `    ${w.kw('Service', 'via')} ${hotline}`,
                `    ${w.kw('Service', 'respond')} ${w.within('Service', w.duration(2, 'hour'))}`,
                `    ${w.kw('Service', 'resolve')} ${w.within('Service', w.duration(3, 'workday'))}`,
                `    ${w.kw('Escalation', 'escalate', 'after')} ${w.duration(48, 'hour')} ${w.kw('Escalation', 'to')} ${w.text(E.escalateTo())}`,
                `    ${w.kw('Service', 'steps')} ${w.words(PROCESS_STEPS, [...STEPS])}`,
                '  }',
                '',
                `  ${w.kw('Warranty', 'warranty', 'from')} ${w.word(START_EVENTS, 'receipt')} {`,
                `    ${w.kw('Cover', 'cover')} ${w.text(E.wholeUnit())} ${w.duration(1, 'year')}`,
                `    ${w.kw('Warranty', 'spare-parts', 'kept')} ${w.duration(5, 'year')}`,
                `    ${w.kw('Warranty', 'repair-time')} ${w.duration(15, 'day')}`,
                '  }',
                '',
                ...indent(returns(w, w.duration(3, 'day'))),
                '  $0',
                '}',
            ];
        },
    },
    section('Import', (w) => [`${w.head('Import')} "${w.placeholder(1, './base.aspl')}"`]),
    section('Provider', (w) => provider(w, 1, E.licenceShort(), E.address())),
    section('Network', (w) => [
        `${w.head('Network')} {`,
        `  ${w.kw('Outlet', 'outlet')} ${w.quoted(1, E.serviceCentre())} ${w.choice(2, (['self-run', 'authorised', 'contracted'] as const).map((k) => w.word(OUTLET_KINDS, k)))} `
            + `${w.kw('Outlet', 'address')} ${w.quoted(3, E.address())}`,
        '}',
    ]),
    section('Applies', (w) => [`${w.head('Applies')} ${w.choice(1, ['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW', 'T-GXDSL-259'])}`]),
    section('Products', (w) => {
        const s = sales(w);
        return [
            `${w.head('Products')} {`,
            `  ${w.kw('Category', 'category')} ${w.quoted(1, E.product())} ${w.kw('Category', 'sold')} ${w.choice(2, [s.online, s.offline, s.contract])} `
                + `${w.kw('Category', 'buyers')} ${w.choice(3, buyers(w))} ${w.kw('Category', 'kind')} ${w.choice(4, productKinds(w))}`,
            '}',
        ];
    }),
    section('Channel', (w) => [
        `${w.head('Channel')} ${w.placeholder(1, E.hotline())} `
            + `${w.choice(2, (['phone', 'online', 'onsite', 'email', 'sms', 'letter', 'fax', 'board'] as const).map((k) => w.word(CHANNEL_KINDS, k, k === 'board' ? PREFER.board : undefined)))} `
            + `${w.quoted(3, '400-000-0000')} ${w.kw('Channel', 'hours')} ${w.placeholder(4, `08:30-21:00 ${w.word(DAY_SPECS, 'daily')}`)}`,
    ]),
    section('Service', (w) => [
        `${w.head('Service')} ${w.choice(1, serviceKinds(w, ['consultation', 'complaint', 'installation', 'repair', 'maintenance', 'delivery', 'training']))} `
            + `${w.quoted(2, E.serviceLabel())} ${w.choice(3, pricing(w))} {`,
        `  ${w.kw('Service', 'via')} ${w.placeholder(4, E.hotline())}`,
        `  ${w.kw('Service', 'respond')} ${w.within('Service', w.placeholder(5, w.duration(24, 'hour')))}`,
        `  ${w.kw('Service', 'resolve')} ${w.within('Service', w.placeholder(6, w.duration(7, 'day')))}`,
        `  ${w.kw('Service', 'steps')} ${w.words(PROCESS_STEPS, [...STEPS])}`,
        '}',
    ]),
    {
        title: SNIPPET.onSite(), description: SNIPPET.onSiteDescription(),
        prefix: (w) => [w.say(SNIPPET.onSiteSearch()), w.kw('Service', 'arrive')],
        body: (w) => [
            `${w.head('Service')} ${w.choice(1, serviceKinds(w, ['repair', 'installation', 'maintenance']))} ${w.quoted(2, E.onSiteRepair())} ${w.choice(3, pricing(w))} {`,
            `  ${w.kw('Service', 'via')} ${w.placeholder(4, E.hotline())}`,
            `  ${w.kw('Service', 'respond', 'within')} ${w.placeholder(5, w.duration(2, 'hour'))}`,
            `  ${w.kw('Service', 'arrive', 'within')} ${w.clauses(([[6, 24, 'city'], [7, 48, 'county'], [8, 72, 'remote']] as const)
                .map(([n, hours, region]) => `${w.placeholder(n, w.duration(hours, 'hour'))} ${w.word(REGIONS, region)}`))}`,
            `  ${w.kw('Service', 'resolve', 'within')} ${w.placeholder(9, w.duration(4, 'hour'))} ${w.kw('Service', 'after-arrival')}`,
            `  ${w.kw('Loaner', 'loaner')} ${w.choice(10, [w.kw('Loaner', 'none'), w.text(E.loaner())])}`,
            '}',
        ],
    },
    section('Fee', (w) => [
        `${w.head('Fee')} ${w.placeholder(1, E.feeName())} ${w.quoted(2, E.feeLabel())} `
            + `${w.between(w.money(w.placeholder(3, '50')), w.spelled('Fee', 'per', { zh: '/' }), w.placeholder(4, E.feePer()))} ${w.kw('Fee', 'disclosed-before-service')}`,
    ]),
    {
        title: SNIPPET.feeBasis(), description: SNIPPET.feeBasisDescription(),
        prefix: (w) => [w.say(SNIPPET.feeRangeSearch()), w.say(SNIPPET.feeBasisSearch())],
        body: (w) => [
            `${w.head('Fee')} ${w.placeholder(1, E.labourName())} ${w.quoted(2, E.labourLabel())} `
                + `${w.choice(3, [w.money('70-150'), w.kw('FeeBasis', 'by-agreement'), w.kw('FeeBasis', 'quoted-after-inspection'), w.kw('FeeBasis', 'at-cost')])} ${w.kw('Fee', 'disclosed-before-service')}`,
        ],
    },
    section('Warranty', (w) => [
        `${w.kw('Warranty', 'warranty', 'from')} ${w.choice(1, starts(w))} {`,
        `  ${w.kw('Cover', 'cover')} ${w.quoted(2, E.wholeUnit())} ${w.duration(1, 'year', 3)}`,
        `  ${w.kw('Warranty', 'wear-parts')} ${w.quoted(4, E.wearPart())}`,
        `  ${w.kw('Warranty', 'spare-parts', 'kept')} ${w.duration(5, 'year', 5)}`,
        `  ${w.kw('Warranty', 'recall')} ${w.quoted(6, E.recall())}`,
        `  ${w.kw('Warranty', 'repair-time')} ${w.duration(15, 'day', 7)}`,
        '}',
    ]),
    section('Returns', (w) => returns(w, w.duration(3, 'day', 1), `${w.kw('Returns', 'condition')} ${w.quoted(2, E.condition())}`)),
    {
        title: SNIPPET.refusals(), description: SNIPPET.refusalsDescription(),
        prefix: (w) => [...w.only('en', 'refuse'), w.kw('NoReason', 'none')],
        body: (w) => [
            `${w.head('Returns')} {`,
            `  ${w.kw('NoReason', 'no-reason', 'none')}`,
            `  ${w.kw('Returns', 'return')} ${windowFrom(w, w.placeholder(1, w.duration(7, 'day')))}`,
            '}',
            `${w.kw('Warranty', 'warranty', 'from')} ${w.word(START_EVENTS, 'receipt')} {`,
            `  ${w.kw('Cover', 'cover')} ${w.quoted(2, E.wholeUnit())} ${w.placeholder(3, w.duration(1, 'year'))}`,
            `  ${w.kw('Warranty', 'spare-parts', 'none')}`,
            '}',
        ],
    },
    {
        title: SNIPPET.section({ kw: SNIPPET.sanbao() }), description: SNIPPET.sanbaoDescription(),
        prefix: (w) => [...w.only('en', 'sanbao'), w.say(SNIPPET.sanbaoSearch())],
        body: (w) => [
            `${w.kw('Warranty', 'warranty', 'from')} ${w.choice(1, starts(w))} {`,
            `  ${w.kw('Cover', 'cover')} ${w.quoted(2, E.wholeUnitPart())} ${w.duration(1, 'year', 3)}`,
            `  ${w.kw('MainPart', 'main-part')} ${w.quoted(4, E.mainPart())} ${w.duration(3, 'year', 5)}`,
            `  ${w.kw('Warranty', 'repair-time-excluded')}`,
            `  ${w.kw('Warranty', 'exchange-restarts')}`,
            '}',
            `${w.head('Returns')} {`,
            `  ${w.kw('PerformanceFault', 'performance-fault', 'return')} ${w.duration(7, 'day', 6)} ${w.kw('PerformanceFault', 'exchange')} ${w.duration(15, 'day', 7)} `
                + `${w.kw('PerformanceFault', 'from')} ${w.word(START_EVENTS, 'receipt')}`,
            `  ${w.kw('FailedRepairs', 'failed-repairs')} 2 ${w.say(E.times())} ${w.kw('FailedRepairs', 'exchange-or-refund')}`,
            '}',
        ],
    },
    {
        title: SNIPPET.section({ kw: SNIPPET.vehicle() }), description: SNIPPET.vehicleDescription(),
        prefix: (w) => [w.say(SNIPPET.vehicle()), ...w.only('en', 'car warranty')],
        body: (w) => [
            `${w.kw('Warranty', 'warranty', 'from')} ${w.choice(1, [w.word(START_EVENTS, 'delivery'), w.word(START_EVENTS, 'receipt')])} {`,
            `  ${w.kw('Cover', 'cover')} ${w.text(E.wholeVehicle())} ${w.duration(3, 'year', 2)} ${w.kw('Cover', 'or')} ${w.mileage(60_000, 3)}`,
            `  ${w.kw('MainPart', 'main-part')} ${w.quoted(4, E.battery())} ${w.duration(8, 'year', 5)} ${w.kw('MainPart', 'or')} ${w.mileage(150_000, 6)}`,
            '}',
        ],
    },
    section('Payment', (w) => [`${w.head('Payment')} ${w.placeholder(1, w.words(PAYMENT_METHODS, ['cash', 'card', ['online', PREFER.alipay]]))}`]),
    section('Privacy', (w) => [
        `${w.head('Privacy')} {`,
        `  ${w.kw('Privacy', 'purpose')} ${w.quoted(1, E.purpose())}`,
        `  ${w.kw('Privacy', 'retention')} ${w.duration(2, 'year', 2)}`,
        `  ${w.kw('Privacy', 'third-parties')} ${w.quoted(3, E.thirdParties())}`,
        `  ${w.kw('Privacy', 'separate-consent')}`,
        `  ${w.kw('Privacy', 'security')} ${w.quoted(4, E.security())}`,
        `  ${w.kw('Privacy', 'requests-via')} ${w.placeholder(5, E.hotline())}`,
        '}',
    ]),
    section('Satisfaction', (w) => [
        `${w.head('Satisfaction')} {`,
        `  ${w.kw('Satisfaction', 'survey')} ${w.placeholder(1, w.words(SURVEY_METHODS, ['callback', 'questionnaire']))}`,
        `  ${w.kw('Satisfaction', 'every')} ${w.duration(3, 'month', 2)}`,
        `  ${w.kw('Satisfaction', 'target')} ${w.placeholder(3, '90')}%`,
        `  ${w.kw('Satisfaction', 'report')}`,
        `  ${w.kw('Satisfaction', 'improve')} ${w.quoted(4, E.improve())}`,
        '}',
    ]),
    section('Staff', (w) => [
        `${w.head('Staff')} {`,
        `  ${w.kw('Manager', 'manager')} ${w.quoted(1, E.managerName())} ${w.kw('Manager', 'certified')}`,
        `  ${w.kw('Staff', 'training', 'every')} ${w.duration(6, 'month', 2)}`,
        `  ${w.kw('Staff', 'certified-technicians')}`,
        `  ${w.kw('Staff', 'uniform')}`,
        `  ${w.kw('Staff', 'badge')}`,
        `  ${w.kw('Staff', 'headcount')} ${w.placeholder(3, '10')}`,
        '}',
    ]),
    section('Agreement', (w) => [
        `${w.kw('Agreement', 'agreement', 'written')} { ${w.words(AGREEMENT_ITEMS, [['content', PREFER.content], ['time', PREFER.time], ['place', PREFER.place], ['fees', PREFER.fees], ['changes', PREFER.changes]])} }`,
    ]),
    section('Crisis', (w) => [
        `${w.head('Crisis')} {`,
        `  ${w.kw('Crisis', 'team')} ${w.quoted(1, E.team())}`,
        `  ${w.kw('Crisis', 'measures')} ${w.words(CRISIS_MEASURES, ['trace', 'publicize', 'recall', 'compensate'])}`,
        '}',
    ]),
    section('FollowUp', (w) => [
        `${w.kwAll('FollowUp', 'follow-up', 'within')} ${w.duration(3, 'day', 1)} ${w.kw('FollowUp', 'via')} ${w.placeholder(2, E.hotline())}`,
    ]),
    section('Knowledge', (w) => [`${w.head('Knowledge')} ${w.quoted(1, E.knowledge())}`]),
    section('Suppliers', (w) => [
        `${w.head('Suppliers')} {`,
        `  ${w.kw('Suppliers', 'qualified')}`,
        `  ${w.kw('Suppliers', 'agreement')}`,
        `  ${w.kw('Suppliers', 'evaluate', 'every')} ${w.duration(1, 'year', 1)}`,
        '}',
    ]),
    section('Statement', (w) => [`${w.head('Statement')} ${w.quoted(1, E.statement())}`]),
    section('Attestation', (w) => [`${w.head('Attestation')} ${w.placeholder(1, 'GBT-AS-GENERAL')} ${w.placeholder(2, '5.1')} ${w.quoted(3, E.attest())}`]),
    section('Waiver', (w) => [`${w.head('Waiver')} ${w.placeholder(1, 'T-CGCC-CUSTOM')} ${w.placeholder(2, '5.8')} ${w.quoted(3, E.waive())}`]),
];

function write(spec: Spec, lang: Lang): SnippetBody {
    const w = new SnippetWriter(lang);
    const body = spec.body(w);
    return { prefix: spec.prefix ? spec.prefix(w) : [body[0].split(/\s/, 1)[0]], body };
}

export const SNIPPETS: readonly Snippet[] = SPECS.map((s) => ({ title: s.title, description: s.description, en: write(s, 'en'), zh: write(s, 'zh') }));
