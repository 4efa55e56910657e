/**
 * Skeleton text for a missing field or block, in the document's keyword language. Each
 * skeleton is valid ASPL on its own: placeholders are quoted texts ("TODO" / "待填写"),
 * durations are the limit the check asked for (or a strict default), vocabulary words are
 * spelled in the document's language and never collide with a keyword.
 */
import type { Lang } from '../../i18n/locale.js';
import { formatDuration, parseDurationText } from '../../parse/literals.js';
import {
    AGREEMENT_ITEMS, CHANNEL_KINDS, CRISIS_MEASURES, OUTLET_KINDS, PAYERS, PAYMENT_METHODS, PROCESS_STEPS, SERVICE_KINDS,
    SHIPPING_CASES, START_EVENTS, SURVEY_METHODS, lookup, type Vocabulary,
} from '../../parse/vocabulary.js';
import { CJK } from '../../shared/cjk.js';

/** One path segment as catalogs write it: `services[kind=complaint]`. */
export interface Segment { name: string; filters: Array<{ field: string; value: string }> }

/** A line to add, or a block (head + lines) merged with other additions to the same block. */
export type Item =
    | { kind: 'line'; key: string; text: string; minutes?: number }
    | { kind: 'block'; key: string; head: string; items: Item[] };

/** Member order in a policy (the grammar's), where a new top-level item is inserted. */
export const MEMBER_ORDER = [
    'Version', 'Effective', 'Provider', 'Network', 'Applies', 'Products', 'Channel', 'Service', 'Fee', 'Warranty', 'Returns',
    'Payment', 'Privacy', 'Satisfaction', 'Staff', 'Agreement', 'Crisis', 'FollowUp', 'Knowledge', 'Suppliers', 'Statement',
    'Attestation', 'Waiver',
];

/** The AST type a top-level model field is written as. */
export const TYPE_OF_TOP: Record<string, string> = {
    version: 'Version', effective: 'Effective', provider: 'Provider', network: 'Network', applies: 'Applies', products: 'Products',
    channels: 'Channel', services: 'Service', fees: 'Fee', warranty: 'Warranty', returns: 'Returns', payment: 'Payment',
    privacy: 'Privacy', satisfaction: 'Satisfaction', staff: 'Staff', agreement: 'Agreement', crisis: 'Crisis', followUp: 'FollowUp',
    knowledgeBase: 'Knowledge', suppliers: 'Suppliers', statements: 'Statement', attestations: 'Attestation', waivers: 'Waiver',
};

export interface SkeletonContext {
    lang: Lang;
    /** Every keyword of the grammar: a vocabulary spelling that is one cannot be written as a name. */
    keywords: Set<string>;
    /** Channel names in scope (own and imported), for `via` lines. */
    channels: string[];
    today: string;
}

export class Skeletons {
    constructor(private readonly ctx: SkeletonContext) {}

    private k(en: string, zh: string): string {
        return this.ctx.lang === 'zh' ? zh : en;
    }

    private todo(): string {
        return this.ctx.lang === 'zh' ? '"待填写"' : '"TODO"';
    }

    /** A duration in the document's language: the check's limit when given, else the default. */
    duration(value: string | undefined, fallback: string): { text: string; minutes: number } {
        const d = (value && parseDurationText(value)) || parseDurationText(fallback)!;
        return { text: formatDuration(d, this.ctx.lang), minutes: d.minutes };
    }

    /** A vocabulary word spelled in the document's language, never a keyword. */
    word(vocab: Vocabulary<string>, value: string | undefined, fallback: string): string {
        const canonical = (value && lookup(vocab, value)) || fallback;
        const spellings = (vocab.words as Record<string, readonly string[]>)[canonical] ?? [canonical];
        const usable = spellings.filter((s) => !this.ctx.keywords.has(s));
        const zh = usable.find((s) => CJK.test(s));
        const en = usable.find((s) => !CJK.test(s));
        return (this.ctx.lang === 'zh' ? zh ?? en : en ?? zh) ?? canonical;
    }

    private words(vocab: Vocabulary<string>, values: string[]): string {
        return values.map((v) => this.word(vocab, v, v)).join(this.ctx.lang === 'zh' ? '、' : ', ');
    }

    private filter(seg: Segment | undefined, field: string): string | undefined {
        return seg?.filters.find((f) => f.field === field)?.value;
    }

    /** A channel name not yet taken, for a new channel of `kind`. */
    channelName(kind: string): string {
        const taken = new Set(this.ctx.channels);
        const base = this.ctx.lang === 'zh' ? this.word(CHANNEL_KINDS, kind, 'phone') + '渠道' : kind.replace(/[^a-zA-Z]/g, '') || 'channel';
        if (!taken.has(base) && !this.ctx.keywords.has(base)) return base;
        const suffixes = this.ctx.lang === 'zh' ? ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'] : ['2', '3', '4', '5', '6', '7', '8', '9'];
        for (const s of suffixes) if (!taken.has(base + s)) return base + s;
        return base + (this.ctx.lang === 'zh' ? '新' : 'New');
    }

    line(key: string, text: string, minutes?: number): Item {
        return { kind: 'line', key, text, minutes };
    }

    block(key: string, head: string, items: Item[]): Item {
        return { kind: 'block', key, head, items };
    }

    /**
     * What to add inside a node of `type` for the model path `rest` (relative to that node).
     * Undefined when nothing sensible can be written (the quick fix is then not offered).
     */
    item(type: string, rest: Segment[], value?: string): Item | undefined {
        const [seg, ...more] = rest;
        if (!seg) return undefined;
        const fn = (this as unknown as Record<string, ((seg: Segment, more: Segment[], value?: string) => Item | undefined) | undefined>)[`in${type}`];
        return fn?.call(this, seg, more, value);
    }

    // ---------------------------------------------------------------- policy level
    inPolicy(seg: Segment, more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        const todo = this.todo();
        switch (seg.name) {
            case 'version': return this.line('version', `${k('version', '版本')} "1.0"`);
            case 'effective': return this.line('effective', `${k('effective', '生效')} ${this.ctx.today}`);
            case 'title': return undefined;
            case 'provider': {
                const inner = more.length ? this.inProvider(more[0], more.slice(1), value) : undefined;
                return inner
                    ? this.block('provider', `${k('provider', '提供方')} ${todo}`, [inner])
                    : this.line('provider', `${k('provider', '提供方')} ${todo}`);
            }
            case 'network': return this.block('network', k('network', '服务网络'), [this.inNetwork({ name: 'outlets', filters: [] }, [])!]);
            case 'applies': return value ? this.line('applies', `${k('applies', '适用')} ${value}`) : undefined;
            case 'products': {
                const inner = this.inProducts(more[0] ?? { name: 'categories', filters: [] }, more.slice(1), value);
                return inner && this.block('products', k('products', '产品'), [inner]);
            }
            case 'channels': {
                const kind = this.filter(seg, 'kind') ?? (more[0]?.name === 'kind' ? value : undefined) ?? 'phone';
                const name = this.channelName(kind);
                this.ctx.channels.push(name);
                return this.line(`channel ${name}`, `${k('channel', '渠道')} ${name} ${this.word(CHANNEL_KINDS, kind, 'phone')} ${todo} ${k('hours', '时段')} 09:00-18:00 ${k('daily', '每天')}`);
            }
            case 'services': {
                const kind = this.filter(seg, 'kind') ?? (more[0]?.name === 'kind' ? value : undefined) ?? 'consultation';
                const pricing = this.filter(seg, 'pricing');
                const items: Item[] = [];
                if (this.ctx.channels.length) items.push(this.viaLine());
                const want = more[0] && more[0].name !== 'kind' ? this.inService(more[0], more.slice(1), value) : undefined;
                if (want) items.push(want);
                if (!items.some((i) => i.key === 'respond')) items.push(this.inService({ name: 'respond', filters: [] }, [])!);
                if (!items.some((i) => i.key === 'resolve')) items.push(this.inService({ name: 'resolve', filters: [] }, [])!);
                const price = pricing === 'paid' ? ` ${k('paid', '收费')}` : pricing === 'paid-after-warranty' ? ` ${k('paid after-warranty', '收费 保外')}` : pricing === 'free' ? ` ${k('free', '免费')}` : '';
                return this.block(`service ${kind}`, `${k('service', '服务')} ${this.word(SERVICE_KINDS, kind, 'consultation')}${price}`, items);
            }
            case 'fees': return this.line('fee', this.feeLine());
            case 'warranty': {
                const start = more[0]?.name === 'start' ? value : undefined;
                const inner = more.length && more[0].name !== 'start' ? this.inWarranty(more[0], more.slice(1), value) : this.inWarranty({ name: 'covers', filters: [] }, []);
                return this.block('warranty', `${k('warranty', '保修')} ${k('from', '自')} ${this.word(START_EVENTS, start, 'delivery')}`, inner ? [inner] : []);
            }
            case 'returns': {
                const inner = this.inReturns(more[0] ?? { name: 'noReason', filters: [] }, more.slice(1), value);
                return inner && this.block('returns', k('returns', '退换货'), [inner]);
            }
            case 'payment': return this.line('payment', `${k('payment', '支付')} ${this.words(PAYMENT_METHODS, value ? [value] : ['cash', 'online'])}`);
            case 'privacy': return this.blockOf('privacy', k('privacy', '隐私'), 'Privacy', more, value, 'purpose');
            case 'satisfaction': return this.blockOf('satisfaction', k('satisfaction', '满意度'), 'Satisfaction', more, value, 'methods');
            case 'staff': return this.blockOf('staff', k('staff', '人员'), 'Staff', more, value, 'manager');
            case 'agreement': return this.line('agreement', `${k('agreement written', '协议 书面')} { ${this.words(AGREEMENT_ITEMS, Object.keys(AGREEMENT_ITEMS.words))} }`);
            case 'crisis': {
                const items = [this.inCrisis({ name: 'team', filters: [] }, [])!, this.inCrisis({ name: 'measures', filters: [] }, [])!];
                return this.block('crisis', k('crisis-plan', '危机预案'), items);
            }
            case 'followUp': {
                const d = this.duration(more[0]?.name === 'within' ? value : undefined, '48 hours');
                const via = this.ctx.channels.length ? ` ${k('via', '通过')} ${this.ctx.channels[0]}` : '';
                return this.line('follow-up', `${k('follow-up within', '回访')} ${d.text}${via}`, d.minutes);
            }
            case 'knowledgeBase': return this.line('knowledge-base', `${k('knowledge-base', '知识库')} ${todo}`);
            case 'suppliers': return this.blockOf('suppliers', k('suppliers', '供应商'), 'Suppliers', more, value, 'qualified');
            case 'statements': return this.line('statement', `${k('statement', '声明')} ${todo}`);
            default: return undefined;
        }
    }

    private blockOf(key: string, head: string, type: string, more: Segment[], value: string | undefined, first: string): Item | undefined {
        const inner = this.item(type, more.length ? more : [{ name: first, filters: [] }], value);
        return inner && this.block(key, head, [inner]);
    }

    /** `via a, b`: up to two channels in scope. */
    viaLine(): Item {
        return this.line('via', `${this.k('via', '通过')} ${this.ctx.channels.slice(0, 2).join(this.ctx.lang === 'zh' ? '、' : ', ')}`);
    }

    feeLine(): string {
        return this.ctx.lang === 'zh'
            ? `费用 服务费 "待填写" 0元 事先告知`
            : `fee service "TODO" 0 CNY disclosed-before-service`;
    }

    // ---------------------------------------------------------------- blocks
    inProvider(seg: Segment, _more?: Segment[], _value?: string): Item | undefined {
        const k = this.k.bind(this);
        const field: Record<string, string> = { licence: k('licence', '信用代码'), scope: k('scope', '经营范围'), address: k('address', '地址'), contact: k('contact', '联系方式') };
        return field[seg.name] ? this.line(seg.name, `${field[seg.name]} ${this.todo()}`) : undefined;
    }

    inNetwork(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        if (seg.name !== 'outlets') return undefined;
        const kind = this.filter(seg, 'kind') ?? value ?? 'self-run';
        return this.line(`outlet ${kind}`, `${this.k('outlet', '网点')} ${this.todo()} ${this.word(OUTLET_KINDS, kind, 'self-run')}`);
    }

    inProducts(seg: Segment, _more: Segment[], _value?: string): Item | undefined {
        if (seg.name !== 'categories') return undefined;
        const custom = this.filter(seg, 'custom') === 'true' ? ` ${this.k('custom', '定制')}` : '';
        return this.line('category', `${this.k('category', '品类')} ${this.todo()}${custom}`);
    }

    inService(seg: Segment, more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        switch (seg.name) {
            case 'channels': return this.ctx.channels.length ? this.viaLine() : undefined;
            case 'respond': { const d = this.duration(value, '2 hours'); return this.line('respond', `${k('respond within', '响应')} ${d.text}`, d.minutes); }
            case 'resolve': { const d = this.duration(value, '3 days'); return this.line('resolve', `${k('resolve within', '解决')} ${d.text}`, d.minutes); }
            case 'escalation': {
                const d = this.duration(more[0]?.name === 'after' ? value : undefined, '24 hours');
                return this.line('escalate', `${k('escalate after', '升级 超过')} ${d.text} ${k('to', '至')} ${this.todo()}`, d.minutes);
            }
            case 'steps': {
                const steps = value ? [value] : ['acceptance', 'handling', 'reply', 'archiving', 'revisit', 'evaluation'];
                return this.line('steps', `${k('steps', '流程')} ${this.words(PROCESS_STEPS, steps)}`);
            }
            case 'loaner': return this.line('loaner', `${k('loaner', '代用品')} ${this.todo()}`);
            case 'area': return this.line('area', `${k('area', '范围')} ${this.todo()}`);
            case 'record': return this.line('record', `${k('record', '记录')} ${this.todo()}`);
            default: return undefined;
        }
    }

    inWarranty(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        switch (seg.name) {
            case 'covers': { const d = this.duration(value, '1 year'); return this.line('cover', `${k('cover', '覆盖')} ${this.k('"Whole product"', '"整机"')} ${d.text}`, d.minutes); }
            case 'wearParts': return this.line('wear-parts', `${k('wear-parts', '易损件')} ${this.todo()}`);
            case 'spareParts': { const d = this.duration(value, '5 years'); return this.line('spare-parts', `${k('spare-parts kept', '备件 保留')} ${d.text}`, d.minutes); }
            case 'recall': return this.line('recall', `${k('recall', '召回')} ${this.todo()}`);
            case 'repairTime': { const d = this.duration(value, '15 days'); return this.line('repair-time', `${k('repair-time', '维修时限')} ${d.text}`, d.minutes); }
            case 'mainParts': { const d = this.duration(value, '2 years'); return this.line('main-part', `${k('main-part', '主要部件')} ${this.todo()} ${d.text}`, d.minutes); }
            case 'repairTimeExcluded': return this.line('repair-time-excluded', k('repair-time-excluded', '维修时间不计入'));
            case 'exchangeRestarts': return this.line('exchange-restarts', k('exchange-restarts', '换货重新计算'));
            default: return undefined;
        }
    }

    inReturns(seg: Segment, more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        const window = (fallback: string) => {
            const sub = more.find((m) => m.name !== 'window')?.name;
            const d = this.duration(sub === 'duration' ? value : undefined, fallback);
            const start = this.word(START_EVENTS, sub === 'start' ? value : undefined, 'receipt');
            return { text: `${d.text} ${k('from', '自')} ${start}`, minutes: d.minutes };
        };
        switch (seg.name) {
            case 'noReason': {
                const w = window('7 days');
                const confirmed = more[0]?.name === 'confirmed' ? ` ${k('confirmed-at-purchase', '购买时确认')}` : '';
                return this.line('no-reason', `${k('no-reason', '无理由')} ${w.text}${confirmed}`, w.minutes);
            }
            case 'exchange': { const w = window('15 days'); return this.line('exchange', `${k('exchange', '换货')} ${w.text}`, w.minutes); }
            case 'defectReturn': { const w = window('7 days'); return this.line('return', `${k('return', '退货')} ${w.text}`, w.minutes); }
            case 'refund': case 'refundOriginalMethod': {
                const d = this.duration(seg.name === 'refund' ? value : undefined, '7 days');
                return this.line('refund', `${k('refund within', '退款')} ${d.text} ${k('original-method', '原路退回')}`, d.minutes);
            }
            case 'conditions': return this.line('condition', `${k('condition', '条件')} ${this.todo()}`);
            case 'performanceFault': {
                // The national 三包 minimums unless the clause asked for a longer window.
                const ret = this.duration(more[0]?.name === 'return' ? value : undefined, '7 days');
                const exch = this.duration(more[0]?.name === 'exchange' ? value : undefined, '15 days');
                return this.line('performance-fault', `${k('performance-fault', '性能故障')} ${k('return', '退货')} ${ret.text} ${k('exchange', '换货')} ${exch.text}`);
            }
            case 'failedRepairs': return this.line('failed-repairs', `${k('failed-repairs', '修理后仍故障')} 2 ${k('exchange-or-refund', '换货或退货')}`);
            case 'shipping': {
                const c = this.filter(seg, 'case') ?? 'defect';
                const payer = this.filter(seg, 'payer') ?? (more[0]?.name === 'payer' || !more.length ? value : undefined) ?? 'seller';
                const caseWord = this.word(SHIPPING_CASES, c, 'defect');
                return this.line(`shipping ${c}`, `${k('shipping', '运费')} ${caseWord} ${k('paid-by', '承担方')} ${this.word(PAYERS, payer, 'seller')}`);
            }
            default: return undefined;
        }
    }

    inPrivacy(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        switch (seg.name) {
            case 'purpose': return this.line('purpose', `${k('purpose', '目的')} ${this.todo()}`);
            case 'retention': { const d = this.duration(value, '3 years'); return this.line('retention', `${k('retention', '保存')} ${d.text}`, d.minutes); }
            case 'thirdParties': return this.line('third-parties', `${k('third-parties', '第三方')} ${this.todo()}`);
            case 'separateConsent': return this.line('separate-consent', k('separate-consent', '单独同意'));
            case 'security': return this.line('security', `${k('security', '安全措施')} ${this.todo()}`);
            case 'requests': return this.ctx.channels.length ? this.line('requests-via', `${k('requests-via', '查询删除')} ${this.ctx.channels[0]}`) : undefined;
            default: return undefined;
        }
    }

    inSatisfaction(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        switch (seg.name) {
            case 'methods': return this.line('survey', `${k('survey', '调查')} ${this.words(SURVEY_METHODS, value ? [value] : ['questionnaire', 'callback'])}`);
            case 'every': { const d = this.duration(value, '3 months'); return this.line('every', `${k('every', '周期')} ${d.text}`, d.minutes); }
            case 'target': return this.line('target', `${k('target', '目标')} 90%`);
            case 'report': return this.line('report', k('report', '书面报告'));
            case 'improvement': return this.line('improve', `${k('improve', '改进')} ${this.todo()}`);
            case 'index': return this.line('index', `${k('index', '指数')} ${this.todo()}`);
            default: return undefined;
        }
    }

    inStaff(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        switch (seg.name) {
            case 'manager': return this.line('manager', `${k('manager', '售后服务管理师')} ${this.todo()} ${k('certified', '持证')}`);
            case 'training': { const d = this.duration(value, '6 months'); return this.line('training', `${k('training every', '培训 周期')} ${d.text}`, d.minutes); }
            case 'certifiedTechnicians': return this.line('certified-technicians', k('certified-technicians', '技师持证'));
            case 'uniform': return this.line('uniform', k('uniform', '统一着装'));
            case 'badge': return this.line('badge', k('badge', '工牌'));
            case 'headcount': return this.line('headcount', `${k('headcount', '人数')} ${value && /^\d+$/.test(value) ? value : '10'}`);
            default: return undefined;
        }
    }

    inCrisis(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        if (seg.name === 'team') return this.line('team', `${k('team', '应急小组')} ${this.todo()}`);
        if (seg.name === 'measures') return this.line('measures', `${k('measures', '措施')} ${this.words(CRISIS_MEASURES, value ? [value] : ['trace', 'publicize', 'recall', 'compensate'])}`);
        return undefined;
    }

    inSuppliers(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const k = this.k.bind(this);
        if (seg.name === 'qualified') return this.line('qualified', k('qualified', '资质审核'));
        if (seg.name === 'contract') return this.line('agreement', k('agreement', '合作协议'));
        if (seg.name === 'evaluate') { const d = this.duration(value, '1 year'); return this.line('evaluate', `${k('evaluate every', '评估 周期')} ${d.text}`, d.minutes); }
        return undefined;
    }

    /** `attest CATALOG CLAUSE "…"` */
    attest(catalog: string, clause: string, text: string): Item {
        return this.line(`attest ${catalog} ${clause}`, `${this.k('attest', '承诺')} ${catalog} ${clause} "${text.replace(/"/g, "'")}"`);
    }
}
