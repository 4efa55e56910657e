/**
 * Skeleton text for a missing field or block, in the document's keyword language. Each
 * skeleton is valid ASPL on its own: placeholders are quoted texts ("TODO" / "待填写"),
 * durations are the limit the check asked for (or a strict default), vocabulary words are
 * spelled in the document's language and never collide with a keyword.
 */
import { NAME_SUFFIXES, SKELETON } from './skeleton-messages.js';
import { LIST_SEPARATOR } from '../../i18n/punctuation.js';
import { say } from '../../i18n/message.js';
import type { Lang } from '../../i18n/locale.js';
import { formatDuration, parseDurationText } from '../../parse/literals.js';
import { TODO_PLACEHOLDER } from '../../parse/placeholders.js';
import { keywords, textFieldKeyword, type AstTypeName, type Keyword } from '../../parse/grammar-map.js';
import {
    AGREEMENT_ITEMS, CHANNEL_KINDS, CURRENCIES, DAY_SPECS, CRISIS_MEASURES, OUTLET_KINDS, PAYERS, PAYMENT_METHODS, PROCESS_STEPS, SERVICE_KINDS,
    SHIPPING_CASES, START_EVENTS, SURVEY_METHODS, lookup, type Vocabulary,
} from '../../parse/vocabulary.js';
import { CJK } from '../../shared/cjk.js';

/** One path segment as catalogs write it: `services[kind=complaint]`. */
export interface Segment { name: string; filters: Array<{ field: string; value: string }> }

/** A line to add, or a block (head + lines) merged with other additions to the same block. */
export type Item =
    | { kind: 'line'; key: string; text: string; minutes?: number }
    | { kind: 'block'; key: string; head: string; items: Item[] };

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

    /** Keywords of a grammar rule in the document's language. */
    private kw(rule: AstTypeName, ...words: Keyword[]): string {
        return keywords(this.ctx.lang, rule, ...words);
    }

    private todo(): string {
        return `"${TODO_PLACEHOLDER[this.ctx.lang]}"`;
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
        const zh = this.ctx.lang === 'zh';
        return usable.find((s) => CJK.test(s) === zh) ?? usable.find((s) => CJK.test(s) !== zh) ?? canonical;
    }

    private words(vocab: Vocabulary<string>, values: string[]): string {
        return values.map((v) => this.word(vocab, v, v)).join(LIST_SEPARATOR[this.ctx.lang]);
    }

    private filter(seg: Segment | undefined, field: string): string | undefined {
        return seg?.filters.find((f) => f.field === field)?.value;
    }

    /** A channel name not yet taken, for a new channel of `kind`. */
    channelName(kind: string): string {
        const taken = new Set(this.ctx.channels);
        const base = say(SKELETON.channelName({ word: this.word(CHANNEL_KINDS, kind, 'phone'), letters: kind.replace(/[^a-zA-Z]/g, '') || 'channel' }), this.ctx.lang);
        if (!taken.has(base) && !this.ctx.keywords.has(base)) return base;
        for (const s of NAME_SUFFIXES[this.ctx.lang]) if (!taken.has(base + s)) return base + s;
        return say(SKELETON.newName({ base }), this.ctx.lang);
    }

    /** `<keyword> "TODO"` for a text field of a block (the keyword read from the grammar). */
    private textField(rule: AstTypeName, property: string): Item | undefined {
        const en = textFieldKeyword(rule, property);
        return en && this.line(en, `${this.kw(rule, en)} ${this.todo()}`);
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
        const kw = this.kw.bind(this);
        const todo = this.todo();
        switch (seg.name) {
            case 'version': return this.line('version', `${kw('Version', 'version')} "1.0"`);
            case 'effective': return this.line('effective', `${kw('Effective', 'effective')} ${this.ctx.today}`);
            case 'title': return undefined;
            case 'provider': {
                const inner = more.length ? this.inProvider(more[0], more.slice(1), value) : undefined;
                return inner
                    ? this.block('provider', `${kw('Provider', 'provider')} ${todo}`, [inner])
                    : this.line('provider', `${kw('Provider', 'provider')} ${todo}`);
            }
            case 'network': return this.block('network', kw('Network', 'network'), [this.inNetwork({ name: 'outlets', filters: [] }, [])!]);
            case 'applies': return value ? this.line('applies', `${kw('Applies', 'applies')} ${value}`) : undefined;
            case 'products': {
                const inner = this.inProducts(more[0] ?? { name: 'categories', filters: [] }, more.slice(1), value);
                return inner && this.block('products', kw('Products', 'products'), [inner]);
            }
            case 'channels': {
                const kind = this.filter(seg, 'kind') ?? (more[0]?.name === 'kind' ? value : undefined) ?? 'phone';
                const name = this.channelName(kind);
                this.ctx.channels.push(name);
                return this.line(`channel ${name}`, `${kw('Channel', 'channel')} ${name} ${this.word(CHANNEL_KINDS, kind, 'phone')} ${todo} ${kw('Channel', 'hours')} 09:00-18:00 ${this.word(DAY_SPECS, 'daily', 'daily')}`);
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
                const price = pricing === 'paid' ? ` ${kw('Pricing', 'paid')}` : pricing === 'paid-after-warranty' ? ` ${kw('Pricing', 'paid', 'after-warranty')}` : pricing === 'free' ? ` ${kw('Pricing', 'free')}` : '';
                return this.block(`service ${kind}`, `${kw('Service', 'service')} ${this.word(SERVICE_KINDS, kind, 'consultation')}${price}`, items);
            }
            case 'fees': return this.line('fee', this.feeLine());
            case 'warranty': {
                const start = more[0]?.name === 'start' ? value : undefined;
                const inner = more.length && more[0].name !== 'start' ? this.inWarranty(more[0], more.slice(1), value) : this.inWarranty({ name: 'covers', filters: [] }, []);
                return this.block('warranty', `${kw('Warranty', 'warranty')} ${kw('Warranty', 'from')} ${this.word(START_EVENTS, start, 'delivery')}`, inner ? [inner] : []);
            }
            case 'returns': {
                const inner = this.inReturns(more[0] ?? { name: 'noReason', filters: [] }, more.slice(1), value);
                return inner && this.block('returns', kw('Returns', 'returns'), [inner]);
            }
            case 'payment': return this.line('payment', `${kw('Payment', 'payment')} ${this.words(PAYMENT_METHODS, value ? [value] : ['cash', 'online'])}`);
            case 'privacy': return this.blockOf('privacy', kw('Privacy', 'privacy'), 'Privacy', more, value, 'purpose');
            case 'satisfaction': return this.blockOf('satisfaction', kw('Satisfaction', 'satisfaction'), 'Satisfaction', more, value, 'methods');
            case 'staff': return this.blockOf('staff', kw('Staff', 'staff'), 'Staff', more, value, 'manager');
            case 'agreement': return this.line('agreement', `${kw('Agreement', 'agreement', 'written')} { ${this.words(AGREEMENT_ITEMS, Object.keys(AGREEMENT_ITEMS.words))} }`);
            case 'crisis': {
                const items = [this.inCrisis({ name: 'team', filters: [] }, [])!, this.inCrisis({ name: 'measures', filters: [] }, [])!];
                return this.block('crisis', kw('Crisis', 'crisis-plan'), items);
            }
            case 'followUp': {
                const d = this.duration(more[0]?.name === 'within' ? value : undefined, '48 hours');
                const via = this.ctx.channels.length ? ` ${kw('FollowUp', 'via')} ${this.ctx.channels[0]}` : '';
                return this.line('follow-up', `${kw('FollowUp', 'follow-up', 'within')} ${d.text}${via}`, d.minutes);
            }
            case 'knowledgeBase': return this.line('knowledge-base', `${kw('Knowledge', 'knowledge-base')} ${todo}`);
            case 'suppliers': return this.blockOf('suppliers', kw('Suppliers', 'suppliers'), 'Suppliers', more, value, 'qualified');
            case 'statements': return this.line('statement', `${kw('Statement', 'statement')} ${todo}`);
            default: return undefined;
        }
    }

    private blockOf(key: string, head: string, type: string, more: Segment[], value: string | undefined, first: string): Item | undefined {
        const inner = this.item(type, more.length ? more : [{ name: first, filters: [] }], value);
        return inner && this.block(key, head, [inner]);
    }

    /** `via a, b`: up to two channels in scope. */
    viaLine(): Item {
        return this.line('via', `${this.kw('Service', 'via')} ${this.ctx.channels.slice(0, 2).join(LIST_SEPARATOR[this.ctx.lang])}`);
    }

    feeLine(): string {
        // The currency word as the language writes it after the amount: 0元 / 0 CNY.
        const currency = this.word(CURRENCIES, 'CNY', 'CNY');
        const amount = CJK.test(currency) ? `0${currency}` : `0 ${currency}`;
        return `${this.kw('Fee', 'fee')} ${say(SKELETON.feeName(), this.ctx.lang)} ${this.todo()} ${amount} ${this.kw('Fee', 'disclosed-before-service')}`;
    }

    // ---------------------------------------------------------------- blocks
    inProvider(seg: Segment, _more?: Segment[], _value?: string): Item | undefined {
        return this.textField('Provider', seg.name);
    }

    inNetwork(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        if (seg.name !== 'outlets') return undefined;
        const kind = this.filter(seg, 'kind') ?? value ?? 'self-run';
        return this.line(`outlet ${kind}`, `${this.kw('Outlet', 'outlet')} ${this.todo()} ${this.word(OUTLET_KINDS, kind, 'self-run')}`);
    }

    inProducts(seg: Segment, _more: Segment[], _value?: string): Item | undefined {
        if (seg.name !== 'categories') return undefined;
        const custom = this.filter(seg, 'custom') === 'true' ? ` ${this.kw('Category', 'custom')}` : '';
        return this.line('category', `${this.kw('Category', 'category')} ${this.todo()}${custom}`);
    }

    inService(seg: Segment, more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        switch (seg.name) {
            case 'channels': return this.ctx.channels.length ? this.viaLine() : undefined;
            case 'respond': { const d = this.duration(value, '2 hours'); return this.line('respond', `${kw('Service', 'respond', 'within')} ${d.text}`, d.minutes); }
            case 'resolve': { const d = this.duration(value, '3 days'); return this.line('resolve', `${kw('Service', 'resolve', 'within')} ${d.text}`, d.minutes); }
            case 'escalation': {
                const d = this.duration(more[0]?.name === 'after' ? value : undefined, '24 hours');
                return this.line('escalate', `${kw('Escalation', 'escalate', 'after')} ${d.text} ${kw('Escalation', 'to')} ${this.todo()}`, d.minutes);
            }
            case 'steps': {
                const steps = value ? [value] : ['acceptance', 'handling', 'reply', 'archiving', 'revisit', 'evaluation'];
                return this.line('steps', `${kw('Service', 'steps')} ${this.words(PROCESS_STEPS, steps)}`);
            }
            case 'loaner': return this.line('loaner', `${kw('Loaner', 'loaner')} ${this.todo()}`);
            default: return this.textField('Service', seg.name);
        }
    }

    inWarranty(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        switch (seg.name) {
            case 'covers': { const d = this.duration(value, '1 year'); return this.line('cover', `${kw('Cover', 'cover')} "${say(SKELETON.wholeProduct(), this.ctx.lang)}" ${d.text}`, d.minutes); }
            case 'spareParts': { const d = this.duration(value, '5 years'); return this.line('spare-parts', `${kw('Warranty', 'spare-parts', 'kept')} ${d.text}`, d.minutes); }
            case 'repairTime': { const d = this.duration(value, '15 days'); return this.line('repair-time', `${kw('Warranty', 'repair-time')} ${d.text}`, d.minutes); }
            case 'mainParts': { const d = this.duration(value, '2 years'); return this.line('main-part', `${kw('MainPart', 'main-part')} ${this.todo()} ${d.text}`, d.minutes); }
            case 'repairTimeExcluded': return this.line('repair-time-excluded', kw('Warranty', 'repair-time-excluded'));
            case 'exchangeRestarts': return this.line('exchange-restarts', kw('Warranty', 'exchange-restarts'));
            default: return this.textField('Warranty', seg.name);
        }
    }

    inReturns(seg: Segment, more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        const window = (fallback: string) => {
            const sub = more.find((m) => m.name !== 'window')?.name;
            const d = this.duration(sub === 'duration' ? value : undefined, fallback);
            const start = this.word(START_EVENTS, sub === 'start' ? value : undefined, 'receipt');
            return { text: `${d.text} ${kw('Window', 'from')} ${start}`, minutes: d.minutes };
        };
        switch (seg.name) {
            case 'noReason': {
                const w = window('7 days');
                const confirmed = more[0]?.name === 'confirmed' ? ` ${kw('NoReason', 'confirmed-at-purchase')}` : '';
                return this.line('no-reason', `${kw('NoReason', 'no-reason')} ${w.text}${confirmed}`, w.minutes);
            }
            case 'exchange': { const w = window('15 days'); return this.line('exchange', `${kw('Returns', 'exchange')} ${w.text}`, w.minutes); }
            case 'defectReturn': { const w = window('7 days'); return this.line('return', `${kw('Returns', 'return')} ${w.text}`, w.minutes); }
            case 'refund': case 'refundOriginalMethod': {
                const d = this.duration(seg.name === 'refund' ? value : undefined, '7 days');
                return this.line('refund', `${kw('Returns', 'refund', 'within')} ${d.text} ${kw('Returns', 'original-method')}`, d.minutes);
            }
            case 'performanceFault': {
                // The national 三包 minimums unless the clause asked for a longer window.
                const ret = this.duration(more[0]?.name === 'return' ? value : undefined, '7 days');
                const exch = this.duration(more[0]?.name === 'exchange' ? value : undefined, '15 days');
                return this.line('performance-fault', `${kw('PerformanceFault', 'performance-fault')} ${kw('PerformanceFault', 'return')} ${ret.text} ${kw('PerformanceFault', 'exchange')} ${exch.text}`);
            }
            case 'failedRepairs': return this.line('failed-repairs', `${kw('FailedRepairs', 'failed-repairs')} 2 ${kw('FailedRepairs', 'exchange-or-refund')}`);
            case 'shipping': {
                const c = this.filter(seg, 'case') ?? 'defect';
                const payer = this.filter(seg, 'payer') ?? (more[0]?.name === 'payer' || !more.length ? value : undefined) ?? 'seller';
                const caseWord = this.word(SHIPPING_CASES, c, 'defect');
                return this.line(`shipping ${c}`, `${kw('Shipping', 'shipping')} ${caseWord} ${kw('Shipping', 'paid-by')} ${this.word(PAYERS, payer, 'seller')}`);
            }
            default: return this.textField('Returns', seg.name);
        }
    }

    inPrivacy(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        switch (seg.name) {
            case 'retention': { const d = this.duration(value, '3 years'); return this.line('retention', `${kw('Privacy', 'retention')} ${d.text}`, d.minutes); }
            case 'separateConsent': return this.line('separate-consent', kw('Privacy', 'separate-consent'));
            case 'requests': return this.ctx.channels.length ? this.line('requests-via', `${kw('Privacy', 'requests-via')} ${this.ctx.channels[0]}`) : undefined;
            default: return this.textField('Privacy', seg.name);
        }
    }

    inSatisfaction(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        switch (seg.name) {
            case 'methods': return this.line('survey', `${kw('Satisfaction', 'survey')} ${this.words(SURVEY_METHODS, value ? [value] : ['questionnaire', 'callback'])}`);
            case 'every': { const d = this.duration(value, '3 months'); return this.line('every', `${kw('Satisfaction', 'every')} ${d.text}`, d.minutes); }
            case 'target': return this.line('target', `${kw('Satisfaction', 'target')} 90%`);
            case 'report': return this.line('report', kw('Satisfaction', 'report'));
            default: return this.textField('Satisfaction', seg.name);
        }
    }

    inStaff(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        switch (seg.name) {
            case 'manager': return this.line('manager', `${kw('Manager', 'manager')} ${this.todo()} ${kw('Manager', 'certified')}`);
            case 'training': { const d = this.duration(value, '6 months'); return this.line('training', `${kw('Staff', 'training', 'every')} ${d.text}`, d.minutes); }
            case 'certifiedTechnicians': return this.line('certified-technicians', kw('Staff', 'certified-technicians'));
            case 'uniform': return this.line('uniform', kw('Staff', 'uniform'));
            case 'badge': return this.line('badge', kw('Staff', 'badge'));
            case 'headcount': return this.line('headcount', `${kw('Staff', 'headcount')} ${value && /^\d+$/.test(value) ? value : '10'}`);
            default: return undefined;
        }
    }

    inCrisis(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        if (seg.name === 'measures') return this.line('measures', `${kw('Crisis', 'measures')} ${this.words(CRISIS_MEASURES, value ? [value] : ['trace', 'publicize', 'recall', 'compensate'])}`);
        return this.textField('Crisis', seg.name);
    }

    inSuppliers(seg: Segment, _more: Segment[], value?: string): Item | undefined {
        const kw = this.kw.bind(this);
        if (seg.name === 'qualified') return this.line('qualified', kw('Suppliers', 'qualified'));
        if (seg.name === 'contract') return this.line('agreement', kw('Suppliers', 'agreement'));
        if (seg.name === 'evaluate') { const d = this.duration(value, '1 year'); return this.line('evaluate', `${kw('Suppliers', 'evaluate', 'every')} ${d.text}`, d.minutes); }
        return undefined;
    }

    /** `attest CATALOG CLAUSE "…"` */
    attest(catalog: string, clause: string, text: string): Item {
        return this.line(`attest ${catalog} ${clause}`, `${this.kw('Attestation', 'attest')} ${catalog} ${clause} "${text.replace(/"/g, "'")}"`);
    }
}
