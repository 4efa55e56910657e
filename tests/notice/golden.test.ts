/**
 * Golden files: the notice of every sample, in both languages and both formats, byte for byte.
 * After a deliberate change: `node tests/notice/update-golden.mjs`, then read the diff as a customer would.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverSamples, FORMATS, GOLDEN, goldenPath, LANGS, renderSample } from './samples.js';

const samples = discoverSamples();
const HINT = 'regenerate with `node tests/notice/update-golden.mjs` and review the diff';

describe('notice golden files', () => {
    it('covers at least the shipped samples', () => {
        expect(samples.length).toBeGreaterThan(0);
    });

    for (const s of samples) {
        for (const lang of LANGS) {
            for (const format of FORMATS) {
                it(`${s.name}.${lang}.${format}`, async () => {
                    const file = goldenPath(s.name, lang, format);
                    expect(existsSync(file), `missing ${file}: ${HINT}`).toBe(true);
                    const actual = await renderSample(s.file, lang, format);
                    const expected = readFileSync(file, 'utf8');
                    expect(actual, `${file} differs from the generated notice: ${HINT}`).toBe(expected);
                });
            }
        }
    }

    it('has no golden file for a sample that no longer exists', () => {
        const names = new Set(samples.map((s) => s.name));
        const stale = readdirSync(GOLDEN).filter((n) => /\.(zh|en)\.(md|html)$/.test(n)).filter((n) => !names.has(n.replace(/\.(zh|en)\.(md|html)$/, '')));
        expect(stale, HINT).toEqual([]);
    });
});
