/**
 * Text edge cases: each gives correct results or a clear, positioned error — never a crash —
 * and positions stay right after CRLF and astral characters (LSP columns are UTF-16 units).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import { MAX_POLICY_CHARS } from '../../server/src/parse/lexer.js';

const analyzer = new Analyzer({ lang: 'en' });
const dir = mkdtempSync(join(tmpdir(), 'aspl-edge-'));
const at = (p: { range: { start: { line: number; character: number } } }) => `${p.range.start.line + 1}:${p.range.start.character + 1}`;

async function file(name: string, content: string | Buffer) {
    const path = join(dir, name);
    writeFileSync(path, content);
    return analyzer.analyzeFile(path);
}

describe('text edge cases', () => {
    it('a UTF-8 byte-order mark is ignored, and columns on the first line do not move', async () => {
        const a = await file('bom.aspl', '\uFEFFpolicy P { effective 2026-02-30 }\n');
        expect(a.problems.map((p) => `${at(p)} ${p.code}`)).toEqual(['1:22 bad-date']);
    });

    it('CRLF, lone CR and mixed line endings count lines like an editor', async () => {
        for (const eol of ['\r\n', '\r', '\n']) {
            const a = await file('eol.aspl', ['policy P {', '  version "1"', '  effective 2026-02-30', '}', ''].join(eol));
            expect(a.problems.map((p) => `${at(p)} ${p.code}`)).toEqual(['3:13 bad-date']);
        }
        const mixed = await file('mixed.aspl', 'policy P {\r\n  version "1"\n  channel c phone "1" hours 25:00-26:00 daily\r}\r\n');
        expect(mixed.problems.map((p) => `${at(p)} ${p.code}`)).toEqual(['3:29 bad-time', '3:35 bad-time']);
    });

    it('astral characters (emoji, CJK extension B) count as two UTF-16 units', async () => {
        const a = await file('astral.aspl', 'policy P {\n  channel c phone "😀𠀀" hours 25:00-22:00 daily\n}\n');
        // `  channel c phone "😀𠀀" hours ` is 31 UTF-16 units (each astral character is two)
        expect(a.problems.map((p) => `${at(p)} ${p.code}`)).toEqual(['2:32 bad-time']);
        expect(a.model?.channels[0].contact.value).toBe('😀𠀀');
    });

    it('invalid UTF-8 bytes give a positioned error and the rest is still checked', async () => {
        const a = await file('latin1.aspl', Buffer.concat([Buffer.from('policy P {\n  version "'), Buffer.from([0xb0, 0xe6]), Buffer.from('"\n  effective 2026-02-30\n}\n')]));
        expect(a.problems.map((p) => `${at(p)} ${p.code}`)).toEqual(['2:12 invalid-utf8', '3:13 bad-date']);
    });

    it('a 100,000-character line parses, validates and formats', async () => {
        const long = 'x'.repeat(100_000);
        const text = `policy P { statement "${long}" channel c phone "1" hours 25:00-22:00 daily }\n`;
        const a = await analyzer.analyzeText(text, join(dir, 'long.aspl'));
        expect(a.problems.map((p) => `${at(p)} ${p.code}`)).toEqual([`1:${100_000 + 51} bad-time`]);
        const f = await formatPolicyText(text);
        expect(f.ok && f.text.split('\n')[1].length).toBe(100_000 + 14);
    });

    it('a file over the size limit gets one clear error instead of a stall', async () => {
        const text = `policy P {\n${'  statement "填充"\n'.repeat(Math.ceil(MAX_POLICY_CHARS / 16) + 10)}}\n`;
        expect(text.length).toBeGreaterThan(MAX_POLICY_CHARS);
        const a = await analyzer.analyzeText(text, join(dir, 'huge.aspl'));
        expect(a.problems).toHaveLength(1);
        expect(at(a.problems[0])).toBe('1:1');
        expect(a.problems[0].message).toMatch(/^File too large \(\d+\.\d million characters, limit 4 million\)/);
    });

    it('deeply nested braces give syntax errors, not a stack overflow', async () => {
        const text = `policy P {\n${'returns {'.repeat(20_000)}${'}'.repeat(20_000)}\n}\n`;
        const a = await analyzer.analyzeText(text, join(dir, 'nested.aspl'));
        expect(a.problems.length).toBeGreaterThan(0);
        expect(a.problems[0]).toMatchObject({ severity: 'error', range: { start: { line: 1 } } });
    });

    it('NUL and control characters are lexing errors at their position', async () => {
        const a = await analyzer.analyzeText('policy P {\n  version "1"\u0000\n}\n', join(dir, 'nul.aspl'));
        expect(a.problems.map((p) => `${at(p)} ${p.code}`)).toEqual(['2:14 unexpected-character']); // our rule code, not Langium's lexing-error
    });
});
