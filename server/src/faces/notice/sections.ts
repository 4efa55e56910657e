/**
 * PolicyModel → NoticeDocument: the sections customers look for, in the order they look for them.
 * A section (or a line of one) exists only when the policy states its facts; nothing is assumed,
 * completed or softened here. Durations and amounts are printed with the shared literal formatters.
 */
import type { Lang } from '../../i18n/locale.js';
import type { Channel, Duration, Money, PolicyModel, Service, Text, Window } from '../../model/types.js';
import { formatDuration, formatMoney } from '../../parse/literals.js';
import type { Block, DraftBanner, FieldsBlock, NoticeDocument, Rich, Section, TableBlock } from './document.js';
import { contactHref } from './escape.js';
import {
    AGREEMENT_ITEMS, CHANNEL_KINDS, DAYS, EXEMPTIONS, OUTLET_KINDS, PAYERS, PAYMENT_METHODS, PRICING, SERVICE_NAMES,
    SHIPPING_CASES, STARTS, STEPS, SURVEYS, T, capitalize, fill, hasCjk, list, say, wordLabel, type Pair,
} from './labels.js';
import { CHANNEL_KINDS as CHANNEL_KINDS_VOCAB, lookup } from '../../parse/vocabulary.js';

export function buildNotice(model: PolicyModel, lang: Lang, draft?: DraftBanner, changes: string[] = []): NoticeDocument {
    const b = new Builder(model, lang);
    const sections = [
        b.changes(changes), b.scope(), b.promise(), b.contact(), b.charges(), b.warranty(), b.returns(), b.complaints(),
        b.privacy(), b.satisfaction(), b.statements(), b.provider(), b.version(),
    ].filter((s): s is Section => s !== undefined && s.blocks.length > 0);
    const meta: string[] = [];
    if (model.version) meta.push(`${b.t(T.version)} ${model.version.value}`);
    if (model.effective) meta.push(fill(b.t(T.effectiveMeta), { date: model.effective.value }));
    return {
        lang, draft, sections, meta, kind: b.t(T.noticeKind),
        title: model.title?.value || model.provider?.name.value || model.name,
    };
}

class Builder {
    constructor(private readonly m: PolicyModel, private readonly lang: Lang) {}

    t(p: Pair): string { return say(p, this.lang); }
    private list(items: string[]): string { return list(items, this.lang); }
    private dur(d: Duration): string { return d.unit ? formatDuration(d, this.lang) : d.text; }
    private within(d: Duration): string { return fill(this.t(T.within), { d: this.dur(d) }); }
    private money(a: Money): string { return a.currency ? formatMoney(a.fen, this.lang) : a.text; }
    private texts(ts: Text[]): string { return this.list(ts.map((x) => x.value)); }
    private channelNames(ts: Text[]): string { return this.list(ts.map((x) => x.value)); }

    private fields(items: Array<[Pair, Rich | undefined]>): FieldsBlock | undefined {
        const present = items.filter((i): i is [Pair, Rich] => i[1] !== undefined && i[1] !== '');
        return present.length ? { kind: 'fields', items: present.map(([l, v]) => ({ label: this.t(l), value: v })) } : undefined;
    }

    /**
     * A table whose optional columns (every one but the first) disappear when no row has a value for
     * them; a missing value reads "not stated", or `blank` where silence is not a gap (a fee without a unit).
     */
    private table(head: Pair[], rows: Array<Array<Rich | undefined>>, blank: Array<string | undefined> = []): TableBlock | undefined {
        if (!rows.length) return undefined;
        const keep = head.map((_, c) => c === 0 || rows.some((r) => r[c] !== undefined && r[c] !== ''));
        const missing = (c: number) => blank[c] ?? this.t(T.notStated);
        return {
            kind: 'table',
            head: head.filter((_, c) => keep[c]).map((h) => this.t(h)),
            rows: rows.map((r) => r.map((v, c) => (v === undefined || v === '' ? missing(c) : v)).filter((_, c) => keep[c])),
        };
    }

    private section(id: string, title: Pair, blocks: Array<Block | undefined>): Section {
        return { id, title: this.t(title), blocks: blocks.filter((x): x is Block => x !== undefined) };
    }

    /** A service's customer-facing name: its label, with the kind added when the label is in the other language. */
    serviceName(s: Service): string {
        const kind = wordLabel(s.kind, SERVICE_NAMES, this.lang);
        const label = s.label?.value;
        if (!label) return kind;
        if (s.kind.value === undefined) return label;
        const foreign = this.lang === 'en' ? hasCjk(label) : !hasCjk(label);
        return foreign ? (this.lang === 'zh' ? `${label}（${kind}）` : `${label} (${kind})`) : label;
    }

    /** "自签收之日起7天" / "7 days from receipt of the goods". */
    private window(w: Window): string {
        const start = this.startPhrase(w.start);
        if (!start) return this.dur(w.duration);
        return this.lang === 'zh' ? `${start}${this.dur(w.duration)}` : `${this.dur(w.duration)} ${start}`;
    }

    /** "每3个月" / "every 3 months"; a single unit reads "每年" / "every year". */
    private every(d: Duration): string {
        if (d.amount === 1 && d.unit && d.unit !== 'workday') {
            const one = this.lang === 'zh'
                ? { minute: '每分钟', hour: '每小时', day: '每天', week: '每周', month: '每月', year: '每年' }[d.unit]
                : `every ${d.unit}`;
            return one;
        }
        return fill(this.t(T.every), { d: this.dur(d) });
    }

    private startPhrase(start: Window['start']): string | undefined {
        if (!start) return undefined;
        return start.value ? this.t(STARTS[start.value]) : start.text;
    }

    scope(): Section | undefined {
        const cats = this.m.products?.categories ?? [];
        if (!cats.length) return undefined;
        const items = cats.map((c) => (c.custom ? (this.lang === 'zh' ? `${c.name.value}（${this.t(T.customGoods)}）` : `${c.name.value} (${this.t(T.customGoods)})`) : c.name.value));
        return this.section('scope', T.scope, [{ kind: 'para', text: this.t(T.scopeIntro) }, { kind: 'list', items }]);
    }

    promise(): Section | undefined {
        const services = this.m.services;
        const rows = services.map((s) => [
            this.serviceName(s),
            s.pricing ? this.t(PRICING[s.pricing]) : undefined,
            s.channels.length ? this.channelNames(s.channels) : undefined,
            s.respond ? this.within(s.respond) : undefined,
            s.resolve ? this.within(s.resolve) : undefined,
        ]);
        const table = this.table([T.service, T.charge, T.via, T.respond, T.resolve], rows);
        const details: Block[] = [];
        for (const s of services) {
            if (s.kind.value === 'complaint') continue; // its details are in the complaints section
            const f = this.serviceFields(s, false);
            if (f) details.push({ kind: 'sub', title: this.serviceName(s), blocks: [f] });
        }
        const blocks: Array<Block | undefined> = [];
        if (table) blocks.push({ kind: 'para', text: this.t(T.promiseIntro) }, table);
        if (details.length) blocks.push({ kind: 'sub', title: this.t(T.serviceDetails), blocks: details });
        const ag = this.m.agreement;
        if (ag && (ag.written || ag.items.length)) {
            const items = this.list(ag.items.map((i) => wordLabel(i, AGREEMENT_ITEMS, this.lang)));
            const text = ag.items.length ? fill(this.t(ag.written ? T.agreementWritten : T.agreementItems), { items }) : this.t(T.agreementOnly);
            blocks.push({ kind: 'sub', title: this.t(T.agreement), blocks: [{ kind: 'para', text: this.lang === 'zh' && ag.items.length ? `${text}。` : ag.items.length ? `${text}.` : text }] });
        }
        return blocks.length ? this.section('promise', T.promise, blocks) : undefined;
    }

    private serviceFields(s: Service, withTimes: boolean): FieldsBlock | undefined {
        const esc = s.escalation;
        return this.fields([
            [s.kind.value === 'complaint' ? T.complainVia : T.via, withTimes && s.channels.length ? this.channelNames(s.channels) : undefined],
            [T.respond, withTimes && s.respond ? this.within(s.respond) : undefined],
            [T.resolve, withTimes && s.resolve ? this.within(s.resolve) : undefined],
            [T.steps, s.steps.length ? capitalize(s.steps.map((w) => wordLabel(w, STEPS, this.lang)).join(' → ')) : undefined],
            [T.escalation, esc ? capitalize(fill(this.t(T.escalationText), { d: this.dur(esc.after), to: esc.to.value })) : undefined],
            [T.area, s.area?.value],
            [T.loaner, s.loaner?.value],
            [T.record, s.record?.value],
        ]);
    }

    private hours(c: Channel): string | undefined {
        const h = c.hours;
        if (!h) return undefined;
        if (h.always) return this.t(T.always);
        const ranges = h.ranges.map((r) => `${r.start}–${r.end}`);
        if (!ranges.length) return undefined;
        const days = h.days ? wordLabel(h.days, DAYS, this.lang) : undefined;
        if (this.lang === 'zh') return days ? `${days} ${ranges.join('、')}` : ranges.join('、');
        return days ? `${ranges.join(', ')} (${days})` : ranges.join(', ');
    }

    private contactCell(c: Channel): Rich {
        const kind = c.kind.value === 'phone' || c.kind.value === 'email' ? c.kind.value : undefined;
        const href = kind && contactHref(c.contact.value, kind);
        return href ? [{ href, text: c.contact.value }] : c.contact.value;
    }

    contact(): Section | undefined {
        const rows = this.m.channels.map((c) => {
            // "售后热线（电话）", but "hotline" alone: a name that is itself a word for the kind needs no gloss.
            let kind = lookup(CHANNEL_KINDS_VOCAB, c.name) === c.kind.value ? '' : wordLabel(c.kind, CHANNEL_KINDS, this.lang, true);
            if (kind && c.name.toLowerCase().includes(kind.toLowerCase())) kind = '';
            const name = kind ? (this.lang === 'zh' ? `${c.name}（${kind}）` : `${c.name} (${kind})`) : c.name;
            return [name, this.contactCell(c), this.hours(c)];
        });
        const outlets = this.m.network?.outlets ?? [];
        const outletRows = outlets.map((o) => [o.name.value, wordLabel(o.kind, OUTLET_KINDS, this.lang, true) || undefined, o.address?.value]);
        const outletTable = this.table([T.outlet, T.outletKind, T.address], outletRows);
        return this.section('contact', T.contact, [
            this.table([T.channel, T.contactCol, T.hours], rows),
            outletTable && { kind: 'sub', title: this.t(T.outlets), blocks: [outletTable] },
        ]);
    }

    charges(): Section | undefined {
        const by = (p: Service['pricing']) => this.m.services.filter((s) => s.pricing === p).map((s) => this.serviceName(s));
        const pricing = this.fields([
            [T.freeServices, by('free').length ? this.list(by('free')) : undefined],
            [T.paidServices, by('paid').length ? this.list(by('paid')) : undefined],
            [T.paidAfterWarranty, by('paid-after-warranty').length ? this.list(by('paid-after-warranty')) : undefined],
        ]);
        const fees = this.m.fees;
        const allDisclosed = fees.length > 0 && fees.every((f) => f.disclosed);
        const someDisclosed = fees.some((f) => f.disclosed);
        const table = this.table(
            [T.feeItem, T.amount, T.per, ...(someDisclosed && !allDisclosed ? [T.disclosed] : [])],
            fees.map((f) => [f.label.value, this.money(f.amount), f.per?.value, ...(someDisclosed && !allDisclosed ? [f.disclosed ? this.t(T.yes) : undefined] : [])]),
            [undefined, undefined, '—', '—'],
        );
        const methods = [...new Set((this.m.payment?.methods ?? []).map((w) => wordLabel(w, PAYMENT_METHODS, this.lang, true)))];
        return this.section('charges', T.charges, [
            pricing,
            table,
            allDisclosed ? { kind: 'para', text: this.t(T.allDisclosed) } : undefined,
            this.fields([[T.payment, methods.length ? this.list(methods) : undefined]]),
        ]);
    }

    warranty(): Section | undefined {
        const w = this.m.warranty;
        if (!w) return undefined;
        const start = this.startPhrase(w.start);
        return this.section('warranty', T.warranty, [
            start ? { kind: 'para', text: fill(this.t(T.warrantyStart), { start }) } : undefined,
            this.table([T.part, T.period], w.covers.map((c) => [c.part.value, this.dur(c.period)])),
            this.fields([
                [T.wearParts, w.wearParts.length ? this.texts(w.wearParts) : undefined],
                [T.spareParts, w.spareParts ? this.dur(w.spareParts) : undefined],
                [T.repairTime, w.repairTime ? this.dur(w.repairTime) : undefined],
                [T.recall, w.recall?.value],
            ]),
        ]);
    }

    returns(): Section | undefined {
        const r = this.m.returns;
        if (!r) return undefined;
        const rows: Array<Array<Rich | undefined>> = [];
        const win = (label: Pair, w: Window | undefined) => { if (w) rows.push([this.t(label), this.window(w)]); };
        win(T.noReason, r.noReason?.window);
        win(T.exchange, r.exchange);
        win(T.defectReturn, r.defectReturn);
        const exemptions = (r.noReason?.exemptions ?? []).map((e) => (e.kind ? this.t(EXEMPTIONS[e.kind]) : e.text)).filter(Boolean);
        const refund = r.refund
            ? fill(this.t(T.refundText), { d: this.dur(r.refund) }) + (r.refundOriginalMethod ? (this.lang === 'zh' ? `，${this.t(T.originalMethod)}` : `, ${this.t(T.originalMethod)}`) : '')
            : undefined;
        const shipping = this.table([T.shippingCase, T.shippingPayer], r.shipping.map((s) => [
            wordLabel(s.case, SHIPPING_CASES, this.lang) || undefined, wordLabel(s.payer, PAYERS, this.lang) || undefined,
        ]).filter((row) => row[0] !== undefined));
        return this.section('returns', T.returns, [
            this.table([T.returnKind, T.window], rows),
            this.fields([
                [T.exemptions, exemptions.length ? this.list(exemptions) : undefined],
                [T.refund, refund],
            ]),
            r.noReason?.confirmed && exemptions.length ? { kind: 'para', text: this.t(T.confirmed) } : undefined,
            r.conditions.length ? { kind: 'sub', title: this.t(T.conditions), blocks: [{ kind: 'list', items: r.conditions.map((c) => c.value) }] } : undefined,
            shipping && { kind: 'sub', title: this.t(T.shipping), blocks: [shipping] },
        ]);
    }

    complaints(): Section | undefined {
        const services = this.m.services.filter((s) => s.kind.value === 'complaint');
        if (!services.length) return undefined;
        const blocks: Array<Block | undefined> = [{ kind: 'para', text: this.t(T.complaintsIntro) }];
        if (services.length === 1) blocks.push(this.serviceFields(services[0], true));
        else for (const s of services) {
            const f = this.serviceFields(s, true);
            if (f) blocks.push({ kind: 'sub', title: this.serviceName(s), blocks: [f] });
        }
        return blocks.length > 1 ? this.section('complaints', T.complaints, blocks) : undefined;
    }

    privacy(): Section | undefined {
        const p = this.m.privacy;
        if (!p) return undefined;
        return this.section('privacy', T.privacy, [
            this.fields([
                [T.purpose, p.purpose?.value],
                [T.retention, p.retention ? this.dur(p.retention) : undefined],
                [T.thirdParties, p.thirdParties.length ? this.texts(p.thirdParties) : undefined],
                [T.security, p.security.length ? this.texts(p.security) : undefined],
                [T.requests, p.requests.length ? this.channelNames(p.requests) : undefined],
            ]),
            p.separateConsent ? { kind: 'para', text: this.t(T.separateConsent) } : undefined,
        ]);
    }

    satisfaction(): Section | undefined {
        const s = this.m.satisfaction;
        const f = this.m.followUp;
        if (!s && !f) return undefined;
        const follow = f
            ? fill(this.t(T.followUpText), { d: this.dur(f.within) }) + (f.channels.length ? fill(this.t(T.followUpVia), { channels: this.channelNames(f.channels) }) : '')
            : undefined;
        const methods = [...new Set((s?.methods ?? []).map((w) => wordLabel(w, SURVEYS, this.lang)))];
        return this.section('satisfaction', T.satisfaction, [this.fields([
            [T.followUp, follow],
            [T.surveyMethods, methods.length ? this.list(methods) : undefined],
            [T.surveyEvery, s?.every ? this.every(s.every) : undefined],
            // A target that is not a number (a parse slip) is left out rather than printed as NaN.
            [T.target, s?.target && Number.isFinite(s.target.value) ? `${s.target.value}%` : undefined],
            [T.improvement, s?.improvement?.value],
            [T.index, s?.index?.value],
        ])]);
    }

    /** `aspl notice --since`: the changes customers are owed notice of, already in the notice's language. */
    changes(lines: string[]): Section | undefined {
        if (!lines.length) return undefined;
        return this.section('changes', T.changes, [{ kind: 'para', text: this.t(T.changesIntro) }, { kind: 'list', items: lines }]);
    }

    statements(): Section | undefined {
        if (!this.m.statements.length) return undefined;
        return this.section('statements', T.statements, [{ kind: 'list', items: this.m.statements.map((s) => s.value) }]);
    }

    provider(): Section | undefined {
        const p = this.m.provider;
        if (!p) return undefined;
        return this.section('provider', T.provider, [this.fields([
            [T.providerName, p.name.value],
            [T.licence, p.licence?.value],
            [T.businessScope, p.scope?.value],
            [T.providerAddress, p.address?.value],
            [T.providerContact, p.contact?.value],
        ])]);
    }

    version(): Section | undefined {
        return this.section('version', T.versionSection, [this.fields([
            [T.version, this.m.version?.value],
            [T.effective, this.m.effective?.value],
        ])]);
    }
}
