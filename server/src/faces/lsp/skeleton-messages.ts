/** The texts a skeleton writes into a policy besides keywords and words (names, example values), by id. */
import type { Lang } from '../../i18n/locale.js';
import { defineMessages } from '../../i18n/message.js';

export const SKELETON = defineMessages('skeleton', {
    /** A new channel's name: `{word}` its kind in Chinese (电话渠道), `{letters}` the kind's letters in English (phone). */
    channelName: { zh: '{word}渠道', en: '{letters}' },
    /** The last resort when every suffixed name is taken. */
    newName: { zh: '{base}新', en: '{base}New' },
    feeName: { zh: '服务费', en: 'service' },
    wholeProduct: { zh: '整机', en: 'Whole product' },
});

/** What tells a second new name from the first: 甲乙丙… in Chinese (a CJK name stays CJK-only), digits in English. */
export const NAME_SUFFIXES: Readonly<Record<Lang, readonly string[]>> = {
    zh: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'],
    en: ['2', '3', '4', '5', '6', '7', '8', '9'],
};
