/** Who imports whom, read from the parsed documents the workspace holds. */
import { URI, type LangiumDocuments } from 'langium';
import type { Document } from '../../parse/generated/ast.js';
import { importUris } from '../../parse/imports.js';

export function directImports(documents: LangiumDocuments, uri: URI): URI[] {
    const doc = documents.getDocument(uri);
    const root = doc?.parseResult?.value as Document | undefined;
    return root?.imports ? importUris(root, uri) : [];
}

/** Every file reachable through imports from `uri` (not including itself). */
export function importClosure(documents: LangiumDocuments, uri: URI): Set<string> {
    const out = new Set<string>();
    const queue = [uri];
    while (queue.length) {
        const u = queue.pop()!;
        for (const i of directImports(documents, u)) {
            const key = i.toString();
            if (out.has(key) || key === uri.toString()) continue;
            out.add(key);
            queue.push(i);
        }
    }
    return out;
}

/** Documents that import any of `targets`, directly or transitively. */
export function importersOf(documents: LangiumDocuments, targets: Set<string>): URI[] {
    if (!targets.size) return [];
    const out: URI[] = [];
    for (const doc of documents.all) {
        const key = doc.uri.toString();
        if (targets.has(key)) continue;
        const closure = importClosure(documents, doc.uri);
        for (const t of targets) {
            if (closure.has(t)) {
                out.push(doc.uri);
                break;
            }
        }
    }
    return out;
}
