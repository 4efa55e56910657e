import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/** Percentages drop their '%'; clause ids keep their printed text ("4.10" is not the number 4.1). */
export class AsplValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'PERCENT') return Number.parseFloat(input);
        if (rule.name === 'ClauseId') return cstNode.text;
        return super.runConverter(rule, input, cstNode);
    }
}
