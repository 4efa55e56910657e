import { GrammarAST, type CstNode, type LeafCstNode } from 'langium';

/**
 * Does this token begin an item (a member, a field, an import)? Decided from the grammar:
 * the token is the first element of an alternative of a repeated group (`(...)*`), possibly
 * through the rule it begins and that rule's call site.
 */
export function startsItem(leaf: LeafCstNode): boolean {
    if (SEPARATORS.has(leaf.text)) return false;
    let element: GrammarAST.AbstractElement | undefined = leaf.grammarSource as GrammarAST.AbstractElement | undefined;
    let node: CstNode | undefined = leaf;
    for (let guard = 0; guard < 40 && element; guard++) {
        if ((element.cardinality === '*' || element.cardinality === '+') && inBraces(element)) return true;
        const c: GrammarAST.AbstractElement | GrammarAST.ParserRule | undefined = element.$container as GrammarAST.AbstractElement | GrammarAST.ParserRule | undefined;
        if (!c) return false;
        if (GrammarAST.isParserRule(c) && c.entry) return true;
        if (GrammarAST.isParserRule(c)) {
            // First token of a rule: it starts an item if the rule's call site does.
            const owner: CstNode | undefined = node?.container && ruleNode(node, c);
            if (!owner || owner.offset !== leaf.offset) return false;
            node = owner;
            element = owner.grammarSource as GrammarAST.AbstractElement | undefined;
            continue;
        }
        if (GrammarAST.isGroup(c) || GrammarAST.isUnorderedGroup(c)) {
            // The entry rule's parts (imports, the policy) each start a line.
            if (c.elements[0] !== element) return GrammarAST.isParserRule(c.$container) && c.$container.entry;
        }
        element = c;
    }
    return false;
}

const SEPARATORS = new Set([',', '，', '、']);

/** A repeated element lays out one item per line only inside a `{ … }` block (or at the top of the file). */
function inBraces(element: GrammarAST.AbstractElement): boolean {
    let c: unknown = element.$container;
    while (c && !GrammarAST.isParserRule(c)) {
        if (GrammarAST.isGroup(c) && c.elements.some((e) => GrammarAST.isKeyword(e) && e.value === '{')) return true;
        c = (c as GrammarAST.AbstractElement).$container;
    }
    return GrammarAST.isParserRule(c) && c.entry;
}

/** The composite CST node produced by `rule` that contains `node`. */
function ruleNode(node: CstNode, rule: GrammarAST.ParserRule): CstNode | undefined {
    let n: CstNode | undefined = node.container;
    while (n) {
        const g = n.grammarSource;
        if (GrammarAST.isRuleCall(g) && g.rule.ref === rule) return n;
        if (n.astNode && n.astNode.$cstNode === n && GrammarAST.isParserRule(rule) && n.astNode.$type === rule.name) return n;
        n = n.container;
    }
    return undefined;
}

