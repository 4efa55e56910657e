/**
 * Named formats a policy's values must have before they reach a customer notice, and the
 * placeholder wording a draft leaves behind. Pure functions over strings (no model, no I/O).
 */
import type { Bilingual } from '../../i18n/locale.js';

export type FormatName = 'credit-code' | 'phone' | 'email' | 'url';
export const FORMAT_NAMES: readonly FormatName[] = ['credit-code', 'phone', 'email', 'url'];

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capitals
 * without I, O, Z, S, V); characters 3–8 are the administrative-division code (digits); the
 * 18th is a check character: 31 − (Σ value(cᵢ)·3^(i−1) mod 31) mod 31, over the first 17.
 * (Confidence S: the algorithm as given by several secondary sources quoting the standard.)
 */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function creditCodeProblem(code: string): Bilingual | undefined {
    const c = code.trim().toUpperCase();
    if (c.length !== 18) return { zh: `应为 18 位，实为 ${c.length} 位`, en: `it has ${c.length} characters instead of 18` };
    const bad = [...c].find((ch) => !CREDIT_CHARS.includes(ch));
    if (bad !== undefined) return { zh: `含不允许的字符“${bad}”（不用 I、O、Z、S、V）`, en: `it contains '${bad}', which the code never uses (no I, O, Z, S, V)` };
    if (!/^\d{6}$/.test(c.slice(2, 8))) return { zh: '第 3–8 位应为行政区划代码（数字）', en: 'characters 3–8 must be the administrative-division code (digits)' };
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(c[i]) * (3 ** i % 31);
    const expected = CREDIT_CHARS[(31 - (sum % 31)) % 31];
    if (c[17] !== expected) return { zh: `校验位应为“${expected}”，写的是“${c[17]}”`, en: `its check character should be '${expected}', not '${c[17]}'` };
    return undefined;
}

/**
 * Chinese phone numbers as customers dial them: 400/800 service numbers (10 digits), mobiles
 * (11 digits from 13–19), landlines with their area code (0 + 2–3 digits + 7–8 digits), and the
 * short service numbers: 95xxx(x…) enterprise numbers, 96xxx(x) local service numbers, and the
 * five-digit 1xxxx public and carrier numbers (12315, 10086 …). An optional +86 / 0086 prefix and
 * an extension (转 123, ext. 123) are allowed. A bare local number without its area code cannot be
 * dialled from another city and is refused, as is any other digit run.
 */
const PHONE_SHAPES = [/^(400|800)\d{7}$/, /^1[3-9]\d{9}$/, /^0\d{9,11}$/, /^95\d{3,6}$/, /^96\d{3,4}$/, /^1\d{4}$/];
export function phoneProblem(contact: string): Bilingual | undefined {
    const withoutExtension = contact.replace(/(转|分机|ext\.?|x)\s*\d{1,6}/gi, ' ');
    const runs = withoutExtension.match(/[+＋]?[\d\s\-－—()（）]*\d[\d\s\-－—()（）]*/g)?.map((r) => r.trim()).filter((r) => /\d/.test(r)) ?? [];
    if (!runs.length) return { zh: '未写出电话号码', en: 'no phone number is given' };
    for (const run of runs) {
        let digits = run.replace(/\D/g, '');
        if (/^[+＋]\s*86/.test(run) || /^0086/.test(digits)) digits = digits.replace(/^(00)?86/, '');
        // A mobile or a service number after +86 drops the trunk 0; a landline after +86 does too.
        if (/^[+＋]/.test(run) && !digits.startsWith('0') && /^[2-9]\d{8,10}$/.test(digits)) digits = `0${digits}`;
        if (!PHONE_SHAPES.some((re) => re.test(digits))) {
            // Name the bad number only when the contact holds more than that number.
            const which = run === contact.trim() ? { zh: '', en: 'it' } : { zh: `其中“${run}”`, en: `'${run}'` };
            return { zh: `${which.zh}不是顾客能拨通的号码（应为 400/800 号码、手机、带区号的固话或 95/96/1xxxx 服务号码）`, en: `${which.en} is not a number customers can dial (a 400/800 number, a mobile, a landline with its area code, or a 95/96/1xxxx service number)` };
        }
    }
    return undefined;
}

export function emailProblem(text: string): Bilingual | undefined {
    return /^[^\s@，,；;]+@[^\s@，,；;]+\.[A-Za-z]{2,}$/.test(text.trim()) ? undefined : { zh: '不是有效的电子邮件地址', en: 'it is not a valid e-mail address' };
}

export function urlProblem(text: string): Bilingual | undefined {
    try {
        const u = new URL(text.trim());
        return u.protocol === 'https:' || u.protocol === 'http:' ? undefined : { zh: '网址应以 https:// 或 http:// 开头', en: 'a web address starts with https:// or http://' };
    } catch {
        return { zh: '不是有效的网址', en: 'it is not a valid web address' };
    }
}

export const FORMAT_CHECKS: Record<FormatName, (text: string) => Bilingual | undefined> = {
    'credit-code': creditCodeProblem, phone: phoneProblem, email: emailProblem, url: urlProblem,
};

export const FORMAT_LABELS: Record<FormatName, Bilingual> = {
    'credit-code': { zh: '统一社会信用代码', en: 'unified social credit code' },
    phone: { zh: '电话号码', en: 'phone number' },
    email: { zh: '电子邮件地址', en: 'e-mail address' },
    url: { zh: '网址', en: 'web address' },
};

/**
 * Wording a draft leaves for someone to fill in. Matched as whole tokens where that matters
 * (XXX but not a word containing x; 示例 as a label, not inside 示例性). Ellipses alone are not
 * placeholders: real notices end lists with "……".
 */
const PLACEHOLDER = /(?<![A-Za-z])(TODO|TBD|FIXME|XXX+|xxx+)(?![A-Za-z])|待定|待补充|待填写|待完善|待确认|请填写|此处填写|示例(?!性)|占位|某某|〇〇|○○|[?？]{3,}/;

export function placeholderIn(text: string): string | undefined {
    return PLACEHOLDER.exec(text)?.[0];
}
