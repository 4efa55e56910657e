import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { URI, UriUtils, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { Document, Import } from './generated/ast.js';

/** The absolute URI an import names, relative to the importing document. */
export function resolveImport(from: URI, imp: Import): URI | undefined {
    if (!imp.path) return undefined;
    return UriUtils.resolvePath(UriUtils.dirname(from), imp.path);
}

export function importUris(doc: Document, from: URI): URI[] {
    return doc.imports.map((i) => resolveImport(from, i)).filter((u): u is URI => u !== undefined);
}

/**
 * The documents `start` imports that the workspace holds, each once, depth first: `pre` lists a
 * document before what it imports (scopes: nearest names first), `post` after (merging: the
 * deepest base first). Cycles are cut here; the import validator reports them. Loading imports
 * (parse/load.ts, the server's document builder) and finding a cycle's chain walk on their own:
 * they create documents or need the path, not the set.
 */
export function importedDocuments(documents: LangiumDocuments, start: LangiumDocument, options: { order?: 'pre' | 'post'; transitive?: boolean } = {}): LangiumDocument[] {
    const { order = 'pre', transitive = true } = options;
    const out: LangiumDocument[] = [];
    const seen = new Set<string>([start.uri.toString()]);
    const walk = (d: LangiumDocument) => {
        const root = d.parseResult?.value as Document | undefined;
        for (const u of root?.imports ? importUris(root, d.uri) : []) {
            const key = u.toString();
            if (seen.has(key) || !documents.hasDocument(u)) continue;
            seen.add(key);
            const imported = documents.getDocument(u)!;
            if (order === 'pre') out.push(imported);
            if (transitive) walk(imported);
            if (order === 'post') out.push(imported);
        }
    };
    walk(start);
    return out;
}

/** Is the file inside one of the roots (after resolving symlinks)? No roots: anywhere. */
export function insideRoots(path: string, roots: string[]): boolean {
    if (!roots.length) return true;
    let real: string;
    try { real = realpathSync(path); } catch { real = resolve(path); }
    return roots.some((r) => {
        let root: string;
        try { root = realpathSync(r); } catch { root = resolve(r); }
        const rel = relative(root, real);
        return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    });
}
