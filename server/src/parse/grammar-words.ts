/**
 * Which vocabulary a word of the grammar takes (by AST type and property), which property a
 * leaf is assigned to, and which keywords cannot stand where a vocabulary word goes. Used by
 * the editor features (lsp/) and by the formatter (`fmt --keywords` rewrites value words too).
 */
import { AstUtils, GrammarAST, GrammarUtils, type CstNode, type Grammar } from 'langium';
import {
    AGREEMENT_ITEMS, BUYERS, CHANNEL_KINDS, CRISIS_MEASURES, CURRENCIES, DATA_RIGHTS, DAY_SPECS, DISTANCE_UNITS, WARRANTY_EXCLUSIONS, EXEMPTION_KINDS, OUTLET_KINDS, PAYERS,
    PAYMENT_METHODS, PROCESS_STEPS, PRODUCT_KINDS, REGIONS, SALES_CHANNELS, SERVICE_KINDS, SHIPPING_CASES, START_EVENTS,
    SURVEY_METHODS, UNITS, type Vocabulary,
} from './vocabulary.js';

/** The vocabulary of a `Type.property` written as an identifier. */
export const VOCABULARY_OF: Record<string, Vocabulary<string>> = {
    'Channel.kind': CHANNEL_KINDS, 'Hours.days': DAY_SPECS, 'Hours.leadDays': DAY_SPECS, 'Exclusion.kind': WARRANTY_EXCLUSIONS, 'Warranty.noInvoiceStart': START_EVENTS,
    'OutletCount.kind': OUTLET_KINDS, 'FollowUp.trigger': SERVICE_KINDS, 'Privacy.rights': DATA_RIGHTS, 'RegionalTime.region': REGIONS, 'Service.respondRegion': REGIONS, 'Service.arriveRegion': REGIONS, 'Service.resolveRegion': REGIONS, 'Service.kind': SERVICE_KINDS, 'Service.steps': PROCESS_STEPS,
    'Duration.unit': UNITS, 'Money.currency': CURRENCIES, 'Category.sales': SALES_CHANNELS, 'Category.buyers': BUYERS,
    'Category.kind': PRODUCT_KINDS, 'Outlet.kind': OUTLET_KINDS, 'Exemption.kind': EXEMPTION_KINDS, 'Window.start': START_EVENTS,
    'Warranty.start': START_EVENTS, 'Shipping.case': SHIPPING_CASES, 'Shipping.payer': PAYERS, 'Payment.methods': PAYMENT_METHODS,
    'Satisfaction.methods': SURVEY_METHODS, 'Agreement.items': AGREEMENT_ITEMS, 'Crisis.measures': CRISIS_MEASURES,
    'Distance.unit': DISTANCE_UNITS, 'PerformanceFault.start': START_EVENTS,
};

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
export function reservedWords(grammar: Grammar): Set<string> {
    const all = new Set(AstUtils.streamAst(grammar).filter(GrammarAST.isKeyword).map((k) => k.value).toArray());
    const word = grammar.rules.find((r) => r.name === 'Word');
    if (word) for (const k of AstUtils.streamAst(word).filter(GrammarAST.isKeyword)) all.delete(k.value);
    return all;
}
