/**
 * The value converter decides once per grammar element what Langium's would decide per token, and
 * unquotes an escape-free string in one slice: on every token of every sample and fixture, and on
 * strings with escapes in both quote styles, it gives what Langium's converter (with our two rules)
 * gives — the same value of the same type.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, DefaultValueConverter, EmptyFileSystem, isLeafCstNode, URI, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAsplCoreServices } from '../../server/src/parse/aspl-module.js';
import type { AsplValueConverter } from '../../server/src/parse/value-converter.js';

/** What the converter did before: Langium's, with percentages and clause ids as ours. */
class LangiumConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'PERCENT') return Number.parseFloat(input);
        if (rule.name === 'ClauseId') return cstNode.text;
        return super.runConverter(rule, input, cstNode);
    }
}

const root = join(__dirname, '../..');
function policies(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? policies(p) : f.endsWith('.aspl') ? [p] : [];
    });
}

describe('value converter', () => {
    const { shared, Aspl } = createAsplCoreServices(EmptyFileSystem);
    const ours = Aspl.parser.ValueConverter as AsplValueConverter;
    const langium = new LangiumConverter();
    const parse = (text: string, name: string) => shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/v/${name}.aspl`)).parseResult;

    /** Every visible leaf of a parse with what both converters make of it. */
    function compare(text: string, name: string): number {
        const cst = parse(text, name).value.$cstNode!;
        let n = 0;
        for (const leaf of CstUtils.streamCst(cst).filter(isLeafCstNode)) {
            if (leaf.hidden || !leaf.grammarSource) continue;
            const mine = ours.convert(leaf.text, leaf);
            expect(typeof mine).toBe(typeof langium.convert(leaf.text, leaf));
            expect(mine).toEqual(langium.convert(leaf.text, leaf));
            n++;
        }
        return n;
    }

    it('converts every token of the samples and fixtures as Langium does', () => {
        const files = [...policies(join(root, 'samples')), ...policies(join(root, 'tests/fixtures'))];
        let tokens = 0;
        for (const f of files) tokens += compare(readFileSync(f, 'utf8'), f.replace(/\W/g, '_'));
        expect(files.length).toBeGreaterThan(20);
        expect(tokens).toBeGreaterThan(5_000);
    });

    it('resolves escapes as Langium does, in both quote styles, and slices strings without them', () => {
        const text = [
            'policy p {', '  statement "plain words"', '  statement "tab\\there \\"quoted\\" back\\\\slash"',
            '  statement “中文\\n换行”', '  statement “没有转义”', '  statement ""', '}',
        ].join('\n');
        expect(parse(text, 'escapes').parserErrors).toEqual([]);
        expect(compare(text, 'escapes')).toBeGreaterThan(10);
        const statements = (parse(text, 'escapes2').value as unknown as { policy: { members: Array<{ text: string }> } }).policy.members.map((m) => m.text);
        expect(statements).toEqual(['plain words', 'tab\there "quoted" back\\slash', '中文\n换行', '没有转义', '']);
    });

    it('gives percentages as numbers and clause ids as written', () => {
        const text = 'policy p {\n  satisfaction { target 95.5% }\n  waive GB-T-27922 4.10 "reason"\n}';
        const result = parse(text, 'numbers');
        const members = (result.value as unknown as { policy: { members: Array<Record<string, unknown>> } }).policy.members;
        expect(members[0].target).toBe(95.5);
        expect(members[1].clause).toBe('4.10');
        compare(text, 'numbers');
    });
});
