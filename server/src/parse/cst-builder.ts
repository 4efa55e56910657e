/**
 * Langium's CST builder appends and inserts hidden nodes (comments) with `push(...nodes)` and
 * `splice(i, 0, ...nodes)`: spreading an array passes every element as a call argument, so a
 * run of ~120,000 comments overflows the stack ("Maximum call stack size exceeded"), which
 * killed the language server and aborted `check`/`fmt` without a position. This builder does
 * the same with loops and concatenation, and the parser below uses it.
 */
import type { ILookaheadStrategy, IToken } from 'chevrotain';
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

    /** Moves only the children after `index` (hidden nodes go in just before the node being built, near the end). */
    override insertChildren(parent: CompositeCstNodeImpl, index: number, children: CstNode[]): void {
        const tail = parent.content.splice(index);
        for (const child of children) this.appendChild(parent, child);
        for (const node of tail) parent.content.push(node);
    }

    /**
     * Langium's version is called before every consumed token, with or without hidden tokens; at the
     * first token of a block it looked the block up from the front of its parent (`indexOf`) and
     * rebuilt the parent's content even with nothing to insert — a policy's members are one parent,
     * so n members cost n² (a tenth of a 100,000-line check). Nothing to add is now nothing done, and
     * the node being built, the last child of its parent, is looked up from the end.
     */
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        const nodes = tokens.map((token) => this.createLeafNode(token, true));
        let current: CompositeCstNodeImpl = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A block with no content yet: its hidden nodes go before it, in the first ancestor that has content before it.
        for (let parent = current.container as CompositeCstNodeImpl | undefined; parent; current = parent, parent = current.container as CompositeCstNodeImpl | undefined) {
            const index = parent.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(parent, index, nodes);
                return;
            }
        }
        this.insertChildren((this as unknown as { rootNode: CompositeCstNodeImpl }).rootNode, 0, nodes);
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
