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
 * The workspace's import graph, in one place: its edges (`directImports`), the documents a policy
 * imports in merge or scope order (`importedDocuments`), everything reachable (`ImportWalk`, which
 * also drives loading the files as they are found), who imports a file (`importersOf`) and the
 * cycles (`ImportCycles`, for the validator).
 */

/** The imports of a document the workspace holds (none when it does not hold it). */
export function directImports(documents: LangiumDocuments, uri: URI): URI[] {
    const root = documents.getDocument(uri)?.parseResult?.value as Document | undefined;
    return root?.imports ? importUris(root, uri) : [];
}

/**
 * The documents `start` imports that the workspace holds, each once, depth first: `pre` lists a
 * document before what it imports (scopes: nearest names first), `post` after (merging: the
 * deepest base first). Cycles are cut here; the import validator reports them.
 */
export function importedDocuments(documents: LangiumDocuments, start: LangiumDocument, options: { order?: 'pre' | 'post'; transitive?: boolean } = {}): LangiumDocument[] {
    const { order = 'pre', transitive = true } = options;
    const out: LangiumDocument[] = [];
    const seen = new Set<string>([start.uri.toString()]);
    const walk = (d: LangiumDocument) => {
        for (const u of directImports(documents, d.uri)) {
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

/**
 * A walk over everything reachable through imports, each URI once. The caller says what a URI
 * imports (`push`), so the same walk reads the loaded graph and loads files as it finds them
 * (synchronously in parse/load.ts, asynchronously in the server's document builder).
 */
export class ImportWalk {
    private readonly seen = new Set<string>();
    private readonly queue: URI[] = [];

    constructor(roots: URI[]) {
        for (const r of roots) this.seen.add(r.toString());
        this.queue.push(...roots);
    }

    /** The next URI to visit, or undefined when the walk is done. */
    next(): URI | undefined {
        return this.queue.pop();
    }

    /**
     * What the URI just visited imports. The ones not seen before that `follow` accepts are visited
     * later and returned (a loader creates their documents before the walk reads their imports).
     */
    push(imports: URI[], follow: (u: URI) => boolean = () => true): URI[] {
        const fresh = imports.filter((u) => !this.seen.has(u.toString()));
        for (const u of fresh) this.seen.add(u.toString());
        const next = fresh.filter(follow);
        this.queue.push(...next);
        return next;
    }

    /** Every URI reached so far, the roots included. */
    reached(): Set<string> {
        return this.seen;
    }
}

/** Every file reachable through imports from `uri` (not including itself), loaded or not. */
export function importClosure(documents: LangiumDocuments, uri: URI): Set<string> {
    const walk = new ImportWalk([uri]);
    for (let u = walk.next(); u; u = walk.next()) walk.push(directImports(documents, u));
    const out = new Set(walk.reached());
    out.delete(uri.toString());
    return out;
}

/** Documents that import any of `targets`, directly or transitively. */
export function importersOf(documents: LangiumDocuments, targets: Set<string>): URI[] {
    if (!targets.size) return [];
    const out: URI[] = [];
    for (const doc of documents.all) {
        if (targets.has(doc.uri.toString())) continue;
        const closure = importClosure(documents, doc.uri);
        if ([...targets].some((t) => closure.has(t))) out.push(doc.uri);
    }
    return out;
}

/** The loaded documents' imports as a graph over URI strings, with Tarjan's strongly connected components. */
export class ImportCycles {
    readonly edges = new Map<string, string[]>();
    readonly uris = new Map<string, URI>();
    /** Component number of every document (documents in one cycle share it). */
    readonly component = new Map<string, number>();

    static of(documents: LangiumDocuments): ImportCycles {
        const g = new ImportCycles();
        for (const d of documents.all) {
            const key = d.uri.toString();
            g.uris.set(key, d.uri);
            g.edges.set(key, directImports(documents, d.uri).map((u) => u.toString()));
        }
        for (const [k, e] of g.edges) g.edges.set(k, e.filter((n) => g.edges.has(n)));
        g.components();
        return g;
    }

    /**
     * The import chain from `start` back to `origin`, if `start` (transitively) imports `origin`.
     * The graph and its strongly connected components are computed once per build, so an
     * import outside any cycle costs O(1); inside one, a search with parent links over that
     * component. (Copying the path at every step of a recursive walk for every import made a
     * chain of n imports cost n³, and the recursion could overflow the stack.)
     */
    chain(start: URI, origin: URI): URI[] | undefined {
        const target = origin.toString();
        const first = start.toString();
        const component = this.component.get(first);
        if (component === undefined || component !== this.component.get(target)) return undefined;
        const parent = new Map<string, string | undefined>([[first, undefined]]);
        const queue = [first];
        for (let i = 0; i < queue.length; i++) {
            const key = queue[i];
            if (key === target) {
                const chain: URI[] = [];
                for (let k: string | undefined = key; k !== undefined; k = parent.get(k)) chain.push(this.uris.get(k)!);
                return [origin, ...chain.reverse()];
            }
            for (const n of this.edges.get(key) ?? []) {
                if (parent.has(n) || this.component.get(n) !== component) continue;
                parent.set(n, key);
                queue.push(n);
            }
        }
        return undefined;
    }

    /** Tarjan's algorithm, iterative (a long import chain must not overflow the stack). */
    private components(): void {
        const index = new Map<string, number>();
        const low = new Map<string, number>();
        const onStack = new Set<string>();
        const stack: string[] = [];
        let counter = 0;
        let next = 0;
        for (const root of this.edges.keys()) {
            if (index.has(root)) continue;
            const work: Array<{ v: string; i: number }> = [{ v: root, i: 0 }];
            index.set(root, counter); low.set(root, counter); counter++;
            stack.push(root); onStack.add(root);
            while (work.length) {
                const top = work[work.length - 1];
                const out = this.edges.get(top.v)!;
                if (top.i < out.length) {
                    const w = out[top.i++];
                    if (!index.has(w)) {
                        index.set(w, counter); low.set(w, counter); counter++;
                        stack.push(w); onStack.add(w);
                        work.push({ v: w, i: 0 });
                    } else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
                    continue;
                }
                work.pop();
                if (work.length) { const p = work[work.length - 1].v; low.set(p, Math.min(low.get(p)!, low.get(top.v)!)); }
                if (low.get(top.v) === index.get(top.v)) {
                    let w: string;
                    do { w = stack.pop()!; onStack.delete(w); this.component.set(w, next); } while (w !== top.v);
                    next++;
                }
            }
        }
    }
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
