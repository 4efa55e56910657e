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
