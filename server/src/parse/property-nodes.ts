import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { isDataTypeRule } from './grammar-map.js';

/**
 * The index of one AST node: the property each of its CST children assigns (in source order) and
 * that child, as two parallel lists. Indexes are reused for the next node asked about, so building
 * one allocates nothing once its lists have grown (a Map of lists per node was a twentieth of what
 * a realistic policy allocated, built twice per node: by the duplicate-field check and the normalizer).
 */
class Index {
    node: AstNode | undefined;
    /** Entries in use; the lists are never shortened (setting an array's length to 0 gives up its storage). */
    size = 0;
    readonly features: string[] = [];
    readonly nodes: Array<CstNode | undefined> = [];

    fill(node: AstNode): void {
        const before = this.size;
        this.node = node;
        this.size = 0;
        if (node.$cstNode) collect(node, node.$cstNode, this);
        // the entries past the new end let go of the last node's CST (it would keep its document alive)
        for (let i = this.size; i < before; i++) this.nodes[i] = undefined;
    }

    add(feature: string, node: CstNode): void {
        this.features[this.size] = feature;
        this.nodes[this.size++] = node;
    }
}

/**
 * The indexes of the nodes asked about last. Callers ask for several properties of one node in a
 * row (the duplicate-field check, the normalizer, which also visits a child or two in between), so a
 * few recent indexes serve nearly every call; an index kept for every node held ~25 MB at 100,000
 * lines, all of it copied by the garbage collector.
 */
const RECENT = 4;
const recent: Index[] = Array.from({ length: RECENT }, () => new Index());

function indexOf(node: AstNode): Index {
    for (let i = 0; i < RECENT; i++) {
        const entry = recent[i];
        if (entry.node !== node) continue;
        if (i > 0) {
            recent.copyWithin(1, 0, i);
            recent[0] = entry;
        }
        return entry;
    }
    // the least recent goes to the front, filled for this node
    const entry = recent[RECENT - 1];
    recent.copyWithin(1, 0, RECENT - 1);
    recent[0] = entry;
    entry.fill(node);
    return entry;
}

const NONE: readonly CstNode[] = Object.freeze([]);

/**
 * The CST nodes of a property of an AST node, in source order. Langium's findNodesForProperty
 * walks the node's whole subtree on every call; the normalizer asks for many properties of
 * every node, so each node is indexed once while it is being read (measured: half the model-building
 * time at 20,000 lines).
 */
export function propertyNodes(node: AstNode, property: string): readonly CstNode[] {
    const { features, nodes, size } = indexOf(node);
    let found: CstNode[] | undefined;
    for (let i = 0; i < size; i++) if (features[i] === property) (found ??= []).push(nodes[i]!);
    return found ?? NONE;
}

/** Forgets the index of a node whose CST children were replaced (a re-parsed block's parent). */
export function dropPropertyNodes(node: AstNode): void {
    for (const entry of recent) if (entry.node === node) entry.node = undefined;
}

/** The node of one list element, or (no index) of a single-valued property: the last one written, as in the AST. */
export function propertyNode(node: AstNode, property: string, index?: number): CstNode | undefined {
    const { features, nodes, size } = indexOf(node);
    if (index === undefined) {
        for (let i = size - 1; i >= 0; i--) if (features[i] === property) return nodes[i];
        return undefined;
    }
    for (let i = 0, n = 0; i < size; i++) if (features[i] === property && n++ === index) return nodes[i];
    return undefined;
}

/** Per grammar element: the property it assigns (null: none), or 'wrapper' for an unassigned call of a node-producing rule. */
const elementKind = new WeakMap<object, string | null>();
const WRAPPER = '\u0000wrapper';

function kindOf(g: GrammarAST.AbstractElement | undefined): string | null {
    if (!g) return null;
    let kind = elementKind.get(g);
    if (kind === undefined) {
        kind = AstUtils.getContainerOfType(g, GrammarAST.isAssignment)?.feature ?? null;
        if (kind === null && GrammarAST.isRuleCall(g) && GrammarAST.isParserRule(g.rule.ref) && !isDataTypeRule(g.rule.ref)) kind = WRAPPER;
        elementKind.set(g, kind);
    }
    return kind;
}

function collect(owner: AstNode, cst: CstNode, index: Index): void {
    const content = (cst as { content?: CstNode[] }).content;
    if (!content) return;
    for (const child of content) {
        const kind = kindOf(child.grammarSource as GrammarAST.AbstractElement | undefined);
        // An unassigned call of a rule that returns this very node (Member: Returns | …) wraps it.
        if (kind === WRAPPER && child.astNode === owner) {
            collect(owner, child, index);
            continue;
        }
        const feature = kind === WRAPPER ? null : kind;
        // Only the owner's own composites are walked, so any assigned child here is the owner's property.
        if (feature) {
            index.add(feature, child);
        } else if (isCompositeCstNode(child) && child.astNode === owner) {
            // (a leaf holds nothing to collect: its AST node is not even asked, which walks up the tree)
            collect(owner, child, index);
        }
    }
}
