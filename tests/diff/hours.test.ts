/** Opening hours compared as minutes of the week: same commitment written differently, real cuts. */
import { expect, test } from 'vitest';
import { compareHours } from '../../server/src/diff/hours.js';
import type { Hours } from '../../server/src/model/types.js';
import type { DaySpec } from '../../server/src/parse/vocabulary.js';

const SRC = { uri: 'file:///h.aspl', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
const hours = (ranges: Array<[string, string]>, days?: DaySpec, always = false): Hours => ({
    always, src: SRC, ranges: ranges.map(([start, end]) => ({ start, end, src: SRC })),
    days: days ? { value: days, text: days, src: SRC } : undefined,
});

test('an overnight range equals the same hours split at midnight, Sunday night running into Monday', () => {
    expect(compareHours(hours([['22:00', '06:00']], 'daily'), hours([['00:00', '06:00'], ['22:00', '24:00']], 'daily'))).toEqual({ lost: 0, gained: 0 });
});

test('24/7 against 00:00-24:00 daily is no change; weekdays only loses the weekend', () => {
    expect(compareHours(hours([], undefined, true), hours([['00:00', '24:00']], 'daily'))).toEqual({ lost: 0, gained: 0 });
    expect(compareHours(hours([['09:00', '18:00']]), hours([['09:00', '18:00']], 'weekdays'))).toEqual({ lost: 2 * 9 * 60, gained: 0 });
});

test('hours moved later lose the morning and gain the evening', () => {
    expect(compareHours(hours([['08:00', '20:00']], 'weekdays'), hours([['10:00', '22:00']], 'weekdays'))).toEqual({ lost: 5 * 120, gained: 5 * 120 });
});
