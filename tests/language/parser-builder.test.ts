/**
 * parse/parser-builder.ts builds the grammar's rules once instead of per call: the parser it makes
 * must be Langium's. Here a stock Langium parser (its `createParser`, its chevrotain wrapper, its
 * CST builder) and ours parse the samples, the fixtures and broken variants of them (cut short,
 * spans deleted, stray tokens inserted, so error recovery runs), and give the same AST (types,
 * values, references' texts), the same CST (every node's span, token type, grammar element,
 * AST node) and the same lexer and parser errors.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST, LangiumParser, createParser, isAstNode, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ParseResult } from 'langium';
import { createServicesForGrammar } from 'langium/grammar';
import { describe, expect, it } from 'vitest';
import { createAsplCoreServices } from '../../server/src/parse/aspl-module.js';
import { buildParserRules } from '../../server/src/parse/parser-builder.js';

const root = join(__dirname, '../..');
function policies(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? policies(p) : f.endsWith('.aspl') ? [p] : [];
    });
}

/** A small deterministic generator (the variants are the same on every run). */
function random(seed: number) {
    let s = seed >>> 0;
    return (n: number) => {
        s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
        return s % n;
    };
}

/** What a parse gives, as plain data: grammar elements by their index in the grammar, AST nodes by their pre-order index. */
function describeParse(result: ParseResult, elements: Map<unknown, number>) {
    const order = new Map<AstNode, number>();
    const ast: unknown[] = [];
    const visit = (node: AstNode) => {
        order.set(node, order.size);
        const entry: Record<string, unknown> = { $type: node.$type, $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex };
        ast.push(entry);
        for (const [k, v] of Object.entries(node)) {
            if (k.startsWith('$')) continue;
            const one = (x: unknown): unknown => (isAstNode(x) ? (visit(x), `#${order.get(x)}`) : isReference(x) ? { ref: x.$refText } : x);
            entry[k] = Array.isArray(v) ? v.map(one) : one(v);
        }
    };
    visit(result.value);
    const cst: unknown[] = [];
    const walk = (node: CstNode) => {
        cst.push([isLeafCstNode(node) ? 'leaf' : 'composite', node.offset, node.length, node.hidden, isLeafCstNode(node) ? node.tokenType.name : undefined,
            node.grammarSource && elements.get(node.grammarSource), order.get(node.astNode), node.range]);
        if (isCompositeCstNode(node)) node.content.forEach(walk);
    };
    if (result.value.$cstNode) walk(result.value.$cstNode.root);
    return {
        ast, cst,
        lexerErrors: result.lexerErrors.map((e) => [e.offset, e.length, e.message]),
        parserErrors: result.parserErrors.map((e) => [e.name, e.message, e.token.startOffset, e.token.image, e.context.ruleStack.join('/')]),
    };
}

describe('parser builder', () => {
    const { Aspl } = createAsplCoreServices(EmptyFileSystem);
    const ours = Aspl.parser.LangiumParser;
    const langium = new LangiumParser(Aspl);
    createParser(Aspl.Grammar, langium, Aspl.parser.Lexer.definition);
    langium.finalize();
    const elements = new Map<unknown, number>([...AstUtils.streamAst(Aspl.Grammar)].map((n, i) => [n, i]));
    const same = (text: string) => expect(describeParse(ours.parse(text), elements)).toEqual(describeParse(langium.parse(text), elements));

    const files = [...policies(join(root, 'samples')), ...policies(join(root, 'tests/fixtures'))];
    const texts = files.map((f) => readFileSync(f, 'utf8'));

    it('parses every sample and fixture as Langium\'s builder does', () => {
        expect(files.length).toBeGreaterThan(20);
        let errors = 0;
        for (const text of texts) {
            same(text);
            errors += ours.parse(text).parserErrors.length;
        }
        // the fixtures hold broken policies too, so recovery is compared here already
        expect(errors).toBeGreaterThan(0);
    });

    it('recovers from broken policies as Langium\'s builder does', () => {
        const next = random(18);
        const stray = ['}', '{', '服务', 'service', '"x"', '、', '12', '响应', 'fee', '2小时内', ')', '政策'];
        let broken = 0;
        for (let round = 0; round < 300; round++) {
            const text = texts[next(texts.length)];
            const at = next(text.length + 1);
            const variant = round % 3 === 0 ? text.slice(0, at)
                : round % 3 === 1 ? text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + next(40)))
                    : `${text.slice(0, at)} ${stray[next(stray.length)]} ${text.slice(at)}`;
            same(variant);
            if (ours.parse(variant).parserErrors.length > 0) broken++;
        }
        expect(broken).toBeGreaterThan(150);
    });

    it('refuses a grammar construct it does not build, naming it', async () => {
        const guarded = await createServicesForGrammar({ grammar: 'grammar G\nentry Main<p>: <p> name=ID | "x" name=ID;\nterminal ID: /[a-z]+/;\nhidden terminal WS: /\\s+/;' });
        expect(() => buildParserRules(guarded.Grammar, new LangiumParser(guarded), guarded.parser.Lexer.definition))
            .toThrow(/does not build rule parameters \(in Main\)/);
        const plain = await createServicesForGrammar({ grammar: 'grammar G\nentry Main: items+=Item*;\nItem: "item" name=ID ("," more+=ID)* | "ref" ref=[Item:ID];\nterminal ID: /[a-z]+/;\nhidden terminal WS: /\\s+/;' });
        expect(GrammarAST.isParserRule(plain.Grammar.rules[0])).toBe(true);
        expect(() => buildParserRules(plain.Grammar, new LangiumParser(plain), plain.parser.Lexer.definition)).not.toThrow();
    });
});
