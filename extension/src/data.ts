/**
 * Where the views get their data: the language server's custom requests (protocol.ts) first,
 * the bundled library in the extension host when the server does not handle them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    NOTICE_REQUEST, REPORT_REQUEST, type NoticeParams, type NoticeResult, type ReportParams, type ReportResult,
} from '../../server/src/faces/lsp/protocol.js';
import type { Lang } from './i18n.js';
import { LocalLibrary, pathFor } from './local.js';

const METHOD_NOT_FOUND = -32601;

export class PolicyData {
    /** Requests the server answered with MethodNotFound: ask the library from then on (until a restart). */
    private readonly unsupported = new Set<string>();
    readonly local: LocalLibrary;

    constructor(private readonly client: () => LanguageClient | undefined, private readonly log: vscode.OutputChannel) {
        this.local = new LocalLibrary(() => vscode.workspace.getConfiguration('aspl').get<string[]>('standards', []));
    }

    /** After a server restart, try its requests again. */
    serverRestarted(): void {
        this.unsupported.clear();
    }

    async notice(doc: vscode.TextDocument, format: 'md' | 'html', lang: Lang, draft: boolean): Promise<NoticeResult> {
        const params: NoticeParams = { uri: doc.uri.toString(), format, lang, draft };
        const fromServer = await this.ask<NoticeResult>(NOTICE_REQUEST, params);
        if (fromServer) return fromServer;
        return this.local.notice(this.localDoc(doc), { format, lang, draft });
    }

    async report(doc: vscode.TextDocument, lang: Lang): Promise<ReportResult> {
        const params: ReportParams = { uri: doc.uri.toString(), lang };
        const fromServer = await this.ask<ReportResult>(REPORT_REQUEST, params);
        if (fromServer && Array.isArray(fromServer.rows)) return fromServer;
        return this.local.report(this.localDoc(doc), lang);
    }

    private localDoc(doc: vscode.TextDocument) {
        const folder = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri;
        return { uri: doc.uri.toString(), path: pathFor(doc.uri, folder?.scheme === 'file' ? folder.fsPath : undefined), text: doc.getText() };
    }

    private async ask<T>(method: string, params: object): Promise<T | undefined> {
        const client = this.client();
        if (!client || !client.isRunning() || this.unsupported.has(method)) return undefined;
        try {
            const result = await client.sendRequest<T | null>(method, params);
            return result ?? undefined;
        } catch (e) {
            const code = (e as { code?: number }).code;
            if (code === METHOD_NOT_FOUND) {
                this.unsupported.add(method);
                this.log.appendLine(`[aspl] the server does not handle ${method}: the extension computes it itself`);
            } else {
                this.log.appendLine(`[aspl] ${method} failed: ${(e as Error).message ?? String(e)}`);
            }
            return undefined;
        }
    }
}
