/** Durations in Chinese numerals (七天): read so the error can say what to write (parse/chinese-numerals.ts). */
import { describe, expect, it } from 'vitest';
import { chineseNumber, digitsFor } from '../../server/src/parse/chinese-numerals.js';
import { Analyzer } from '../../server/src/analysis.js';

describe('Chinese numerals', () => {
    it.each([
        ['一', 1], ['七', 7], ['两', 2], ['十', 10], ['十五', 15], ['二十', 20], ['二十一', 21], ['九十九', 99],
        ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['三百二十', 320], ['九百九十九', 999],
    ])('%s is %i', (text, n) => expect(chineseNumber(text)).toBe(n));

    it.each(['', '零', '百', '十十', '七七', '半', '零五', '一百零十', '一千'])('%j is not read as a number', (text) => expect(chineseNumber(text)).toBeUndefined());

    it('a numeral before a known unit gives the duration in digits; 半 and unknown units give nothing', () => {
        expect(['七天', '十五个工作日', '两小时', '三个月', '一年'].map((w) => digitsFor(w))).toEqual(['7天', '15个工作日', '2小时', '3个月', '1年']);
        expect(['半个月', '半年', '七星', '天', '零天'].map((w) => digitsFor(w))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    });
});

describe('a policy that writes 七天', () => {
    const text = '政策 数字 "数字" {\n  退换货 {\n    退货 七天 自 签收\n    退款 内 7 星期八\n  }\n}\n';
    const problems = async (lang: 'zh' | 'en') => (await new Analyzer({ lang }).analyzeText(text, '/virtual/numerals.aspl')).problems;

    it('is told to write 7天 at the word, in both languages, as its one error there (not also a syntax error)', async () => {
        for (const [lang, message] of [['zh', '时长“七天”用了中文数字；时长的数字请用阿拉伯数字，写作“7天”'], ['en', "The duration '七天' is written in Chinese numerals; a duration takes digits: write '7天'"]] as const) {
            const at3 = (await problems(lang)).filter((p) => p.range.start.line === 2);
            expect(at3.map((p) => ({ code: p.code, character: p.range.start.character, message: p.message }))).toEqual([{ code: 'chinese-numeral', character: 7, message }]);
        }
    });

    it('an unknown unit after digits is still an unknown word', async () => {
        expect((await problems('en')).filter((p) => p.code === 'unknown-word').map((p) => p.range.start.line + 1)).toEqual([4]);
    });
});
