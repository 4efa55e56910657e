import { defineMessages } from '../../i18n/message.js';
import { durationWord } from '../words.js';
import { compareAtLeast, compareAtMost, formatDuration, parseDurationText, calendarDayBounds, LONG_HOLIDAY_DAYS, type DurationValue } from '../../parse/literals.js';
import type { Duration } from '../../model/types.js';
import { labelOf, pathWords } from '../labels.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Bilingual } from '../../i18n/locale.js';
import type { Primitive } from './primitive.js';

function limitOf(text: string) {
    const limit = parseDurationText(text);
    if (!limit) throw new Error(`bad duration limit '${text}'`);
    return limit;
}

function durations(values: unknown[]): Duration[] {
    return values.filter((v): v is Duration => typeof v === 'object' && v !== null && 'minutes' in v && 'kind' in v && (v as Duration).unit !== undefined);
}

/** What was assumed when working and calendar days were compared. */
function assumption(actual: Duration, limitText: string) {
    const limit = limitOf(limitText);
    const working = actual.kind === 'working' ? actual : limit;
    const max = calendarDayBounds(working).max;
    return M.assumption({ working: durationWord(working), holiday: LONG_HOLIDAY_DAYS, max });
}

const M = defineMessages('duration', {
    assumption: {
        zh: '按最不利情况比较工作日与自然日：{working}可能跨越周末与一次长假（假设连续 {holiday} 天法定假日），最长约 {max} 个自然日；调休也可能使 7 个自然日含 6 个以上工作日',
        en: 'working and calendar days compared in the worst case: {working} can span weekends and one long public holiday (assumed {holiday} days off in a row), up to about {max} calendar days; make-up working days can also put 6 or more working days into 7 calendar days',
    },
    'missing-max': { zh: '政策未写明{what}（要求不超过{limit}）', en: 'the policy does not state the {what} (required: at most {limit})' },
    'missing-min': { zh: '政策未写明{what}（要求不少于{limit}）', en: 'the policy does not state the {what} (required: at least {limit})' },
    longer: { zh: '{what}为{value}，超过要求的{limit}', en: 'the {what} is {value}, longer than the required {limit}' },
    shorter: { zh: '{what}为{value}，短于要求的{limit}', en: 'the {what} is {value}, shorter than the required {limit}' },
    'may-exceed': {
        zh: '{what}为{value}，可能超过要求的{limit}；按自然日写明（不超过{calendar}）可同时满足两种计法',
        en: 'the {what} of {value} may run past the required {limit}; stating it in calendar days (at most {calendar}) meets both counts',
    },
    days: { zh: '{days}天', en: '{days} days' },
    invalid: { zh: '无效的时长“{limit}”', en: "invalid duration '{limit}'" },
});

type Verdict = 'ok' | 'breaks' | 'may-break';

/** How a stated duration stands against the limit, and how to say so, for an upper or a lower bound. */
const BOUNDS = {
    max: {
        judge: (d: Duration, limit: DurationValue): Verdict => ({ within: 'ok', exceeds: 'breaks', 'may-exceed': 'may-break' } as const)[compareAtMost(d, limit)],
        required: { zh: '不超过', en: 'at most' },
        missing: M['missing-max'],
        broken: M.longer,
    },
    min: {
        judge: (d: Duration, limit: DurationValue): Verdict => ({ meets: 'ok', short: 'breaks', 'may-be-short': 'may-break' } as const)[compareAtLeast(d, limit)],
        required: { zh: '不少于', en: 'at least' },
        missing: M['missing-min'],
        broken: M.shorter,
    },
} as const;

/** `maxDuration` / `minDuration: { path, limit }` — every stated duration keeps to the limit, unit-aware. */
function durationLimit(ctx: CheckContext, spec: { path: string; limit: string }, bound: keyof typeof BOUNDS): Outcome {
    const r = ctx.resolve(spec.path);
    const found = durations(r.values);
    const limit = limitOf(spec.limit);
    const what = labelOf(spec.path);
    const b = BOUNDS[bound];
    const limitWord = durationWord(limit);
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: b.missing({ what, limit: limitWord }),
            fix: { kind: 'insert', path: spec.path, into: r.container, value: spec.limit },
        };
    }
    for (const d of found) {
        const verdict = b.judge(d, limit);
        if (verdict === 'ok') continue;
        const base = {
            status: 'violated' as const, at: d.src, evidence: [d.src],
            fix: { kind: 'replace' as const, src: d.src, text: { zh: formatDuration(limit, 'zh'), en: formatDuration(limit, 'en') } },
            assumption: d.kind !== limit.kind ? assumption(d, spec.limit) : undefined,
        };
        if (verdict === 'breaks' || bound === 'min') {
            return { ...base, soft: verdict === 'may-break', detail: b.broken({ what, value: durationWord(d), limit: limitWord }) };
        }
        // Working vs calendar days: it only may run past the limit; say how to meet both counts.
        const calendar = d.kind === 'working' ? M.days({ days: limit.minutes / 1440 }) : limitWord;
        return { ...base, soft: true, detail: M['may-exceed']({ what, value: durationWord(d), limit: limitWord, calendar }) };
    }
    return { status: 'satisfied', at: found[0].src, evidence: found.map((d) => d.src) };
}

export const maxDuration = (ctx: CheckContext, spec: { path: string; limit: string }): Outcome => durationLimit(ctx, spec, 'max');
export const minDuration = (ctx: CheckContext, spec: { path: string; limit: string }): Outcome => durationLimit(ctx, spec, 'min');

type LimitSpec = { path: string; limit: string };

/** `maxDuration` and `minDuration` differ only in the bound. */
function durationPrimitive(bound: keyof typeof BOUNDS, doc: Primitive<LimitSpec>['doc']): Primitive<LimitSpec> {
    return {
        doc,
        schema: {
            type: 'object', additionalProperties: false, required: ['path', 'limit'],
            properties: { path: { $ref: '#/$defs/path' }, limit: { $ref: '#/$defs/duration' } },
        },
        paths: (spec) => [{ path: spec.path, at: ['path'], expect: { kind: 'duration' } }],
        validate: (spec, report) => {
            if (!parseDurationText(spec.limit)) report(['limit'], M.invalid({ limit: spec.limit }));
        },
        run: (ctx, spec) => durationLimit(ctx, spec, bound),
        describe: (spec): Bilingual => {
            const w = pathWords(spec.path);
            const limit = parseDurationText(spec.limit);
            const zh = limit ? formatDuration(limit, 'zh') : spec.limit;
            const en = limit ? formatDuration(limit, 'en') : spec.limit;
            return { zh: `${w.zh}${BOUNDS[bound].required.zh}${zh}`, en: `the ${w.en} is ${BOUNDS[bound].required.en} ${en}` };
        },
    };
}

export const maxDurationPrimitive = durationPrimitive('max', [{ form: '`maxDuration: { path: returns.refund, limit: "5 working days" }`', satisfied: 'every duration at the path is at most the limit (working vs calendar days compared conservatively, with the assumption stated)', otherwise: 'violated (or violated at warning level when it only *may* exceed) / not addressed' }]);
export const minDurationPrimitive = durationPrimitive('min', [{ form: '`minDuration: { path: warranty.spareParts, limit: "5 years" }`', satisfied: 'every duration is at least the limit', otherwise: 'violated / not addressed' }]);
