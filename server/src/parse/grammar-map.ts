/**
 * The one grammar ↔ model map: which vocabulary a property takes, which PolicyModel path an AST
 * type or property stands for, each keyword's spelling in the other language, the members'
 * order, which fields may be written once. Everything the grammar says is read from it
 * (grammar/aspl.langium, loaded from the generated grammar JSON); the rest is typed against the
 * generated AST, so a renamed type or property does not compile. Used by the validator, the
 * normalizer, the formatter and every editor feature (skeletons, fixes, completion, hover,
 * semantic tokens) and the starter policy.
 */
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type CstNode, type Grammar, type LangiumDocument, type Properties } from 'langium';
import type { Lang } from '../i18n/locale.js';
import { CJK } from '../shared/cjk.js';
import type { AsplAstType, AsplKeywordNames } from './generated/ast.js';
import { AsplGrammar } from './generated/grammar.js';
import {
    AGREEMENT_ITEMS, BUYERS, CHANNEL_KINDS, CRISIS_MEASURES, CURRENCIES, DATA_RIGHTS, DAY_SPECS, DISTANCE_UNITS, EXEMPTION_KINDS, OUTLET_KINDS,
    PAYERS, PAYMENT_METHODS, PROCESS_STEPS, PRODUCT_KINDS, GOODS_CONDITIONS, CAR_RETURN_CASES, REGIONS, SALES_CHANNELS, SERVICE_KINDS, SHARING_BASES, SHIPPING_CASES, START_EVENTS,
    SURVEY_METHODS, UNITS, WARRANTY_EXCLUSIONS, type Vocabulary,
} from './vocabulary.js';

export type AstTypeName = keyof AsplAstType;
/** A value per property of each AST type, keyed by the generated AST's own names. */
type PropertyTable<T> = { [N in AstTypeName]?: { [P in Properties<AsplAstType[N]>]?: T } };

// ---------------------------------------------------------------- vocabularies

/** The vocabulary of each property written as an identifier. */
export const VOCABULARY_OF = {
    Channel: { kind: CHANNEL_KINDS }, Hours: { leadDays: DAY_SPECS, days: DAY_SPECS },
    RegionalTime: { region: REGIONS },
    Service: { kind: SERVICE_KINDS, steps: PROCESS_STEPS, respondRegion: REGIONS, arriveRegion: REGIONS, resolveRegion: REGIONS },
    Outlet: { kind: OUTLET_KINDS }, OutletCount: { kind: OUTLET_KINDS },
    Category: { sales: SALES_CHANNELS, buyers: BUYERS, kind: PRODUCT_KINDS, condition: GOODS_CONDITIONS }, CarReturn: { case: CAR_RETURN_CASES },
    Warranty: { start: START_EVENTS, noInvoiceStart: START_EVENTS }, Exclusion: { kind: WARRANTY_EXCLUSIONS },
    FollowUp: { trigger: SERVICE_KINDS }, Privacy: { rights: DATA_RIGHTS }, ThirdParty: { basis: SHARING_BASES },
    Window: { start: START_EVENTS }, Exemption: { kind: EXEMPTION_KINDS }, PerformanceFault: { start: START_EVENTS },
    Shipping: { case: SHIPPING_CASES, payer: PAYERS }, Payment: { methods: PAYMENT_METHODS },
    Satisfaction: { methods: SURVEY_METHODS }, Agreement: { items: AGREEMENT_ITEMS }, Crisis: { measures: CRISIS_MEASURES },
    Duration: { unit: UNITS }, Distance: { unit: DISTANCE_UNITS }, Money: { currency: CURRENCIES },
} satisfies PropertyTable<Vocabulary<string>>;

/** The vocabulary of `type.property` for a type named at run time (`node.$type`). */
export function vocabularyOf(type: string, property: string | undefined): Vocabulary<string> | undefined {
    if (property === undefined) return undefined;
    return (VOCABULARY_OF as Record<string, Record<string, Vocabulary<string>> | undefined>)[type]?.[property];
}

/**
 * The property a leaf's token is assigned to (`kind` for the word of `channel x phone …`),
 * looking through datatype rules (`kind=Word`, where the leaf belongs to the Word rule).
 */
export function assignedFeature(leaf: CstNode): string | undefined {
    let n: CstNode | undefined = leaf;
    while (n) {
        const a = AstUtils.getContainerOfType(n.grammarSource, GrammarAST.isAssignment);
        if (a) return a.feature;
        const parent: CstNode | undefined = n.container;
        const call = parent?.grammarSource;
        if (!parent || parent.astNode !== leaf.astNode || !GrammarAST.isRuleCall(call) || !GrammarAST.isParserRule(call.rule.ref) || !isDataTypeRule(call.rule.ref)) return undefined;
        n = parent;
    }
    return undefined;
}

const dataTypeRules = new WeakMap<GrammarAST.ParserRule, boolean>();

/** GrammarUtils.isDataTypeRule, remembered per rule (it walks the rule every time). */
export function isDataTypeRule(rule: GrammarAST.ParserRule): boolean {
    let v = dataTypeRules.get(rule);
    if (v === undefined) dataTypeRules.set(rule, (v = GrammarUtils.isDataTypeRule(rule)));
    return v;
}

/** Keywords that cannot stand where a vocabulary word goes (the `Word` rule admits a few keywords). */
export function reservedWords(grammar: Grammar = AsplGrammar()): Set<string> {
    const all = new Set(AstUtils.streamAst(grammar).filter(GrammarAST.isKeyword).map((k) => k.value).toArray());
    const word = grammar.rules.find((r) => r.name === 'Word');
    if (word) for (const k of AstUtils.streamAst(word).filter(GrammarAST.isKeyword)) all.delete(k.value);
    return all;
}

// ---------------------------------------------------------------- model paths

/** The PolicyModel path an AST type stands for. */
export const MODEL_PATH_OF_TYPE: { [N in AstTypeName]?: string } = {
    Policy: '', Version: 'version', Effective: 'effective', Provider: 'provider', Network: 'network', Outlet: 'network.outlets',
    Applies: 'applies', CatalogId: 'applies', Products: 'products', Category: 'products.categories', Channel: 'channels', Hours: 'channels.hours',
    TimeRange: 'channels.hours', Service: 'services', Pricing: 'services.pricing', Escalation: 'services.escalation', Loaner: 'services.loaner',
    Fee: 'fees', Money: 'fees.amount', FeeBasis: 'fees.basis', Warranty: 'warranty', Cover: 'warranty.covers', Returns: 'returns', NoReason: 'returns.noReason',
    Exemption: 'returns.noReason.exemptions', Exclusion: 'warranty.exclusions', OutletCount: 'network.counts', Shipping: 'returns.shipping', Payment: 'payment', Privacy: 'privacy', ThirdParty: 'privacy',
    Satisfaction: 'satisfaction', Staff: 'staff', Manager: 'staff.manager', Agreement: 'agreement', Crisis: 'crisis',
    FollowUp: 'followUp', Knowledge: 'knowledgeBase', Suppliers: 'suppliers', Statement: 'statements',
    Attestation: 'attestations', Waiver: 'waivers', Import: 'imports',
    MainPart: 'warranty.mainParts', PerformanceFault: 'returns.performanceFault', FailedRepairs: 'returns.failedRepairs',
    SanbaoPeriod: 'warranty.sanbaoPeriod', CarReturn: 'returns.carReturns', CarRepairLimit: 'returns.carRepairLimit', CarLoaner: 'warranty.carLoaner',
};

/** AST properties that the PolicyModel spells differently ('' = the value sits on the type's own path). */
const RENAMED: PropertyTable<string> = {
    Returns: { originalMethod: 'refundOriginalMethod' }, Privacy: { consent: 'separateConsent' }, Staff: { techCertified: 'certifiedTechnicians' },
    Knowledge: { description: '' }, Service: { fromArrival: 'resolveFromArrival' }, Satisfaction: { vague: 'everyVague', methods: 'methods' },
    FeeBasis: { agreement: '', inspection: '', cost: '' }, Money: { upTo: 'upTo' }, Provider: { name: 'name' }, Suppliers: { contract: 'contract' },
    PerformanceFault: { returnWithin: 'return', exchangeWithin: 'exchange' }, ThirdParty: { text: 'thirdParties', basis: 'sharingBases' },
    FailedRepairs: { count: '', times: '', remedy: '', refused: '' },
    CarRepairLimit: { times: '' },
};

/** The model path of `node.property` ("Service.respond" → "services.respond"). */
export function modelPathOf(node: { $type: string; $container?: { $type: string }; $containerProperty?: string }, property?: string): string | undefined {
    const type = node.$type as AstTypeName;
    let base = MODEL_PATH_OF_TYPE[type];
    if (base === undefined) return undefined;
    if (type === 'Window') {
        const c = node.$containerProperty;
        base = node.$container?.$type === 'NoReason' ? 'returns.noReason.window' : c === 'exchange' ? 'returns.exchange' : 'returns.defectReturn';
    }
    if ((type === 'Duration' || type === 'Distance') && node.$container) return modelPathOf(node.$container, node.$containerProperty);
    // Nodes whose model field sits on their container (`loaner none` → services.loanerRefused, a region's time, 定期).
    if (type === 'Loaner' && property === 'refused') return 'services.loanerRefused';
    if ((type === 'RegionalTime' || type === 'VagueFrequency') && node.$container) return modelPathOf(node.$container, node.$containerProperty);
    if (!property) return base;
    const renamed = (RENAMED as Record<string, Record<string, string> | undefined>)[type]?.[property];
    const prop = renamed === undefined ? property : renamed;
    if (!prop) return base;
    return base ? `${base}.${prop}` : prop;
}

// ---------------------------------------------------------------- members

function parserRule(name: string, grammar: Grammar = AsplGrammar()): GrammarAST.ParserRule {
    const rule = grammar.rules.find((r) => r.name === name);
    if (!GrammarAST.isParserRule(rule)) throw new Error(`no parser rule ${name} in the grammar`);
    return rule;
}

/** The policy members in the grammar's order (the `Member` rule), where a new top-level item is inserted. */
export const MEMBER_ORDER: readonly AstTypeName[] = AstUtils.streamAst(parserRule('Member'))
    .filter(GrammarAST.isRuleCall).map((c) => c.rule.ref!.name as AstTypeName).toArray();

/** Members a policy may hold many of (their model field is a list; a test checks it against the model's shape). */
export const REPEATABLE_MEMBERS: ReadonlySet<AstTypeName> = new Set<AstTypeName>(['Applies', 'Channel', 'Service', 'Fee', 'Statement', 'Attestation', 'Waiver']);

/** The member type a top-level model field is written as (`knowledgeBase` → Knowledge). */
export const TYPE_OF_TOP: Readonly<Record<string, AstTypeName>> = Object.fromEntries(MEMBER_ORDER.map((t) => [MODEL_PATH_OF_TYPE[t], t]));

/**
 * Fields a repeated choice group (`( … | … )*`) assigns a single value: the first `=` assignment of
 * each alternative (`respond`, `escalation`, `kind` …). Written twice, the last one silently wins.
 */
export const SINGLE_FIELDS: Readonly<Record<string, readonly string[]>> = (() => {
    const out: Record<string, string[]> = {};
    for (const rule of AsplGrammar().rules.filter(GrammarAST.isParserRule)) {
        for (const group of AstUtils.streamAst(rule).filter(GrammarAST.isAlternatives).filter((a) => a.cardinality === '*')) {
            for (const alt of group.elements) {
                const first = AstUtils.streamAst(alt).find((e): e is GrammarAST.Assignment => GrammarAST.isAssignment(e) && e.operator === '=');
                if (first) (out[rule.name] ??= []).push(first.feature);
            }
        }
    }
    return out;
})();

// ---------------------------------------------------------------- keywords

export type Keyword = AsplKeywordNames;

let textFields: Map<string, Keyword> | undefined;

/**
 * The keyword that introduces a text field of a block (`('area' | '范围') area=STRING` → area), for
 * the fields of a block's repeated choice: what a skeleton writes before its placeholder.
 */
export function textFieldKeyword(rule: AstTypeName, property: string): Keyword | undefined {
    if (!textFields) {
        textFields = new Map();
        for (const r of AsplGrammar().rules.filter(GrammarAST.isParserRule)) {
            for (const group of AstUtils.streamAst(r).filter(GrammarAST.isAlternatives).filter((a) => a.cardinality === '*')) {
                for (const alt of group.elements.filter(GrammarAST.isGroup)) {
                    const [head, value] = alt.elements;
                    if (!GrammarAST.isAlternatives(head) || !head.elements.every(GrammarAST.isKeyword) || !GrammarAST.isAssignment(value)) continue;
                    if (!GrammarAST.isRuleCall(value.terminal) || value.terminal.rule.ref?.name !== 'STRING') continue;
                    const en = head.elements.map((k) => k.value).find((k) => !CJK.test(k));
                    if (en) textFields.set(`${r.name}.${value.feature}`, en as Keyword);
                }
            }
        }
    }
    return textFields.get(`${rule}.${property}`);
}
interface Spelling { zh: string; filler: boolean }

const spellingsByRule = new Map<string, Map<string, Spelling>>();

/** A rule's keyword pairs, from alternatives like ('respond' | '响应'): English → its first Chinese spelling. */
function spellingsOf(rule: string): Map<string, Spelling> {
    let out = spellingsByRule.get(rule);
    if (out) return out;
    out = new Map();
    for (const alt of AstUtils.streamAst(parserRule(rule)).filter(GrammarAST.isAlternatives)) {
        const kws = alt.elements.filter(GrammarAST.isKeyword).map((k) => k.value);
        const zh = kws.find((k) => CJK.test(k));
        if (kws.length !== alt.elements.length || !zh) continue;
        // `('within' | '内')?`: a filler Chinese writes after the number (`2小时内`), not as a word of its own.
        const filler = alt.cardinality === '?' && !GrammarAST.isAssignment(alt.$container);
        for (const k of kws) if (!CJK.test(k) && !out.has(k)) out.set(k, { zh, filler });
    }
    spellingsByRule.set(rule, out);
    return out;
}

/**
 * Keywords of one rule in the document's language, joined by spaces: `keywords('zh', 'Escalation',
 * 'escalate', 'after')` → `升级 超过`. Optional fillers (`within`) are left out in Chinese.
 */
export function keywords(lang: Lang, rule: AstTypeName, ...words: Keyword[]): string {
    if (lang === 'en') return words.join(' ');
    const table = spellingsOf(rule);
    return words.flatMap((w) => {
        const s = table.get(w);
        if (!s) throw new Error(`keyword '${w}' has no Chinese spelling in rule ${rule}`);
        return s.filler ? [] : [s.zh];
    }).join(' ');
}

/**
 * One keyword of a rule in a language, an optional filler too (`keyword('zh', 'Returns', 'within')`
 * → 内): for text that writes the filler as a word of its own (`退款 内 3天`).
 */
export function keyword(lang: Lang, rule: AstTypeName, word: Keyword): string {
    if (lang === 'en') return word;
    const s = spellingsOf(rule).get(word);
    if (!s) throw new Error(`keyword '${word}' has no Chinese spelling in rule ${rule}`);
    return s.zh;
}

/** Every spelling of a keyword in a rule (`per` → per, 每, /): the alternatives it is written among. */
export function keywordSpellings(rule: AstTypeName, word: Keyword): string[] {
    for (const alt of AstUtils.streamAst(parserRule(rule)).filter(GrammarAST.isAlternatives)) {
        const kws = alt.elements.filter(GrammarAST.isKeyword).map((k) => k.value);
        if (kws.length === alt.elements.length && kws.includes(word)) return kws;
    }
    throw new Error(`keyword '${word}' is not written among alternatives in rule ${rule}`);
}

/** The keyword a block starts with, in a language (`Crisis` → crisis-plan / 危机预案). */
export function headKeyword(rule: AstTypeName, lang: Lang): string {
    return headKeywordsOf(rule)[lang];
}

/** Both spellings of the keyword that opens a rule. */
function headKeywordsOf(rule: AstTypeName): Record<Lang, string> {
    const def = parserRule(rule).definition;
    const first = GrammarAST.isGroup(def) ? def.elements[0] : def;
    const kws = (GrammarAST.isAlternatives(first) ? first.elements : [first]).filter(GrammarAST.isKeyword).map((k) => k.value);
    const en = kws.find((k) => !CJK.test(k));
    const zh = kws.find((k) => CJK.test(k));
    if (!en || !zh) throw new Error(`rule ${rule} does not start with a keyword pair`);
    return { en, zh };
}

/** Every spelling of the keyword that opens each policy member (`provider`, `提供方` …) → the member's type. */
export function memberOfHeadKeyword(): ReadonlyMap<string, AstTypeName> {
    return (headIndex ??= new Map(MEMBER_ORDER.flatMap((t) => {
        const def = parserRule(t).definition;
        const first = GrammarAST.isGroup(def) ? def.elements[0] : def;
        return (GrammarAST.isAlternatives(first) ? first.elements : [first]).filter(GrammarAST.isKeyword).map((k) => [k.value, t] as [string, AstTypeName]);
    })));
}
let headIndex: Map<string, AstTypeName> | undefined;

/** Keyword → its spellings in the other language, from alternatives like ('respond' | '响应'). */
export function keywordAliases(grammar: Grammar = AsplGrammar()): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const alt of AstUtils.streamAllContents(grammar).filter(GrammarAST.isAlternatives)) {
        const kws = alt.elements.filter(GrammarAST.isKeyword).map((k) => k.value);
        if (kws.length < 2 || kws.length !== alt.elements.length) continue;
        for (const k of kws) {
            const list = out.get(k) ?? [];
            for (const other of kws) if (other !== k && !list.includes(other)) list.push(other);
            out.set(k, list);
        }
    }
    return out;
}

/**
 * The property a keyword introduces: the first assignment after the keyword (or its
 * alternatives group) in the rule, e.g. 'respond' → respond. Undefined for a block's head.
 */
export function propertyAfterKeyword(keyword: GrammarAST.Keyword): string | undefined {
    let el: GrammarAST.AbstractElement = keyword;
    if (GrammarAST.isAlternatives(el.$container) && (el.$container as GrammarAST.Alternatives).elements.every(GrammarAST.isKeyword)) {
        el = el.$container as GrammarAST.AbstractElement;
    }
    // `custom?=('custom' | '定制')`: the keyword is the value of a boolean assignment.
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    if (assignment && (assignment.terminal === keyword || assignment.terminal === el)) return assignment.feature;
    const group = el.$container;
    if (!GrammarAST.isGroup(group)) return undefined;
    const index = group.elements.indexOf(el);
    if (index === 0 && AstUtils.getContainerOfType(group, GrammarAST.isParserRule)?.definition === group) return undefined;
    for (const next of group.elements.slice(index + 1)) {
        if (GrammarAST.isAssignment(next)) return next.feature;
        if (GrammarAST.isKeyword(next) || (GrammarAST.isAlternatives(next) && next.elements.every(GrammarAST.isKeyword))) continue;
        if (GrammarAST.isRuleCall(next)) return undefined;
        break;
    }
    return undefined;
}

export function keywordLanguageOf(word: string): Lang | undefined {
    if (CJK.test(word)) return 'zh';
    if (/[a-zA-Z]/.test(word)) return 'en';
    return undefined;
}

/** Which language the document's keywords are written in (majority; `fallback` when none). */
export function documentKeywordLanguage(doc: LangiumDocument, fallback: Lang): Lang {
    const root = doc.parseResult.value.$cstNode;
    if (!root) return fallback;
    let zh = 0;
    let en = 0;
    let seen = 0;
    for (const leaf of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(leaf) || !GrammarAST.isKeyword(leaf.grammarSource)) continue;
        const l = keywordLanguageOf(leaf.text);
        if (l === 'zh') zh++;
        else if (l === 'en') en++;
        if (++seen > 400) break; // the first few hundred keywords decide
    }
    if (zh === en) return fallback;
    return zh > en ? 'zh' : 'en';
}
