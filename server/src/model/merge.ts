import type { PolicyModel } from './types.js';

/** Keys whose lists are joined; items of the child with the same identity replace the base's. */
const LISTS = {
    channels: (c: PolicyModel['channels'][number]) => c.name,
    services: (s: PolicyModel['services'][number]) => `${s.kind.value ?? s.kind.text}|${s.label?.value ?? ''}`,
    fees: (f: PolicyModel['fees'][number]) => f.name,
    applies: (a: PolicyModel['applies'][number]) => a.value,
    attestations: (a: PolicyModel['attestations'][number]) => `${a.catalog} ${a.clause}`,
    waivers: (w: PolicyModel['waivers'][number]) => `${w.catalog} ${w.clause}`,
    statements: undefined,
    texts: undefined,
} as const;

/**
 * A policy on top of its base: the child's single-valued blocks win, lists are joined
 * (base first, child items replacing base items of the same name). Every value keeps
 * the source range of the file it was written in.
 */
export function mergePolicies(base: PolicyModel, child: PolicyModel): PolicyModel {
    const merged: PolicyModel = { ...base, ...stripUndefined(child) };
    for (const [key, identity] of Object.entries(LISTS) as Array<[keyof typeof LISTS, ((x: never) => string) | undefined]>) {
        const own = child[key] as unknown as never[];
        const inherited = base[key] as unknown as never[];
        if (!identity) {
            (merged[key] as unknown) = [...inherited, ...own];
            continue;
        }
        const replaced = new Set(own.map(identity));
        (merged[key] as unknown) = [...inherited.filter((x) => !replaced.has(identity(x))), ...own];
    }
    merged.imports = child.imports;
    merged.partial = child.partial;
    return merged;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
