/**
 * PolicyModel: the one input of the engine, the generators and the CLI.
 * Plain, JSON-serialisable data. Every value carries the source range it came from
 * (0-based lines, UTF-16 columns — the LSP convention, without importing LSP types).
 */
import type {
    AgreementItem, Buyer, ChannelKind, CrisisMeasure, DaySpec, ExemptionKind, OutletKind, Payer,
    PaymentMethod, ProcessStep, ProductKind, SalesChannel, ServiceKind, ShippingCase, StartEvent,
    SurveyMethod, Unit,
} from '../parse/vocabulary.js';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Where a value was written: the file and the range in it. */
export interface Src { uri: string; range: Range }

export interface Located { src: Src }
export interface Text extends Located { value: string }
/** A vocabulary word: its canonical value (undefined when unknown) and the word as written. */
export interface Word<C extends string> extends Located { value: C | undefined; text: string }

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
    /** Amount in fen (1/100 CNY), an integer. */
    fen: number;
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
export interface Category extends Block {
    name: Text; custom: boolean; sales: Word<SalesChannel>[]; buyers: Word<Buyer>[]; kind?: Word<ProductKind>;
    /** The no-reason-return exemption the category states (`exempt perishable`, `exempt "…" confirmed-at-purchase`). */
    exempt?: Exemption & { confirmed: boolean };
}
export interface TimeRange extends Located { start: string; end: string }
export interface Hours extends Located { always: boolean; ranges: TimeRange[]; days?: Word<DaySpec> }
export interface Channel extends Block { name: string; nameSrc: Src; kind: Word<ChannelKind>; contact: Text; hours?: Hours }
export type Pricing = 'free' | 'paid' | 'paid-after-warranty';
export interface Escalation extends Located { after: Duration; to: Text }
export interface Service extends Block {
    kind: Word<ServiceKind>;
    label?: Text;
    pricing?: Pricing;
    channels: Text[];
    respond?: Duration;
    resolve?: Duration;
    escalation?: Escalation;
    steps: Word<ProcessStep>[];
    loaner?: Text;
    area?: Text;
    record?: Text;
}
export interface Fee extends Block { name: string; label: Text; amount: Money; per?: Text; disclosed: boolean }
export interface Cover extends Located { part: Text; period: Duration }
export interface Warranty extends Block {
    start?: Word<StartEvent>; covers: Cover[]; wearParts: Text[]; spareParts?: Duration; recall?: Text; repairTime?: Duration;
}
export interface Exemption extends Located { kind: ExemptionKind | undefined; text: string }
export interface NoReason extends Block { window: Window; exemptions: Exemption[]; confirmed: boolean }
export interface Shipping extends Located { case: Word<ShippingCase>; payer: Word<Payer> }
export interface Returns extends Block {
    noReason?: NoReason; exchange?: Window; defectReturn?: Window;
    refund?: Duration; refundOriginalMethod: boolean; conditions: Text[]; shipping: Shipping[];
}
export interface Payment extends Block { methods: Word<PaymentMethod>[] }
export interface Privacy extends Block {
    purpose?: Text; retention?: Duration; thirdParties: Text[]; separateConsent: boolean; security: Text[]; requests: Text[];
}
export interface Satisfaction extends Block {
    methods: Word<SurveyMethod>[]; every?: Duration; target?: { value: number } & Located; report: boolean; improvement?: Text; index?: Text;
}
export interface Manager extends Located { name: Text; certified: boolean }
export interface Staff extends Block {
    manager?: Manager; training?: Duration; certifiedTechnicians: boolean; uniform: boolean; badge: boolean; headcount?: number;
}
export interface Agreement extends Block { written: boolean; items: Word<AgreementItem>[] }
export interface Crisis extends Block { team?: Text; measures: Word<CrisisMeasure>[] }
export interface FollowUp extends Block { within: Duration; channels: Text[] }
export interface KnowledgeBase extends Block { description?: Text }
export interface Suppliers extends Block { qualified: boolean; contract: boolean; evaluate?: Duration }
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
    network?: Block & { outlets: Outlet[] };
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
