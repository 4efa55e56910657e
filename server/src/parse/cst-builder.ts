/**
 * Langium's CST builder appends and inserts hidden nodes (comments) with `push(...nodes)` and
 * `splice(i, 0, ...nodes)`: spreading an array passes every element as a call argument, so a
 * run of ~120,000 comments overflows the stack ("Maximum call stack size exceeded"), which
 * killed the language server and aborted `check`/`fmt` without a position. This builder does
 * the same with loops and concatenation, and the parser below uses it.
 */
import { CstNodeBuilder, LangiumParser, createParser, type CompositeCstNodeImpl, type CstNode, type LangiumCoreServices } from 'langium';

class SpreadFreeCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNodeImpl, children: CstNode[]): void {
        if (parent.content.length === 0) {
            for (const child of children) (child as { container?: CompositeCstNodeImpl }).container = parent;
            parent.content = children.slice();
            return;
        }
        for (const child of children) this.appendChild(parent, child);
    }

    override insertChildren(parent: CompositeCstNodeImpl, index: number, children: CstNode[]): void {
        for (const child of children) (child as { container?: CompositeCstNodeImpl }).container = parent;
        parent.content = parent.content.slice(0, index).concat(children, parent.content.slice(index));
    }
}

/** Langium's parser (as `createLangiumParser` builds it) with the spread-free CST builder. */
export function createAsplParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new SpreadFreeCstNodeBuilder();
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
