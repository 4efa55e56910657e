/** Which clauses rest on which PolicyModel path: read from the catalogs' checks (data only). */
import type { CatalogRegistry } from '../../engine/catalog/registry.js';
import { checkPaths as engineCheckPaths } from '../../engine/catalog/check-paths.js';
import type { Catalog, Check, Clause } from '../../engine/catalog/types.js';

/** The model paths a builtin check reads (builtins are code; their paths are stated here). */
const BUILTIN_PATHS: Record<string, string[]> = {
    'defect-shipping-by-seller': ['returns.shipping'],
    'no-reason-exemptions': ['returns.noReason.exemptions', 'returns.noReason.confirmed'],
};

/** Every path a clause's check reads, conditions included, without filters (what hover and rename index by). */
export function clausePaths(check: Check | undefined): string[] {
    const out = engineCheckPaths(check, true).map((p) => p.replace(/\[[^\]]*\]/g, ''));
    const walk = (c: Check | undefined): void => {
        if (!c) return;
        if ('builtin' in c) out.push(...(BUILTIN_PATHS[c.builtin] ?? []));
        else if ('when' in c) { walk(c.when.if); walk(c.when.then); }
        else if ('all' in c) c.all.forEach(walk);
        else if ('any' in c) c.any.forEach(walk);
    };
    walk(check);
    return out;
}

export interface ClauseRef { catalog: Catalog; clause: Clause }

export class ClauseIndex {
    private readonly byPath = new Map<string, ClauseRef[]>();

    constructor(readonly registry: CatalogRegistry) {
        for (const catalog of registry.all()) {
            for (const clause of catalog.clauses) {
                for (const p of new Set(clausePaths(clause.check))) {
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
