/**
 * PolicyModel → NoticeDocument: the sections customers look for, in the order they look for them.
 * A section (or a line of one) exists only when the policy states its facts; nothing is assumed,
 * completed or softened here. Durations and amounts are printed with the shared literal formatters.
 */
import { CLAUSE_SEPARATOR, COLON, FULL_STOP, LIST_SEPARATOR, SEMICOLON, aside } from '../../i18n/punctuation.js';
import { say } from '../../i18n/message.js';
import type { Bilingual, Lang } from '../../i18n/locale.js';
import type { Category, Channel, Duration, Period, Fee, Money, PolicyModel, RegionalTime, Service, Text, Vague, Window } from '../../model/types.js';
import { formatDuration, formatMoney, formatMoneyRange } from '../../parse/literals.js';
import type { Block, DraftBanner, FieldsBlock, NoticeDocument, Rich, Section, TableBlock } from './document.js';
import { contactHref } from './escape.js';
import { EVERY_ONE, NOTICE } from './notice-messages.js';
import {
    AGREEMENT_ITEMS, CAR_RETURN_CASES, CHANNEL_KINDS, DATA_RIGHT_NAMES, DAYS, EXCLUSIONS, EXEMPTIONS, GOODS_CONDITIONS, OUTLET_KINDS, PAYERS, PAYMENT_METHODS, PRICING, REGION_NAMES, SERVICE_NAMES,
    SHIPPING_CASES, STARTS, STEPS, SURVEYS, T, VAGUE_FREQUENCIES, capitalize, hasCjk, list, wordLabel,
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
    if (model.effective) meta.push(say(T.effectiveMeta, lang, { date: model.effective.value }));
    return {
        lang, draft, sections, meta, kind: b.t(T.noticeKind),
        title: model.title?.value || model.provider?.name.value || model.name,
    };
}

class Builder {
    constructor(private readonly m: PolicyModel, private readonly lang: Lang) {}

    t(p: Bilingual): string { return say(p, this.lang); }
    private list(items: string[]): string { return list(items, this.lang); }
    private dur(d: Duration): string { return d.unit ? formatDuration(d, this.lang) : d.text; }
    /** One amount, or a range printed as a range ("70–150 元"), never its lower bound alone. */
    private money(a: Money): string {
        if (!a.currency) return a.text;
        if (a.upToFen === undefined) return formatMoney(a.fen, this.lang);
        return formatMoneyRange(a.fen, a.upToFen, this.lang);
    }
    /** A fee's amount cell: the amount, or how it is set; nothing when the policy states neither. */
    private feeAmount(f: Fee): string | undefined {
        if (f.amount) return this.money(f.amount);
        if (!f.basis) return undefined;
        return this.t({ 'by-agreement': T.byAgreement, 'quoted-after-inspection': T.afterInspection, 'at-cost': T.atCost }[f.basis.value]);
    }
    /** A service time: one duration, or one per region ("城区2小时内；偏远地区72小时内"). */
    private time(d: Duration | undefined, regions: RegionalTime[], template: Bilingual = T.within): string | undefined {
        if (regions.length) {
            return regions.map((r) => say(T.regionTime, this.lang, { region: wordLabel(r.region, REGION_NAMES, this.lang), d: say(template, this.lang, { d: this.dur(r.duration) }) }))
                .join(SEMICOLON[this.lang]);
        }
        return d ? say(template, this.lang, { d: this.dur(d) }) : undefined;
    }
    private resolveTime(s: Service): string | undefined {
        if (s.resolveEstimate) return this.time(s.resolveEstimate, s.resolveRegions, T.estimate);
        return this.time(s.resolve, s.resolveRegions, s.resolveFromArrival ? T.afterArrival : T.within);
    }
    /** A promised time, or an estimate said to be one. */
    private promised(d: Duration | undefined, estimate: Duration | undefined, regions: RegionalTime[]): string | undefined {
        return estimate ? this.time(estimate, regions, T.estimate) : this.time(d, regions);
    }
    private vague(v: Vague): string { return this.t(VAGUE_FREQUENCIES[v.value]); }
    private rights(p: NonNullable<PolicyModel['privacy']>): string | undefined {
        if (!p.rights.length) return undefined;
        const rights = capitalize(this.list(p.rights.map((w) => wordLabel(w, DATA_RIGHT_NAMES, this.lang))));
        return p.rightsVia.length ? say(T.rightsVia, this.lang, { rights, channels: this.channelNames(p.rightsVia) }) : rights;
    }
    /** A period; with a mileage, "whichever comes first". */
    private period(c: Period): string {
        if (!c.mileage) return this.dur(c.period);
        const km = Number.isFinite(c.mileage.km) ? say(T.km, this.lang, { n: c.mileage.km.toLocaleString('en-US') }) : c.mileage.text;
        return say(T.mileage, this.lang, { d: this.dur(c.period), km });
    }
    private texts(ts: Text[]): string { return this.list(ts.map((x) => x.value)); }
    private channelNames(ts: Text[]): string { return this.list(ts.map((x) => x.value)); }

    private fields(items: Array<[Bilingual, Rich | undefined]>): FieldsBlock | undefined {
        const present = items.filter((i): i is [Bilingual, Rich] => i[1] !== undefined && i[1] !== '');
        return present.length ? { kind: 'fields', items: present.map(([l, v]) => ({ label: this.t(l), value: v })) } : undefined;
    }

    /**
     * A table whose optional columns (every one but the first) disappear when no row has a value for
     * them; a missing value reads "not stated", or `blank` where silence is not a gap (a fee without a unit).
     */
    private table(head: Bilingual[], rows: Array<Array<Rich | undefined>>, blank: Array<string | undefined> = []): TableBlock | undefined {
        if (!rows.length) return undefined;
        const keep = head.map((_, c) => c === 0 || rows.some((r) => r[c] !== undefined && r[c] !== ''));
        const missing = (c: number) => blank[c] ?? this.t(T.notStated);
        return {
            kind: 'table',
            head: head.filter((_, c) => keep[c]).map((h) => this.t(h)),
            rows: rows.map((r) => r.map((v, c) => (v === undefined || v === '' ? missing(c) : v)).filter((_, c) => keep[c])),
        };
    }

    private section(id: string, title: Bilingual, blocks: Array<Block | undefined>): Section {
        return { id, title: this.t(title), blocks: blocks.filter((x): x is Block => x !== undefined) };
    }

    /** A service's customer-facing name: its label, with the kind added when the label is in the other language. */
    serviceName(s: Service): string {
        const kind = wordLabel(s.kind, SERVICE_NAMES, this.lang);
        const label = s.label?.value;
        if (!label) return kind;
        if (s.kind.value === undefined) return label;
        const foreign = this.lang === 'en' ? hasCjk(label) : !hasCjk(label);
        return foreign ? aside(label, kind, this.lang) : label;
    }

    /** "自签收之日起7天" / "7 days from receipt of the goods". */
    private window(w: Window): string {
        const start = this.startPhrase(w.start);
        if (!start) return this.dur(w.duration);
        return say(NOTICE.windowFrom({ start, d: this.dur(w.duration) }), this.lang);
    }

    /** "每3个月" / "every 3 months"; a single unit reads "每年" / "every year". */
    private every(d: Duration): string {
        if (d.amount === 1 && d.unit && d.unit !== 'workday') {
            return say(EVERY_ONE[d.unit](), this.lang);
        }
        return say(T.every, this.lang, { d: this.dur(d) });
    }

    private startPhrase(start: Window['start']): string | undefined {
        if (!start) return undefined;
        return start.value ? this.t(STARTS[start.value]) : start.text;
    }

    scope(): Section | undefined {
        const cats = this.m.products?.categories ?? [];
        if (!cats.length) return undefined;
        const items = cats.map((c) => this.category(c));
        return this.section('scope', T.scope, [{ kind: 'para', text: this.t(T.scopeIntro) }, { kind: 'list', items }]);
    }

    /** A category's name, with what the customer should know of the goods: custom-made, condition, cross-border. */
    private category(c: Category): string {
        const notes = [
            c.custom ? this.t(T.customGoods) : undefined,
            c.condition ? wordLabel(c.condition, GOODS_CONDITIONS, this.lang) : undefined,
            c.conditionDisclosed ? this.t(T.conditionDisclosed) : undefined,
            c.sales.some((s) => s.value === 'cross-border') ? this.t(T.crossBorder) : undefined,
            c.riskNotice ? this.t(T.riskNotice) : undefined,
        ].filter((n): n is string => !!n);
        return notes.length ? aside(c.name.value, notes.join(SEMICOLON[this.lang]), this.lang) : c.name.value;
    }

    promise(): Section | undefined {
        const services = this.m.services;
        const rows = services.map((s) => [
            this.serviceName(s),
            s.pricing ? this.t(PRICING[s.pricing]) : undefined,
            s.channels.length ? this.channelNames(s.channels) : undefined,
            this.promised(s.respond, s.respondEstimate, s.respondRegions),
            this.promised(s.arrive, s.arriveEstimate, s.arriveRegions),
            this.resolveTime(s),
        ]);
        // Only on-site services have an arrival time: elsewhere its cell is blank, not "not stated".
        const table = this.table([T.service, T.charge, T.via, T.respond, T.arrive, T.resolve], rows, [undefined, undefined, undefined, undefined, '—']);
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
            const text = ag.items.length ? say(ag.written ? T.agreementWritten : T.agreementItems, this.lang, { items }) : this.t(T.agreementOnly);
            blocks.push({ kind: 'sub', title: this.t(T.agreement), blocks: [{ kind: 'para', text: ag.items.length ? `${text}${FULL_STOP[this.lang]}` : text }] });
        }
        // One-sided terms are printed as the policy states them: the customer must be able to read them.
        const terms = ag ? [
            ag.amendOnPublication ? this.t(T.amendOnPublication) : undefined,
            ag.deemedAcceptance ? this.t(T.deemedAcceptance) : undefined,
            ag.cancellation ? `${this.t(T.cancellation)}${COLON[this.lang]}${ag.cancellation.value}` : undefined,
        ].filter((x): x is string => !!x) : [];
        if (terms.length) blocks.push({ kind: 'list', items: terms });
        return blocks.length ? this.section('promise', T.promise, blocks) : undefined;
    }

    private serviceFields(s: Service, withTimes: boolean): FieldsBlock | undefined {
        const esc = s.escalation;
        return this.fields([
            [s.kind.value === 'complaint' ? T.complainVia : T.via, withTimes && s.channels.length ? this.channelNames(s.channels) : undefined],
            [T.respond, withTimes ? this.promised(s.respond, s.respondEstimate, s.respondRegions) : undefined],
            [T.arrive, withTimes ? this.promised(s.arrive, s.arriveEstimate, s.arriveRegions) : undefined],
            [T.resolve, withTimes ? this.resolveTime(s) : undefined],
            [T.steps, s.steps.length ? capitalize(s.steps.map((w) => wordLabel(w, STEPS, this.lang)).join(' → ')) : undefined],
            [T.escalation, esc ? capitalize(say(T.escalationText, this.lang, { d: this.dur(esc.after), to: esc.to.value })) : undefined],
            [T.area, s.area?.value],
            [T.loaner, s.loaner?.value ?? (s.loanerRefused ? this.t(T.noLoaner) : undefined)],
            [T.record, s.record?.value],
        ]);
    }

    private hours(c: Channel): string | undefined {
        const h = c.hours;
        if (!h) return undefined;
        if (h.always) return this.t(T.always);
        if (!h.ranges.length) return undefined;
        const ranges = h.ranges.map((r) => `${r.start}–${r.end}`).join(LIST_SEPARATOR[this.lang]);
        return h.days ? say(NOTICE.hoursOnDays({ ranges, days: wordLabel(h.days, DAYS, this.lang) }), this.lang) : ranges;
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
            const name = kind ? aside(c.name, kind, this.lang) : c.name;
            return [name, this.contactCell(c), this.hours(c)];
        });
        const outlets = this.m.network?.outlets ?? [];
        const outletRows = outlets.map((o) => [o.name.value, wordLabel(o.kind, OUTLET_KINDS, this.lang, true) || undefined, o.address?.value]);
        const outletTable = this.table([T.outlet, T.outletKind, T.address], outletRows);
        const counts = (this.m.network?.counts ?? []).map((c) => (c.kind
            ? say(T.outletCount, this.lang, { n: String(c.count), kind: wordLabel(c.kind, OUTLET_KINDS, this.lang, true) })
            : say(T.outletCountAny, this.lang, { n: String(c.count) })));
        const outletBlocks: Block[] = [...(counts.length ? [{ kind: 'list' as const, items: counts }] : []), ...(outletTable ? [outletTable] : [])];
        return this.section('contact', T.contact, [
            this.table([T.channel, T.contactCol, T.hours], rows),
            outletBlocks.length ? { kind: 'sub', title: this.t(T.outlets), blocks: outletBlocks } : undefined,
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
            fees.map((f) => [f.label.value, this.feeAmount(f), f.per?.value, ...(someDisclosed && !allDisclosed ? [f.disclosed ? this.t(T.yes) : undefined] : [])]),
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
            start ? { kind: 'para', text: say(T.warrantyStart, this.lang, { start }) } : undefined,
            w.noInvoiceStart ? { kind: 'para', text: say(T.noInvoice, this.lang, {
                start: this.startPhrase(w.noInvoiceStart) ?? '',
                offset: w.noInvoiceOffset ? say(T.noInvoiceOffset, this.lang, { d: this.dur(w.noInvoiceOffset) }) : '',
            }) } : undefined,
            this.table([T.part, T.period, T.purchasedFrom], [
                ...w.covers.map((c) => [c.part.value, this.period(c), c.since ? say(T.purchasedFromText, this.lang, { date: c.since.value }) : undefined]),
                ...w.mainParts.map((c) => [say(T.mainPart, this.lang, { part: c.part.value }), this.period(c), undefined]),
            ], [undefined, undefined, '—']),
            this.fields([
                [T.wearParts, w.wearParts.length ? this.texts(w.wearParts) : undefined],
                [T.exclusions, w.exclusions.length ? this.list(w.exclusions.map((e) => (e.kind ? this.t(EXCLUSIONS[e.kind]) : e.text))) : undefined],
                [T.sanbaoPeriod, w.sanbaoPeriod ? this.period(w.sanbaoPeriod) : undefined],
                [T.carLoaner, w.carLoaner ? say(w.carLoaner.allowance ? T.carLoanerAllowance : T.carLoanerText, this.lang, { d: this.dur(w.carLoaner.after) }) : undefined],
                [T.spareParts, w.spareParts ? this.dur(w.spareParts) : w.sparePartsRefused ? this.t(T.noSpareParts) : undefined],
                [T.repairTime, w.repairTime ? this.dur(w.repairTime) : undefined],
                [T.recall, w.recall?.value],
            ]),
            w.repairTimeExcluded ? { kind: 'para', text: this.t(T.repairTimeExcluded) } : undefined,
            w.exchangeRestarts ? { kind: 'para', text: this.t(T.exchangeRestarts) } : undefined,
        ]);
    }

    returns(): Section | undefined {
        const r = this.m.returns;
        if (!r) return undefined;
        const rows: Array<Array<Rich | undefined>> = [];
        const win = (label: Bilingual, w: Window | undefined) => { if (w) rows.push([this.t(label), this.window(w)]); };
        win(T.noReason, r.noReason?.window);
        // A refusal is stated plainly, where the customer looks for the window.
        if (r.noReason?.refused) rows.push([this.t(T.noReason), this.t(T.notOffered)]);
        win(T.exchange, r.exchange);
        win(T.defectReturn, r.defectReturn);
        const fault = r.performanceFault;
        const faultWindow = (d: Duration | undefined) => d && this.window({ duration: d, start: fault?.start, src: d.src });
        if (fault?.return) rows.push([this.t(T.faultReturn), faultWindow(fault.return)]);
        if (fault?.exchange) rows.push([this.t(T.faultExchange), faultWindow(fault.exchange)]);
        for (const c of r.carReturns) rows.push([say(T.carReturn, this.lang, { case: wordLabel(c.case, CAR_RETURN_CASES, this.lang) }), this.period(c)]);
        const limit = r.carRepairLimit;
        if (limit) {
            const days = say(T.carRepairDays, this.lang, { d: this.dur(limit.days) });
            rows.push([this.t(T.carRepairLimit), limit.repeats ? `${days}${CLAUSE_SEPARATOR[this.lang]}${say(T.carRepairRepeats, this.lang, { n: String(limit.repeats.value) })}` : days]);
        }
        const repairs = r.failedRepairs?.remedy
            ? say(r.failedRepairs.remedy === 'refused' ? T.failedRepairsRefused : T.failedRepairs, this.lang, { n: String(r.failedRepairs.count) }) : undefined;
        const exemptions = (r.noReason?.exemptions ?? []).map((e) => (e.kind ? this.t(EXEMPTIONS[e.kind]) : e.text)).filter(Boolean);
        const refund = r.refund
            ? say(T.refundText, this.lang, { d: this.dur(r.refund) }) + (r.refundOriginalMethod ? `${CLAUSE_SEPARATOR[this.lang]}${this.t(T.originalMethod)}` : '')
            : undefined;
        const shipping = this.table([T.shippingCase, T.shippingPayer, T.shippingGoods], r.shipping.map((s) => {
            const kase = wordLabel(s.case, SHIPPING_CASES, this.lang) || undefined;
            return [
                kase && s.after ? say(T.shippingAfter, this.lang, { case: kase, d: this.dur(s.after) }) : kase,
                wordLabel(s.payer, PAYERS, this.lang) || undefined, s.products?.value,
            ];
        }).filter((row) => row[0] !== undefined), [undefined, undefined, '—']);
        return this.section('returns', T.returns, [
            this.table([T.returnKind, T.window], rows),
            this.fields([
                [T.exemptions, exemptions.length ? this.list(exemptions) : undefined],
                [T.refund, refund],
                [T.usageCompensation, r.usageCompensation ? say(T.usageCompensationText, this.lang, { n: String(r.usageCompensation.value) }) : undefined],
            ]),
            r.noReason?.confirmed && exemptions.length ? { kind: 'para', text: this.t(T.confirmed) } : undefined,
            repairs ? { kind: 'para', text: repairs } : undefined,
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
                [T.rights, this.rights(p)],
            ]),
            p.separateConsent ? { kind: 'para', text: this.t(T.separateConsent) } : undefined,
        ]);
    }

    satisfaction(): Section | undefined {
        const s = this.m.satisfaction;
        const f = this.m.followUp;
        if (!s && !f) return undefined;
        const when = f?.within ? say(T.followUpText, this.lang, { d: this.dur(f.within) })
            : f?.trigger ? say(T.followUpAfter, this.lang, { service: wordLabel(f.trigger, SERVICE_NAMES, this.lang).toLowerCase() }) : undefined;
        const follow = f && when
            ? when + (f.channels.length ? say(T.followUpVia, this.lang, { channels: this.channelNames(f.channels) }) : '')
            : undefined;
        const methods = [...new Set((s?.methods ?? []).map((w) => wordLabel(w, SURVEYS, this.lang)))];
        return this.section('satisfaction', T.satisfaction, [this.fields([
            [T.followUp, follow],
            [T.surveyMethods, methods.length ? this.list(methods) : undefined],
            [T.surveyEvery, s?.every ? this.every(s.every) : s?.everyVague ? this.vague(s.everyVague) : undefined],
            // A target that is not a number (a parse slip) is left out rather than printed as NaN.
            [T.target, s?.target && Number.isFinite(s.target.value) ? `${s.target.value}%` : undefined],
            [T.reportEvery, s?.report && s.reportEvery ? this.every(s.reportEvery) : undefined],
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
