import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { URI, UriUtils } from 'langium';
import type { Document, Import } from './generated/ast.js';

/** The absolute URI an import names, relative to the importing document. */
export function resolveImport(from: URI, imp: Import): URI | undefined {
    if (!imp.path) return undefined;
    return UriUtils.resolvePath(UriUtils.dirname(from), imp.path);
}

export function importUris(doc: Document, from: URI): URI[] {
    return doc.imports.map((i) => resolveImport(from, i)).filter((u): u is URI => u !== undefined);
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
