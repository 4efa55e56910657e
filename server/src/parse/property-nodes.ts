import { AstUtils, GrammarAST, GrammarUtils, type AstNode, type CstNode } from 'langium';

/**
 * The indexes of the nodes asked about last. Callers ask for several properties of one node in a
 * row (the duplicate-field check, the normalizer, which also visits a child or two in between), so a
 * few recent indexes serve nearly every call; an index kept for every node held ~25 MB at 100,000
 * lines, all of it copied by the garbage collector.
 */
const RECENT = 4;
const recent: Array<{ node: AstNode; index: Map<string, CstNode[]> }> = [];

/**
 * The CST nodes of a property of an AST node, in source order. Langium's findNodesForProperty
 * walks the node's whole subtree on every call; the normalizer asks for many properties of
 * every node, so each node is indexed once while it is being read (measured: half the model-building
 * time at 20,000 lines).
 */
export function propertyNodes(node: AstNode, property: string): CstNode[] {
    let entry = recent.find((e) => e.node === node);
    if (!entry) {
        entry = { node, index: new Map() };
        if (node.$cstNode) collect(node, node.$cstNode, entry.index);
        if (recent.unshift(entry) > RECENT) recent.pop();
    }
    return entry.index.get(property) ?? [];
}

/** Forgets the index of a node whose CST children were replaced (a re-parsed block's parent). */
export function dropPropertyNodes(node: AstNode): void {
    const i = recent.findIndex((e) => e.node === node);
    if (i >= 0) recent.splice(i, 1);
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
