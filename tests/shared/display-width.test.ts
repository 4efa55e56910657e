/**
 * The terminal width's fast path (shared/display-width.ts) against string-width, which it stands in
 * for: every character the fast path accepts, random texts mixing those with characters that join,
 * combine or are emoji, and every line of the sample policies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, simpleWidth } from '../../server/src/shared/display-width.js';

const BMP = Array.from({ length: 0x10000 }, (_, cp) => cp).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCharCode(cp));
const accepted = BMP.filter((ch) => simpleWidth(ch) !== undefined);

/** Characters that join, combine, select a presentation, are zero-width, emoji, controls or jamo. */
const TRICKY = ['\u200d', '\ufe0f', '\ufe0e', '\u20e3', '\u0301', '\u302a', '\u3099', '\u200b', '\u00ad', '\t', '\n', '\r', '\u001b[31m', '\u0000',
    '\u1100', '\u1161', '\u11a8', '가', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '©', '®', '™', '〰', '〽', '㊗', '⚠\ufe0f', '☎', '♥', '#', '1', '\ud83d', '\ufeff', '\u0e33', '\u0915\u094d\u0937'];

function samplePolicies(dir = 'samples'): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? samplePolicies(join(dir, e.name)) : e.name.endsWith('.aspl') ? [join(dir, e.name)] : []);
}

describe('displayWidth', () => {
    it('gives string-width\'s width for every character the fast path accepts', () => {
        expect(accepted.length).toBeGreaterThan(28000);
        const wrong = accepted.filter((ch) => simpleWidth(ch) !== stringWidth(ch)).map((ch) => ch.codePointAt(0)!.toString(16));
        expect(wrong).toEqual([]);
        // and refuses what joins or combines
        expect(TRICKY.filter((t) => simpleWidth(t) !== undefined)).toEqual(['#', '1']);
    });

    it('equals string-width on random texts of accepted and joining characters', () => {
        const ch = fc.oneof(fc.constantFrom(...accepted), fc.constantFrom(...TRICKY), fc.constantFrom('中', '，', '“', '”', '—', '…', 'a', ' '));
        fc.assert(fc.property(fc.array(ch, { maxLength: 30 }), (parts) => {
            const text = parts.join('');
            expect(displayWidth(text)).toBe(stringWidth(text));
        }), { numRuns: 20000, seed: 18 });
    });

    it('takes the fast path for the lines of real policies, with string-width\'s widths', () => {
        const lines = samplePolicies().flatMap((f) => readFileSync(f, 'utf8').split('\n')).map((l) => l.replace(/\t/g, ' '));
        expect(lines.length).toBeGreaterThan(1000);
        expect(lines.filter((l) => displayWidth(l) !== stringWidth(l))).toEqual([]);
        const slow = lines.filter((l) => simpleWidth(l) === undefined);
        expect(slow.length / lines.length).toBeLessThan(0.01);
        expect(simpleWidth('保修期：整机 1 年（自购买日起），“三包”凭证—¥200…')).toBe(49);
    });
});
