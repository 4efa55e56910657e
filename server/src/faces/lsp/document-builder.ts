/**
 * Langium's builder plus what a policy/base-policy pair needs:
 * - imported files are loaded and built with the policy even when they lie outside the
 *   workspace folders (an editor opened on one file still sees its base policy);
 * - when a file changes, every policy importing it is re-linked and re-checked (compliance
 *   findings depend on the merged model, not only on references Langium tracks);
 * - the text version each document was parsed from is remembered, so diagnostics carry it.
 */
import { existsSync, statSync } from 'node:fs';
import {
    Cancellation, DefaultDocumentBuilder, DocumentState, URI, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices,
} from 'langium';
import { directImports, importersOf } from './import-graph.js';

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

    /** Imported .aspl files not yet in the workspace, loaded (and parsed) transitively. */
    private async loadImports(documents: LangiumDocument[]): Promise<LangiumDocument[]> {
        const known = new Set(documents.map((d) => d.uri.toString()));
        const extra: LangiumDocument[] = [];
        const queue = [...documents];
        while (queue.length) {
            const doc = queue.pop()!;
            for (const u of directImports(this.langiumDocuments, doc.uri)) {
                const key = u.toString();
                if (known.has(key)) continue;
                known.add(key);
                if (this.langiumDocuments.hasDocument(u)) continue;
                if (u.scheme !== 'file' || !u.path.endsWith('.aspl') || !isFile(u.fsPath)) continue;
                const imported = await this.langiumDocuments.getOrCreateDocument(u);
                extra.push(imported);
                queue.push(imported);
            }
        }
        return extra;
    }
}

function isFile(path: string): boolean {
    try {
        return existsSync(path) && statSync(path).isFile();
    } catch {
        return false;
    }
}
