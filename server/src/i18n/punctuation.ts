/** The punctuation a text is written with in each language: one table, read by messages and by the ASPL the editor writes. */
import type { Lang } from './locale.js';

/** Between the items of a list: 、 in Chinese, `, ` in English. */
export const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { zh: '、', en: ', ' };

/** Between clauses of one sentence (a time per region, `24小时 城区，48小时 县城`): ， in Chinese. */
export const CLAUSE_SEPARATOR: Readonly<Record<Lang, string>> = { zh: '，', en: ', ' };
