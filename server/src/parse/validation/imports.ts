import { AstUtils, DocumentState, type DocumentBuilder, type LangiumDocuments, type URI, type ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { ImportCycles, insideRoots, resolveImport } from '../imports.js';
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
                    const chain = (this.graph ??= ImportCycles.of(this.documents)).chain(target, from);
                    if (chain) report('error', 'import-cycle', { chain: chain.map(base).join(' → ') }, { node: imp, property: 'path' });
                    else if (!(this.documents.getDocument(target)!.parseResult.value as ast.Document).policy) {
                        report('warning', 'import-no-policy', { path: imp.path }, { node: imp, property: 'path' });
                    }
                }
            },
        };
    }

    private graph: ImportCycles | undefined;
}

function base(u: URI): string {
    return u.path.split('/').pop() ?? u.path;
}
