/**
 * No input under the size limit crashes or stalls the pipeline (red-team reproducers 04, 04b, 05,
 * 06, 16 and 17b). These tests assert results only; had the old quadratic or cubic behaviour come
 * back, they would run past their time-outs (the timings themselves live in `npm run bench`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover } from 'vscode-languageserver-protocol';
import { Analyzer } from '../../server/src/analysis.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import { aspl, assertBuilt, scratch, type JsonOutput } from '../cli/helpers.js';
import { LspClient } from '../lsp/client.js';

const s = scratch('aspl-redteam-pipeline-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());
const analyzer = new Analyzer({ lang: 'en' });
const at = (p: { range: { start: { line: number; character: number } }; message: string }) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`;

/** 130,000 comment lines (520 KB): the CST builder used to spread them into one call and overflow the stack. */
const COMMENTS = 'policy N "n" {\n' + '//c\n'.repeat(130_000) + '  version "1"\n}\n';

describe('04: very many comments', () => {
    it('check parses the file and reports on it (no stack overflow)', async () => {
        const a = await analyzer.analyzeText(COMMENTS, join(s.dir, 'notes.aspl'));
        expect(a.problems.filter((p) => p.severity === 'error').map(at)).toEqual([]);
        expect(a.model?.version?.value).toBe('1');
    });

    it('fmt keeps every comment', async () => {
        const r = await formatPolicyText(COMMENTS);
        expect(r.ok).toBe(true);
        expect(r.ok && r.text).toBe('policy N "n" {\n' + '  //c\n'.repeat(130_000) + '  version "1"\n}\n');
    });
});

describe('04, 04b: the language server survives the file and keeps answering for the others', () => {
    let client: LspClient;
    const ws = join(s.dir, 'ws');
    const good = 'policy G "g" {\n  version "1"\n}\n';
    beforeAll(async () => {
        mkdirSync(ws);
        writeFileSync(join(ws, 'notes.aspl'), COMMENTS);
        writeFileSync(join(ws, 'good.aspl'), good);
        client = await LspClient.start({ rootDir: ws });
    });
    afterAll(async () => { await client?.stop(); });

    it('a workspace merely containing it still answers hover on another file', async () => {
        const uri = await client.open(join(ws, 'good.aspl'), good);
        const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 4 } })) as Hover | null;
        expect(JSON.stringify(hover?.contents)).toMatch(/version/i);
    }, 60_000);

    it('opening it publishes its diagnostics, and the server is still alive afterwards', async () => {
        const uri = await client.open(join(ws, 'notes.aspl'), COMMENTS);
        const d = await client.diagnostics(uri, undefined, 60_000);
        expect(d.filter((x) => !(x.data as { catalog?: string } | undefined)?.catalog)).toEqual([]); // no language error
        expect(d.map((x) => x.code)).toContain('GBT-AS-GENERAL 4.1.1'); // judged in full
        expect(client.proc.exitCode).toBeNull();
        const other = pathToFileURL(join(ws, 'good.aspl')).href;
        const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 1, character: 4 } })) as Hover | null;
        expect(hover).not.toBeNull();
    }, 60_000);
});

describe('05: the lexer is linear on unclosed quotes', () => {
    it('200,000 unclosed “ on one line: one positioned error naming the quote, then the parser error', async () => {
        const a = await analyzer.analyzeText('policy N "n" {\n statement ' + '“'.repeat(200_000) + '\n}\n');
        expect(a.problems.map(at)).toEqual([
            "2:12 The quote '“' is not closed on this line",
            "3:1 Expected a quoted text but found '}'",
        ]);
    }, 30_000);

    it('100,000 ASCII quote-and-backslash pairs and unclosed block comments', async () => {
        const a = await analyzer.analyzeText('policy N "n" {\n statement ' + '"\\'.repeat(100_000) + '\n' + ' /*'.repeat(50_000) + '\n}\n');
        expect(a.problems.map(at).slice(0, 2)).toEqual([
            '2:12 The quote \'"\' is not closed on this line',
            "3:3 Unexpected character '*'",
        ]);
    }, 30_000);

    it('closed strings and comments still lex as before, escapes included', async () => {
        const a = await analyzer.analyzeText('policy N "a \\"b\\" c" { /* x\n y */ version “引号”\n statement "tab\\tend" }\n');
        expect(a.problems.filter((p) => p.severity === 'error').map(at)).toEqual([]);
        expect(a.model?.title?.value).toBe('a "b" c');
        expect(a.model?.version?.value).toBe('引号');
    });
});

describe('06: many problems on one long line', () => {
    it('a one-line policy with 40,000 problems: every one reported, with one fingerprint per rule and line', async () => {
        writeFileSync(join(s.dir, 'oneline.aspl'), 'policy N "n" { ' + 'version 1 '.repeat(20_000) + '}\n');
        const r = await aspl(['check', 'oneline.aspl', '--format', 'json'], { cwd: s.dir });
        const problems = (JSON.parse(r.stdout) as JsonOutput).files[0].problems;
        const byRule = new Map<string, Set<string>>();
        for (const p of problems) byRule.set(`${p.ruleId}@${p.line}`, (byRule.get(`${p.ruleId}@${p.line}`) ?? new Set()).add(p.fingerprint));
        expect([...byRule].map(([k, f]) => `${k} ${f.size}`)).toEqual(['aspl/syntax@1 1', 'aspl/duplicate-field@1 1']);
        expect(problems.filter((p) => p.ruleId === 'aspl/syntax')).toHaveLength(20_000);
        expect(problems.filter((p) => p.ruleId === 'aspl/duplicate-field')).toHaveLength(19_999);
    }, 60_000);

    it('stylish prints a bounded excerpt of a 1 MB line, with the caret under the range', async () => {
        writeFileSync(join(s.dir, 'long.aspl'), 'policy L "' + 'a'.repeat(1_000_000) + '" { version 1 }\n');
        const r = await aspl(['check', 'long.aspl'], { cwd: s.dir });
        expect(r.stdout.length).toBeLessThan(20_000);
        const lines = r.stdout.split('\n');
        const i = lines.findIndex((l) => l.includes('Expected a quoted text'));
        expect(lines[i]).toMatch(/^ {2}1:1000023 {2}error {2}Expected a quoted text but found '1' {2}aspl\/syntax$/);
        // the last 120 characters of the line (the range is near its end), cut with an ellipsis
        expect(lines[i + 1]).toBe(`    1 | …${'a'.repeat(105)}" { version 1 }`);
        expect(lines[i + 2]).toBe(`      | ${' '.repeat(1 + 105 + 12)}^`);
    }, 60_000);
});

describe('16: the import-cycle check is linear in the chain', () => {
    it('a loop of 2,000 imports is reported once, on the checked file, named in full', async () => {
        const dir = join(s.dir, 'chain');
        mkdirSync(dir);
        const n = 2000;
        for (let i = 0; i < n; i++) {
            const imp = `import "./c${(i + 1) % n}.aspl"\n`; // the last closes the loop
            writeFileSync(join(dir, `c${i}.aspl`), `${imp}policy C${i} "c" partial { version "1" }\n`);
        }
        const r = await aspl(['check', 'c0.aspl', '--format', 'json'], { cwd: dir });
        const out = JSON.parse(r.stdout) as JsonOutput;
        const cycles = out.files.flatMap((f) => f.problems).filter((p) => p.ruleId === 'aspl/import-cycle');
        expect(cycles.map((p) => `${p.file.split('/').pop()}:${p.line} ${p.message}`)).toEqual([
            `c0.aspl:1 Import cycle: ${Array.from({ length: n }, (_, k) => `c${k}.aspl`).join(' → ')} → c0.aspl`,
        ]);
    }, 60_000);
});

describe('17b: lexer messages are translated and show invisible characters as code points', () => {
    it('a NUL outside a string, in both languages', async () => {
        const text = 'policy A "x" {\n  version "1"\u0000\n}\n';
        expect((await analyzer.analyzeText(text)).problems.map(at)).toEqual(['2:14 Unexpected character U+0000']);
        const zh = new Analyzer({ lang: 'zh' });
        expect((await zh.analyzeText(text)).problems.map(at)).toEqual(['2:14 无法识别的字符 U+0000']);
    });
});
