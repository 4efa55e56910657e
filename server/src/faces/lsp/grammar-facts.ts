/**
 * What the editor features need to know about the grammar: which vocabulary a property takes,
 * which PolicyModel path an AST type or property stands for, each keyword's other-language
 * spelling, and which keyword language a document is written in.
 */
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type Grammar, type LangiumDocument } from 'langium';
import type { Lang } from '../../i18n/locale.js';
// The grammar's words (vocabulary per property, reserved keywords) live below the faces: the formatter needs them too.
import { VOCABULARY_OF, assignedFeature, isDataTypeRule, reservedWords } from '../../parse/grammar-words.js';
export { VOCABULARY_OF, assignedFeature, isDataTypeRule, reservedWords };
import { CJK } from '../../shared/cjk.js';


/** The PolicyModel path an AST type stands for. */
export const MODEL_PATH_OF_TYPE: Record<string, string> = {
    Policy: '', Version: 'version', Effective: 'effective', Provider: 'provider', Network: 'network', Outlet: 'network.outlets',
    Applies: 'applies', CatalogId: 'applies', Products: 'products', Category: 'products.categories', Channel: 'channels', Hours: 'channels.hours',
    TimeRange: 'channels.hours', Service: 'services', Pricing: 'services.pricing', Escalation: 'services.escalation', Loaner: 'services.loaner',
    Fee: 'fees', Money: 'fees.amount', FeeBasis: 'fees.basis', Warranty: 'warranty', Cover: 'warranty.covers', Returns: 'returns', NoReason: 'returns.noReason',
    Exemption: 'returns.noReason.exemptions', Exclusion: 'warranty.exclusions', OutletCount: 'network.counts', Shipping: 'returns.shipping', Payment: 'payment', Privacy: 'privacy',
    Satisfaction: 'satisfaction', Staff: 'staff', Manager: 'staff.manager', Agreement: 'agreement', Crisis: 'crisis',
    FollowUp: 'followUp', Knowledge: 'knowledgeBase', Suppliers: 'suppliers', Statement: 'statements',
    Attestation: 'attestations', Waiver: 'waivers', Import: 'imports',
    MainPart: 'warranty.mainParts', PerformanceFault: 'returns.performanceFault', FailedRepairs: 'returns.failedRepairs',
};

/** AST property names that the PolicyModel spells differently. */
const RENAMED: Record<string, string> = {
    'Returns.originalMethod': 'refundOriginalMethod', 'Privacy.consent': 'separateConsent', 'Staff.techCertified': 'certifiedTechnicians',
    'Knowledge.description': '', 'Service.fromArrival': 'resolveFromArrival', 'Satisfaction.vague': 'everyVague',
    'FeeBasis.agreement': '', 'FeeBasis.inspection': '', 'FeeBasis.cost': '', 'Money.upTo': 'upTo', 'Provider.name': 'name', 'Satisfaction.methods': 'methods', 'Suppliers.contract': 'contract',
    'PerformanceFault.returnWithin': 'return', 'PerformanceFault.exchangeWithin': 'exchange',
    'FailedRepairs.count': '', 'FailedRepairs.times': '', 'FailedRepairs.remedy': '', 'FailedRepairs.refused': '',
};

/** The model path of `node.property` ("Service.respond" → "services.respond"). */
export function modelPathOf(node: AstNode, property?: string): string | undefined {
    let base = MODEL_PATH_OF_TYPE[node.$type];
    if (base === undefined) return undefined;
    if (node.$type === 'Window') {
        const c = node.$containerProperty;
        const holder = node.$container?.$type === 'NoReason' ? 'returns.noReason.window' : c === 'exchange' ? 'returns.exchange' : 'returns.defectReturn';
        base = holder;
    }
    if ((node.$type === 'Duration' || node.$type === 'Distance') && node.$container) return modelPathOf(node.$container, node.$containerProperty);
    // Nodes whose model field sits on their container (`loaner none` → services.loanerRefused, a region's time, 定期).
    if (node.$type === 'Loaner' && property === 'refused') return 'services.loanerRefused';
    if ((node.$type === 'RegionalTime' || node.$type === 'VagueFrequency') && node.$container) return modelPathOf(node.$container, node.$containerProperty);
    if (!property) return base;
    const renamed = RENAMED[`${node.$type}.${property}`];
    const prop = renamed === undefined ? property : renamed;
    if (!prop) return base;
    return base ? `${base}.${prop}` : prop;
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

/** Keyword → its spellings in the other language, from alternatives like ('respond' | '响应'). */
export function keywordAliases(grammar: Grammar): Map<string, string[]> {
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

