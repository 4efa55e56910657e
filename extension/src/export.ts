/**
 * "Export notice…": a save dialog (Markdown, HTML or PDF by the chosen file type). A policy with
 * compliance errors is refused first; the writer may then export a notice marked DRAFT.
 * PDF: the HTML notice printed by the one PDF printer of ASPL (server/src/faces/notice/pdf.ts, the
 * same as `aspl notice --format pdf`: playwright-core, shipped inside the .vsix, driving the local
 * Chromium — $ASPL_CHROMIUM or /usr/bin/chromium — with every network request refused).
 */
import * as vscode from 'vscode';
import { findChromium, renderPdf } from '../../server/src/faces/notice/pdf.js';
import type { PolicyData } from './data.js';
import { t, uiLang, type Lang } from './i18n.js';

type Format = 'md' | 'html' | 'pdf';

export async function exportNotice(data: PolicyData, doc: vscode.TextDocument, langArg?: Lang, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const lang: Lang = langArg === 'zh' || langArg === 'en' ? langArg : uiLang();
    const base = doc.uri.path.replace(/\.aspl$/i, '').split('/').pop() || 'notice';
    const folder = doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const file = target ?? await vscode.window.showSaveDialog({
        title: t('exportPick', {}, lang),
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.notice.${lang}.html`) : undefined,
        filters: { HTML: ['html', 'htm'], Markdown: ['md'], PDF: ['pdf'] },
        saveLabel: t('export', {}, lang).replace('…', ''),
    });
    if (!file) return undefined;
    const ext = file.path.split('.').pop()?.toLowerCase();
    const format: Format = ext === 'md' ? 'md' : ext === 'pdf' ? 'pdf' : 'html';

    let result = await data.notice(doc, format === 'md' ? 'md' : 'html', lang, false);
    if (!result.ok) {
        const asDraft = t('exportAsDraft', {}, lang);
        const choice = target ? asDraft : await vscode.window.showWarningMessage(t('exportRefusedDraft', { reason: result.reason[lang] }, lang), { modal: true }, asDraft);
        if (choice !== asDraft) return undefined;
        result = await data.notice(doc, format === 'md' ? 'md' : 'html', lang, true);
        if (!result.ok) {
            void vscode.window.showErrorMessage(result.reason[lang]);
            return undefined;
        }
    }
    let written = file;
    if (format === 'pdf') {
        if (!findChromium()) {
            written = file.with({ path: file.path.replace(/\.pdf$/i, '.html') });
            await vscode.workspace.fs.writeFile(written, Buffer.from(result.text, 'utf8'));
            void vscode.window.showWarningMessage(t('pdfNoChromium', {}, lang));
        } else {
            const printed = await renderPdf(result.text, file.fsPath);
            if (!printed.ok) {
                void vscode.window.showErrorMessage(printed.reason[lang]);
                return undefined;
            }
        }
    } else {
        await vscode.workspace.fs.writeFile(file, Buffer.from(result.text, 'utf8'));
    }
    if (!target) {
        const open = t('exportOpen', {}, lang);
        void vscode.window.showInformationMessage(t('exportDone', { file: vscode.workspace.asRelativePath(written) }, lang), open).then((c) => {
            if (c === open) void vscode.commands.executeCommand('vscode.open', written);
        });
    }
    return written;
}
