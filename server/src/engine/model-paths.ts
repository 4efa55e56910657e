/**
 * Catalog paths checked against the PolicyModel's real fields (model/generated/shape.ts, generated
 * from model/types.ts). A misspelt path would otherwise resolve to nothing and report a false
 * "not addressed" on every policy.
 */
import type { Bilingual } from '../i18n/locale.js';
import { MODEL_SHAPE, type FieldShape } from '../model/generated/shape.js';
import { closest } from '../i18n/suggest.js';
import { parsePath } from './paths.js';

/** Fields a catalog never addresses: source positions and bookkeeping. */
const HIDDEN = new Set(['src', 'head', 'nameSrc', 'uri']);

function fieldsOf(type: string): Array<[string, FieldShape]> {
    return Object.entries(MODEL_SHAPE[type] ?? {}).filter(([k]) => !HIDDEN.has(k));
}

function unknown(what: Bilingual, name: string, known: string[]): Bilingual {
    const near = closest(name, known);
    const list = known.join(', ');
    return near
        ? { zh: `${what.zh}没有“${name}”；是不是“${near}”？`, en: `${what.en} has no '${name}'; did you mean '${near}'?` }
        : { zh: `${what.zh}没有“${name}”；可用：${list}`, en: `${what.en} has no '${name}'; known: ${list}` };
}

export interface PathEnd { field?: FieldShape; error?: Bilingual }

/** Walks a path through the model's types: the field it ends on, or why it names nothing. */
export function resolveModelPath(path: string): PathEnd {
    let type = 'PolicyModel';
    let field: FieldShape | undefined;
    let walked = '';
    for (const seg of parsePath(path)) {
        const where = { zh: walked ? `“${walked}”` : '政策', en: walked ? `'${walked}'` : 'the policy' };
        const fields = fieldsOf(type);
        field = fields.find(([k]) => k === seg.name)?.[1];
        if (!field) return { error: unknown(where, seg.name, fields.map(([k]) => k)) };
        walked = walked ? `${walked}.${seg.name}` : seg.name;
        for (const f of seg.filters) {
            const own = { zh: `“${walked}”`, en: `'${walked}'` };
            const filterFields = field.type ? fieldsOf(field.type) : [];
            const ff = filterFields.find(([k]) => k === f.field)?.[1];
            if (!ff) return { error: unknown(own, f.field, filterFields.map(([k]) => k)) };
            if (!ff.values) return { error: { zh: `${own.zh}的“${f.field}”没有固定取值，不能用作筛选`, en: `${own.en}: '${f.field}' has no fixed values to filter on` } };
            if (!ff.values.includes(f.value)) {
                const near = closest(f.value, [...ff.values]);
                return { error: {
                    zh: `${own.zh}的“${f.field}”没有取值“${f.value}”${near ? `；是不是“${near}”？` : `；可用：${ff.values.join(', ')}`}`,
                    en: `${own.en}: '${f.field}' has no value '${f.value}'${near ? `; did you mean '${near}'?` : `; known: ${ff.values.join(', ')}`}`,
                } };
            }
        }
        type = field.type ?? '';
    }
    return { field };
}
