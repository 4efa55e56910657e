/**
 * "Export notice…": a save dialog (Markdown, HTML or PDF by the chosen file type). A policy with
 * compliance errors is refused first; the writer may then export a notice marked DRAFT.
 * PDF: the HTML notice printed by headless Chromium ($ASPL_CHROMIUM or /usr/bin/chromium), no network.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
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
        const browser = findChromium();
        if (!browser) {
            written = file.with({ path: file.path.replace(/\.pdf$/i, '.html') });
            await vscode.workspace.fs.writeFile(written, Buffer.from(result.text, 'utf8'));
            void vscode.window.showWarningMessage(t('pdfNoChromium', {}, lang));
        } else {
            const printed = await printPdf(browser, result.text, file.fsPath);
            if (!printed.ok) {
                void vscode.window.showErrorMessage(t('pdfFailed', { reason: printed.reason }, lang));
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

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
    if (env.ASPL_CHROMIUM) return existsSync(env.ASPL_CHROMIUM) ? env.ASPL_CHROMIUM : undefined;
    return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
}

/** Prints an HTML page to PDF with Chromium's own --print-to-pdf (no playwright in the extension host). */
export function printPdf(browser: string, html: string, outFile: string): Promise<{ ok: true } | { ok: false; reason: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'aspl-pdf-'));
    const page = join(dir, 'notice.html');
    writeFileSync(page, html, 'utf8');
    rmSync(outFile, { force: true });
    const args = [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--disable-quic', `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', '--print-to-pdf-no-header',
        `--print-to-pdf=${outFile}`, pathToFileURL(page).href,
    ];
    return new Promise((resolve) => {
        execFile(browser, args, { timeout: 90_000 }, (error, _stdout, stderr) => {
            rmSync(dir, { recursive: true, force: true });
            const ok = existsSync(outFile) && statSync(outFile).size > 0;
            if (ok) resolve({ ok: true });
            else resolve({ ok: false, reason: (error?.message ?? String(stderr)).split('\n')[0] });
        });
    });
}
