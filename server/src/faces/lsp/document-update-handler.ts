/**
 * Document changes → builds. Two additions to Langium's handler:
 * - Debounce: Langium 4.4 re-parses the whole document on every didChange before it can
 *   cancel anything. Small policies are rebuilt at once; a large one typed into quickly waits
 *   until the writer pauses, so a burst of keystrokes costs one parse, not one each.
 * - Configuration: aspl.config.yaml files and the packs they name are watched; a change
 *   re-reads them and re-checks every open policy without a restart.
 * - Saves are asked for: `aspl.run: onSave` judges a policy when it is saved.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { DocumentState, URI } from 'langium';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComplianceService } from './compliance.js';
import { importersOf } from '../../parse/imports.js';
import type { AsplWorkspaceManager } from './workspace-manager.js';

/** Lines from which a document counts as large. */
export const LARGE_DOCUMENT_LINES = 5_000;
/** Pause (ms) a large document waits for after a keystroke that follows another quickly. */
export const DEBOUNCE_MS = 200;
/** Two edits closer than this (ms) are one burst of typing. */
const BURST_MS = 150;

export class AsplDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly pending = new Set<string>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly lastChange = new Map<string, number>();
    private compliance?: () => ComplianceService;
    private readonly closeListeners: Array<(uri: string) => void> = [];
    private readonly saveListeners: Array<(uri: string) => void> = [];
    private readonly shared: LangiumSharedServices;
    /** A build started by an edit has not finished yet. */
    private building = false;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.shared = services;
        services.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => { this.building = false; });
    }

    /** Set once the language services exist (they are created after the shared ones). */
    useCompliance(get: () => ComplianceService): void {
        this.compliance = get;
    }

    /** Called when the editor closes a document: editing state kept for it can go. */
    onClose(listener: (uri: string) => void): void {
        this.closeListeners.push(listener);
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const uri = change.document.uri;
        // YAML and other files opened by a generous client are not policies (untitled ones may be).
        if (!uri.endsWith('.aspl') && change.document.languageId !== 'aspl') return;
        const now = Date.now();
        const last = this.lastChange.get(uri) ?? 0;
        this.lastChange.set(uri, now);
        this.pending.add(uri);
        const large = change.document.lineCount >= LARGE_DOCUMENT_LINES;
        // Typing while the previous edit is still being checked, or in quick succession: wait for a pause.
        const burst = this.building || now - last < BURST_MS;
        if (this.timer) clearTimeout(this.timer);
        if (large && burst) {
            this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
        } else {
            this.timer = undefined;
            this.flush();
        }
    }

    private flush(): void {
        this.timer = undefined;
        if (!this.pending.size) return;
        const uris = [...this.pending].map((u) => URI.parse(u));
        this.pending.clear();
        this.building = true;
        this.fireDocumentUpdate(uris, []);
    }

    /** Builds wait for the client's settings too: the first diagnostics are already in the right language. */
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.shared.workspace.ConfigurationProvider.ready
            .then(() => super.fireDocumentUpdate(changed, deleted))
            .catch((err) => console.error('aspl: document update failed', err));
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const yaml = params.changes.filter((c) => /\.ya?ml$/i.test(c.uri));
        const rest = params.changes.filter((c) => !/\.ya?ml$/i.test(c.uri));
        if (rest.length) super.didChangeWatchedFiles({ changes: rest });
        if (yaml.length) this.yamlChanged(yaml.map((c) => URI.parse(c.uri)));
    }

    /**
     * A closed policy goes back to its text on disk when the workspace holds it anyway (a file in
     * an indexed folder, or one an open policy imports); any other (unsaved, untitled, deleted, or
     * a file from outside the workspace) leaves the workspace, and its diagnostics and memory with it.
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const key = event.document.uri;
        const uri = URI.parse(key);
        if (!key.endsWith('.aspl') && event.document.languageId !== 'aspl') return;
        this.lastChange.delete(key);
        this.pending.delete(key);
        for (const listener of this.closeListeners) listener(key);
        const ws = this.shared.workspace;
        const kept = uri.scheme === 'file' && existsSync(uri.fsPath)
            && ((ws.WorkspaceManager as AsplWorkspaceManager).holds(uri) || importersOf(ws.LangiumDocuments, new Set([key])).length > 0);
        if (kept) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }

    /** Called when the editor saves a document (`aspl.run: onSave` judges it then). */
    onSave(listener: (uri: string) => void): void {
        this.saveListeners.push(listener);
    }

    /** Defined, so the server asks for didSave: a saved policy (onSave mode) or YAML document (clients that open config files in the same server). */
    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = event.document.uri;
        if (/\.ya?ml$/i.test(uri)) this.yamlChanged([URI.parse(uri)]);
        else for (const listener of this.saveListeners) listener(uri);
    }

    private yamlChanged(uris: URI[]): void {
        const compliance = this.compliance?.();
        if (!compliance) return;
        const relevant = uris.filter((u) => u.scheme === 'file' && (compliance.isWatchedYaml(u.fsPath) || basename(u.fsPath) === 'aspl.config.yaml'));
        if (!relevant.length) return;
        const packOrCatalog = relevant.some((u) => basename(u.fsPath) !== 'aspl.config.yaml');
        this.recheckAll(() => {
            compliance.invalidateConfigs();
            if (packOrCatalog) compliance.reloadRegistry();
        });
    }

    /** Re-checks every policy the workspace holds, after `prepare` ran under the workspace lock. */
    recheckAll(prepare: () => void = () => undefined): void {
        const ws = this.shared.workspace;
        ws.WorkspaceManager.ready.then(() => ws.WorkspaceLock.write(async (token) => {
            prepare();
            for (const doc of ws.LangiumDocuments.all) ws.DocumentBuilder.resetToState(doc, DocumentState.ComputedScopes);
            await ws.DocumentBuilder.update([], [], token);
        })).catch((err) => console.error('aspl: re-check failed', err));
    }
}
