/**
 * Opening hours as a set of minutes of the week, so "08:00-22:00 daily" and
 * "08:00-12:00, 12:00-22:00 every-day" are the same commitment and a cut is a cut.
 */
import type { Hours } from '../model/types.js';
import { readTime } from '../parse/literals.js';
import type { DaySpec } from '../parse/vocabulary.js';

const WEEK = 7 * 1440;
/** Days of the week (Monday = 0) a day spec names. */
const DAYS: Record<DaySpec, number[]> = {
    daily: [0, 1, 2, 3, 4, 5, 6], weekdays: [0, 1, 2, 3, 4], 'mon-sat': [0, 1, 2, 3, 4, 5], weekends: [5, 6],
};

/** The minutes of a week the hours cover; no day spec (or an unknown one) reads as every day. */
export function coverage(h: Hours): Uint8Array {
    const week = new Uint8Array(WEEK);
    if (h.always) return week.fill(1);
    const days = (h.days?.value && DAYS[h.days.value]) || DAYS.daily;
    for (const r of h.ranges) {
        const start = readTime(r.start);
        let end = readTime(r.end);
        if (start === undefined || end === undefined) continue;
        // 22:00-06:00 runs past midnight into the next day
        if (end <= start) end += 1440;
        for (const d of days) week.fill(1, d * 1440 + start, Math.min(WEEK, d * 1440 + end));
        // the part of Sunday's overnight range that falls on Monday morning
        if (days.includes(6) && 6 * 1440 + end > WEEK) week.fill(1, 0, 6 * 1440 + end - WEEK);
    }
    return week;
}

/** Minutes covered before and not after (lost), and after and not before (gained). */
export function compareHours(before: Hours, after: Hours): { lost: number; gained: number } {
    const a = coverage(before);
    const b = coverage(after);
    let lost = 0;
    let gained = 0;
    for (let i = 0; i < WEEK; i++) {
        if (a[i] && !b[i]) lost++;
        else if (!a[i] && b[i]) gained++;
    }
    return { lost, gained };
}
