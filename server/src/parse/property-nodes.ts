import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode } from 'langium';

const cache = new WeakMap<AstNode, Map<string, CstNode[]>>();

/**
 * The CST nodes of a property of an AST node, in source order. Langium's findNodesForProperty
 * walks the node's whole subtree on every call; the normalizer asks for many properties of
 * every node, so we index each node once (measured: half the model-building time at 20,000 lines).
 */
export function propertyNodes(node: AstNode, property: string): CstNode[] {
    let index = cache.get(node);
    if (!index) {
        index = new Map();
        if (node.$cstNode) collect(node, node.$cstNode, index);
        cache.set(node, index);
    }
    return index.get(property) ?? [];
}

/** The node of one list element, or (no index) of a single-valued property: the last one written, as in the AST. */
export function propertyNode(node: AstNode, property: string, index?: number): CstNode | undefined {
    const nodes = propertyNodes(node, property);
    return index === undefined ? nodes[nodes.length - 1] : nodes[index];
}

function collect(owner: AstNode, cst: CstNode, index: Map<string, CstNode[]>): void {
    for (const child of (cst as { content?: CstNode[] }).content ?? []) {
        // An unassigned call of a rule that returns this very node (Member: Returns | …) wraps it.
        const g = child.grammarSource;
        if (child.astNode === owner && GrammarAST.isRuleCall(g) && GrammarAST.isParserRule(g.rule.ref) && !GrammarUtils.isDataTypeRule(g.rule.ref)) {
            collect(owner, child, index);
            continue;
        }
        const feature = AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature;
        // Only the owner's own composites are walked, so any assigned child here is the owner's property.
        if (feature) {
            let list = index.get(feature);
            if (!list) index.set(feature, (list = []));
            list.push(child);
        } else if (child.astNode === owner) {
            collect(owner, child, index);
        }
    }
}
