/** Which clauses rest on which PolicyModel path: read from the catalogs' checks (data only). */
import type { CatalogRegistry } from '../../engine/catalog/registry.js';
import type { Catalog, Clause } from '../../engine/catalog/types.js';
import { checkPaths } from '../../engine/checks/registry.js';

export interface ClauseRef { catalog: Catalog; clause: Clause }

export class ClauseIndex {
    private readonly byPath = new Map<string, ClauseRef[]>();

    constructor(readonly registry: CatalogRegistry) {
        for (const catalog of registry.all()) {
            for (const clause of catalog.clauses) {
                for (const p of new Set(checkPaths(clause.check))) {
                    const list = this.byPath.get(p) ?? [];
                    list.push({ catalog, clause });
                    this.byPath.set(p, list);
                }
            }
        }
    }

    /** Clauses whose checks read `path` or something below it (a block's fields). */
    clausesOn(path: string): ClauseRef[] {
        const out: ClauseRef[] = [];
        const seen = new Set<string>();
        for (const [p, refs] of this.byPath) {
            if (p !== path && !p.startsWith(path + '.')) continue;
            for (const r of refs) {
                const key = `${r.catalog.id} ${r.clause.id}`;
                if (!seen.has(key)) { seen.add(key); out.push(r); }
            }
        }
        return out;
    }

    clause(catalogId: string, clauseId: string): ClauseRef | undefined {
        const catalog = this.registry.get(catalogId);
        const clause = catalog?.clauses.find((c) => c.id === clauseId);
        return catalog && clause ? { catalog, clause } : undefined;
    }
}
