/**
 * The grammar's rules as chevrotain calls, as Langium's `createParser` builds them, without its
 * allocations per call. Langium's builder supports rule parameters and guards, so every call of an
 * alternative builds a fresh array of `{ ALT: () => … }` objects (one closure each), every option and
 * repetition a fresh `{ DEF, GATE }` and every group a closure for `forEach`: on a 100,000-line
 * policy more than half of all the bytes the check allocated. Our grammar has no parameters or
 * guards, so each of those objects is the same on every call and is built once here.
 *
 * The decisions are numbered exactly as Langium numbers them (the same counters, in the same order),
 * so chevrotain records the same grammar and parses, recovers and reports as before;
 * tests/language/parser-builder.test.ts holds trees and errors to Langium's builder.
 * A grammar construct this builder does not handle fails when the parser is made, naming it.
 */
import type { TokenType, TokenVocabulary } from 'chevrotain';
import { AstUtils, GrammarAST, GrammarUtils, type Grammar, type LangiumParser } from 'langium';

type Method = () => void;
/** The rule parser's `subrule` (typed in Langium as taking rule arguments, which our rules never read). */
type RuleMethod = Parameters<LangiumParser['subrule']>[1];

interface Context {
    parser: LangiumParser;
    tokens: Record<string, TokenType>;
    consume: number;
    optional: number;
    subrule: number;
    many: number;
    or: number;
}

/** The one arguments object every rule is called with: no rule has parameters, so none reads it. */
const NO_ARGS = {};

/** Defines every reachable parser rule of `grammar` on `parser` (in Langium's order). */
export function buildParserRules(grammar: Grammar, parser: LangiumParser, tokens: TokenVocabulary): void {
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (!reachable.has(rule)) continue;
        if (GrammarAST.isInfixRule(rule)) unsupported('infix rule', rule.name);
        if (!GrammarAST.isParserRule(rule)) continue;
        if (rule.parameters.length > 0) unsupported('rule parameters', rule.name);
        const ctx: Context = { parser, tokens: tokens as Record<string, TokenType>, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        parser.rule(rule, buildElement(ctx, rule.definition));
    }
}

function unsupported(what: string, where: string): never {
    throw new Error(`parse/parser-builder.ts does not build ${what} (in ${where}); extend it or use Langium's createParser`);
}

function buildElement(ctx: Context, element: GrammarAST.AbstractElement): Method {
    let method: Method;
    if (GrammarAST.isKeyword(element)) method = buildKeyword(ctx, element);
    else if (GrammarAST.isAssignment(element)) method = buildElement(ctx, element.terminal);
    else if (GrammarAST.isCrossReference(element)) method = buildCrossReference(ctx, element);
    else if (GrammarAST.isRuleCall(element)) method = buildRuleCall(ctx, element);
    else if (GrammarAST.isAlternatives(element)) method = buildAlternatives(ctx, element);
    else if (GrammarAST.isGroup(element)) method = buildGroup(ctx, element);
    else unsupported(element.$type, ruleOf(element));
    return repeat(ctx, method, element.cardinality);
}

function ruleOf(element: GrammarAST.AbstractElement): string {
    return AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name ?? '?';
}

function buildKeyword(ctx: Context, keyword: GrammarAST.Keyword): Method {
    const idx = ctx.consume++;
    const token = ctx.tokens[keyword.value];
    if (!token) throw new Error(`Could not find token for keyword: ${keyword.value}`);
    const { parser } = ctx;
    return () => parser.consume(idx, token, keyword);
}

function buildRuleCall(ctx: Context, ruleCall: GrammarAST.RuleCall): Method {
    const rule = ruleCall.rule.ref;
    const { parser } = ctx;
    if (GrammarAST.isParserRule(rule)) {
        if (ruleCall.arguments.length > 0) unsupported('rule arguments', ruleOf(ruleCall));
        const idx = ctx.subrule++;
        const fragment = rule.fragment;
        let subrule: RuleMethod | undefined;
        return () => {
            subrule ??= ruleMethod(ctx, rule);
            parser.subrule(idx, subrule, fragment, ruleCall, NO_ARGS);
        };
    }
    if (GrammarAST.isTerminalRule(rule)) {
        const idx = ctx.consume++;
        const token = tokenOf(ctx, rule.name);
        return () => parser.consume(idx, token, ruleCall);
    }
    if (!rule) throw new Error(`Undefined rule: ${ruleCall.rule.$refText}`);
    return unsupported(rule.$type, ruleOf(ruleCall));
}

function buildCrossReference(ctx: Context, crossRef: GrammarAST.CrossReference): Method {
    const terminal = crossRef.terminal ?? (crossRef.type.ref && GrammarUtils.findNameAssignment(crossRef.type.ref)?.terminal);
    if (!terminal) throw new Error(`Could not find the name of ${crossRef.type.$refText}`);
    const { parser } = ctx;
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
        // a data type rule
        const rule = terminal.rule.ref;
        const idx = ctx.subrule++;
        let subrule: RuleMethod | undefined;
        return () => {
            subrule ??= ruleMethod(ctx, rule);
            parser.subrule(idx, subrule, false, crossRef, NO_ARGS);
        };
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
        const idx = ctx.consume++;
        const token = tokenOf(ctx, terminal.rule.ref.name);
        return () => parser.consume(idx, token, crossRef);
    }
    if (GrammarAST.isKeyword(terminal)) {
        const idx = ctx.consume++;
        const token = tokenOf(ctx, terminal.value);
        return () => parser.consume(idx, token, crossRef);
    }
    throw new Error('Could not build cross reference parser');
}

function buildAlternatives(ctx: Context, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) return buildElement(ctx, alternatives.elements[0]);
    const alts = alternatives.elements.map((element) => ({ ALT: buildElement(ctx, element) }));
    const idx = ctx.or++;
    const { parser } = ctx;
    return () => parser.alternatives(idx, alts);
}

function buildGroup(ctx: Context, group: GrammarAST.Group): Method {
    if (group.guardCondition) unsupported('guard conditions', ruleOf(group));
    const methods = group.elements.map((e) => buildElement(ctx, e));
    return () => {
        for (let i = 0; i < methods.length; i++) methods[i]();
    };
}

function repeat(ctx: Context, method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
    const { parser } = ctx;
    switch (cardinality) {
        case undefined:
            return method;
        case '*': {
            const idx = ctx.many++;
            const options = { DEF: method, GATE: undefined };
            return () => parser.many(idx, options);
        }
        case '+': {
            const idx = ctx.many++;
            const options = { DEF: method };
            return () => parser.atLeastOne(idx, options);
        }
        case '?': {
            const idx = ctx.optional++;
            const options = { DEF: method, GATE: undefined };
            return () => parser.optional(idx, options);
        }
    }
}

function ruleMethod(ctx: Context, rule: GrammarAST.ParserRule): RuleMethod {
    const method = ctx.parser.getRule(rule.name);
    if (!method) throw new Error(`Rule "${rule.name}" not found.`);
    return method;
}

function tokenOf(ctx: Context, name: string): TokenType {
    const token = ctx.tokens[name];
    if (!token) throw new Error(`Token "${name}" not found`);
    return token;
}
