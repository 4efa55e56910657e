/** The two languages every user-facing message exists in. */
export type Lang = 'zh' | 'en';

export interface Bilingual {
    readonly zh: string;
    readonly en: string;
}

/** The BCP 47 tag of each language, for an HTML page's `lang` (read by browsers and screen readers, not by people). */
export const LANG_TAG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };

/** Picks zh for any Chinese locale tag (zh, zh-CN, zh_TW.UTF-8 …), else en. */
export function langFromLocale(locale: string | undefined, fallback: Lang = 'zh'): Lang {
    if (!locale) return fallback;
    return /^zh/i.test(locale) ? 'zh' : /^(en|c|posix)\b/i.test(locale) || /^[a-z]{2}/i.test(locale) ? 'en' : fallback;
}

/** Language from the environment as a CLI sees it (LC_ALL > LC_MESSAGES > LANG). */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
    return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG, 'en');
}
