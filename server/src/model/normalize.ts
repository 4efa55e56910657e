/**
 * AST → PolicyModel. The only place that reads the Langium AST for meaning; everything
 * downstream (engine, generators, CLI, server) works on the plain model.
 */
import { type AstNode, type CstNode, type LangiumDocument, type LangiumDocuments, type Properties } from 'langium';
import * as ast from '../parse/generated/ast.js';
import { importedDocuments, resolveImport } from '../parse/imports.js';
import { firstLeaf } from '../parse/cst-leaves.js';
import { propertyNode } from '../parse/property-nodes.js';
import { calendarDayBounds, readCurrency, readDistance, readDuration, toFen } from '../parse/literals.js';
import { VOCABULARY_OF } from '../parse/grammar-map.js';
import { EXEMPTION_KINDS, WARRANTY_EXCLUSIONS, WHOLE_UNIT_PARTS, lookup, type Vocabulary } from '../parse/vocabulary.js';
import { mergePolicies } from './merge.js';
import { MEMBER_LISTS, type KeptModelParts } from './kept-parts.js';
import type * as m from './types.js';

type VocabularyTable = typeof VOCABULARY_OF;
type VocabularyType = keyof VocabularyTable;
type CanonicalOf<V> = V extends Vocabulary<infer C> ? C : never;

const EMPTY_RANGE: m.Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

class Normalizer {
    readonly texts: m.Text[] = [];

    constructor(private readonly uri: string, private readonly kept?: KeptModelParts) {}

    src(node: AstNode | CstNode | undefined): m.Src {
        const cst = node && ('$type' in node ? node.$cstNode : node);
        return { uri: this.uri, range: cst ? cst.range : EMPTY_RANGE };
    }

    prop<N extends AstNode>(node: N, property: Properties<N>, index?: number): m.Src {
        return this.src(propertyNode(node, property, index) ?? node.$cstNode);
    }

    /**
     * The opening keyword of a block (extended to the name for a policy). A block is written out
     * as `{ src: this.src(x), head: this.head(x), … }`, never spread from a helper: objects made by
     * spreading get shapes of their own (a 100,000-line policy's services had over 50), and every
     * check reading them went megamorphic (measured: ~0.8 µs per property read).
     */
    head(node: AstNode, untilProperty?: string): m.Src {
        const first = node.$cstNode && firstLeaf(node.$cstNode);
        const start = first?.range.start ?? EMPTY_RANGE.start;
        const endNode = untilProperty ? propertyNode(node, untilProperty) : first;
        return { uri: this.uri, range: { start, end: (endNode ?? first)?.range.end ?? start } };
    }

    text<N extends AstNode>(node: N, property: Properties<N>, index?: number): m.Text | undefined {
        const raw: unknown = Reflect.get(node, property);
        const value = Array.isArray(raw) ? raw[index ?? 0] : raw;
        if (typeof value !== 'string') return undefined;
        const t = { value, src: this.prop(node, property, index) };
        this.texts.push(t);
        return t;
    }

    /** The recipients of personal data, and which of them get it on consent (no other ground stated). */
    recipients(list: ast.ThirdParty[]): Pick<m.Privacy, 'thirdParties' | 'sharingBases' | 'consentRecipients'> {
        const read = list.map((t) => ({ text: this.text(t, 'text'), basis: this.word(t, 'basis') }));
        return {
            thirdParties: read.flatMap((r) => (r.text ? [r.text] : [])),
            sharingBases: read.flatMap((r) => (r.basis ? [r.basis] : [])),
            consentRecipients: read.flatMap((r) => (r.text && !r.basis ? [r.text] : [])),
        };
    }

    texts_<N extends AstNode>(node: N, property: Properties<N>): m.Text[] {
        const list: unknown = Reflect.get(node, property);
        if (!Array.isArray(list)) return [];
        return list.map((_, i) => this.text(node, property, i)!).filter(Boolean);
    }

    /** A vocabulary word of `node.property`, read with the property's vocabulary in the grammar map. */
    word<T extends VocabularyType, P extends keyof VocabularyTable[T] & Properties<ast.AsplAstType[T]>>(node: ast.AsplAstType[T] & { $type: T }, property: P, index?: number): m.Word<CanonicalOf<VocabularyTable[T][P]>> | undefined {
        const vocab = (VOCABULARY_OF[node.$type] as VocabularyTable[T])[property] as Vocabulary<CanonicalOf<VocabularyTable[T][P]>>;
        const raw: unknown = Reflect.get(node, property);
        const value = Array.isArray(raw) ? raw[index ?? 0] : raw;
        if (typeof value !== 'string') return undefined;
        return { value: lookup(vocab, value), text: value, src: this.prop(node, property, index) };
    }

    words<T extends VocabularyType, P extends keyof VocabularyTable[T] & Properties<ast.AsplAstType[T]>>(node: ast.AsplAstType[T] & { $type: T }, property: P): m.Word<CanonicalOf<VocabularyTable[T][P]>>[] {
        const list: unknown = Reflect.get(node, property);
        if (!Array.isArray(list)) return [];
        return list.map((_, i) => this.word<T, P>(node, property, i)!).filter(Boolean);
    }

    duration(d: ast.Duration | undefined): m.Duration | undefined {
        if (!d || d.value === undefined) return undefined;
        const v = readDuration(d.value, d.unit, d.working, d.negative);
        // Written out, not spread: every duration gets one object shape (spread copies made dozens, slowing every check that reads them).
        return { amount: v.amount, unit: v.unit, kind: v.kind, minutes: v.minutes, text: d.$cstNode?.text ?? `${d.value} ${d.unit}`, src: this.src(d) };
    }

    window(w: ast.Window | undefined): m.Window | undefined {
        const duration = this.duration(w?.duration);
        if (!w || !duration) return undefined;
        return { duration, start: this.word(w, 'start'), src: this.src(w) };
    }

    /** A keyword flag (`none`, `after-arrival`) with where it was written. */
    flag<N extends AstNode>(node: N, property: Properties<N>): m.Flag | undefined {
        return Reflect.get(node, property) === true ? { value: true, src: this.prop(node, property) } : undefined;
    }

    /** `every regularly` / `周期 不定期`. */
    vague(v: ast.VagueFrequency | undefined): m.Vague | undefined {
        if (!v || (!v.regular && !v.occasional)) return undefined;
        return { value: v.regular ? 'regular' : 'occasional', src: this.src(v) };
    }

    /** `respond 2 hours city, 72 hours remote`: the first time with its region, then the others. */
    regions(x: ast.Service, field: 'respond' | 'arrive' | 'resolve'): m.RegionalTime[] {
        const first = this.word(x, `${field}Region`);
        const head = this.duration(x[field]);
        if (!first || !head) return [];
        const firstSrc = { uri: this.uri, range: { start: head.src.range.start, end: first.src.range.end } };
        return [{ region: first, duration: head, src: firstSrc }, ...x[`${field}Regions`].flatMap((r) => {
            const duration = this.duration(r.duration);
            const region = this.word(r, 'region');
            return duration && region ? [{ region, duration, src: this.src(r) }] : [];
        })];
    }

    money(a: ast.Money): m.Money {
        return {
            fen: toFen(a.amount, a.negative), currency: readCurrency(a.currency, a.symbol),
            ...(a.upTo !== undefined ? { upToFen: toFen(a.upTo, false) } : {}),
            text: a.$cstNode?.text ?? '', src: this.src(a),
        };
    }

    refs<N extends AstNode>(node: N, property: Properties<N>, refs: Array<{ $refText: string }>): m.Text[] {
        return refs.map((r, i) => ({ value: r.$refText, src: this.prop(node, property, i) }));
    }

    policy(p: ast.Policy): m.PolicyModel {
        const model: m.PolicyModel = {
            uri: this.uri, name: p.name ?? '', src: this.src(p), head: this.head(p, 'name'),
            title: this.text(p, 'title'), base: p.base?.$refText, partial: p.partial,
            imports: [], applies: [], channels: [], services: [], fees: [], statements: [], attestations: [], waivers: [], texts: this.texts,
        };
        for (const member of p.members) {
            if (!this.kept) {
                this.member(model, member);
                continue;
            }
            let part = this.kept.get(member, this.uri);
            if (part) {
                this.texts.push(...part.texts);
            } else {
                // Built on a scratch model to see what this member adds (its texts go to this.texts as they are read).
                const scratch = Object.fromEntries(MEMBER_LISTS.map((l) => [l, []])) as unknown as m.PolicyModel;
                const from = this.texts.length;
                this.member(scratch, member);
                const lists = new Set<string>(MEMBER_LISTS);
                part = {
                    fields: Object.entries(scratch).filter(([k]) => !lists.has(k)),
                    lists: MEMBER_LISTS.map((l) => [l, scratch[l] as unknown[]] as [typeof l, unknown[]]).filter(([, items]) => items.length),
                    texts: this.texts.slice(from),
                };
                this.kept.set(member, this.uri, part);
            }
            for (const [k, v] of part.fields) (model as unknown as Record<string, unknown>)[k] = v;
            for (const [l, items] of part.lists) (model[l] as unknown[]).push(...items);
        }
        return model;
    }

    private member(model: m.PolicyModel, x: ast.Member): void {
        switch (x.$type) {
            case 'Version': model.version = this.text(x, 'value'); break;
            case 'Effective': if (x.date) model.effective = { value: x.date, src: this.prop(x, 'date') }; break;
            case 'Provider': {
                const name = this.text(x, 'name');
                if (name) model.provider = {
                    src: this.src(x), head: this.head(x), name, licence: this.text(x, 'licence'), scope: this.text(x, 'scope'),
                    address: this.text(x, 'address'), contact: this.text(x, 'contact'),
                };
                break;
            }
            case 'Network': model.network = {
                src: this.src(x), head: this.head(x),
                outlets: x.outlets.filter((o) => o.name !== undefined).map((o) => ({
                    src: this.src(o), head: this.head(o), name: this.text(o, 'name')!, kind: this.word(o, 'kind') ?? unknownWord(this.src(o)),
                    address: this.text(o, 'address'),
                })),
                counts: x.counts.filter((c) => c.count !== undefined).map((c) => ({ count: c.count, kind: this.word(c, 'kind'), src: this.src(c) })),
            }; break;
            case 'Applies':
                for (const c of x.catalogs) if (c.id) model.applies.push({ value: c.id, src: this.src(c) });
                break;
            case 'Products': model.products = {
                src: this.src(x), head: this.head(x),
                categories: x.categories.filter((c) => c.name !== undefined).map((c) => ({
                    src: this.src(c), head: this.head(c), name: this.text(c, 'name')!, custom: c.custom,
                    sales: this.words(c, 'sales'), buyers: this.words(c, 'buyers'),
                    kind: this.word(c, 'kind'),
                    exempt: c.exempt ? { ...this.exemption(c.exempt), confirmed: c.exemptConfirmed } : undefined,
                    condition: this.word(c, 'condition'), conditionDisclosed: this.flag(c, 'conditionDisclosed'), riskNotice: this.flag(c, 'riskNotice'),
                })),
            }; break;
            case 'Channel': {
                const contact = this.text(x, 'contact');
                if (x.name === undefined || !contact) break;
                model.channels.push({
                    src: this.src(x), head: this.head(x), name: x.name, nameSrc: this.prop(x, 'name'),
                    kind: this.word(x, 'kind') ?? unknownWord(this.src(x)), contact, hours: this.hours(x.hours),
                });
                break;
            }
            case 'Service': {
                const kind = this.word(x, 'kind');
                if (!kind) break;
                const respondRegions = this.regions(x, 'respond');
                const arriveRegions = this.regions(x, 'arrive');
                const resolveRegions = this.regions(x, 'resolve');
                // An estimate is kept apart from the promise, so no check can take it for one.
                const time = (field: 'respond' | 'arrive' | 'resolve', regions: m.RegionalTime[]) => {
                    const d = longest(regions) ?? this.duration(x[field]);
                    return x[`${field}Estimate`] ? { promise: undefined, estimate: d } : { promise: d, estimate: undefined };
                };
                const [respond, arrive, resolve] = [time('respond', respondRegions), time('arrive', arriveRegions), time('resolve', resolveRegions)];
                model.services.push({
                    src: this.src(x), head: this.head(x), kind, label: this.text(x, 'label'), pricing: pricing(x.pricing),
                    channels: this.refs(x, 'channels', x.channels),
                    respond: respond.promise, respondEstimate: respond.estimate, respondRegions,
                    arrive: arrive.promise, arriveEstimate: arrive.estimate, arriveRegions,
                    resolve: resolve.promise, resolveEstimate: resolve.estimate, resolveRegions,
                    resolveFromArrival: this.flag(x, 'fromArrival'),
                    escalation: this.escalation(x.escalation), steps: this.words(x, 'steps'),
                    loaner: x.loaner ? this.text(x.loaner, 'what') : undefined, loanerRefused: x.loaner && this.flag(x.loaner, 'refused'),
                    area: this.text(x, 'area'), record: this.text(x, 'record'),
                });
                break;
            }
            case 'Fee': {
                const label = this.text(x, 'label');
                if (x.name === undefined || !label || (x.amount && x.amount.amount === undefined)) break;
                model.fees.push({
                    src: this.src(x), head: this.head(x), name: x.name, label,
                    amount: x.amount ? this.money(x.amount) : undefined,
                    basis: feeBasis(x.basis, this.src(x.basis)),
                    per: x.per !== undefined ? { value: x.per, src: this.prop(x, 'per') } : undefined,
                    disclosed: x.disclosed,
                });
                break;
            }
            case 'Warranty': model.warranty = {
                src: this.src(x), head: this.head(x), start: this.word(x, 'start'),
                covers: x.covers.flatMap((c) => this.cover(c, isWholeUnit(c.part))),
                mainParts: x.mainParts.flatMap((c) => this.cover(c, false)),
                exclusions: x.exclusions.map((e) => {
                    const text = e.kind ?? this.text(e, 'text')?.value ?? '';
                    return { kind: e.kind !== undefined ? lookup(WARRANTY_EXCLUSIONS, e.kind) : undefined, text, src: this.src(e) };
                }),
                noInvoiceStart: this.word(x, 'noInvoiceStart'), noInvoiceOffset: this.duration(x.noInvoiceOffset),
                wearParts: this.texts_(x, 'wearParts'), spareParts: this.duration(x.spareParts),
                recall: this.text(x, 'recall'), repairTime: this.duration(x.repairTime), sparePartsRefused: this.flag(x, 'sparePartsRefused'),
                repairTimeExcluded: this.flag(x, 'repairTimeExcluded'), exchangeRestarts: this.flag(x, 'exchangeRestarts'),
                sanbaoPeriod: x.sanbaoPeriod && this.period(x.sanbaoPeriod),
                carLoaner: this.carLoaner(x.carLoaner),
            }; break;
            case 'Returns': model.returns = {
                src: this.src(x), head: this.head(x), noReason: this.noReason(x.noReason), exchange: this.window(x.exchange), defectReturn: this.window(x.defectReturn),
                refund: this.duration(x.refund), refundOriginalMethod: x.originalMethod, conditions: this.texts_(x, 'conditions'),
                shipping: x.shipping.map((s) => ({
                    case: this.word(s, 'case') ?? unknownWord(this.src(s)),
                    payer: this.word(s, 'payer') ?? unknownWord(this.src(s)), src: this.src(s),
                    after: this.duration(s.after), products: this.text(s, 'products'),
                })),
                performanceFault: x.performanceFault && {
                    src: this.src(x.performanceFault), head: this.head(x.performanceFault), return: this.duration(x.performanceFault.returnWithin),
                    exchange: this.duration(x.performanceFault.exchangeWithin), start: this.word(x.performanceFault, 'start'),
                },
                failedRepairs: x.failedRepairs && x.failedRepairs.count !== undefined ? {
                    count: x.failedRepairs.count, src: this.src(x.failedRepairs),
                    remedy: x.failedRepairs.remedy ? 'exchange-or-refund' : x.failedRepairs.refused ? 'refused' : undefined,
                } : undefined,
                carReturns: x.carReturns.flatMap((c) => {
                    const p = this.period(c);
                    return p ? [{ ...p, case: this.word(c, 'case') ?? unknownWord(this.src(c)) }] : [];
                }),
                carRepairLimit: this.carRepairLimit(x.carRepairLimit),
                usageCompensation: x.usageCompensation !== undefined ? { value: x.usageCompensation, src: this.prop(x, 'usageCompensation') } : undefined,
            }; break;
            case 'Payment': model.payment = { src: this.src(x), head: this.head(x), methods: this.words(x, 'methods') }; break;
            case 'Privacy': model.privacy = {
                src: this.src(x), head: this.head(x), purpose: this.text(x, 'purpose'), retention: this.duration(x.retention),
                ...this.recipients(x.thirdParties), separateConsent: x.consent, security: this.texts_(x, 'security'),
                requests: this.refs(x, 'requests', x.requests),
                rights: this.words(x, 'rights'), rightsVia: this.refs(x, 'rightsVia', x.rightsVia),
            }; break;
            case 'Satisfaction': model.satisfaction = {
                src: this.src(x), head: this.head(x), methods: this.words(x, 'methods'), every: this.duration(x.every), everyVague: this.vague(x.vague),
                target: x.target !== undefined ? { value: x.target, src: this.prop(x, 'target') } : undefined,
                report: x.report, reportEvery: this.duration(x.reportEvery), improvement: this.text(x, 'improvement'), index: this.text(x, 'index'),
            }; break;
            case 'Staff': model.staff = {
                src: this.src(x), head: this.head(x),
                manager: x.manager && x.manager.name !== undefined
                    ? { name: this.text(x.manager, 'name')!, certified: x.manager.certified, src: this.src(x.manager) } : undefined,
                training: this.duration(x.training), trainingVague: this.vague(x.trainingVague), certifiedTechnicians: x.techCertified, uniform: x.uniform, badge: x.badge,
                headcount: x.headcount,
            }; break;
            case 'Agreement': model.agreement = {
                src: this.src(x), head: this.head(x), written: x.written, items: this.words(x, 'items'),
                amendOnPublication: this.flag(x, 'amendOnPublication'), deemedAcceptance: this.flag(x, 'deemedAcceptance'),
                cancellation: this.text(x, 'cancellation'),
            }; break;
            case 'Crisis': model.crisis = { src: this.src(x), head: this.head(x), team: this.text(x, 'team'), measures: this.words(x, 'measures') }; break;
            case 'FollowUp': {
                const within = this.duration(x.within);
                const trigger = this.word(x, 'trigger');
                if (within || trigger) model.followUp = { src: this.src(x), head: this.head(x), within, trigger, channels: this.refs(x, 'channels', x.channels) };
                break;
            }
            case 'Knowledge': model.knowledgeBase = { src: this.src(x), head: this.head(x), description: this.text(x, 'description') }; break;
            case 'Suppliers': model.suppliers = {
                src: this.src(x), head: this.head(x), qualified: x.qualified, contract: x.contract, evaluate: this.duration(x.evaluate), evaluateVague: this.vague(x.evaluateVague),
            }; break;
            case 'Statement': { const t = this.text(x, 'text'); if (t) model.statements.push(t); break; }
            case 'Attestation': case 'Waiver': {
                const text = x.$type === 'Attestation' ? this.text(x, 'text') : this.text(x, 'reason');
                if (!x.catalog?.id || x.clause === undefined || !text) break;
                const claim = { catalog: x.catalog.id, clause: String(x.clause), text: text.value, src: this.src(x) };
                (x.$type === 'Attestation' ? model.attestations : model.waivers).push(claim);
                break;
            }
        }
    }

    private cover(c: ast.Cover | ast.MainPart, whole: boolean): m.Cover[] {
        const part = this.text(c, 'part');
        const period = this.period(c);
        if (!part || !period) return [];
        const since = c.$type === 'Cover' && c.since ? { value: c.since, src: this.prop(c, 'since') } : undefined;
        return [{ part, ...period, whole, since }];
    }

    private carLoaner(c: ast.CarLoaner | undefined): m.Warranty['carLoaner'] {
        const after = c && this.duration(c.after);
        return c && after ? { after, allowance: c.allowance, src: this.src(c) } : undefined;
    }

    private carRepairLimit(c: ast.CarRepairLimit | undefined): m.CarRepairLimit | undefined {
        const days = c && this.duration(c.days);
        if (!c || !days) return undefined;
        return { days, repeats: c.repeats !== undefined ? { value: c.repeats, src: this.prop(c, 'repeats') } : undefined, src: this.src(c) };
    }

    /** A period with an optional mileage (whichever comes first); undefined without a period. */
    private period(c: ast.Cover | ast.MainPart | ast.SanbaoPeriod | ast.CarReturn): m.Period | undefined {
        const period = this.duration(c.period);
        if (!period) return undefined;
        const d = c.mileage;
        const mileage = d && d.value !== undefined
            ? { ...readDistance(d.value, d.unit), text: d.$cstNode?.text ?? `${d.value} ${d.unit}`, src: this.src(d) } : undefined;
        return { period, mileage, src: this.src(c) };
    }

    private hours(h: ast.Hours | undefined): m.Hours | undefined {
        if (!h) return undefined;
        return {
            // "working days 09:00–18:00" and "09:00–18:00 working days" say the same.
            always: h.always, src: this.src(h), days: this.word(h, h.days !== undefined ? 'days' : 'leadDays'),
            ranges: h.ranges.filter((r) => r.start && r.end).map((r) => ({ start: r.start, end: r.end, src: this.src(r) })),
        };
    }

    private escalation(e: ast.Escalation | undefined): m.Escalation | undefined {
        const after = this.duration(e?.after);
        const to = e && this.text(e, 'to');
        return e && after && to ? { after, to, src: this.src(e) } : undefined;
    }

    private noReason(n: ast.NoReason | undefined): m.NoReason | undefined {
        const window = this.window(n?.window);
        const refused = n && this.flag(n, 'refused');
        if (!n || (!window && !refused)) return undefined;
        return {
            src: this.src(n), head: this.head(n), window, refused, confirmed: n.confirmed,
            exemptions: n.exemptions.map((e) => this.exemption(e)),
        };
    }

    private exemption(e: ast.Exemption): m.Exemption {
        const text = e.kind ?? this.text(e, 'text')?.value ?? '';
        return { kind: e.kind !== undefined ? lookup(EXEMPTION_KINDS, e.kind) : undefined, text, src: this.src(e) };
    }
}

function unknownWord<C extends string>(src: m.Src): m.Word<C> {
    return { value: undefined, text: '', src };
}

/** The longest of regional times: a promise holds only as far as its slowest region. */
function longest(regions: m.RegionalTime[]): m.Duration | undefined {
    const days = (d: m.Duration) => calendarDayBounds(d).max;
    return regions.reduce<m.Duration | undefined>((a, r) => (!a || days(r.duration) > days(a) ? r.duration : a), undefined);
}

function feeBasis(b: ast.FeeBasis | undefined, src: m.Src): m.Fee['basis'] {
    if (!b) return undefined;
    const value: m.FeeBasis | undefined = b.agreement ? 'by-agreement' : b.inspection ? 'quoted-after-inspection' : b.cost ? 'at-cost' : undefined;
    return value && { value, src };
}

function pricing(p: ast.Pricing | undefined): m.Pricing | undefined {
    if (!p) return undefined;
    if (p.free) return 'free';
    return p.afterWarranty ? 'paid-after-warranty' : 'paid';
}

/** The model of one document's own policy, without its imports. */
export function normalizeDocument(doc: LangiumDocument, kept?: KeptModelParts): m.PolicyModel | undefined {
    const root = doc.parseResult.value as ast.Document;
    if (!root.policy) return undefined;
    const normalizer = new Normalizer(doc.uri.toString(), kept);
    const model = normalizer.policy(root.policy);
    model.imports = root.imports.filter((i) => i.path !== undefined).map((i) => ({
        path: i.path, uri: resolveImport(doc.uri, i)?.toString(), src: normalizer.src(i),
    }));
    return model;
}

/**
 * The model of a document with every policy it imports (transitively) merged underneath:
 * the importing policy's own values win; lists are joined. Cycles are cut (the validator reports them).
 * With `kept` (the language server), members built before are not read again (model/kept-parts.ts).
 */
export function buildPolicyModel(doc: LangiumDocument, documents: LangiumDocuments, kept?: KeptModelParts): m.PolicyModel | undefined {
    const own = normalizeDocument(doc, kept);
    if (!own) return undefined;
    const bases = importedDocuments(documents, doc, { order: 'post' }).map((d) => normalizeDocument(d, kept)).filter((b): b is m.PolicyModel => !!b);
    if (bases.length === 0) return own;
    return mergePolicies(bases.reduce((acc, b) => mergePolicies(acc, b)), own);
}

/** A cover of the whole product: a whole-unit word, or a part name built on one ("手机整机", "电脑整机"). */
function isWholeUnit(part: string | undefined): boolean {
    const p = part?.trim();
    if (!p) return false;
    return lookup(WHOLE_UNIT_PARTS, p) !== undefined || /整机|整车|whole[ -]unit/i.test(p);
}
