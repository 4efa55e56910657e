/** The language server's services in this process (no connection): open, edit and close documents as an editor would. */
import { DocumentState, URI, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { AsplDocumentFactory } from '../../server/src/faces/lsp/document-factory.js';
import { createAsplLspServices, setIncremental, type AsplLspServices } from '../../server/src/faces/lsp/module.js';
import { BoundedFileSystem } from '../../server/src/parse/file-system.js';

export class InProcessServer {
    readonly shared;
    readonly aspl: AsplLspServices;
    private readonly versions = new Map<string, number>();

    constructor(options: { incremental: boolean; lang?: 'zh' | 'en'; folders?: string[] }) {
        const { shared, Aspl } = createAsplLspServices({ connection: undefined, ...BoundedFileSystem });
        this.shared = shared;
        this.aspl = Aspl;
        setIncremental(shared, Aspl, options.incremental);
        Aspl.aspl.Settings.lang = options.lang ?? 'en';
        // initialize/initialized as a client without workspace folders sends them
        const folders = (options.folders ?? []).map((f, i) => ({ uri: URI.file(f).toString(), name: `ws${i}` }));
        shared.workspace.WorkspaceManager.initialize({ capabilities: {}, processId: null, rootUri: null, workspaceFolders: folders });
        shared.workspace.ConfigurationProvider.initialize({ capabilities: {}, processId: null, rootUri: null, workspaceFolders: folders });
        Aspl.asplLsp.Options.setWorkspaceRoots(options.folders ?? []);
        this.ready = Promise.all([shared.workspace.WorkspaceManager.initialized({}), shared.workspace.ConfigurationProvider.initialized({})]).then(() => undefined);
    }

    /** Resolves once the workspace folders are indexed. */
    readonly ready: Promise<void>;

    get factory(): AsplDocumentFactory {
        return this.shared.workspace.LangiumDocumentFactory as AsplDocumentFactory;
    }

    /** Sets the editor's text of `uri` (open or change), as the client's notification does, and waits until it is validated. */
    async edit(uri: string, text: string): Promise<LangiumDocument> {
        await this.ready;
        const version = (this.versions.get(uri) ?? 0) + 1;
        this.versions.set(uri, version);
        const document = TextDocument.create(uri, 'aspl', version, text);
        this.shared.workspace.TextDocuments.set(document);
        const validated = new Promise<void>((resolve) => {
            const listener = this.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (doc) => {
                if (doc.uri.toString() !== uri || doc.textDocument.version !== version) return;
                listener.dispose();
                resolve();
            });
        });
        this.shared.lsp.DocumentUpdateHandler.didChangeContent!({ document });
        await validated;
        return this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
    }

    /** The editor closes `uri`: what the server's close handler does, then the build it starts. */
    async close(uri: string): Promise<void> {
        this.shared.workspace.TextDocuments.delete(uri);
        this.versions.delete(uri);
        const handler = this.shared.lsp.DocumentUpdateHandler as unknown as { didCloseDocument(e: { document: TextDocument }): void };
        handler.didCloseDocument({ document: TextDocument.create(uri, 'aspl', 0, '') });
        // the close handler's build runs under the workspace lock once the settings are read: wait for it
        await this.shared.workspace.ConfigurationProvider.ready;
        await this.shared.workspace.WorkspaceManager.ready;
        await new Promise((r) => setTimeout(r, 0));
        // A read runs once the queued build is done; a write would cancel that build (Langium's lock
        // cancels the previous write), leaving the document unparsed with its old text — under load
        // the test then read the edited text instead of the text on disk.
        await this.shared.workspace.WorkspaceLock.read(() => undefined);
    }

    diagnostics(uri: string): Diagnostic[] {
        return this.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))?.diagnostics ?? [];
    }
}

/** Every CST node with its position, grammar element and AST type, in tree order. */
export function cstDump(root: CstNode): string[] {
    const out: string[] = [];
    const walk = (n: CstNode, depth: number) => {
        const g = n.grammarSource as { $type?: string; value?: string; rule?: { $refText?: string } } | undefined;
        const r = n.range;
        const own = (n as unknown as { _astNode?: AstNode })._astNode?.$type ?? '';
        out.push(`${depth} ${n.offset}+${n.length} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${g?.$type ?? ''}:${g?.value ?? g?.rule?.$refText ?? ''} ${own} ${n.hidden ? 'h' : ''} ${(n as { tokenType?: { name: string } }).tokenType?.name ?? ''}`);
        for (const c of (n as { content?: CstNode[] }).content ?? []) walk(c, depth + 1);
    };
    walk(root, 0);
    return out;
}

/** The AST as plain data: properties, references by text and target, containment checked. */
export function astDump(node: AstNode): unknown {
    const seen = (n: AstNode, container: AstNode | undefined, property: string | undefined, index: number | undefined): unknown => {
        const out: Record<string, unknown> = { $type: n.$type };
        if (container && (n.$container !== container || n.$containerProperty !== property || n.$containerIndex !== index)) out.$badContainer = true;
        if (n.$cstNode && n.$cstNode.astNode !== n) out.$badCst = true;
        for (const [k, v] of Object.entries(n)) {
            if (k.startsWith('$')) continue;
            const one = (x: unknown, i?: number): unknown => {
                if (x && typeof x === 'object' && '$type' in x) return seen(x as AstNode, n, k, i);
                if (x && typeof x === 'object' && '$refText' in x) {
                    const ref = x as { $refText: string; ref?: AstNode; error?: unknown };
                    return { ref: ref.$refText, to: ref.ref?.$cstNode?.offset, error: ref.error !== undefined };
                }
                return x;
            };
            out[k] = Array.isArray(v) ? v.map((x, i) => one(x, i)) : one(v);
        }
        return out;
    };
    return seen(node, undefined, undefined, undefined);
}
