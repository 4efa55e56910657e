/** Walking the visible tokens of a CST: what edits anchor on (the first keyword, the neighbours of an item). */
import { CstUtils, isLeafCstNode, type CstNode } from 'langium';

/** The non-hidden leaves of a node, in order. */
export function leaves(node: CstNode): CstNode[] {
    return CstUtils.streamCst(node).filter(isLeafCstNode).filter((l) => !l.hidden).toArray();
}

export function firstLeaf(node: CstNode): CstNode | undefined {
    return leaves(node)[0];
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
