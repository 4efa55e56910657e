/**
 * Typed literals: how a written duration, amount, time or date is read.
 * Shared by the validator (is it possible?) and the normalizer (what does it mean?).
 */
import type { Lang } from '../i18n/locale.js';
import { defineMessages, say } from '../i18n/message.js';
import { CURRENCIES, DISTANCE_UNITS, lookup, lookupUnit, type DistanceUnit, type Unit } from './vocabulary.js';

const MINUTES: Record<Unit, number> = {
    minute: 1, hour: 60, day: 1440, workday: 1440, week: 7 * 1440, month: 30 * 1440, quarter: 90 * 1440, year: 365 * 1440,
};

export interface DurationValue {
    amount: number;
    unit: Unit | undefined;
    kind: 'calendar' | 'working';
    minutes: number;
}

/** `working` is the English "5 working days" form; 工作日 / workdays are units of their own. */
export function readDuration(amount: number, unitWord: string | undefined, working: boolean, negative = false): DurationValue {
    let unit = lookupUnit(unitWord);
    if (working && unit === 'day') unit = 'workday';
    const signed = negative && amount !== 0 ? -amount : amount; // -0 is zero
    return {
        amount: signed ?? 0,
        unit,
        kind: unit === 'workday' ? 'working' : 'calendar',
        minutes: unit && amount !== undefined ? signed * MINUTES[unit] : NaN,
    };
}

const KILOMETRES: Record<DistanceUnit, number> = { km: 1, '10k-km': 10_000 };

/** `60000 km`, `6万公里`: kilometres (NaN when the unit word is unknown; the validator reports it). */
export function readDistance(amount: number, unitWord: string | undefined): { amount: number; unit: DistanceUnit | undefined; km: number } {
    const unit = lookup(DISTANCE_UNITS, unitWord);
    return { amount, unit, km: unit ? amount * KILOMETRES[unit] : NaN };
}

/**
 * Calendar-day bounds of a duration. Working days are converted conservatively:
 * n working days take at least n calendar days (调休 can make a weekend a working day) and
 * at most n + 2 per started week + 7, assuming weekends plus one long public holiday
 * (National Day / Spring Festival) fall inside the span.
 */
export function calendarDayBounds(d: Pick<DurationValue, 'amount' | 'kind' | 'minutes'>): { min: number; max: number } {
    if (d.kind === 'working') {
        return { min: d.amount, max: d.amount + 2 * Math.ceil(d.amount / 5) + LONG_HOLIDAY_DAYS };
    }
    const days = d.minutes / 1440;
    return { min: days, max: days };
}
export const LONG_HOLIDAY_DAYS = 7;

/** Working-day bounds of a calendar span of n days: at most n (调休), at least n minus weekends and one long holiday. */
export function workingDayBounds(d: Pick<DurationValue, 'amount' | 'kind' | 'minutes'>): { min: number; max: number } {
    if (d.kind === 'working') return { min: d.amount, max: d.amount };
    const days = Math.ceil(d.minutes / 1440);
    return { min: Math.max(0, days - 2 * Math.ceil(days / 7) - LONG_HOLIDAY_DAYS), max: days };
}

export type Comparison = 'within' | 'exceeds' | 'may-exceed';

/**
 * Is `actual` at most `limit`? Between working and calendar days the answer can be
 * "may exceed": the caller must say what was assumed, never pick silently.
 */
export function compareAtMost(actual: DurationValue, limit: DurationValue): Comparison {
    if (actual.kind === limit.kind) return actual.minutes <= limit.minutes ? 'within' : 'exceeds';
    if (limit.kind === 'working') {
        // actual is calendar: n calendar days hold at most n working days.
        const wd = workingDayBounds(actual);
        if (wd.max <= limit.amount) return 'within';
        return wd.min > limit.amount ? 'exceeds' : 'may-exceed';
    }
    // actual is working days, limit is calendar
    const cd = calendarDayBounds(actual);
    if (cd.max <= limit.minutes / 1440) return 'within';
    if (cd.min > limit.minutes / 1440) return 'exceeds';
    return 'may-exceed';
}

/** Is `actual` at least `limit` (for minimum periods such as warranty or spare-parts retention)? */
export function compareAtLeast(actual: DurationValue, limit: DurationValue): 'meets' | 'short' | 'may-be-short' {
    if (actual.kind === limit.kind) return actual.minutes >= limit.minutes ? 'meets' : 'short';
    if (limit.kind === 'working') {
        const wd = workingDayBounds(actual);
        return wd.min >= limit.amount ? 'meets' : wd.max < limit.amount ? 'short' : 'may-be-short';
    }
    const cd = calendarDayBounds(actual);
    return cd.min >= limit.minutes / 1440 ? 'meets' : cd.max < limit.minutes / 1440 ? 'short' : 'may-be-short';
}

/** "5 working days", "2 hours", "7天" … as written in a catalog (English or Chinese units). */
export function parseDurationText(text: string): DurationValue | undefined {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(working\s+)?([^\s\d]+)\s*$/.exec(text);
    if (!m) return undefined;
    const d = readDuration(Number(m[1]), m[3], !!m[2]);
    return d.unit ? d : undefined;
}

export function formatDuration(d: Pick<DurationValue, 'amount' | 'unit'>, lang: 'zh' | 'en'): string {
    if (!d.unit) return String(d.amount);
    if (lang === 'zh') {
        const zh: Record<Unit, string> = { minute: '分钟', hour: '小时', day: '天', workday: '个工作日', week: '周', month: '个月', quarter: '个季度', year: '年' };
        return `${d.amount}${zh[d.unit]}`;
    }
    const en: Record<Unit, [string, string]> = {
        minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], workday: ['working day', 'working days'],
        week: ['week', 'weeks'], month: ['month', 'months'], quarter: ['quarter', 'quarters'], year: ['year', 'years'],
    };
    return `${d.amount} ${en[d.unit][d.amount === 1 ? 0 : 1]}`;
}

/** Amount in fen; rounding to the fen avoids binary-fraction drift (0.1 + 0.2). */
export function toFen(amount: number, negative: boolean): number {
    return Math.round(amount * 100) * (negative && amount !== 0 ? -1 : 1); // -0 is zero
}

export function readCurrency(word: string | undefined, symbol: string | undefined): 'CNY' | undefined {
    if (symbol) return 'CNY';
    return lookup(CURRENCIES, word);
}

/** How an amount of money reads in a message (the currency's place differs by language). */
const MONEY = defineMessages('money', {
    amount: { zh: '{yuan} 元', en: 'CNY {yuan}' },
    range: { zh: '{from}–{to} 元', en: 'CNY {from}–{to}' },
});

const yuan = (fen: number) => (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2);

export function formatMoney(fen: number, lang: Lang): string {
    return say(MONEY.amount({ yuan: yuan(fen) }), lang);
}

/** A price range, the currency written once ("70–150 元", "CNY 70–150"). */
export function formatMoneyRange(fen: number, upToFen: number, lang: Lang): string {
    return say(MONEY.range({ from: yuan(fen), to: yuan(upToFen) }), lang);
}

/** "08:00" → minutes since midnight; undefined when impossible (25:00, 08:60). 24:00 is a valid end. */
export function readTime(text: string): number | undefined {
    const m = /^(\d{1,2}):(\d{2})$/.exec(text);
    if (!m) return undefined;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59 || (h === 24 && min !== 0)) return undefined;
    return h * 60 + min;
}

/** A real calendar date (2026-02-30 is not). */
export function isValidDate(text: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
