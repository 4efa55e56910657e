import type { PolicyModel } from '../model/types.js';
import type { CatalogRegistry } from './catalog/registry.js';
import type { Catalog } from './catalog/types.js';
import type { AsplConfig } from './config.js';

export interface Selection {
    catalogs: Catalog[];
    /** Ids asked for that no catalog has (reported by the faces). */
    unknown: string[];
}

/**
 * Which catalogs are in force for a policy, most specific first:
 * forced ids (CLI --standard) > the config's `packs` > the policy's `applies` > the defaults;
 * mandatory catalogs (the law) and the config's extra packs always join.
 */
export function selectCatalogs(model: PolicyModel, registry: CatalogRegistry, config?: AsplConfig, forced?: string[]): Selection {
    const unknown: string[] = [];
    // Extra packs first: a forced id may name one of them.
    const extra = (config?.extraPacks ?? []).map((file) => registry.addFile(file)).filter((c): c is Catalog => !!c);
    const ids = forced?.length ? forced : config?.packs ?? (model.applies.length ? model.applies.map((a) => a.value) : undefined);
    const chosen = new Map<string, Catalog>();
    if (ids) {
        for (const id of ids) {
            const c = registry.get(id);
            if (c) chosen.set(id, c); else unknown.push(id);
        }
    } else {
        for (const c of registry.all()) if (c.enabledByDefault) chosen.set(c.id, c);
    }
    if (!forced?.length) for (const c of registry.all()) if (c.mandatory) chosen.set(c.id, c);
    for (const c of extra) chosen.set(c.id, c);
    // Unknown ids of the policy's own `applies` are the validator's to report (on the line itself).
    const fromPolicy = !forced?.length && !config?.packs;
    return { catalogs: [...chosen.values()], unknown: fromPolicy ? [] : unknown };
}
