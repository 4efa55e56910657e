/**
 * The ASPL extension: a thin client of the bundled language server plus the views a policy writer
 * needs (notice preview, compliance report, export, new policy, language status).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { PolicyData } from './data.js';
import { DIFF_VIEW_TYPE, DiffViews } from './diff-view.js';
import { exportNotice } from './export.js';
import { fixAll } from './fix-all.js';
import { t, type Lang } from './i18n.js';
import { newPolicy } from './new-policy.js';
import { NOTICE_VIEW_TYPE, NoticePreviews } from './notice-preview.js';
import { REPORT_VIEW_TYPE, ReportViews } from './report-view.js';
import { PolicyStatus } from './status.js';

let client: LanguageClient | undefined;

/** What tests (and other extensions) can see of a running ASPL extension. */
export interface AsplApi {
    client(): LanguageClient | undefined;
    data: PolicyData;
    previews: NoticePreviews;
}

export async function activate(context: vscode.ExtensionContext): Promise<AsplApi> {
    const output = vscode.window.createOutputChannel('ASPL', { log: true });
    context.subscriptions.push(output);
    output.appendLine(`[aspl] activating on node ${process.version}, VS Code ${vscode.version}, ${vscode.env.appName}`);

    const data = new PolicyData(() => client);
    const previews = new NoticePreviews(data);
    const status = new PolicyStatus(data);
    const reports = new ReportViews(data, (uri, report) => status.remember(uri, report));
    const diffs = new DiffViews(data);
    context.subscriptions.push(previews, reports, status, diffs);

    /** The policy a command is about: an argument (uri string or Uri), else the active editor. */
    const policyFor = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
        const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : arg instanceof vscode.Uri ? arg : undefined;
        if (uri) return vscode.workspace.openTextDocument(uri);
        const active = vscode.window.activeTextEditor?.document;
        if (active?.languageId === 'aspl') return active;
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'aspl')?.document;
        if (visible) return visible;
        void vscode.window.showWarningMessage(t('noPolicy'));
        return undefined;
    };

    context.subscriptions.push(
        vscode.commands.registerCommand('aspl.previewNotice', async (arg?: unknown) => {
            const doc = await policyFor(arg);
            if (doc) previews.show(doc);
        }),
        vscode.commands.registerCommand('aspl.showComplianceReport', async (arg?: unknown) => {
            const doc = await policyFor(arg);
            if (doc) reports.show(doc.uri);
        }),
        vscode.commands.registerCommand('aspl.compareWithHead', async (arg?: unknown) => {
            const doc = await policyFor(arg);
            if (doc) diffs.show(doc);
        }),
        vscode.commands.registerCommand('aspl.exportNotice', async (arg?: unknown, lang?: Lang, target?: vscode.Uri) => {
            const doc = await policyFor(arg);
            return doc ? exportNotice(data, doc, lang, target) : undefined;
        }),
        vscode.commands.registerCommand('aspl.fixAll', async (arg?: unknown) => {
            const doc = await policyFor(arg);
            return doc ? fixAll(doc) : false;
        }),
        vscode.commands.registerCommand('aspl.newPolicy', (folder?: vscode.Uri) => newPolicy(data, folder instanceof vscode.Uri ? folder : undefined)),
        vscode.commands.registerCommand('aspl.restartServer', async () => {
            if (!client) {
                client = createClient(context, output);
                if (client) await client.start();
            } else {
                await client.restart();
            }
            output.appendLine(t('serverRestarted'));
            void vscode.window.setStatusBarMessage(t('serverRestarted'), 3000);
        }),
        vscode.commands.registerCommand('aspl.showOutput', () => output.show(true)),
        vscode.window.registerWebviewPanelSerializer(NOTICE_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => previews.restore(panel, state),
        }),
        vscode.window.registerWebviewPanelSerializer(DIFF_VIEW_TYPE, {
            deserializeWebviewPanel: (panel, state: { uri?: string } | undefined) => diffs.restore(panel, state),
        }),
        vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => reports.restore(panel, state),
        }),
    );

    client = createClient(context, output);
    if (client) {
        try {
            await client.start();
            output.appendLine('[aspl] language server started');
        } catch (e) {
            output.appendLine(`[aspl] the language server did not start: ${(e as Error).message ?? String(e)}`);
        }
    }
    status.update();
    return { client: () => client, data, previews };
}

export async function deactivate(): Promise<void> {
    const c = client;
    client = undefined;
    if (c) await c.stop().catch(() => undefined);
}
