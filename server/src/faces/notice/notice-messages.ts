/** The notice's phrases that put a value in a sentence (word order differs by language), by id. */
import { defineMessages } from '../../i18n/message.js';

export const NOTICE = defineMessages('notice', {
    /** A return window: "自签收之日起7天" / "7 days from receipt of the goods". */
    windowFrom: { zh: '{start}{d}', en: '{d} {start}' },
    /** Service hours on some days: "工作日 09:00–18:00" / "09:00–18:00 (working days)". */
    hoursOnDays: { zh: '{days} {ranges}', en: '{ranges} ({days})' },
});

/** "every year" for a period of one unit (`every 1 year` reads "每年"). */
export const EVERY_ONE = defineMessages('notice-every', {
    minute: { zh: '每分钟', en: 'every minute' },
    hour: { zh: '每小时', en: 'every hour' },
    day: { zh: '每天', en: 'every day' },
    week: { zh: '每周', en: 'every week' },
    month: { zh: '每月', en: 'every month' },
    quarter: { zh: '每季度', en: 'every quarter' },
    year: { zh: '每年', en: 'every year' },
});
