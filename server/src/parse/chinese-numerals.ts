/**
 * Durations written with Chinese numerals (七天, 十五个工作日, 两小时). The grammar takes a duration's
 * number in digits only, so such a word is a syntax error; this reads the numeral (whole numbers
 * below 1,000 written with 十 and 百) so the error can say what to write instead, and the editor
 * can offer it as a fix. 半 (半个月, 半年) is not turned into a number: its value is the writer's to say.
 */
import { lookupUnit } from './vocabulary.js';

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral (一 … 九百九十九), or undefined when the text is not one. */
export function chineseNumber(text: string): number | undefined {
    // 一百零五: a 零 only after the hundreds; 十 alone (十五) is one ten
    const m = /^(?:([一二两三四五六七八九])百)?([零〇])?(?:([一二两三四五六七八九])?(十))?([一二两三四五六七八九])?$/.exec(text);
    if (!m) return undefined;
    const [, hundreds, zero, tens, ten, units] = m;
    if ((!hundreds && !ten && !units) || (zero && (!hundreds || ten))) return undefined;
    return (hundreds ? DIGITS[hundreds] * 100 : 0) + (ten ? (tens ? DIGITS[tens] : 1) * 10 : 0) + (units ? DIGITS[units] : 0);
}

/** `七天` → `7天` when the word is a numeral followed by a known duration unit, else undefined. */
export function digitsFor(word: string): string | undefined {
    const m = /^([零〇一二两三四五六七八九十百]+)(.+)$/.exec(word);
    if (!m) return undefined;
    const n = chineseNumber(m[1]);
    return n !== undefined && n > 0 && lookupUnit(m[2]) !== undefined ? `${n}${m[2]}` : undefined;
}
