/**
 * Paths into the PolicyModel, as catalogs write them: dotted property names with
 * `[field=value]` filters, e.g. `services[kind=complaint].respond`. Evaluation is plain
 * property access — nothing from a catalog is ever executed.
 */
import type { PolicyModel, Src } from '../model/types.js';

/** `[field=value]`, or `[field!=value]` (also true when the field is not stated). */
interface Filter { field: string; value: string; negated: boolean }
/** `prefix`: the path up to and including this segment. */
interface Segment { name: string; filters: Filter[]; prefix: string }

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
        pos = re.lastIndex;
        segs.push({ name: m[1], filters, prefix: path.slice(0, pos) });
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
    if (typeof item !== 'object' || item === null) return false;
    const v = (item as Record<string, unknown>)[filter.field];
    const hit = Array.isArray(v) ? v.some((x) => comparable(x) === filter.value) : comparable(v) === filter.value;
    return hit !== filter.negated;
}

function located(v: unknown): { src?: Src; head?: Src } {
    return typeof v === 'object' && v !== null ? (v as { src?: Src; head?: Src }) : {};
}

/** One more segment: the values under `seg` of each value of `from` that pass its filters; nothing found stops the walk. */
function step(from: Resolved, seg: Segment): Resolved {
    if (from.values.length === 0) return from;
    const values: unknown[] = [];
    const keep = (x: unknown) => {
        for (const f of seg.filters) if (!matches(x, f)) return;
        values.push(x);
    };
    for (const item of from.values) {
        if (typeof item !== 'object' || item === null) continue;
        // own fields only: a path segment such as `constructor` must not reach Object.prototype
        const v = Object.hasOwn(item, seg.name) ? (item as Record<string, unknown>)[seg.name] : undefined;
        if (v === undefined || v === null) continue;
        if (Array.isArray(v)) for (const x of v) keep(x);
        else keep(v);
    }
    if (values.length === 0) return { values, anchor: from.anchor, container: from.container };
    const first = located(values[0]);
    return first.head ? { values, anchor: first.head, container: first.src } : { values, anchor: from.anchor, container: from.container };
}

/**
 * The paths of one policy's evaluation. Catalogs read the same lists again and again
 * (`services[kind=repair]` for its `.resolve`, `.steps` …): each path and prefix is walked
 * once per model (a 100,000-line policy has 15,000 services). The results are shared: read-only.
 */
export class PathResolver {
    private readonly done = new Map<string, Resolved>();

    constructor(model: PolicyModel) {
        this.done.set('', { values: [model], anchor: model.head, container: model.src });
    }

    resolve(path: string): Resolved {
        const known = this.done.get(path);
        if (known) return known;
        const segs = parsePath(path);
        let i = segs.length;
        while (i > 0 && !this.done.has(segs[i - 1].prefix)) i--;
        let r = this.done.get(i > 0 ? segs[i - 1].prefix : '')!;
        for (; i < segs.length; i++) {
            r = step(r, segs[i]);
            this.done.set(segs[i].prefix, r);
        }
        return r;
    }
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
