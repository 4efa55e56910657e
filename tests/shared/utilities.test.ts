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
