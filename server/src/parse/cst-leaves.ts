/**
 * Walking the visible tokens of a CST: what edits anchor on (the first keyword, the neighbours of an
 * item), where a block's head starts, where a symbol's name is. The one place for CST leaf helpers.
 */
import { CstUtils, isCompositeCstNode, isLeafCstNode, type CstNode } from 'langium';

/** The non-hidden leaves of a node, in order. */
export function leaves(node: CstNode): CstNode[] {
    return CstUtils.streamCst(node).filter(isLeafCstNode).filter((l) => !l.hidden).toArray();
}

/** The first visible leaf (a block's opening keyword), without listing the rest (or making a stream: every block's head asks). */
export function firstLeaf(node: CstNode): CstNode | undefined {
    if (!isCompositeCstNode(node)) return isLeafCstNode(node) && !node.hidden ? node : undefined;
    for (const child of node.content) {
        const leaf = firstLeaf(child);
        if (leaf) return leaf;
    }
    return undefined;
}

export function previousLeaf(node: CstNode): CstNode | undefined {
    const all = leaves(node.root);
    const i = all.findIndex((l) => l.offset >= node.offset);
    return i > 0 ? all[i - 1] : undefined;
}

export function nextLeaf(node: CstNode): CstNode | undefined {
    const all = leaves(node.root);
    return all.find((l) => l.offset >= node.end);
}
