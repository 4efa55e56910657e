/**
 * Paths into the PolicyModel, as catalogs write them: dotted property names with
 * `[field=value]` filters, e.g. `services[kind=complaint].respond`. Evaluation is plain
 * property access — nothing from a catalog is ever executed.
 */
import type { PolicyModel, Src } from '../model/types.js';

/** `[field=value]`, or `[field!=value]` (also true when the field is not stated). */
interface Filter { field: string; value: string; negated: boolean }
interface Segment { name: string; filters: Filter[] }

const cache = new Map<string, Segment[]>();

export function parsePath(path: string): Segment[] {
    let segs = cache.get(path);
    if (segs) return segs;
    segs = [];
    const re = /([A-Za-z_][\w]*)((?:\[[A-Za-z_]\w*!?=[^\]]*\])*)/y;
    let pos = 0;
    while (pos < path.length) {
        re.lastIndex = pos;
        const m = re.exec(path);
        if (!m) throw new Error(`bad path '${path}' at ${pos}`);
        const filters = [...m[2].matchAll(/\[([A-Za-z_]\w*)(!?)=([^\]]*)\]/g)].map((f) => ({ field: f[1], value: f[3], negated: f[2] === '!' }));
        segs.push({ name: m[1], filters });
        pos = re.lastIndex;
        if (path[pos] === '.') pos++;
        else if (pos < path.length) throw new Error(`bad path '${path}' at ${pos}`);
    }
    cache.set(path, segs);
    return segs;
}

export function isValidPath(path: string): boolean {
    try { parsePath(path); return true; } catch { return false; }
}

export interface Resolved {
    /** The values found (list items flattened). */
    values: unknown[];
    /** Where a missing value belongs: the head of the deepest block that exists (else the policy head). */
    anchor: Src;
    /** The full range of that block, where an inserted field goes. */
    container?: Src;
}

function comparable(v: unknown): string | undefined {
    if (v === null || v === undefined) return undefined;
    if (typeof v === 'object' && 'value' in (v as object)) return comparable((v as { value: unknown }).value);
    return String(v);
}

function matches(item: unknown, filter: Filter): boolean {
    if (filter.negated) return typeof item === 'object' && item !== null && !matches(item, { ...filter, negated: false });
    if (typeof item !== 'object' || item === null) return false;
    const v = (item as Record<string, unknown>)[filter.field];
    if (Array.isArray(v)) return v.some((x) => comparable(x) === filter.value);
    return comparable(v) === filter.value;
}

function located(v: unknown): { src?: Src; head?: Src } {
    return typeof v === 'object' && v !== null ? (v as { src?: Src; head?: Src }) : {};
}

export function resolvePath(model: PolicyModel, path: string): Resolved {
    let current: unknown[] = [model];
    let anchor = model.head;
    let container: Src | undefined = model.src;
    for (const seg of parsePath(path)) {
        const next: unknown[] = [];
        for (const item of current) {
            if (typeof item !== 'object' || item === null) continue;
            // own fields only: a path segment such as `constructor` must not reach Object.prototype
            const v = Object.hasOwn(item, seg.name) ? (item as Record<string, unknown>)[seg.name] : undefined;
            if (v === undefined || v === null) continue;
            if (Array.isArray(v)) for (const item of v) next.push(item);
            else next.push(v);
        }
        // most segments have no filter: their values are taken as they are, not copied
        current = seg.filters.length ? next.filter((x) => seg.filters.every((f) => matches(x, f))) : next;
        if (current.length === 0) break;
        const first = located(current[0]);
        if (first.head) { anchor = first.head; container = first.src; }
    }
    return { values: current, anchor, container };
}

/** A value "exists" when it is present and not false / empty. */
export function present(v: unknown): boolean {
    if (v === undefined || v === null || v === false) return false;
    if (typeof v === 'string') return v.trim().length > 0;
    if (Array.isArray(v)) return v.length > 0;
    if (typeof v === 'object' && 'value' in (v as object)) {
        const inner = (v as { value: unknown }).value;
        return typeof inner === 'string' ? inner.trim().length > 0 : inner !== undefined && inner !== false;
    }
    return true;
}

export function srcOf(v: unknown): Src | undefined {
    const l = located(v);
    return l.head ?? l.src;
}
