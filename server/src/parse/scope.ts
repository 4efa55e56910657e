import {
    AstUtils, DefaultScopeProvider, MapScope, type AstNode, type AstNodeDescription,
    type LangiumCoreServices, type LangiumDocument, type LangiumDocuments, type ReferenceInfo, type Scope,
} from 'langium';
import { Channel, Policy, type Document } from './generated/ast.js';
import { importedDocuments } from './imports.js';
import { WorkspaceMapCache } from './workspace-cache.js';

/**
 * Names are looked up in maps, not scanned lists: with a list scope, linking time grows
 * with the square of the names in one policy (1 s at 20,000 lines, measured).
 * Channels are visible in their own policy and in every policy it imports (transitively),
 * so a product policy can name the channels of its company base policy.
 */
export class AsplScopeProvider extends DefaultScopeProvider {
    private readonly documents: LangiumDocuments;
    /** One channel scope per document, dropped whenever the workspace changes (imports may have). */
    private readonly channelScopes: WorkspaceMapCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.channelScopes = new WorkspaceMapCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const root = AstUtils.getDocument(context.container);
        if (context.property === 'base') {
            const policies = this.imported(root, false).map((d) => d.policy).filter((p): p is Policy => !!p);
            return this.scopeOf(policies);
        }
        return this.channelScopes.get(root.uri.toString(), () => this.scopeOf(this.channels(root)));
    }

    /** The channels a reference in `root` may name, in the order they are looked up. */
    channels(root: LangiumDocument): Channel[] {
        const channels: Channel[] = [];
        for (const d of [root.parseResult.value as Document, ...this.imported(root, true)]) {
            for (const m of d.policy?.members ?? []) if (m.$type === Channel.$type) channels.push(m as Channel);
        }
        return channels;
    }

    private scopeOf(nodes: AstNode[]): Scope {
        const descriptions: AstNodeDescription[] = [];
        for (const n of nodes) {
            const name = this.nameProvider.getName(n);
            if (name) descriptions.push(this.descriptions.createDescription(n, name));
        }
        // Reverse so that the first definition wins in the map (duplicates are reported by the validator).
        return new MapScope(descriptions.reverse());
    }

    /** Documents imported by `doc`, loaded already (the CLI and server load imports before linking). */
    private imported(root: LangiumDocument, transitive: boolean): Document[] {
        return importedDocuments(this.documents, root, { transitive }).map((d) => d.parseResult.value as Document);
    }
}
