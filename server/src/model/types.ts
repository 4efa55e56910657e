/**
 * PolicyModel: the one input of the engine, the generators and the CLI.
 * Plain, JSON-serialisable data. Every value carries the source range it came from
 * (0-based lines, UTF-16 columns — the LSP convention, without importing LSP types).
 */
import type {
    AgreementItem, Buyer, ChannelKind, CrisisMeasure, DataRight, DaySpec, DistanceUnit, ExemptionKind, OutletKind, Payer, WarrantyExclusion,
    PaymentMethod, ProcessStep, ProductKind, Region, SalesChannel, ServiceKind, SharingBasis, ShippingCase, StartEvent,
    SurveyMethod, Unit, GoodsCondition, CarReturnCase,
} from '../parse/vocabulary.js';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Where a value was written: the file and the range in it. */
export interface Src { uri: string; range: Range }

export interface Located { src: Src }
export interface Text extends Located { value: string }
/** A vocabulary word: its canonical value (undefined when unknown) and the word as written. */
export interface Word<C extends string> extends Located { value: C | undefined; text: string }
/** A fact the policy states by a keyword alone (`loaner refused`): where it is written. */
export interface Flag extends Located { value: true }

export type DurationKind = 'calendar' | 'working';
export interface Duration extends Located {
    amount: number;
    /** Canonical unit; undefined when the unit word is unknown (the validator reports it). */
    unit: Unit | undefined;
    /** Working days are a unit of their own: never silently converted to calendar time. */
    kind: DurationKind;
    /** Calendar durations in minutes (month = 30 days, year = 365 days); working days: amount × 1440 as a lower bound. */
    minutes: number;
    text: string;
}
export interface Money extends Located {
    /** Amount in fen (1/100 CNY), an integer; for a range (`70-150 元`) its lower bound. */
    fen: number;
    /** The upper bound of a range, in fen; absent for a single amount. */
    upToFen?: number;
    currency: 'CNY' | undefined;
    text: string;
}
export interface Window extends Located {
    duration: Duration;
    start?: Word<StartEvent>;
}

/** A block of the policy: `src` is the whole block, `head` its opening keyword (where "missing" is underlined). */
export interface Block { src: Src; head: Src }

export interface Provider extends Block {
    name: Text; licence?: Text; scope?: Text; address?: Text; contact?: Text;
}
export interface Outlet extends Block { name: Text; kind: Word<OutletKind>; address?: Text }
/** `outlets 40 authorised`: a number of outlets instead of a list. */
export interface OutletCount extends Located { count: number; kind?: Word<OutletKind> }
export interface Category extends Block {
    name: Text; custom: boolean; sales: Word<SalesChannel>[]; buyers: Word<Buyer>[]; kind?: Word<ProductKind>;
    /** The no-reason-return exemption the category states (`exempt perishable`, `exempt "…" confirmed-at-purchase`). */
    exempt?: Exemption & { confirmed: boolean };
    /** New, second-hand or refurbished (`condition used`); not stated: sold new. */
    condition?: Word<GoodsCondition>;
    /** `condition used disclosed-before-sale`: the item's actual condition, defects included, is told before the sale. */
    conditionDisclosed?: Flag;
    /** `risk-notice`: cross-border retail imports carry the risk notice the buyer confirms before ordering. */
    riskNotice?: Flag;
}
export interface TimeRange extends Located { start: string; end: string }
export interface Hours extends Located { always: boolean; ranges: TimeRange[]; days?: Word<DaySpec> }
/** A service time for one region (`city 2 hours`). */
export interface RegionalTime extends Located { region: Word<Region>; duration: Duration }
/** A frequency written without a period (定期 / 不定期): recorded, but it promises no interval. */
export type VagueFrequency = 'regular' | 'occasional';
export interface Vague extends Located { value: VagueFrequency }
export interface Channel extends Block { name: string; nameSrc: Src; kind: Word<ChannelKind>; contact: Text; hours?: Hours }
export type Pricing = 'free' | 'paid' | 'paid-after-warranty';
export interface Escalation extends Located { after: Duration; to: Text }
export interface Service extends Block {
    kind: Word<ServiceKind>;
    label?: Text;
    pricing?: Pricing;
    channels: Text[];
    /** With regional times: the longest region's time (what the checks read). */
    respond?: Duration;
    respondRegions: RegionalTime[];
    /** On-site arrival time. */
    arrive?: Duration;
    arriveRegions: RegionalTime[];
    resolve?: Duration;
    resolveRegions: RegionalTime[];
    /** Times given only as estimates (`about` / 预计): recorded and printed, never read as a promise. */
    respondEstimate?: Duration;
    arriveEstimate?: Duration;
    resolveEstimate?: Duration;
    /** The resolution time is counted from arrival on site, not from the request. */
    resolveFromArrival?: Flag;
    escalation?: Escalation;
    steps: Word<ProcessStep>[];
    loaner?: Text;
    /** `loaner none`: the policy states that no substitute is lent. */
    loanerRefused?: Flag;
    area?: Text;
    record?: Text;
}
/** A fee priced other than by a number: by agreement, quoted after inspection, materials at cost. */
export type FeeBasis = 'by-agreement' | 'quoted-after-inspection' | 'at-cost';
export interface Fee extends Block {
    name: string; label: Text;
    /** Absent when the fee states no amount (then `basis` may say how it is set). */
    amount?: Money;
    basis?: { value: FeeBasis } & Located;
    per?: Text; disclosed: boolean;
}
/** A mileage: `60000 km`, `6万公里`, in kilometres. */
export interface Distance extends Located { amount: number; unit: DistanceUnit | undefined; km: number; text: string }
/**
 * A warranty period for a part. With a mileage it ends at whichever comes first (`3 years or 60000 km`).
 * `whole` marks the whole product (整机 / 整车 / 主机 …, see WHOLE_UNIT_PARTS): the national 三包 minimums are set for it.
 * `since`: the period applies to purchases from this date (YYYY-MM-DD).
 */
export interface Cover extends Period { part: Text; whole: boolean; since?: Text }
/** A period that, with a mileage, ends at whichever comes first (`2 years or 50000 km`). */
export interface Period extends Located { period: Duration; mileage?: Distance }
/** A warranty exclusion: a known kind, or free text (kind undefined). */
export interface Exclusion extends Located { kind: WarrantyExclusion | undefined; text: string }
export interface Warranty extends Block {
    start?: Word<StartEvent>; covers: Cover[]; wearParts: Text[]; spareParts?: Duration; recall?: Text; repairTime?: Duration;
    /** `spare-parts none`: the policy states that no spare parts are kept. */
    sparePartsRefused?: Flag;
    exclusions: Exclusion[];
    /** Where the period starts when no invoice is shown (e.g. manufacture date), and how far it is pushed back. */
    noInvoiceStart?: Word<StartEvent>;
    noInvoiceOffset?: Duration;
    /** 三包 main parts (`main-part "压缩机" 3 years`), each with its own period. */
    mainParts: Cover[];
    /** "Repair time is not counted in the period" (`repair-time-excluded`, 实施条例 art. 18). */
    repairTimeExcluded?: Flag;
    /** "An exchange restarts the period" (`exchange-restarts`, 实施条例 art. 18). */
    exchangeRestarts?: Flag;
    /** Household cars: the 三包 period (三包有效期), in which exchange and return are owed (`exchange-return-period 2 years or 50000 km`). */
    sanbaoPeriod?: Period;
    /** Household cars: a loaner car (or, with `allowance`, a transport allowance instead) once one repair takes more than `after` (`car-loaner after 5 days`). */
    carLoaner?: { after: Duration; allowance: boolean } & Located;
}
export interface Exemption extends Located { kind: ExemptionKind | undefined; text: string }
/** A no-reason return: a window, or `refused` when the policy says it offers none. */
export interface NoReason extends Block { window?: Window; refused?: Flag; exemptions: Exemption[]; confirmed: boolean }
/** Who pays freight in a case; `after`: from that long into the period; `products`: for which goods. */
export interface Shipping extends Located { case: Word<ShippingCase>; payer: Word<Payer>; after?: Duration; products?: Text }
/** 三包 performance-fault remedies: return within `return`, exchange within `exchange` (of `start`). */
export interface PerformanceFault extends Block { return?: Duration; exchange?: Duration; start?: Word<StartEvent> }
/** 三包 "still failing after `count` repairs in the period": exchange or refund, or the policy refuses it. */
export interface FailedRepairs extends Located { count: number; remedy: 'exchange-or-refund' | 'refused' | undefined }
/** Household cars: the window to exchange or return the car in a case of the car rule (`car-return powertrain 7 days`). */
export interface CarReturn extends Period { case: Word<CarReturnCase> }
export interface CarRepairLimit extends Located { days: Duration; repeats?: { value: number } & Located }
export interface Returns extends Block {
    noReason?: NoReason; exchange?: Window; defectReturn?: Window;
    refund?: Duration; refundOriginalMethod: boolean; conditions: Text[]; shipping: Shipping[];
    performanceFault?: PerformanceFault; failedRepairs?: FailedRepairs;
    carReturns: CarReturn[];
    /** Household cars: exchange or refund once repairs exceed `days` in all, or the same problem is repaired more than `repeats` times (`car-repair-limit 30 days or 4 times`). */
    carRepairLimit?: CarRepairLimit;
    /** Household cars: the use-charge coefficient n, in per cent (`usage-compensation 0.5%`). */
    usageCompensation?: { value: number } & Located;
}
export interface Payment extends Block { methods: Word<PaymentMethod>[] }
export interface Privacy extends Block {
    purpose?: Text; retention?: Duration; thirdParties: Text[];
    /** The grounds stated for giving data to a recipient other than consent (PIPL art. 13 (2)–(3)), or entrusted processing (art. 21). */
    sharingBases: Word<SharingBasis>[];
    /** The recipients stating no such ground: their data goes on consent, the separate consent of PIPL art. 23. */
    consentRecipients: Text[];
    separateConsent: boolean; security: Text[]; requests: Text[];
    rights: Word<DataRight>[]; rightsVia: Text[];
}
export interface Satisfaction extends Block {
    methods: Word<SurveyMethod>[]; every?: Duration; everyVague?: Vague; target?: { value: number } & Located; report: boolean; reportEvery?: Duration; improvement?: Text; index?: Text;
}
export interface Manager extends Located { name: Text; certified: boolean }
export interface Staff extends Block {
    manager?: Manager; training?: Duration; trainingVague?: Vague; certifiedTechnicians: boolean; uniform: boolean; badge: boolean; headcount?: number;
}
export interface Agreement extends Block {
    written: boolean; items: Word<AgreementItem>[];
    /** One-sided terms (GB/T 8.2.2): changes effective on publication, acceptance deemed by continued use. */
    amendOnPublication?: Flag; deemedAcceptance?: Flag;
    cancellation?: Text;
}
export interface Crisis extends Block { team?: Text; measures: Word<CrisisMeasure>[] }
/** A follow-up within a time, or after each service of a kind (`trigger`). */
export interface FollowUp extends Block { within?: Duration; trigger?: Word<ServiceKind>; channels: Text[] }
export interface KnowledgeBase extends Block { description?: Text }
export interface Suppliers extends Block { qualified: boolean; contract: boolean; evaluate?: Duration; evaluateVague?: Vague }
export interface Claim extends Located { catalog: string; clause: string; text: string }
export interface Import extends Located { path: string; uri?: string }

export interface PolicyModel extends Block {
    /** The file the policy is written in (imported parts keep their own uri in their src). */
    uri: string;
    name: string;
    title?: Text;
    base?: string;
    /** A building block for other policies (`partial`): no compliance findings of its own. */
    partial: boolean;
    imports: Import[];
    version?: Text;
    effective?: Text;
    provider?: Provider;
    network?: Block & { outlets: Outlet[]; counts: OutletCount[] };
    applies: Text[];
    products?: Block & { categories: Category[] };
    channels: Channel[];
    services: Service[];
    fees: Fee[];
    warranty?: Warranty;
    returns?: Returns;
    payment?: Payment;
    privacy?: Privacy;
    satisfaction?: Satisfaction;
    staff?: Staff;
    agreement?: Agreement;
    crisis?: Crisis;
    followUp?: FollowUp;
    knowledgeBase?: KnowledgeBase;
    suppliers?: Suppliers;
    statements: Text[];
    attestations: Claim[];
    waivers: Claim[];
    /** Every string literal of the policy (and its bases), for forbidden-wording checks. */
    texts: Text[];
}
