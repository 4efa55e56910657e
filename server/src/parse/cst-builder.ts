/**
 * Langium's CST builder appends and inserts hidden nodes (comments) with `push(...nodes)` and
 * `splice(i, 0, ...nodes)`: spreading an array passes every element as a call argument, so a
 * run of ~120,000 comments overflows the stack ("Maximum call stack size exceeded"), which
 * killed the language server and aborted `check`/`fmt` without a position. This builder does
 * the same with loops and concatenation, and the parser below uses it.
 */
import type { ILookaheadStrategy, IToken } from 'chevrotain';
import { CstNodeBuilder, LangiumParser, type AstNode, type AstReflection, type TypeMetaData, type CompositeCstNodeImpl, type CstNode, type LangiumCoreServices, type LexerResult, type ParseResult, type ParserOptions } from 'langium';
import { LazyLookaheadStrategy } from './lazy-lookahead.js';
import { linkContainers } from './ast-walk.js';
import { buildParserRules } from './parser-builder.js';

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
        // a loop, not tokens.map(token => this…): the arrow would make every call, even this empty one above, allocate a context for `this`
        const nodes: CstNode[] = [];
        for (const token of tokens) nodes.push(this.createLeafNode(token, true));
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

/** The parts of Langium's parser that its `parse` uses (private in its types). */
interface ParserInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void; rootNode?: unknown; nodeStack: unknown[] };
    lexerResult: LexerResult | undefined;
    doParse(rule: unknown): AstNode;
    wrapper: { input: IToken[]; errors: ParseResult['parserErrors'] };
}

/**
 * Langium's parser keeps the last input's tokens (chevrotain) and CST root (the node builder)
 * until the next parse: after a 100,000-line policy is closed, its whole tree stayed reachable
 * from the parser. This one lets go of both after each parse.
 *
 * Its `parse` is Langium's (4.4, tests/language/parser.test.ts holds it to that), except for the
 * last step, which gives every AST node its container: Langium lists each node's properties as
 * [name, value] pairs (Object.entries) and each array's items through a closure, a twelfth of what
 * a realistic policy allocated; {@link linkContainers} sets the same fields in the same order.
 */
class ReleasingParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        const self = this as unknown as ParserInternals;
        try {
            self.nodeBuilder.buildRootNode(input);
            const lexerResult = self.lexerResult = this.lexer.tokenize(input);
            self.wrapper.input = lexerResult.tokens;
            const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
            if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
            const result = self.doParse(ruleMethod);
            self.nodeBuilder.addHiddenNodes(lexerResult.hidden);
            this.unorderedGroups.clear();
            self.lexerResult = undefined;
            linkContainers(result);
            return { value: result as T, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: self.wrapper.errors };
        } finally {
            self.wrapper.input = [];
            self.nodeBuilder.rootNode = undefined;
            self.nodeBuilder.nodeStack = [];
        }
    }
}

/** Chevrotain's options for a subrule call: our rules take no arguments, so one object serves every call. */
const SUBRULE_OPTIONS = { ARGS: [{}] };

/**
 * Langium's parser (as `createLangiumParser` builds it) with the spread-free CST builder, releasing
 * its input after each parse, its lookahead functions built when first needed, its rules built by
 * parse/parser-builder.ts. Langium's chevrotain wrapper wraps every subrule call's arguments in a new
 * `{ ARGS: [args] }`; no rule of ours has parameters, so the same options object is passed each time.
 */
export function createAsplParser(services: LangiumCoreServices): LangiumParser {
    const parser = new ReleasingParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new SpreadFreeCstNodeBuilder();
    const wrapper = (parser as unknown as { wrapper: ChevrotainWrapper }).wrapper;
    wrapper.lookaheadStrategy = new LazyLookaheadStrategy(wrapper.lookaheadStrategy);
    wrapper.wrapSubrule = function (this: ChevrotainWrapper, idx: number, rule: unknown) {
        return this.subrule(idx, rule, SUBRULE_OPTIONS);
    };
    (parser as unknown as { astReflection: unknown }).astReflection = defaultsOnly(services.shared.AstReflection);
    buildParserRules(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/** The parts of Langium's chevrotain wrapper changed above (internal in its types). */
interface ChevrotainWrapper {
    lookaheadStrategy: ILookaheadStrategy;
    wrapSubrule(idx: number, rule: unknown, args: unknown): unknown;
    subrule(idx: number, rule: unknown, options: { ARGS: unknown[] }): unknown;
}

/**
 * The AST reflection as the parser reads it: Langium's parser reads it only to give every node it
 * builds the defaults of the properties the input left unset (`assignMandatoryProperties`: empty
 * lists, false), listing all the properties of the node's type each time (`Object.values`). Here each
 * type lists only its properties that have a default, in the same order: the same defaults set, in
 * the same order, with a list of two or three to walk instead of a dozen.
 */
function defaultsOnly(reflection: AstReflection): Pick<AstReflection, 'getTypeMetaData'> {
    const types = new Map<string, TypeMetaData>();
    return {
        getTypeMetaData(type: string): TypeMetaData {
            let meta = types.get(type);
            if (meta === undefined) {
                const full = reflection.getTypeMetaData(type);
                const properties = Object.fromEntries(Object.entries(full.properties).filter(([, p]) => p.defaultValue !== undefined));
                types.set(type, (meta = { ...full, properties }));
            }
            return meta;
        },
    };
}
