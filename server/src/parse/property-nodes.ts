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

/** Forgets the index of a node whose CST children were replaced (a re-parsed block's parent). */
export function dropPropertyNodes(node: AstNode): void {
    cache.delete(node);
}

/** The node of one list element, or (no index) of a single-valued property: the last one written, as in the AST. */
export function propertyNode(node: AstNode, property: string, index?: number): CstNode | undefined {
    const nodes = propertyNodes(node, property);
    return index === undefined ? nodes[nodes.length - 1] : nodes[index];
}

/** Per grammar element: the property it assigns (null: none), or 'wrapper' for an unassigned call of a node-producing rule. */
const elementKind = new WeakMap<object, string | null>();
const WRAPPER = '\u0000wrapper';

function kindOf(g: GrammarAST.AbstractElement | undefined): string | null {
    if (!g) return null;
    let kind = elementKind.get(g);
    if (kind === undefined) {
        kind = AstUtils.getContainerOfType(g, GrammarAST.isAssignment)?.feature ?? null;
        if (kind === null && GrammarAST.isRuleCall(g) && GrammarAST.isParserRule(g.rule.ref) && !GrammarUtils.isDataTypeRule(g.rule.ref)) kind = WRAPPER;
        elementKind.set(g, kind);
    }
    return kind;
}

function collect(owner: AstNode, cst: CstNode, index: Map<string, CstNode[]>): void {
    for (const child of (cst as { content?: CstNode[] }).content ?? []) {
        const kind = kindOf(child.grammarSource as GrammarAST.AbstractElement | undefined);
        // An unassigned call of a rule that returns this very node (Member: Returns | …) wraps it.
        if (kind === WRAPPER && child.astNode === owner) {
            collect(owner, child, index);
            continue;
        }
        const feature = kind === WRAPPER ? null : kind;
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
