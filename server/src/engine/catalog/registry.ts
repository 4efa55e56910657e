import type { ClauseDirectory } from '../../parse/settings.js';
import { loadCatalog, shippedFiles } from './precompiled.js';
import type { Bilingual } from '../../i18n/locale.js';
import { defineMessages } from '../../i18n/message.js';
import { labelOf } from '../labels.js';
import { requiredPaths } from '../checks/registry.js';
import type { Catalog, FileProblem } from './types.js';

const M = defineMessages('registry', {
    idTaken: { zh: '标准编号“{id}”已由 {first} 使用，此文件被忽略', en: "catalog id '{id}' is already used by {first}; this file is ignored" },
});

/** The catalogs known to one run: the shipped ones, the shipped sample packs, and packs named by configs. */
export class CatalogRegistry implements ClauseDirectory {
    private readonly byId = new Map<string, Catalog>();
    private readonly byFile = new Map<string, Catalog | undefined>();
    readonly problems: FileProblem[] = [];

    /** The shipped catalogs plus the shipped sample packs (disabled by default). */
    static shipped(): CatalogRegistry {
        const r = new CatalogRegistry();
        for (const f of shippedFiles()) r.addFile(f);
        return r;
    }

    /** Loads a pack file once; a broken pack is recorded as problems and the others keep working. */
    addFile(file: string): Catalog | undefined {
        if (this.byFile.has(file)) return this.byFile.get(file);
        const { catalog, problems } = loadCatalog(file);
        for (const p of problems) this.problems.push(p);
        if (catalog && this.byId.has(catalog.id) && this.byId.get(catalog.id)!.file !== file) {
            // A pack may not replace a catalog already known (the law, say) under the same id.
            const first = this.byId.get(catalog.id)!.file;
            this.problems.push({ file, line: catalog.idLine, column: 5, message: M.idTaken({ id: catalog.id, first }) });
            this.byFile.set(file, undefined);
            return undefined;
        }
        this.byFile.set(file, catalog);
        if (catalog) this.byId.set(catalog.id, catalog);
        return catalog;
    }

    problemsFor(file: string): FileProblem[] {
        return this.problems.filter((p) => p.file === file);
    }

    get(id: string): Catalog | undefined { return this.byId.get(id); }
    all(): Catalog[] { return [...this.byId.values()]; }
    catalogIds(): string[] { return [...this.byId.keys()]; }
    hasCatalog(id: string): boolean { return this.byId.has(id); }
    hasClause(catalog: string, clause: string): boolean {
        return !!this.byId.get(catalog)?.clauses.some((c) => c.id === clause);
    }
    isMandatory(catalog: string): boolean {
        return this.byId.get(catalog)?.mandatory === true;
    }
    checkedFields(catalog: string, clause: string): Bilingual | undefined {
        const check = this.byId.get(catalog)?.clauses.find((c) => c.id === clause)?.check;
        if (!check) return undefined;
        const labels = requiredPaths(check).map(labelOf);
        if (!labels.length) return { zh: '内置检查', en: 'a built-in check' };
        const unique = (xs: string[]) => [...new Set(xs)];
        return { zh: unique(labels.map((l) => l.zh)).join('、'), en: unique(labels.map((l) => l.en)).join(', ') };
    }
    inForce(applies: string[]): Set<string> {
        const ids = new Set(applies.length ? applies : this.all().filter((c) => c.enabledByDefault).map((c) => c.id));
        for (const c of this.all()) if (c.mandatory) ids.add(c.id);
        return ids;
    }
}
