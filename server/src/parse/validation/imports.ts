import { AstUtils, type LangiumDocuments, type URI, type ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { importUris, insideRoots, resolveImport } from '../imports.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';

/** Imports must name loaded .aspl files holding a policy, without cycles. (`extends` of a policy not imported: the linker says so.) */
export class ImportsValidator {
    constructor(private readonly settings: AsplSettings, private readonly documents: LangiumDocuments) {}

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

    /** The import chain from `start` back to `origin`, if `start` (transitively) imports `origin`. */
    private cycle(start: URI, origin: URI): URI[] | undefined {
        const seen = new Set<string>();
        const walk = (u: URI, path: URI[]): URI[] | undefined => {
            if (u.toString() === origin.toString()) return path;
            if (seen.has(u.toString()) || !this.documents.hasDocument(u)) return undefined;
            seen.add(u.toString());
            const doc = this.documents.getDocument(u)!.parseResult.value as ast.Document;
            for (const next of importUris(doc, u)) {
                const found = walk(next, [...path, next]);
                if (found) return found;
            }
            return undefined;
        };
        return walk(start, [origin, start]);
    }
}

function base(u: URI): string {
    return u.path.split('/').pop() ?? u.path;
}
