/**
 * Langium's CST builder appends and inserts hidden nodes (comments) with `push(...nodes)` and
 * `splice(i, 0, ...nodes)`: spreading an array passes every element as a call argument, so a
 * run of ~120,000 comments overflows the stack ("Maximum call stack size exceeded"), which
 * killed the language server and aborted `check`/`fmt` without a position. This builder does
 * the same with loops and concatenation, and the parser below uses it.
 */
import type { ILookaheadStrategy } from 'chevrotain';
import { CstNodeBuilder, LangiumParser, createParser, type AstNode, type CompositeCstNodeImpl, type CstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import { LazyLookaheadStrategy } from './lazy-lookahead.js';

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

/**
 * Langium's parser keeps the last input's tokens (chevrotain) and CST root (the node builder)
 * until the next parse: after a 100,000-line policy is closed, its whole tree stayed reachable
 * from the parser. This one lets go of both after each parse.
 */
class ReleasingParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            return super.parse<T>(input, options);
        } finally {
            const self = this as unknown as { wrapper: { input: unknown[] }; nodeBuilder: { rootNode?: unknown; nodeStack: unknown[] } };
            self.wrapper.input = [];
            self.nodeBuilder.rootNode = undefined;
            self.nodeBuilder.nodeStack = [];
        }
    }
}

/**
 * Langium's parser (as `createLangiumParser` builds it) with the spread-free CST builder, releasing
 * its input after each parse, its lookahead functions built when first needed.
 */
export function createAsplParser(services: LangiumCoreServices): LangiumParser {
    const parser = new ReleasingParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new SpreadFreeCstNodeBuilder();
    const wrapper = (parser as unknown as { wrapper: { lookaheadStrategy: ILookaheadStrategy } }).wrapper;
    wrapper.lookaheadStrategy = new LazyLookaheadStrategy(wrapper.lookaheadStrategy);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
