/** Which clauses rest on which PolicyModel path: read from the catalogs' checks (data only). */
import type { CatalogRegistry } from '../../engine/catalog/registry.js';
import type { Catalog, Check, Clause } from '../../engine/catalog/types.js';

/** The model paths a builtin check reads (builtins are code; their paths are stated here). */
const BUILTIN_PATHS: Record<string, string[]> = {
    'defect-shipping-by-seller': ['returns.shipping'],
    'no-reason-exemptions': ['returns.noReason.exemptions', 'returns.noReason.confirmed'],
};

export function checkPaths(check: Check | undefined, out: string[] = []): string[] {
    if (!check || typeof check !== 'object') return out;
    const plain = (p: string) => out.push(p.replace(/\[[^\]]*\]/g, ''));
    if ('exists' in check) plain(check.exists);
    else if ('count' in check) plain(check.count.path);
    else if ('maxDuration' in check) plain(check.maxDuration.path);
    else if ('minDuration' in check) plain(check.minDuration.path);
    else if ('oneOf' in check) plain(check.oneOf.path);
    else if ('noneOf' in check) plain(check.noneOf.path);
    else if ('format' in check) plain(check.format.path);
    else if ('forbiddenText' in check) out.push('texts');
    else if ('allHave' in check) plain(`${check.allHave.path}.${check.allHave.field}`);
    else if ('when' in check) { checkPaths(check.when.if, out); checkPaths(check.when.then, out); }
    else if ('all' in check) check.all.forEach((c) => checkPaths(c, out));
    else if ('any' in check) check.any.forEach((c) => checkPaths(c, out));
    else if ('builtin' in check) for (const p of BUILTIN_PATHS[check.builtin] ?? []) out.push(p);
    return out;
}

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
