/** The verdict of a score in words, the same wherever a score is shown (code lens, report, language status). */
import type { Bilingual } from './locale.js';

export const VERDICT_WORDS: Readonly<Record<'pass' | 'fail', Bilingual>> = {
    pass: { zh: '通过', en: 'pass' },
    fail: { zh: '不通过', en: 'fail' },
};
