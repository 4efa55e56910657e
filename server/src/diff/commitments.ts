/**
 * The commitments of two PolicyModels compared, item by item. Items are matched by what they
 * are (a channel by its name, else by its kind and contact), never by where they are written,
 * so moving a block or reformatting the file changes nothing.
 */
import type { Bilingual } from '../i18n/locale.js';
import type * as m from '../model/types.js';
import { calendarDayBounds, compareAtLeast, compareAtMost, formatDuration, LONG_HOLIDAY_DAYS } from '../parse/literals.js';
import { compareHours } from './hours.js';
import { DURATION_FIELDS, durationKind, kindInfo, type ChangeKind, type DurationField, type DurationOutcome } from './kinds.js';
import type { Change, SubjectKind, Value, WordVocabulary } from './types.js';

interface Parts {
    subject?: string;
    subjectKind?: SubjectKind;
    old?: Value;
    new?: Value;
    oldSrc?: m.Src;
    newSrc?: m.Src;
    /** Where the change shows in the new policy when it has no new value (the block it left). */
    anchor?: m.Src;
    clause?: { catalog: string; clause: string };
    assumption?: Bilingual;
}

/** Items of two lists paired by key, then the leftovers paired by content when that is unambiguous. */
export function pair<T>(before: T[], after: T[], key: (x: T) => string, content?: (x: T) => string) {
    const afterByKey = new Map(after.map((x) => [key(x), x]));
    const same: Array<[T, T]> = [];
    const removed: T[] = [];
    for (const o of before) {
        const n = afterByKey.get(key(o));
        if (n !== undefined) { same.push([o, n]); afterByKey.delete(key(o)); } else removed.push(o);
    }
    let added = [...afterByKey.values()];
    const renamed: Array<[T, T]> = [];
    if (content && removed.length && added.length) {
        const count = (xs: T[]) => xs.reduce((acc, x) => acc.set(content(x), (acc.get(content(x)) ?? 0) + 1), new Map<string, number>());
        const oc = count(removed);
        const nc = count(added);
        const stillRemoved: T[] = [];
        for (const o of removed) {
            const c = content(o);
            const n = oc.get(c) === 1 && nc.get(c) === 1 ? added.find((x) => content(x) === c) : undefined;
            if (n !== undefined) { renamed.push([o, n]); added = added.filter((x) => x !== n); } else stillRemoved.push(o);
        }
        removed.splice(0, removed.length, ...stillRemoved);
    }
    return { same, renamed, removed, added };
}

/** Multiset difference of two lists by a key: what only the old one has, what only the new one has. */
function bagDiff<T>(before: T[], after: T[], key: (x: T) => string): { removed: T[]; added: T[] } {
    const left = new Map<string, T[]>();
    for (const n of after) left.set(key(n), [...(left.get(key(n)) ?? []), n]);
    const removed: T[] = [];
    for (const o of before) {
        const rest = left.get(key(o));
        if (rest?.length) rest.shift(); else removed.push(o);
    }
    return { removed, added: [...left.values()].flat() };
}

const q = (s: string) => JSON.stringify(s);
const text = (t: m.Text): Value => ({ type: 'text', value: t.value });
const distance = (d: m.Distance): Value => ({ type: 'distance', km: d.km, text: d.text });
const duration = (d: m.Duration): Value => ({ type: 'duration', amount: d.amount, unit: d.unit, kind: d.kind, text: d.text });
const word = (vocabulary: WordVocabulary, w: m.Word<string>): Value => ({ type: 'word', vocabulary, value: w.value, text: w.text });
const hours = (h: m.Hours): Value => ({ type: 'hours', always: h.always, ranges: h.ranges.map((r) => ({ start: r.start, end: r.end })), days: h.days?.value ?? h.days?.text });
const FLAG: Value = { type: 'flag' };
const wordKey = (w: m.Word<string>) => w.value ?? w.text;

/** n working days may be up to n + weekends + one long holiday calendar days: the worst case is assumed. */
function assumption(a: m.Duration, b: m.Duration): Bilingual {
    const working = a.kind === 'working' ? a : b;
    const max = calendarDayBounds(working).max;
    return {
        zh: `工作日与自然日按最不利情况比较：${formatDuration(working, 'zh')}可能跨越周末与一次长假（假设连续 ${LONG_HOLIDAY_DAYS} 天），最长约 ${max} 个自然日`,
        en: `working and calendar days compared in the worst case: ${formatDuration(working, 'en')} can span weekends and one long holiday (assumed ${LONG_HOLIDAY_DAYS} days in a row), up to about ${max} calendar days`,
    };
}

/** What a change is about: the policy's own words, or an id the faces put in words. */
type Subject = string | { subject: string; subjectKind?: SubjectKind };
const about = (s: Subject | undefined) => (typeof s === 'string' ? { subject: s } : s ?? {});

/** A service is named by its label, else by its kind (a vocabulary word, in the reader's language). */
function serviceSubject(s: m.Service): { subject: string; subjectKind?: SubjectKind } {
    if (s.label) return { subject: s.label.value };
    return s.kind.value ? { subject: s.kind.value, subjectKind: 'service-kind' } : { subject: s.kind.text };
}

const PRICING_RANK: Record<m.Pricing, number> = { free: 0, 'paid-after-warranty': 1, paid: 2 };

export class CommitmentDiff {
    readonly changes: Change[] = [];
    /** Old channel name → new name, for channels renamed and still used. */
    private readonly channelNames = new Map<string, string>();

    constructor(private readonly before: m.PolicyModel, private readonly after: m.PolicyModel) {}

    run(): Change[] {
        this.provider();
        this.categories();
        this.outlets();
        this.channels();
        this.services();
        this.fees();
        this.warranty();
        this.returns();
        this.privacy();
        this.payment();
        const f = this.after.followUp ?? this.before.followUp;
        if (f) this.duration('follow-up-time', 'followUp.within', this.before.followUp?.within, this.after.followUp?.within, this.after.followUp?.src ?? this.after.head);
        const statements = bagDiff(this.before.statements, this.after.statements, (t) => t.value);
        for (const t of statements.removed) this.add('statement-removed', 'statements', { old: text(t), oldSrc: t.src });
        for (const t of statements.added) this.add('statement-added', 'statements', { new: text(t), newSrc: t.src });
        return this.changes;
    }

    add(kind: ChangeKind, path: string, p: Parts): void {
        const { anchor, ...rest } = p;
        const change: Change = { kind, class: kindInfo(kind).class, path, ...rest, at: p.newSrc ?? anchor ?? this.after.head };
        for (const k of Object.keys(change) as Array<keyof Change>) if (change[k] === undefined) delete change[k];
        this.changes.push(change);
    }

    /** A duration commitment: stated, dropped, or moved one way or the other (unit-aware). */
    duration(field: DurationField, path: string, o: m.Duration | undefined, n: m.Duration | undefined, anchor: m.Src, subject?: Subject): void {
        if (!o && !n) return;
        const emit = (outcome: DurationOutcome, extra: Parts = {}) => this.add(durationKind(field, outcome), path, {
            ...about(subject), old: o && duration(o), new: n && duration(n), oldSrc: o?.src, newSrc: n?.src, anchor, ...extra,
        });
        if (!o) return emit('added');
        if (!n) return emit('removed');
        // an unknown unit is a language error the validator reports; nothing to compare
        if (!o.unit || !n.unit) return;
        if (o.kind === n.kind && o.minutes === n.minutes) return;
        const more = DURATION_FIELDS[field].direction === 'more';
        let outcome: DurationOutcome = more
            ? ({ meets: 'better', short: 'worse', 'may-be-short': 'mayWorse' } as const)[compareAtLeast(n, o)]
            : ({ within: 'better', exceeds: 'worse', 'may-exceed': 'mayWorse' } as const)[compareAtMost(n, o)];
        // Across working and calendar days "never worse" is not "better": it is only better when it is in every calendar.
        if (outcome === 'better' && o.kind !== n.kind) {
            const a = calendarDayBounds(o);
            const b = calendarDayBounds(n);
            if (!(more ? b.min > a.max : b.max < a.min)) outcome = 'recounted';
        }
        emit(outcome, o.kind !== n.kind ? { assumption: assumption(o, n) } : {});
    }

    /** The mileage of a period that ends at whichever comes first: a lower one, or one newly added, ends it sooner. */
    private mileage(path: string, o: m.Distance | undefined, n: m.Distance | undefined, anchor: m.Src, subject: Subject): void {
        const parts = { ...about(subject), old: o && distance(o), new: n && distance(n), oldSrc: o?.src, newSrc: n?.src, anchor };
        if (o && !n) this.add('mileage-limit-removed', path, parts);
        else if (!o && n) this.add('mileage-limit-added', path, parts);
        // an unknown distance unit is a language error the validator reports; nothing to compare
        else if (o && n && Number.isFinite(o.km) && Number.isFinite(n.km) && o.km !== n.km) this.add(n.km < o.km ? 'mileage-lowered' : 'mileage-raised', path, parts);
    }

    /**
     * A period with an optional mileage (`2 years or 50000 km`): its duration, then its mileage while it is still stated.
     * Without a subject the mileage is named by its time limit (the duration's title already names it).
     */
    private period(field: DurationField, path: string, o: m.Period | undefined, n: m.Period | undefined, anchor: m.Src, subject?: Subject): void {
        this.duration(field, `${path}.period`, o?.period, n?.period, anchor, subject);
        if (o && n) this.mileage(`${path}.mileage`, o.mileage, n.mileage, n.src, subject ?? { subject: field, subjectKind: 'time-limit' });
    }

    /** A yes/no commitment (`separate-consent`, `original-method` …) turned on or off. */
    private flag(before: boolean, after: boolean, removed: ChangeKind, added: ChangeKind, path: string, oldSrc: m.Src | undefined, newSrc: m.Src | undefined, subject?: Subject): void {
        if (before && !after) this.add(removed, path, { ...about(subject), old: FLAG, oldSrc, anchor: newSrc });
        else if (!before && after) this.add(added, path, { ...about(subject), new: FLAG, newSrc });
    }

    /** A free text changed in place (purpose, area, address …). */
    private textChange(kind: ChangeKind, path: string, o: m.Text | undefined, n: m.Text | undefined, anchor: m.Src, subject?: Subject): void {
        if ((o?.value ?? '') === (n?.value ?? '')) return;
        this.add(kind, path, { ...about(subject), old: o && text(o), new: n && text(n), oldSrc: o?.src, newSrc: n?.src, anchor });
    }

    /** Two word lists compared as sets of canonical values. */
    private wordList(vocabulary: WordVocabulary | undefined, before: Array<m.Text | m.Word<string>>, after: Array<m.Text | m.Word<string>>,
        removed: ChangeKind, added: ChangeKind, path: string, anchor: m.Src, subject?: Subject): void {
        const key = (x: m.Text | m.Word<string>) => ('text' in x ? wordKey(x) : x.value);
        const val = (x: m.Text | m.Word<string>): Value => ('text' in x && vocabulary ? word(vocabulary, x) : text(x as m.Text));
        const d = bagDiff(before, after, key);
        for (const x of d.removed) this.add(removed, path, { ...about(subject), old: val(x), oldSrc: x.src, anchor });
        for (const x of d.added) this.add(added, path, { ...about(subject), new: val(x), newSrc: x.src });
    }

    private provider(): void {
        const o = this.before.provider;
        const n = this.after.provider;
        if (!o && !n) return;
        const anchor = n?.src ?? this.after.head;
        for (const field of ['name', 'licence', 'scope', 'address', 'contact'] as const) {
            this.textChange('provider-changed', `provider.${field}`, o?.[field], n?.[field], anchor);
        }
    }

    /** What the customer is told of the goods of a category, matched by its name: condition, its disclosure, the cross-border risk notice. */
    private categories(): void {
        const p = pair(this.before.products?.categories ?? [], this.after.products?.categories ?? [], (c) => c.name.value);
        for (const [a, b] of p.same) {
            const path = `products.categories[${q(b.name.value)}]`;
            const sub = b.name.value;
            if ((a.condition && wordKey(a.condition)) !== (b.condition && wordKey(b.condition))) {
                this.add('goods-condition-changed', `${path}.condition`, {
                    subject: sub, old: a.condition && word('goods-condition', a.condition), new: b.condition && word('goods-condition', b.condition),
                    oldSrc: a.condition?.src, newSrc: b.condition?.src, anchor: b.src,
                });
            }
            this.flag(!!a.conditionDisclosed, !!b.conditionDisclosed, 'condition-disclosure-removed', 'condition-disclosure-added', `${path}.conditionDisclosed`, a.conditionDisclosed?.src, b.conditionDisclosed?.src ?? b.src, sub);
            this.flag(!!a.riskNotice, !!b.riskNotice, 'risk-notice-removed', 'risk-notice-added', `${path}.riskNotice`, a.riskNotice?.src, b.riskNotice?.src ?? b.src, sub);
        }
    }

    private outlets(): void {
        const o = this.before.network?.outlets ?? [];
        const n = this.after.network?.outlets ?? [];
        const anchor = this.after.network?.src ?? this.after.head;
        const p = pair(o, n, (x) => x.name.value, (x) => `${wordKey(x.kind)}|${x.address?.value ?? ''}`);
        for (const x of p.removed) this.add('outlet-removed', `network.outlets[${q(x.name.value)}]`, { subject: x.name.value, old: text(x.name), oldSrc: x.src, anchor });
        for (const x of p.added) this.add('outlet-added', `network.outlets[${q(x.name.value)}]`, { subject: x.name.value, new: text(x.name), newSrc: x.src });
        for (const [a, b] of [...p.renamed, ...p.same]) {
            const path = `network.outlets[${q(b.name.value)}]`;
            if (a.name.value !== b.name.value) this.add('outlet-renamed', `${path}.name`, { subject: b.name.value, old: text(a.name), new: text(b.name), oldSrc: a.name.src, newSrc: b.name.src });
            if (wordKey(a.kind) !== wordKey(b.kind)) this.add('outlet-kind-changed', `${path}.kind`, { subject: b.name.value, old: word('outlet-kind', a.kind), new: word('outlet-kind', b.kind), oldSrc: a.kind.src, newSrc: b.kind.src });
            this.textChange('outlet-address-changed', `${path}.address`, a.address, b.address, b.src, b.name.value);
        }
    }

    private channels(): void {
        const p = pair(this.before.channels, this.after.channels, (c) => c.name, (c) => `${wordKey(c.kind)}|${c.contact.value}`);
        for (const c of p.removed) this.add('channel-removed', `channels[${q(c.name)}]`, { subject: c.name, old: text(c.contact), oldSrc: c.src });
        for (const c of p.added) this.add('channel-added', `channels[${q(c.name)}]`, { subject: c.name, new: text(c.contact), newSrc: c.src });
        for (const [a, b] of p.renamed) {
            this.channelNames.set(a.name, b.name);
            this.add('channel-renamed', `channels[${q(b.name)}].name`, { subject: b.name, old: { type: 'text', value: a.name }, new: { type: 'text', value: b.name }, oldSrc: a.nameSrc, newSrc: b.nameSrc });
        }
        for (const [a, b] of [...p.same, ...p.renamed]) {
            const path = `channels[${q(b.name)}]`;
            if (a.contact.value !== b.contact.value) this.add('channel-contact-changed', `${path}.contact`, { subject: b.name, old: text(a.contact), new: text(b.contact), oldSrc: a.contact.src, newSrc: b.contact.src });
            if (wordKey(a.kind) !== wordKey(b.kind)) this.add('channel-kind-changed', `${path}.kind`, { subject: b.name, old: word('channel-kind', a.kind), new: word('channel-kind', b.kind), oldSrc: a.kind.src, newSrc: b.kind.src });
            const base = { subject: b.name, old: a.hours && hours(a.hours), new: b.hours && hours(b.hours), oldSrc: a.hours?.src, newSrc: b.hours?.src, anchor: b.src };
            if (a.hours && !b.hours) this.add('channel-hours-removed', `${path}.hours`, base);
            else if (!a.hours && b.hours) this.add('channel-hours-added', `${path}.hours`, base);
            else if (a.hours && b.hours) {
                const { lost, gained } = compareHours(a.hours, b.hours);
                // any hour lost is a cut for the customers who used it, whatever was added elsewhere
                if (lost) this.add('channel-hours-reduced', `${path}.hours`, base);
                else if (gained) this.add('channel-hours-extended', `${path}.hours`, base);
            }
        }
    }

    private channelRefs(refs: m.Text[]): m.Text[] {
        return refs.map((r) => ({ ...r, value: this.channelNames.get(r.value) ?? r.value }));
    }

    private services(): void {
        const key = (s: m.Service) => `${wordKey(s.kind)}|${s.label?.value ?? ''}`;
        const name = (s: m.Service): Value => (s.label ? text(s.label) : word('service-kind', s.kind));
        const p = pair(this.before.services, this.after.services, key, (s) => wordKey(s.kind));
        const path = (s: m.Service) => `services[${q(key(s))}]`;
        for (const s of p.removed) this.add('service-removed', path(s), { ...serviceSubject(s), old: name(s), oldSrc: s.src });
        for (const s of p.added) this.add('service-added', path(s), { ...serviceSubject(s), new: name(s), newSrc: s.src });
        for (const [a, b] of [...p.same, ...p.renamed]) {
            const at = path(b);
            const sub = serviceSubject(b);
            if (a.label?.value !== b.label?.value) {
                this.add('service-relabelled', `${at}.label`, { ...sub, old: a.label && text(a.label), new: b.label && text(b.label), oldSrc: a.label?.src ?? a.head, newSrc: b.label?.src ?? b.head });
            }
            if (a.pricing !== b.pricing) {
                const kind: ChangeKind = !a.pricing || !b.pricing ? 'service-pricing-changed'
                    : PRICING_RANK[b.pricing] > PRICING_RANK[a.pricing] ? 'service-now-charged' : 'service-now-free';
                const v = (x: m.Pricing | undefined): Value | undefined => x && { type: 'word', vocabulary: 'pricing', value: x, text: x };
                this.add(kind, `${at}.pricing`, { ...sub, old: v(a.pricing), new: v(b.pricing), oldSrc: a.head, newSrc: b.head });
            }
            this.duration('response-time', `${at}.respond`, a.respond, b.respond, b.src, sub);
            this.duration('resolution-time', `${at}.resolve`, a.resolve, b.resolve, b.src, sub);
            this.duration('escalation-time', `${at}.escalation.after`, a.escalation?.after, b.escalation?.after, b.src, sub);
            if (a.escalation && b.escalation) this.textChange('escalation-target-changed', `${at}.escalation.to`, a.escalation.to, b.escalation.to, b.src, sub);
            this.wordList(undefined, this.channelRefs(a.channels), b.channels, 'service-channel-removed', 'service-channel-added', `${at}.channels`, b.src, sub);
            if (a.loaner && !b.loaner) this.add('loaner-removed', `${at}.loaner`, { ...sub, old: text(a.loaner), oldSrc: a.loaner.src, anchor: b.src });
            else if (!a.loaner && b.loaner) this.add('loaner-added', `${at}.loaner`, { ...sub, new: text(b.loaner), newSrc: b.loaner.src });
            this.textChange('service-area-changed', `${at}.area`, a.area, b.area, b.src, sub);
        }
    }

    private fees(): void {
        const p = pair(this.before.fees, this.after.fees, (f) => f.name, (f) => `${f.label.value}|${f.amount?.fen ?? f.basis?.value ?? ''}|${f.amount?.upToFen ?? ''}`);
        // A fee without an amount ("by agreement", "quoted after inspection") is compared by how it is set.
        const money = (f: m.Fee): Value => (f.amount ? { type: 'money', fen: f.amount.fen, text: f.amount.text } : { type: 'text', value: f.basis?.value ?? '' });
        for (const f of p.removed) this.add('fee-removed', `fees[${q(f.name)}]`, { subject: f.label.value, old: money(f), oldSrc: f.src });
        for (const f of p.added) this.add('fee-added', `fees[${q(f.name)}]`, { subject: f.label.value, new: money(f), newSrc: f.src });
        for (const [a, b] of [...p.same, ...p.renamed]) {
            const at = `fees[${q(b.name)}]`;
            const sub = b.label.value;
            if (a.name !== b.name || a.label.value !== b.label.value) {
                this.add('fee-renamed', `${at}.label`, { subject: sub, old: { type: 'text', value: a.label.value }, new: { type: 'text', value: b.label.value }, oldSrc: a.label.src, newSrc: b.label.src });
            }
            if (a.amount && b.amount) {
                // A range counts by its upper bound: what the customer may have to pay.
                const top = (x: m.Money) => x.upToFen ?? x.fen;
                if (top(a.amount) !== top(b.amount) || a.amount.fen !== b.amount.fen) {
                    const worse = top(b.amount) > top(a.amount) || (top(b.amount) === top(a.amount) && b.amount.fen > a.amount.fen);
                    this.add(worse ? 'fee-raised' : 'fee-lowered', `${at}.amount`, { subject: sub, old: money(a), new: money(b), oldSrc: a.amount.src, newSrc: b.amount.src });
                }
            } else if (a.amount && !b.amount) {
                this.add('fee-price-withdrawn', `${at}.amount`, { subject: sub, old: money(a), new: money(b), oldSrc: a.amount.src, newSrc: b.src });
            } else if (!a.amount && b.amount) {
                this.add('fee-price-stated', `${at}.amount`, { subject: sub, old: money(a), new: money(b), oldSrc: a.src, newSrc: b.amount.src });
            }
            this.textChange('fee-unit-changed', `${at}.per`, a.per, b.per, b.src, sub);
            this.flag(a.disclosed, b.disclosed, 'fee-disclosure-removed', 'fee-disclosure-added', `${at}.disclosed`, a.src, b.src);
        }
    }

    private warranty(): void {
        const o = this.before.warranty;
        const n = this.after.warranty;
        if (!o && !n) return;
        const anchor = n?.src ?? this.after.head;
        if (o?.start && n?.start && wordKey(o.start) !== wordKey(n.start)) {
            this.add('warranty-start-changed', 'warranty.start', { old: word('start', o.start), new: word('start', n.start), oldSrc: o.start.src, newSrc: n.start.src });
        }
        // a 三包 main part's own period is a warranty period of that part like any cover's
        for (const list of ['covers', 'mainParts'] as const) {
            const covers = pair(o?.[list] ?? [], n?.[list] ?? [], (c) => c.part.value);
            const path = (c: m.Cover) => `warranty.${list}[${q(c.part.value)}]`;
            for (const c of covers.removed) this.add('warranty-cover-removed', path(c), { subject: c.part.value, old: duration(c.period), oldSrc: c.src, anchor });
            for (const c of covers.added) this.add('warranty-cover-added', path(c), { subject: c.part.value, new: duration(c.period), newSrc: c.src });
            for (const [a, b] of covers.same) this.period('warranty-period', path(b), a, b, b.src, b.part.value);
        }
        this.period('sanbao-period', 'warranty.sanbaoPeriod', o?.sanbaoPeriod, n?.sanbaoPeriod, anchor);
        this.duration('car-loaner-after', 'warranty.carLoaner.after', o?.carLoaner?.after, n?.carLoaner?.after, anchor);
        if (o?.carLoaner && n?.carLoaner) {
            this.flag(o.carLoaner.allowance, n.carLoaner.allowance, 'car-loaner-allowance-removed', 'car-loaner-allowance-added', 'warranty.carLoaner.allowance', o.carLoaner.src, n.carLoaner.src);
        }
        this.wordList(undefined, o?.wearParts ?? [], n?.wearParts ?? [], 'wear-part-removed', 'wear-part-added', 'warranty.wearParts', anchor);
        this.duration('spare-parts-period', 'warranty.spareParts', o?.spareParts, n?.spareParts, anchor);
        this.duration('repair-time', 'warranty.repairTime', o?.repairTime, n?.repairTime, anchor);
        if (o?.recall && !n?.recall) this.add('recall-removed', 'warranty.recall', { old: text(o.recall), oldSrc: o.recall.src, anchor });
        else if (!o?.recall && n?.recall) this.add('recall-added', 'warranty.recall', { new: text(n.recall), newSrc: n.recall.src });
    }

    private window(field: DurationField, path: string, o: m.Window | undefined, n: m.Window | undefined, anchor: m.Src): void {
        this.duration(field, `${path}.duration`, o?.duration, n?.duration, anchor);
        if (o?.start && n?.start && wordKey(o.start) !== wordKey(n.start)) {
            this.add('window-start-changed', `${path}.start`, { subject: field, subjectKind: 'time-limit', old: word('start', o.start), new: word('start', n.start), oldSrc: o.start.src, newSrc: n.start.src });
        }
    }

    private returns(): void {
        const o = this.before.returns;
        const n = this.after.returns;
        if (!o && !n) return;
        const anchor = n?.src ?? this.after.head;
        const nr = n?.noReason;
        this.window('no-reason-window', 'returns.noReason.window', o?.noReason?.window, nr?.window, anchor);
        if (o?.noReason && nr) {
            const key = (e: m.Exemption) => e.kind ?? e.text;
            const v = (e: m.Exemption): Value => (e.kind ? { type: 'word', vocabulary: 'exemption', value: e.kind, text: e.text } : { type: 'text', value: e.text });
            const d = bagDiff(o.noReason.exemptions, nr.exemptions, key);
            for (const e of d.added) this.add('no-reason-exemption-added', 'returns.noReason.exemptions', { new: v(e), newSrc: e.src });
            for (const e of d.removed) this.add('no-reason-exemption-removed', 'returns.noReason.exemptions', { old: v(e), oldSrc: e.src, anchor: nr.src });
            this.flag(o.noReason.confirmed, nr.confirmed, 'no-reason-confirmation-removed', 'no-reason-confirmation-added', 'returns.noReason.confirmed', o.noReason.src, nr.src);
        }
        this.window('exchange-window', 'returns.exchange', o?.exchange, n?.exchange, anchor);
        this.window('defect-return-window', 'returns.defectReturn', o?.defectReturn, n?.defectReturn, anchor);
        this.duration('refund-time', 'returns.refund', o?.refund, n?.refund, anchor);
        if (o?.refund && n?.refund) {
            this.flag(o.refundOriginalMethod, n.refundOriginalMethod, 'refund-original-method-removed', 'refund-original-method-added', 'returns.refundOriginalMethod', o.refund.src, n.refund.src);
        }
        this.wordList(undefined, o?.conditions ?? [], n?.conditions ?? [], 'return-condition-removed', 'return-condition-added', 'returns.conditions', anchor);
        this.shipping(o?.shipping ?? [], n?.shipping ?? [], anchor);
        this.carReturns(o?.carReturns ?? [], n?.carReturns ?? [], anchor);
        this.usageCompensation(o?.usageCompensation, n?.usageCompensation, anchor);
        this.carRepairLimit(o?.carRepairLimit, n?.carRepairLimit, anchor);
    }

    /** Household cars: exchange or refund after so many repair days in all, or so many repairs of the same problem. */
    private carRepairLimit(o: m.CarRepairLimit | undefined, n: m.CarRepairLimit | undefined, anchor: m.Src): void {
        this.duration('car-repair-days', 'returns.carRepairLimit.days', o?.days, n?.days, anchor);
        if (!o || !n || o.repeats?.value === n.repeats?.value) return;
        const a = o.repeats;
        const b = n.repeats;
        const kind: ChangeKind = !b ? 'car-repeat-repairs-removed' : !a ? 'car-repeat-repairs-added' : b.value > a.value ? 'car-repeat-repairs-raised' : 'car-repeat-repairs-lowered';
        const v = (x: typeof a): Value | undefined => x && { type: 'times', value: x.value };
        this.add(kind, 'returns.carRepairLimit.repeats', { old: v(a), new: v(b), oldSrc: a?.src, newSrc: b?.src, anchor: n.src });
    }

    /** Household cars: each case's exchange-or-refund window, matched by its case. */
    private carReturns(before: m.CarReturn[], after: m.CarReturn[], anchor: m.Src): void {
        const key = (c: m.CarReturn) => wordKey(c.case);
        const named = (c: m.CarReturn): Subject => (c.case.value ? { subject: c.case.value, subjectKind: 'car-return-case' } : c.case.text);
        const path = (c: m.CarReturn) => `returns.carReturns[${q(key(c))}]`;
        const p = pair(before, after, key);
        for (const c of p.removed) this.period('car-return-window', path(c), c, undefined, anchor, named(c));
        for (const c of p.added) this.period('car-return-window', path(c), undefined, c, anchor, named(c));
        for (const [a, b] of p.same) this.period('car-return-window', path(b), a, b, anchor, named(b));
    }

    /** The use-charge coefficient the customer pays on a car exchange or refund. */
    private usageCompensation(o: m.Returns['usageCompensation'], n: m.Returns['usageCompensation'], anchor: m.Src): void {
        if (o?.value === n?.value) return;
        const v = (x: typeof o): Value | undefined => x && { type: 'percent', value: x.value };
        const kind: ChangeKind = !o ? 'usage-compensation-added' : !n ? 'usage-compensation-removed'
            : n.value > o.value ? 'usage-compensation-raised' : 'usage-compensation-lowered';
        this.add(kind, 'returns.usageCompensation', { old: v(o), new: v(n), oldSrc: o?.src, newSrc: n?.src, anchor });
    }

    private shipping(before: m.Shipping[], after: m.Shipping[], anchor: m.Src): void {
        const p = pair(before, after, (s) => wordKey(s.case));
        const path = (s: m.Shipping) => `returns.shipping[${q(wordKey(s.case))}].payer`;
        const base = (s: m.Shipping) => (s.case.value ? { subject: s.case.value, subjectKind: 'shipping-case' as const } : { subject: s.case.text });
        for (const s of p.removed) {
            const kind: ChangeKind = s.payer.value === 'seller' ? 'freight-seller-pays-removed' : s.payer.value === 'buyer' ? 'freight-buyer-pays-removed' : 'freight-payer-changed';
            this.add(kind, path(s), { ...base(s), old: word('payer', s.payer), oldSrc: s.src, anchor });
        }
        for (const s of p.added) {
            const kind: ChangeKind = s.payer.value === 'seller' ? 'freight-seller-pays-added' : s.payer.value === 'buyer' ? 'freight-buyer-pays-added' : 'freight-payer-changed';
            this.add(kind, path(s), { ...base(s), new: word('payer', s.payer), newSrc: s.src });
        }
        for (const [a, b] of p.same) {
            if (wordKey(a.payer) === wordKey(b.payer)) continue;
            const kind: ChangeKind = b.payer.value === 'buyer' && a.payer.value === 'seller' ? 'freight-shifted-to-buyer'
                : b.payer.value === 'seller' && a.payer.value === 'buyer' ? 'freight-shifted-to-seller' : 'freight-payer-changed';
            this.add(kind, path(b), { ...base(b), old: word('payer', a.payer), new: word('payer', b.payer), oldSrc: a.payer.src, newSrc: b.payer.src });
        }
    }

    private privacy(): void {
        const o = this.before.privacy;
        const n = this.after.privacy;
        if (!o && !n) return;
        const anchor = n?.src ?? this.after.head;
        this.duration('privacy-retention', 'privacy.retention', o?.retention, n?.retention, anchor);
        this.wordList(undefined, o?.thirdParties ?? [], n?.thirdParties ?? [], 'third-party-sharing-removed', 'third-party-sharing-added', 'privacy.thirdParties', anchor);
        this.flag(!!o?.separateConsent, !!n?.separateConsent, 'separate-consent-removed', 'separate-consent-added', 'privacy.separateConsent', o?.src, n?.src ?? anchor);
        this.textChange('privacy-purpose-changed', 'privacy.purpose', o?.purpose, n?.purpose, anchor);
        this.wordList(undefined, o?.security ?? [], n?.security ?? [], 'security-measure-removed', 'security-measure-added', 'privacy.security', anchor);
    }

    private payment(): void {
        const o = this.before.payment;
        const n = this.after.payment;
        if (!o && !n) return;
        this.wordList('payment', o?.methods ?? [], n?.methods ?? [], 'payment-method-removed', 'payment-method-added', 'payment.methods', n?.src ?? this.after.head);
    }
}
