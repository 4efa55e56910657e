import { defineMessages } from '../../i18n/message.js';
import { present } from '../paths.js';
import type { Block } from '../../model/types.js';
import type { CheckContext, Outcome } from './outcome.js';
import { labelOf, pathWords } from '../labels.js';
import type { Primitive } from './primitive.js';

const M = defineMessages('allHave', {
    none: { zh: '政策未写明{owner}', en: 'the policy states no {owner}' },
    missing: { zh: '“{name}”未写明{what}', en: "'{name}' does not state the {what}" },
});

/**
 * `allHave: { path, field }` — every item at the path states the field (every service a
 * resolution time). The first item without it is where the finding points.
 */
export function allHave(ctx: CheckContext, spec: { path: string; field: string }): Outcome {
    const r = ctx.resolve(spec.path);
    const items = r.values.filter((v): v is Block & Record<string, unknown> => typeof v === 'object' && v !== null && 'head' in v);
    const what = labelOf(`${spec.path.replace(/\[[^\]]*\]/g, '')}.${spec.field}`);
    const owner = labelOf(spec.path);
    if (!items.length) {
        return {
            status: 'not-addressed', at: r.anchor, evidence: [],
            detail: M.none({ owner }),
            fix: { kind: 'insert', path: spec.path, into: r.container },
        };
    }
    const missing = items.find((item) => !present(item[spec.field]));
    if (!missing) {
        return { status: 'satisfied', at: items[0].head, evidence: items.map((i) => (i[spec.field] as { src?: Block['src'] })?.src ?? i.head) };
    }
    return {
        status: 'not-addressed', at: missing.head, evidence: [],
        detail: M.missing({ name: nameOf(missing), what }),
        fix: { kind: 'insert', path: `${spec.path}.${spec.field}`, into: missing.src },
    };
}

/** How the user wrote the item: a name it is given in words (a product category's), else its kind word and label, else its name. */
function nameOf(item: Record<string, unknown>): string {
    // as written (投诉 in a Chinese policy), not the canonical id (complaint)
    const text = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { text?: unknown }).text ?? (v as { value?: unknown }).value : v);
    if (typeof item.name === 'object' && item.name !== null) return String(text(item.name));
    const parts = [text(item.kind), text(item.label)].filter((x) => typeof x === 'string' && x);
    return parts.length ? parts.join(' ') : String(text(item.name) ?? '');
}

export const allHavePrimitive: Primitive<{ path: string; field: string }> = {
    doc: [{ form: '`allHave: { path: services, field: resolve }`', satisfied: 'every item at the path states the field', otherwise: 'not addressed, at the first item without it' }],
    schema: {
        type: 'object', additionalProperties: false, required: ['path', 'field'],
        properties: { path: { $ref: '#/$defs/path' }, field: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' } },
    },
    paths: (spec) => [{ path: `${spec.path}.${spec.field}`, at: [] }],
    run: allHave,
    describe: (spec) => {
        const owner = pathWords(spec.path);
        const what = labelOf(`${spec.path.replace(/\[[^\]]*\]/g, '')}.${spec.field}`);
        return { zh: `每项${owner.zh}都写明${what.zh}`, en: `every one of the ${owner.en} states its ${what.en}` };
    },
};
