/**
 * Catalog paths checked against the PolicyModel's real fields (model/generated/shape.ts, generated
 * from model/types.ts). A misspelt path would otherwise resolve to nothing and report a false
 * "not addressed" on every policy.
 */
import { defineMessages, type Msg } from '../i18n/message.js';
import { MODEL_SHAPE, type FieldShape } from '../model/generated/shape.js';
import { closest } from '../i18n/suggest.js';
import { parsePath } from './paths.js';

/** Fields a catalog never addresses: source positions and bookkeeping. */
const HIDDEN = new Set(['src', 'head', 'nameSrc', 'uri']);

function fieldsOf(type: string): Array<[string, FieldShape]> {
    return Object.entries(MODEL_SHAPE[type] ?? {}).filter(([k]) => !HIDDEN.has(k));
}

/** Field names are the model's own (technical) words: listed with `, ` in both languages. */
const M = defineMessages('modelPath', {
    policy: { zh: '政策', en: 'the policy' },
    path: { zh: '“{path}”', en: "'{path}'" },
    didYouMean: { zh: '{what}没有“{name}”；是不是“{near}”？', en: "{what} has no '{name}'; did you mean '{near}'?" },
    noSuch: { zh: '{what}没有“{name}”；可用：{known}', en: "{what} has no '{name}'; known: {known}" },
    notFilterable: { zh: '{what}的“{field}”没有固定取值，不能用作筛选', en: "{what}: '{field}' has no fixed values to filter on" },
    valueDidYouMean: { zh: '{what}的“{field}”没有取值“{value}”；是不是“{near}”？', en: "{what}: '{field}' has no value '{value}'; did you mean '{near}'?" },
    noSuchValue: { zh: '{what}的“{field}”没有取值“{value}”；可用：{known}', en: "{what}: '{field}' has no value '{value}'; known: {known}" },
});

function unknown(what: Msg, name: string, known: string[]): Msg {
    const near = closest(name, known);
    return near ? M.didYouMean({ what, name, near }) : M.noSuch({ what, name, known: known.join(', ') });
}

export interface PathEnd { field?: FieldShape; error?: Msg }

/** Walks a path through the model's types: the field it ends on, or why it names nothing. */
export function resolveModelPath(path: string): PathEnd {
    let type = 'PolicyModel';
    let field: FieldShape | undefined;
    let walked = '';
    for (const seg of parsePath(path)) {
        const where = walked ? M.path({ path: walked }) : M.policy();
        const fields = fieldsOf(type);
        field = fields.find(([k]) => k === seg.name)?.[1];
        if (!field) return { error: unknown(where, seg.name, fields.map(([k]) => k)) };
        walked = walked ? `${walked}.${seg.name}` : seg.name;
        for (const f of seg.filters) {
            const own = M.path({ path: walked });
            const filterFields = field.type ? fieldsOf(field.type) : [];
            const ff = filterFields.find(([k]) => k === f.field)?.[1];
            if (!ff) return { error: unknown(own, f.field, filterFields.map(([k]) => k)) };
            if (!ff.values) return { error: M.notFilterable({ what: own, field: f.field }) };
            if (!ff.values.includes(f.value)) {
                const near = closest(f.value, [...ff.values]);
                const value = { what: own, field: f.field, value: f.value };
                return { error: near ? M.valueDidYouMean({ ...value, near }) : M.noSuchValue({ ...value, known: ff.values.join(', ') }) };
            }
        }
        type = field.type ?? '';
    }
    return { field };
}
