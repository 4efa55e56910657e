import { AstUtils, DocumentState, type DocumentBuilder, type LangiumDocuments, type URI, type ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { importUris, insideRoots, resolveImport } from '../imports.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';

/** Imports must name loaded .aspl files holding a policy, without cycles. (`extends` of a policy not imported: the linker says so.) */
export class ImportsValidator {
    constructor(private readonly settings: AsplSettings, private readonly documents: LangiumDocuments, builder: DocumentBuilder) {
        // Documents change only between builds: the graph is rebuilt once per build.
        builder.onBuildPhase(DocumentState.IndexedContent, () => { this.graph = undefined; });
    }

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        return {
            Import: (imp: ast.Import, accept) => {
                const report = reporter(this.settings, accept);
                const from = AstUtils.getDocument(imp).uri;
                const target = resolveImport(from, imp);
                if (!target) return;
                if (!insideRoots(target.fsPath, this.settings.roots)) {
                    report('error', 'import-outside', { path: imp.path }, { node: imp, property: 'path' });
                } else if (!target.path.endsWith('.aspl')) {
                    report('error', 'import-not-aspl', { path: imp.path }, { node: imp, property: 'path' });
                } else if (!this.documents.hasDocument(target)) {
                    report('error', 'import-missing', { path: imp.path }, { node: imp, property: 'path' });
                } else {
                    const chain = this.cycle(target, from);
                    if (chain) report('error', 'import-cycle', { chain: chain.map(base).join(' → ') }, { node: imp, property: 'path' });
                    else if (!(this.documents.getDocument(target)!.parseResult.value as ast.Document).policy) {
                        report('warning', 'import-no-policy', { path: imp.path }, { node: imp, property: 'path' });
                    }
                }
            },
        };
    }

    /**
     * The import chain from `start` back to `origin`, if `start` (transitively) imports `origin`.
     * The graph and its strongly connected components are computed once per build, so an
     * import outside any cycle costs O(1); inside one, a search with parent links over that
     * component. (Copying the path at every step of a recursive walk for every import made a
     * chain of n imports cost n³, and the recursion could overflow the stack.)
     */
    private cycle(start: URI, origin: URI): URI[] | undefined {
        const g = (this.graph ??= ImportGraph.of(this.documents));
        const target = origin.toString();
        const first = start.toString();
        const component = g.component.get(first);
        if (component === undefined || component !== g.component.get(target)) return undefined;
        const parent = new Map<string, string | undefined>([[first, undefined]]);
        const queue = [first];
        for (let i = 0; i < queue.length; i++) {
            const key = queue[i];
            if (key === target) {
                const chain: URI[] = [];
                for (let k: string | undefined = key; k !== undefined; k = parent.get(k)) chain.push(g.uris.get(k)!);
                return [origin, ...chain.reverse()];
            }
            for (const n of g.edges.get(key) ?? []) {
                if (parent.has(n) || g.component.get(n) !== component) continue;
                parent.set(n, key);
                queue.push(n);
            }
        }
        return undefined;
    }

    private graph: ImportGraph | undefined;
}

/** The loaded documents' imports as a graph over URI strings, with Tarjan's strongly connected components. */
class ImportGraph {
    readonly edges = new Map<string, string[]>();
    readonly uris = new Map<string, URI>();
    /** Component number of every document (documents in one cycle share it). */
    readonly component = new Map<string, number>();

    static of(documents: LangiumDocuments): ImportGraph {
        const g = new ImportGraph();
        for (const d of documents.all) {
            const key = d.uri.toString();
            g.uris.set(key, d.uri);
            g.edges.set(key, importUris(d.parseResult.value as ast.Document, d.uri).map((u) => u.toString()));
        }
        for (const [k, e] of g.edges) g.edges.set(k, e.filter((n) => g.edges.has(n)));
        g.components();
        return g;
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

function base(u: URI): string {
    return u.path.split('/').pop() ?? u.path;
}
