import { DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType } from 'langium';

type Convert = (input: string, cstNode: CstNode) => ValueType;

/**
 * Percentages drop their '%'; clause ids keep their printed text ("4.10" is not the number 4.1).
 *
 * Langium's converter works out, for every converted token, which rule wrote it and what that rule
 * converts to (grammar type tests that each allocate, an upper-cased rule name), and unquotes a string
 * one character at a time: a twentieth of what a realistic policy allocated. Here the conversion is
 * worked out once per grammar element (the same decisions, in the same order, as Langium's
 * `convert` and `runConverter`), and a string without escapes is unquoted in one slice.
 */
export class AsplValueConverter extends DefaultValueConverter {
    private readonly byElement = new Map<GrammarAST.AbstractElement | undefined, Convert | null>();
    private readonly byRule = new Map<GrammarAST.AbstractRule, Convert>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const element = cstNode.grammarSource as GrammarAST.AbstractElement | undefined;
        let convert = this.byElement.get(element);
        if (convert === undefined) {
            convert = this.converterOf(element);
            // a rule call whose rule is unresolved: Langium's convert says so, every time
            if (convert === undefined) return super.convert(input, cstNode);
            this.byElement.set(element, convert);
        }
        return convert === null ? input : convert(input, cstNode);
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        return this.converterOfRule(rule)(input, cstNode);
    }

    /** As Langium's `convert` picks the rule (null: the text as it is; undefined: no rule to convert with). */
    private converterOf(element: GrammarAST.AbstractElement | undefined): Convert | null | undefined {
        let feature = element;
        if (GrammarAST.isCrossReference(feature)) feature = GrammarUtils.getCrossReferenceTerminal(feature);
        if (!GrammarAST.isRuleCall(feature)) return null;
        const rule = feature.rule.ref;
        return rule ? this.converterOfRule(rule) : undefined;
    }

    private converterOfRule(rule: GrammarAST.AbstractRule): Convert {
        let convert = this.byRule.get(rule);
        if (!convert) this.byRule.set(rule, (convert = ruleConverter(rule)));
        return convert;
    }
}

/** Our rules first, then Langium's `runConverter`: by the rule's name, then by the type it returns. */
function ruleConverter(rule: GrammarAST.AbstractRule): Convert {
    if (rule.name === 'PERCENT') return (input) => Number.parseFloat(input);
    if (rule.name === 'ClauseId') return (_input, cstNode) => cstNode.text;
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return unquote;
        case 'ID': return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return (input) => input;
    }
}

/** Langium's string conversion (drop the quotes, resolve escapes), in one slice when there is no escape. */
function unquote(input: string): string {
    return input.includes('\\') ? ValueConverter.convertString(input) : input.slice(1, -1);
}
