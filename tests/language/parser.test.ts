/**
 * Our parser's `parse` is Langium's with the container links set by parse/ast-walk.ts: it must stay
 * Langium's (this test holds the copied steps to Langium's code, so an upgrade that changes them
 * fails here), and on every sample and fixture it must give the very tree Langium's gives — the same
 * properties in the same order on every node, the same container, property and index.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, LangiumParser, isAstNode, type AstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAsplCoreServices } from '../../server/src/parse/aspl-module.js';

const root = join(__dirname, '../..');
function policies(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? policies(p) : f.endsWith('.aspl') ? [p] : [];
    });
}

/** Every AST node of a tree, in pre-order, with what it holds. */
function nodes(node: AstNode, out: AstNode[] = []): AstNode[] {
    out.push(node);
    for (const [k, v] of Object.entries(node)) {
        if (k.startsWith('$')) continue;
        if (Array.isArray(v)) v.forEach((x) => isAstNode(x) && nodes(x, out));
        else if (isAstNode(v)) nodes(v, out);
    }
    return out;
}

describe('parser', () => {
    const { Aspl } = createAsplCoreServices(EmptyFileSystem);
    const parser = Aspl.parser.LangiumParser;

    it('copies the steps of Langium\'s parse', () => {
        const langium = LangiumParser.prototype.parse.toString().replace(/\s+/g, ' ');
        for (const step of [
            'this.nodeBuilder.buildRootNode(input); const lexerResult = this.lexerResult = this.lexer.tokenize(input); this.wrapper.input = lexerResult.tokens;',
            'const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;',
            'const result = this.doParse(ruleMethod); this.nodeBuilder.addHiddenNodes(lexerResult.hidden); this.unorderedGroups.clear(); this.lexerResult = undefined; linkContentToContainer(result, { deep: true }); return { value: result, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: this.wrapper.errors };',
        ]) expect(langium).toContain(step);
    });

    it('builds the tree Langium\'s parse builds, containers included', () => {
        const files = [...policies(join(root, 'samples')), ...policies(join(root, 'tests/fixtures'))];
        expect(files.length).toBeGreaterThan(20);
        let count = 0;
        for (const f of files) {
            const text = readFileSync(f, 'utf8');
            const ours = nodes(parser.parse(text).value);
            const theirs = nodes((LangiumParser.prototype.parse.call(parser, text) as ParseResult).value);
            expect(ours.length).toBe(theirs.length);
            const at = new Map(theirs.map((n, i) => [n, i]));
            const index = new Map(ours.map((n, i) => [n, i]));
            ours.forEach((n, i) => {
                const t = theirs[i];
                expect(Object.keys(n)).toEqual(Object.keys(t));
                expect([n.$type, n.$containerProperty, n.$containerIndex]).toEqual([t.$type, t.$containerProperty, t.$containerIndex]);
                expect(n.$container && index.get(n.$container)).toBe(t.$container && at.get(t.$container));
            });
            count += ours.length;
        }
        expect(count).toBeGreaterThan(1_500);
    });

    it('gives a broken policy the containers Langium gives it', () => {
        const text = 'policy p {\n  service repair {\n    respond 2 hours city,\n  }\n  fee f "x" 12\n  channel {\n}\n';
        const ours = nodes(parser.parse(text).value);
        const theirs = nodes((LangiumParser.prototype.parse.call(parser, text) as ParseResult).value);
        expect(ours.map((n) => [n.$type, n.$containerProperty, n.$containerIndex, Object.keys(n).join()]))
            .toEqual(theirs.map((n) => [n.$type, n.$containerProperty, n.$containerIndex, Object.keys(n).join()]));
    });
});
