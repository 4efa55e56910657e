/**
 * The reference index, built when it is read instead of on every keystroke. Langium indexes
 * every reference of a document after each edit (a few ms per 2,000 lines), but only find
 * references, rename and highlight read it; "is this document affected by that change" is
 * answered from the document's linked references directly.
 */
import {
    DefaultIndexManager, isMultiReference, isReference, UriUtils, type AstNode, type AstNodeDescription, type LangiumDocument,
    type LangiumSharedCoreServices, type ReferenceDescription, type Stream, type URI,
} from 'langium';

export class AsplIndexManager extends DefaultIndexManager {
    private readonly pending = new Map<string, LangiumDocument>();
    private readonly shared: LangiumSharedCoreServices;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.shared = services;
    }

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        this.pending.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.flush();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        for (const ref of document.references) {
            const targets: Array<AstNodeDescription | undefined> = isReference(ref) ? [ref.$nodeDescription] : isMultiReference(ref) ? ref.items.map((i) => i.$nodeDescription) : [];
            for (const t of targets) {
                if (t && !UriUtils.equals(t.documentUri, document.uri) && changedUris.has(t.documentUri.toString())) return true;
            }
        }
        return false;
    }

    /** Indexes the references of every document linked since the last read. */
    private flush(): void {
        for (const [uri, doc] of this.pending) {
            const provider = this.shared.ServiceRegistry.getServices(doc.uri).workspace.ReferenceDescriptionProvider as unknown as {
                createInfoDescriptions(refInfo: { reference: unknown; container: AstNode; property: string }): ReferenceDescription[];
            };
            const out: ReferenceDescription[] = [];
            for (const ref of doc.references) {
                const container = ref.$refNode?.astNode;
                if (!container || ref.error) continue;
                for (const info of provider.createInfoDescriptions({ reference: ref, container, property: '' })) out.push(info);
            }
            this.referenceIndex.set(uri, out);
        }
        this.pending.clear();
    }
}
