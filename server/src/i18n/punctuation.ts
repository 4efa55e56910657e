/**
 * The punctuation a text is written with in each language: one table, read by messages, the
 * faces that compose them (notice, report, diff, CLI) and by the ASPL the editor writes.
 * Pure data and small functions (no messages: message.ts reads this module).
 */
import type { Lang } from './locale.js';

/** Between the items of a list: 、 in Chinese, `, ` in English. */
export const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { zh: '、', en: ', ' };

/** Between clauses of one sentence (a time per region, `24小时 城区，48小时 县城`): ， in Chinese. */
export const CLAUSE_SEPARATOR: Readonly<Record<Lang, string>> = { zh: '，', en: ', ' };

/** Between sentences of one cell or line: ； in Chinese. */
export const SEMICOLON: Readonly<Record<Lang, string>> = { zh: '；', en: '; ' };

/** At the end of a sentence: 。 in Chinese. */
export const FULL_STOP: Readonly<Record<Lang, string>> = { zh: '。', en: '.' };

/** After a label: ： in Chinese. */
export const COLON: Readonly<Record<Lang, string>> = { zh: '：', en: ': ' };

/** Around a note after a text: full-width brackets in Chinese, a space and brackets in English. */
export const PARENTHESES: Readonly<Record<Lang, readonly [string, string]>> = { zh: ['（', '）'], en: [' (', ')'] };

/** Around a quoted text: “…” in Chinese, "…" in English. */
export const QUOTES: Readonly<Record<Lang, readonly [string, string]>> = { zh: ['“', '”'], en: ['"', '"'] };

/** Around a name inside a sentence: “…” in Chinese, '…' in English messages. */
export const NAME_QUOTES: Readonly<Record<Lang, readonly [string, string]>> = { zh: ['“', '”'], en: ["'", "'"] };

/** `text（note）` / `text (note)`. */
export function aside(text: string, note: string, lang: Lang): string {
    const [open, close] = PARENTHESES[lang];
    return `${text}${open}${note}${close}`;
}

/** `“name”` / `'name'`, for a name a message quotes. */
export function quotedName(name: string, lang: Lang): string {
    const [open, close] = NAME_QUOTES[lang];
    return `${open}${name}${close}`;
}

/** `“text”` / `"text"`. */
export function quoted(text: string, lang: Lang): string {
    const [open, close] = QUOTES[lang];
    return `${open}${text}${close}`;
}
