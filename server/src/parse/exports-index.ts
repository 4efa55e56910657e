/**
 * The index of the core services (CLI, engine tests, bench): what each document exports, for
 * scoping across imports — but no reference index. Langium describes every cross-reference of
 * every built document for find-references and for re-linking after edits; only the editor asks
 * either (it has its own index manager, faces/lsp/index-manager.ts), so a check was paying for
 * descriptions nobody read (~3 % of a 100,000-line policy). Asking this index for them is a
 * programming error, said loudly rather than answered with nothing.
 */
import { DefaultIndexManager, type AstNode, type LangiumDocument, type ReferenceDescription, type Stream } from 'langium';

export class ExportsOnlyIndexManager extends DefaultIndexManager {
    override updateReferences(_document: LangiumDocument): Promise<void> {
        return Promise.resolve();
    }

    override findAllReferences(_targetNode: AstNode, _astNodePath: string): Stream<ReferenceDescription> {
        throw new Error('the core services keep no reference index (find-references is the language server\'s)');
    }

    override isAffected(_document: LangiumDocument, _changedUris: Set<string>): boolean {
        throw new Error('the core services keep no reference index (incremental re-linking is the language server\'s)');
    }
}
