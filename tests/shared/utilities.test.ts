/** The small shared utilities every layer may use (server/src/shared/). */
import { describe, expect, it } from 'vitest';
import { isSyntaxRule, languageRuleOf } from '../../server/src/i18n/language-rules.js';
import { CJK, CJK_START } from '../../server/src/shared/cjk.js';
import { displayWidth } from '../../server/src/shared/display-width.js';
import { nearest } from '../../server/src/i18n/suggest.js';
import { changedRegion } from '../../server/src/shared/text-diff.js';

describe('shared utilities', () => {
    it('changedRegion: the one differing span, prefix and suffix never overlapping', () => {
        expect(changedRegion('abcXdef', 'abcYYdef')).toEqual({ start: 3, beforeEnd: 4, afterEnd: 5 });
        expect(changedRegion('aaa', 'aaaa')).toEqual({ start: 3, beforeEnd: 3, afterEnd: 4 });
        expect(changedRegion('same', 'same')).toEqual({ start: 4, beforeEnd: 4, afterEnd: 4 });
        // moved back to the line start: the suffix is measured from there
        const before = 'x\n  a\n';
        const after = 'x\n  b\n  a\n';
        const r = changedRegion(before, after, () => 2);
        expect(before.slice(0, r.start) + after.slice(r.start, r.afterEnd) + before.slice(r.beforeEnd)).toBe(after);
    });

    it('changedRegion on long texts (compared in chunks): the same span as character by character, around chunk edges too', () => {
        const base = Array.from({ length: 3000 }, (_, i) => `line ${i} 服务\n`).join('');
        const naive = (a: string, b: string) => {
            let p = 0;
            const max = Math.min(a.length, b.length);
            while (p < max && a[p] === b[p]) p++;
            let s = 0;
            while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
            return { start: p, beforeEnd: a.length - s, afterEnd: b.length - s };
        };
        for (const at of [0, 1, 4095, 4096, 4097, 8191, 20_000, base.length - 4096, base.length - 1, base.length]) {
            for (const [remove, insert] of [[0, 'x'], [1, ''], [1, 'y'], [3, 'line 7'], [0, 'line 1 服务\n']] as const) {
                const after = base.slice(0, at) + insert + base.slice(at + remove);
                expect(changedRegion(base, after)).toEqual(naive(base, after));
                expect(changedRegion(after, base)).toEqual(naive(after, base));
            }
        }
        expect(changedRegion(base, base)).toEqual({ start: base.length, beforeEnd: base.length, afterEnd: base.length });
    });

    it('one CJK class (extension A included), a terminal width, nearest words', () => {
        expect(['渠道', '㐀', 'phone', '¥'].map((w) => CJK.test(w))).toEqual([true, true, false, false]);
        expect(CJK_START.test('a渠道')).toBe(false);
        expect(displayWidth('渠道 ab')).toBe(7);
        expect(nearest('phnoe', ['phone', 'online', 'email'], 1)).toEqual(['phone']);
    });

    it('language rules: which codes mean the file did not parse', () => {
        expect(['syntax', 'keyword-glued', undefined].map(isSyntaxRule)).toEqual([true, true, true]);
        expect(['unknown-word', 'GBT-AS-GENERAL 8.4.3', 'unresolved-reference'].map(isSyntaxRule)).toEqual([false, false, false]);
        expect(languageRuleOf('unknown-word')).toBe('unknown-word');
        expect(languageRuleOf(undefined)).toBe('syntax');
    });
});
