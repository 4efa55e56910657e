/**
 * Walking every AST node of a parse without allocating per node: the parser gives each node its
 * container once, and the linker and the validator walk the tree over explicit stacks. Properties
 * are read with for…in, which goes in Object.keys' order without making a list of names per node.
 */
import { isAstNode, type AstNode } from 'langium';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Langium's linkContentToContainer (deep): each child AST node's container, property and (in a list) index, set in that order. */
export function linkContainers(node: AstNode): void {
    const values = node as unknown as Record<string, unknown>;
    for (const name in values) {
        if (name.charCodeAt(0) === 36 /* $ */) continue;
        const value = values[name];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const item: unknown = value[i];
                if (!isAstNode(item)) continue;
                const child = item as Mutable<AstNode>;
                child.$container = node;
                child.$containerProperty = name;
                child.$containerIndex = i;
                linkContainers(child);
            }
        } else if (isAstNode(value)) {
            const child = value as Mutable<AstNode>;
            child.$container = node;
            child.$containerProperty = name;
            linkContainers(child);
        }
    }
}

/** Turns around the end of a list, from `from` on: children pushed in order then come off a stack first to last. */
export function reverseFrom(list: unknown[], from: number): void {
    for (let i = from, j = list.length - 1; i < j; i++, j--) {
        const t = list[i];
        list[i] = list[j];
        list[j] = t;
    }
}
