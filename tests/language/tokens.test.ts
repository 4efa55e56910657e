/**
 * The token builder (parse/tokens.ts) decides each keyword's longer alternatives (the terminals a
 * keyword is also the start of, so `售后服务` lexes as one ID rather than a keyword and the rest) with
 * its own cached regexps: the decision must be Langium's own, keyword for keyword.
 */
import { DefaultTokenBuilder, EmptyFileSystem } from 'langium';
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
