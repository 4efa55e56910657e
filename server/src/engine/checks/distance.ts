import { defineMessages } from '../../i18n/message.js';
import type { Distance } from '../../model/types.js';
import { readDistance } from '../../parse/literals.js';
import { labelOf } from '../labels.js';
import type { CheckContext, Outcome } from './outcome.js';
import { pathWords } from '../labels.js';
import type { Primitive } from './primitive.js';

/** `60000 km`, `6万公里` → kilometres (undefined when it is not a distance). */
export function parseDistanceText(text: string): number | undefined {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(\S+)\s*$/.exec(text);
    if (!m) return undefined;
    const km = readDistance(Number(m[1]), m[2]).km;
    return Number.isFinite(km) ? km : undefined;
}

const fmt = (km: number) => km.toLocaleString('en-US');

const M = defineMessages('minDistance', {
    short: {
        zh: '{what}为{km}公里，短于要求的{limit}公里（以先到者为准）',
        en: 'the {what} is {km} km, shorter than the required {limit} km (whichever comes first)',
    },
    invalid: { zh: '无效的里程“{limit}”', en: "invalid distance '{limit}'" },
});

/**
 * `minDistance: { path, limit }` — every mileage at the path is at least the limit. A period with
 * no mileage has no distance limit at all, so nothing found is satisfied (pair it with a
 * `minDuration` on the same period, which reports a missing period).
 */
export function minDistance(ctx: CheckContext, spec: { path: string; limit: string }): Outcome {
    const limit = parseDistanceText(spec.limit);
    if (limit === undefined) throw new Error(`bad distance limit '${spec.limit}'`);
    const r = ctx.resolve(spec.path);
    const found = r.values.filter((v): v is Distance => typeof v === 'object' && v !== null && 'km' in v && Number.isFinite((v as Distance).km));
    const what = labelOf(spec.path);
    const short = found.find((d) => d.km < limit);
    if (!short) return { status: 'satisfied', at: found[0]?.src ?? r.anchor, evidence: found.map((d) => d.src) };
    return {
        status: 'violated', at: short.src, evidence: [short.src],
        detail: M.short({ what, km: fmt(short.km), limit: fmt(limit) }),
        fix: { kind: 'replace', src: short.src, text: { zh: `${fmt(limit)}公里`, en: `${limit} km` } },
    };
}

export const minDistancePrimitive: Primitive<{ path: string; limit: string }> = {
    doc: [{ form: '`minDistance: { path: "warranty.covers[whole=true].mileage", limit: "60000 km" }`', satisfied: 'every mileage at the path is at least the limit (`km`, `公里`, `万公里`); a period without a mileage is unlimited and passes', otherwise: 'violated' }],
    schema: {
        description: 'Every mileage at the path is at least the limit ("60000 km", "6万公里"); a period without a mileage has no limit and passes.',
        type: 'object', additionalProperties: false, required: ['path', 'limit'],
        properties: { path: { $ref: '#/$defs/path' }, limit: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)? ?[^\\s0-9]+$' } },
    },
    paths: (spec) => [{ path: spec.path, at: ['path'] }],
    validate: (spec, report) => {
        if (parseDistanceText(spec.limit) === undefined) report(['limit'], M.invalid({ limit: spec.limit }));
    },
    run: minDistance,
    describe: (spec) => {
        const w = pathWords(spec.path);
        const km = parseDistanceText(spec.limit);
        const limit = km === undefined ? { zh: spec.limit, en: spec.limit } : { zh: `${fmt(km)} 公里`, en: `${fmt(km)} km` };
        return { zh: `${w.zh}不少于${limit.zh}`, en: `the ${w.en} is at least ${limit.en}` };
    },
};
