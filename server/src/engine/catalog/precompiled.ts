/**
 * The shipped catalogs, loaded at build time: the bundles carry each file's LoadResult (YAML parsed,
 * schema and semantics checked) with the SHA-1 of the bytes it came from, so a run neither parses
 * YAML nor compiles the JSON Schema for them. A file whose bytes no longer match (edited since the
 * build) is loaded from YAML as usual, so the table can never be stale; packs named by users are
 * always loaded from their files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { builtinCatalogFiles, loadCatalogFile, type LoadResult } from './load.js';
import { standardsDir } from './locate.js';

/** Set by build/bundle.mjs (esbuild `define`) to the JSON text of a PrecompiledTable; absent under tsc. */
declare const __ASPL_PRECOMPILED_CATALOGS__: string | undefined;

/** Paths inside the table are relative to standards/ with forward slashes (the install folder differs). */
interface Entry { sha1: string; result: LoadResult }
export type PrecompiledTable = Record<string, Entry>;

const sha1 = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

function toRelative(file: string, dir: string): string {
    return relative(dir, file).split(sep).join('/');
}

/** Build time: every shipped catalog and pack, loaded by the ordinary loader. */
export function precompileCatalogs(dir = standardsDir()): PrecompiledTable {
    const table: PrecompiledTable = {};
    for (const file of shippedFiles(dir)) {
        const result = loadCatalogFile(file);
        const rel = toRelative(file, dir);
        const relocate = <T extends { file: string }>(x: T): T => ({ ...x, file: toRelative(x.file, dir) });
        table[rel] = {
            sha1: sha1(readFileSync(file)),
            result: { ...(result.catalog ? { catalog: relocate(result.catalog) } : {}), problems: result.problems.map(relocate) },
        };
    }
    return table;
}

/** The shipped catalogs, then the shipped sample packs (disabled by default). */
export function shippedFiles(dir = standardsDir()): string[] {
    const packs = join(dir, 'packs');
    const packFiles = existsSync(packs) ? readdirSync(packs).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(packs, f)) : [];
    return [...builtinCatalogFiles(), ...packFiles];
}

let table: PrecompiledTable | null | undefined;

/** The build-time LoadResult of a shipped file, when the file is still the one it was made from. */
export function precompiledResult(file: string, dir = standardsDir(), from?: PrecompiledTable): LoadResult | undefined {
    const source = from ?? (table === undefined ? (table = typeof __ASPL_PRECOMPILED_CATALOGS__ === 'string' ? JSON.parse(__ASPL_PRECOMPILED_CATALOGS__) as PrecompiledTable : null) : table);
    if (!source) return undefined;
    const rel = toRelative(file, dir);
    if (rel.startsWith('../') || isAbsolute(rel)) return undefined;
    const entry = Object.hasOwn(source, rel) ? source[rel] : undefined;
    if (!entry) return undefined;
    let bytes: Buffer;
    try { bytes = readFileSync(file); } catch { return undefined; }
    if (sha1(bytes) !== entry.sha1) return undefined;
    const back = <T extends { file: string }>(x: T): T => ({ ...x, file: join(dir, x.file) });
    const c = entry.result.catalog;
    // clause ids are data: their line table has no prototype (as the loader makes it)
    const catalog = c ? { ...back(c), clauseLines: Object.assign(Object.create(null) as Record<string, number>, c.clauseLines) } : undefined;
    return { ...(catalog ? { catalog } : {}), problems: entry.result.problems.map(back) };
}

/** A shipped file from the build-time table, any other file (or a changed one) from its YAML. */
export function loadCatalog(file: string): LoadResult {
    return precompiledResult(file) ?? loadCatalogFile(file);
}
