import { compareAtLeast, compareAtMost, formatDuration, parseDurationText, calendarDayBounds, LONG_HOLIDAY_DAYS } from '../../parse/literals.js';
import type { Duration } from '../../model/types.js';
import { labelOf } from '../labels.js';
import { resolvePath } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';

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
    return {
        zh: `按最不利情况比较工作日与自然日：${formatDuration(working, 'zh')}可能跨越周末与一次长假（假设连续 ${LONG_HOLIDAY_DAYS} 天法定假日），最长约 ${max} 个自然日；调休也可能使 7 个自然日含 6 个以上工作日`,
        en: `working and calendar days compared in the worst case: ${formatDuration(working, 'en')} can span weekends and one long public holiday (assumed ${LONG_HOLIDAY_DAYS} days off in a row), up to about ${max} calendar days; make-up working days can also put 6 or more working days into 7 calendar days`,
    };
}

/** `maxDuration: { path, limit }` — every stated duration is within the limit. */
export function maxDuration(ctx: CheckContext, spec: { path: string; limit: string }): Outcome {
    const r = resolvePath(ctx.model, spec.path);
    const found = durations(r.values);
    const limit = limitOf(spec.limit);
    const what = labelOf(spec.path);
    const limitZh = formatDuration(limit, 'zh');
    const limitEn = formatDuration(limit, 'en');
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: { zh: `政策未写明${what.zh}（要求不超过${limitZh}）`, en: `the policy does not state the ${what.en} (required: at most ${limitEn})` },
            fix: { kind: 'insert', path: spec.path, into: r.container, value: spec.limit },
        };
    }
    for (const d of found) {
        const cmp = compareAtMost(d, limit);
        if (cmp === 'within') continue;
        const replace = { kind: 'replace' as const, src: d.src, text: { zh: limitZh, en: limitEn } };
        if (cmp === 'exceeds') {
            return {
                status: 'violated', at: d.src, evidence: [d.src], fix: replace,
                detail: { zh: `${what.zh}为${formatDuration(d, 'zh')}，超过要求的${limitZh}`, en: `the ${what.en} is ${formatDuration(d, 'en')}, longer than the required ${limitEn}` },
                assumption: d.kind !== limit.kind ? assumption(d, spec.limit) : undefined,
            };
        }
        return {
            status: 'violated', soft: true, at: d.src, evidence: [d.src], fix: replace,
            detail: {
                zh: `${what.zh}为${formatDuration(d, 'zh')}，可能超过要求的${limitZh}；按自然日写明（不超过${d.kind === 'working' ? `${limit.minutes / 1440}天` : limitZh}）可同时满足两种计法`,
                en: `the ${what.en} of ${formatDuration(d, 'en')} may run past the required ${limitEn}; stating it in calendar days (at most ${d.kind === 'working' ? `${limit.minutes / 1440} days` : limitEn}) meets both counts`,
            },
            assumption: assumption(d, spec.limit),
        };
    }
    return { status: 'satisfied', at: found[0].src, evidence: found.map((d) => d.src) };
}

/** `minDuration: { path, limit }` — every stated duration reaches the minimum (warranty, spare parts). */
export function minDuration(ctx: CheckContext, spec: { path: string; limit: string }): Outcome {
    const r = resolvePath(ctx.model, spec.path);
    const found = durations(r.values);
    const limit = limitOf(spec.limit);
    const what = labelOf(spec.path);
    const limitZh = formatDuration(limit, 'zh');
    const limitEn = formatDuration(limit, 'en');
    if (!found.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: { zh: `政策未写明${what.zh}（要求不少于${limitZh}）`, en: `the policy does not state the ${what.en} (required: at least ${limitEn})` },
            fix: { kind: 'insert', path: spec.path, into: r.container, value: spec.limit },
        };
    }
    for (const d of found) {
        const cmp = compareAtLeast(d, limit);
        if (cmp === 'meets') continue;
        return {
            status: 'violated', soft: cmp === 'may-be-short', at: d.src, evidence: [d.src],
            fix: { kind: 'replace', src: d.src, text: { zh: limitZh, en: limitEn } },
            detail: { zh: `${what.zh}为${formatDuration(d, 'zh')}，短于要求的${limitZh}`, en: `the ${what.en} is ${formatDuration(d, 'en')}, shorter than the required ${limitEn}` },
            assumption: d.kind !== limit.kind ? assumption(d, spec.limit) : undefined,
        };
    }
    return { status: 'satisfied', at: found[0].src, evidence: found.map((d) => d.src) };
}
