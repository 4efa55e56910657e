/**
 * The CLI bundle is ASCII only (build/ascii-bundle.mjs), so V8 holds its source as a one-byte
 * string: the non-ASCII characters esbuild leaves in comments and regular expressions are escaped,
 * each pattern matching what it matched before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { asciiBundle } from '../../build/ascii-bundle.mjs';
import { assertBuilt, ROOT } from './helpers.js';

const escape = asciiBundle as (code: string) => string;

describe('the ASCII bundle', () => {
    it('escapes comments and regular expressions, each pattern matching as before', () => {
        const patterns = [/(以内|之内|内)$/, /[中-龥]+/u, /^[“”‘’]+|😀+$/, /😀{2}/v, /(?<年>\d+)年/];
        const inputs = ['三日以内', '中文abc', '“”引号😀😀', '😀😀😀', '保修 2 年', 'plain'];
        const code = `// 注释：中文\n/* 块注释 😀 */\nmodule.exports = [${patterns.map(String).join(', ')}];`;
        const out = escape(code);
        expect(/[^\x00-\x7f]/.test(out)).toBe(false);
        const rebuilt = new Function('module', `${out}; return module.exports;`)({}) as RegExp[];
        for (const [i, re] of patterns.entries()) {
            expect(rebuilt[i].source).not.toBe(re.source);
            expect(rebuilt[i].flags).toBe(re.flags);
            for (const text of inputs) expect(rebuilt[i].exec(text)?.[0], `${re} on ${text}`).toBe(re.exec(text)?.[0]);
        }
    });

    it('refuses what it cannot escape faithfully', () => {
        expect(() => escape('const s = `中`;')).toThrow(/outside comments and regular expressions/);
        expect(() => escape('const r = /\\中/;')).toThrow(/escaped non-ASCII/);
    });

    it('is what the build wrote', () => {
        assertBuilt();
        expect(/[^\x00-\x7f]/.exec(readFileSync(join(ROOT, 'dist', 'aspl.cjs'), 'latin1'))).toBeNull();
    });
});
