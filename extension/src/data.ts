/**
 * Where the views get their data: the language server's custom requests (protocol.ts). The
 * extension is a thin client: it computes nothing itself, so the views show exactly what the
 * server checked.
 */
import type { TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    DIFF_REQUEST, type DiffParams, type DiffResult, NOTICE_REQUEST, REPORT_REQUEST, type NoticeParams, type NoticeResult, type ReportParams, type ReportResult,
} from '../../server/src/faces/lsp/protocol.js';
import { t, type Lang } from './i18n.js';

export class PolicyData {
    constructor(private readonly client: () => LanguageClient | undefined) {}

    async notice(doc: TextDocument, format: 'md' | 'html', lang: Lang, draft: boolean): Promise<NoticeResult> {
        const params: NoticeParams = { uri: doc.uri.toString(), format, lang, draft };
        return this.ask<NoticeResult>(NOTICE_REQUEST, params, lang);
    }

    async report(doc: TextDocument, lang: Lang): Promise<ReportResult> {
        const params: ReportParams = { uri: doc.uri.toString(), lang };
        return this.ask<ReportResult>(REPORT_REQUEST, params, lang);
    }

    /** What changed for customers between `base` (a git revision of the file) and the editor's text. */
    async diff(doc: TextDocument, lang: Lang, base = 'HEAD'): Promise<DiffResult> {
        const params: DiffParams = { uri: doc.uri.toString(), lang, base };
        return this.ask<DiffResult>(DIFF_REQUEST, params, lang);
    }

    /** The views show the error text when the server is not running or does not know the document. */
    private async ask<T>(method: string, params: object, lang: Lang): Promise<T> {
        const client = this.client();
        if (!client || !client.isRunning()) throw new Error(t('serverNotRunning', {}, lang));
        const result = await client.sendRequest<T | null>(method, params);
        if (result === null || result === undefined) throw new Error(t('notChecked', {}, lang));
        return result;
    }
}
