/**
 * The token builder (parse/tokens.ts) decides each keyword's longer alternatives (the terminals a
 * keyword is also the start of, so `售后服务` lexes as one ID rather than a keyword and the rest) with
 * its own cached regexps: the decision must be Langium's own, keyword for keyword.
 */
import { AstUtils, DefaultTokenBuilder, EmptyFileSystem, GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createAsplCoreServices } from '../../server/src/parse/aspl-module.js';

const services = createAsplCoreServices(EmptyFileSystem).Aspl;
const longerAlts = (tokens: TokenType[]) => Object.fromEntries(tokens.map((t) => [t.name, ([] as TokenType[]).concat(t.LONGER_ALT ?? []).map((a) => a.name)]));

describe('keyword tokens', () => {
    it("have Langium's longer alternatives, for every keyword in both languages", () => {
        const ours = longerAlts(services.parser.TokenBuilder.buildTokens(services.Grammar) as TokenType[]);
        const langium = longerAlts(new DefaultTokenBuilder().buildTokens(services.Grammar) as TokenType[]);
        expect(ours).toEqual(langium);
        // not vacuous: hundreds of keywords, most of them with an ID as longer alternative
        const withAlt = Object.values(ours).filter((a) => a.length > 0);
        expect(Object.keys(ours).length).toBeGreaterThan(200);
        expect(withAlt.length).toBeGreaterThan(100);
        expect(ours['不保修']).toContain('ID');
    });
});

describe('the parser bundles (build/bundle.mjs: one array of alternatives per alternation)', () => {
    // The bundles build Langium's alternatives once per alternation instead of once per call; that is
    // the same parser only while no rule takes parameters, no call passes arguments and no element is guarded.
    it('rest on a grammar without rule parameters, arguments or guards', () => {
        let rules = 0, calls = 0;
        for (const rule of services.Grammar.rules) {
            if (!GrammarAST.isParserRule(rule)) continue;
            rules++;
            expect(rule.parameters, rule.name).toEqual([]);
            for (const node of AstUtils.streamAllContents(rule)) {
                if (GrammarAST.isRuleCall(node)) { calls++; expect(node.arguments, rule.name).toEqual([]); }
                expect((node as { guardCondition?: unknown }).guardCondition, rule.name).toBeUndefined();
            }
        }
        expect(rules).toBeGreaterThan(50);
        expect(calls).toBeGreaterThan(100);
    });
});
