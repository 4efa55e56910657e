/**
 * A minimal LSP client over stdio for protocol-level tests: starts the real bundled server
 * (`node extension/dist/server.cjs --stdio`), records every publishDiagnostics with its
 * version, and offers the requests the tests need.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
    CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, DocumentFormattingRequest, DocumentLinkRequest, DocumentRangeFormattingRequest,
    DocumentSymbolRequest, ExecuteCommandRequest, ExitNotification, FoldingRangeRequest, HoverRequest, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ReferencesRequest, RegistrationRequest, RenameRequest,
    SemanticTokensRequest, ShutdownRequest, ConfigurationRequest,
    type CodeAction, type CodeLens, type CompletionItem, type CompletionList, type Diagnostic, type DocumentSymbol,
    type FileEvent, type Hover, type InitializeResult, type Position, type Range, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const ROOT = resolve(__dirname, '../..');
export const SERVER = resolve(ROOT, 'extension/dist/server.cjs');

export interface Published { uri: string; version?: number; diagnostics: Diagnostic[]; at: number }

export interface StartOptions {
    locale?: string;
    rootDir?: string;
    settings?: Record<string, unknown>;
    /** What workspace/configuration answers for an item scoped to this uri (a folder's own settings over `settings`). */
    scoped?: Record<string, Record<string, unknown>>;
    /** Command line; default: the bundled server over stdio. */
    command?: string[];
}

export class LspClient {
    readonly published: Published[] = [];
    private readonly waiters: Array<() => void> = [];
    private readonly versions = new Map<string, number>();
    private readonly texts = new Map<string, string>();
    private settings: Record<string, unknown>;
    private scoped: Record<string, Record<string, unknown>>;
    initializeResult!: InitializeResult;

    private constructor(readonly proc: ChildProcess, readonly connection: ProtocolConnection, settings: Record<string, unknown>, scoped: Record<string, Record<string, unknown>>) {
        this.settings = settings;
        this.scoped = scoped;
        connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
            this.published.push({ uri: p.uri, version: p.version, diagnostics: p.diagnostics, at: performance.now() });
            for (const w of this.waiters.splice(0)) w();
        });
        connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'aspl' ? { ...this.settings, ...(i.scopeUri ? this.scoped[i.scopeUri] : {}) } : null)));
        connection.onRequest(RegistrationRequest.type, () => null);
    }

    static async start(options: StartOptions = {}): Promise<LspClient> {
        const [cmd, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
        const proc = spawn(cmd, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
        proc.stderr!.on('data', (d) => { if (process.env.LSP_DEBUG) process.stderr.write(d); });
        const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
        connection.listen();
        const client = new LspClient(proc, connection, options.settings ?? {}, options.scoped ?? {});
        const rootUri = pathToFileURL(options.rootDir ?? resolve(ROOT, 'samples')).href;
        client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri,
            locale: options.locale ?? 'en',
            workspaceFolders: [{ uri: rootUri, name: 'ws' }],
            capabilities: {
                workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: false } },
                textDocument: {
                    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
                    completion: { completionItem: { snippetSupport: true } },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    rename: { prepareSupport: true },
                },
            },
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    /** Resolves when `predicate` holds over what was published (checked on each new publish). */
    async waitFor<T>(predicate: () => T | undefined, timeoutMs = 30_000): Promise<T> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const v = predicate();
            if (v !== undefined && v !== false) return v;
            const left = deadline - Date.now();
            if (left <= 0) throw new Error('timed out waiting for the server');
            await new Promise<void>((res) => {
                const t = setTimeout(res, Math.min(left, 500));
                this.waiters.push(() => { clearTimeout(t); res(); });
            });
        }
    }

    /** The latest diagnostics for `uri` computed from at least `version`. */
    async diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
        const v = version ?? this.versions.get(uri);
        return this.waitFor(() => {
            for (let i = this.published.length - 1; i >= 0; i--) {
                const p = this.published[i];
                if (p.uri !== uri) continue;
                if (v === undefined || (p.version !== undefined && p.version >= v)) return p.diagnostics;
                return undefined;
            }
            return undefined;
        }, timeoutMs);
    }

    /** The latest diagnostics published for `uri` (no waiting). */
    latest(uri: string): Diagnostic[] | undefined {
        for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i].diagnostics;
        return undefined;
    }

    async open(file: string, text?: string): Promise<string> {
        const uri = pathToFileURL(resolve(file)).href;
        const content = text ?? readFileSync(file, 'utf8');
        // Versions keep growing across close / reopen, so old publications never match a new wait.
        const version = (this.versions.get(uri) ?? 0) + 1;
        this.versions.set(uri, version);
        this.texts.set(uri, content);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'aspl', version, text: content } });
        return uri;
    }

    text(uri: string): string {
        return this.texts.get(uri) ?? '';
    }

    version(uri: string): number {
        return this.versions.get(uri) ?? 0;
    }

    /** Sends a full-text change; returns the new version. */
    async change(uri: string, text: string): Promise<number> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.texts.set(uri, text);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        return version;
    }

    /** Sends an incremental change; returns the new version. */
    async edit(uri: string, range: Range, newText: string): Promise<number> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.texts.set(uri, applyEdits(this.texts.get(uri) ?? '', [{ range, newText }]));
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: newText }] });
        return version;
    }

    async save(uri: string): Promise<void> {
        await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** Pushes new settings (and, when given, new folder-scoped answers), as an editor does on a settings change. */
    async setSettings(settings: Record<string, unknown>, scoped?: Record<string, Record<string, unknown>>): Promise<void> {
        this.settings = settings;
        if (scoped) this.scoped = scoped;
        await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { aspl: settings } });
    }

    async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
    }

    hover(uri: string, position: Position): Promise<Hover | null> {
        return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    }

    async completion(uri: string, position: Position): Promise<CompletionItem[]> {
        const r = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
        return Array.isArray(r) ? r : (r as CompletionList | null)?.items ?? [];
    }

    codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
        return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;
    }

    codeLens(uri: string): Promise<CodeLens[] | null> {
        return this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    }

    symbols(uri: string): Promise<DocumentSymbol[]> {
        return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
    }

    format(uri: string): Promise<TextEdit[] | null> {
        return this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    }

    formatRange(uri: string, range: Range): Promise<TextEdit[] | null> {
        return this.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } });
    }

    rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit | null> {
        return this.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
    }

    definition(uri: string, position: Position) {
        return this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
    }

    references(uri: string, position: Position) {
        return this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } });
    }

    links(uri: string) {
        return this.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
    }

    folding(uri: string) {
        return this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    }

    semanticTokens(uri: string) {
        return this.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    }

    executeCommand(command: string, args: unknown[]) {
        return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
            await this.connection.sendNotification(ExitNotification.type);
        } catch {
            // already gone
        }
        await new Promise<void>((res) => {
            if (this.proc.exitCode !== null) return res();
            const t = setTimeout(() => { this.proc.kill(); res(); }, 2000);
            this.proc.once('exit', () => { clearTimeout(t); res(); });
        });
        this.connection.dispose();
    }
}

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    const offset = (p: Position) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
    const sorted = edits.map((e, i) => ({ e, i, s: offset(e.range.start), t: offset(e.range.end) })).sort((a, b) => b.s - a.s || b.i - a.i);
    let out = text;
    for (const { e, s, t } of sorted) out = out.slice(0, s) + e.newText + out.slice(t);
    return out;
}

export function fileUri(path: string): string {
    return pathToFileURL(resolve(path)).href;
}
