/**
 * Langium's builder plus what a policy/base-policy pair needs:
 * - imported files are loaded and built with the policy, within the import roots (the
 *   workspace folders and `aspl.importRoots`; anywhere when the editor has no workspace);
 * - when a file changes, every policy importing it is re-linked and re-checked (compliance
 *   findings depend on the merged model, not only on references Langium tracks);
 * - the text version each document was parsed from is remembered, so diagnostics carry it.
 */
import { isRegularFile } from '../../io/read.js';
import type { AsplCoreServices } from '../../parse/aspl-module.js';
import { ImportWalk, directImports, importersOf, insideRoots } from '../../parse/imports.js';
import {
    Cancellation, DefaultDocumentBuilder, DocumentState, URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices,
} from 'langium';

export class AsplDocumentBuilder extends DefaultDocumentBuilder {
    /** uri → version of the text document the current parse result came from. */
    readonly parsedVersions = new Map<string, number | undefined>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onDocumentPhase(DocumentState.Parsed, (doc) => {
            this.parsedVersions.set(doc.uri.toString(), this.textDocuments?.get(doc.uri.toString())?.version);
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const touched = new Set([...changed, ...deleted].map((u) => u.toString()));
        for (const uri of importersOf(this.langiumDocuments, touched)) {
            const doc = this.langiumDocuments.getDocument(uri);
            if (doc && !touched.has(uri.toString())) this.resetToState(doc, DocumentState.ComputedScopes);
        }
        for (const d of deleted) this.parsedVersions.delete(d.toString());
        return super.update(changed, deleted, cancelToken);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, (doc) => this.langiumDocumentFactory.update(doc, cancelToken));
        const extra = await this.loadImports(documents);
        return super.buildDocuments(extra.length ? [...documents, ...extra] : documents, options, cancelToken);
    }

    /** Inside the import roots (the workspace folders and `aspl.importRoots`)? Outside, it is never read: the validator reports import-outside. */
    private mayImport(u: URI): boolean {
        const settings = (this.serviceRegistry.getServices(u) as Partial<AsplCoreServices>).aspl?.Settings;
        return !settings || insideRoots(u.fsPath, settings.roots);
    }

    /** Imported .aspl files not yet in the workspace, loaded (and parsed) transitively. */
    private async loadImports(documents: LangiumDocument[]): Promise<LangiumDocument[]> {
        const docs = this.langiumDocuments;
        const loadable = (u: URI) => !docs.hasDocument(u) && u.scheme === 'file' && u.path.endsWith('.aspl') && isRegularFile(u.fsPath) && this.mayImport(u);
        const extra: LangiumDocument[] = [];
        const walk = new ImportWalk(documents.map((d) => d.uri));
        for (let u = walk.next(); u; u = walk.next()) {
            for (const i of walk.push(directImports(docs, u), loadable)) extra.push(await docs.getOrCreateDocument(i));
        }
        return extra;
    }
}
