/**
 * "Show compliance report": the server's report (`aspl/report`, the shape `aspl report --format json`
 * prints) as a webview table per standard in force (report-table.ts renders it), refreshed when
 * the server re-checks the policy. Clicking a row (or Enter on it) asks the extension to reveal the
 * evidence line, or the block where the missing item belongs. The webview only sends a row index;
 * the location itself never comes from the webview.
 */
import * as vscode from 'vscode';
import type { ReportResult } from '../../server/src/faces/lsp/protocol.js';
import type { PolicyData } from './data.js';
import { HTML_LANG, t, uiLang, type Lang } from './i18n.js';
import { reportContent, type ReportTarget } from './report-table.js';
import { escapeHtml, rowRevealScript, TABLE_VIEW_CSS, webviewPage } from './webview.js';

export const REPORT_VIEW_TYPE = 'aspl.complianceReport';

/** The compliance report's own look, over the table views' shared one. */
const REPORT_CSS = `
  h1 { font-size: 1.3em; margin: .8em 0 .2em; }
  .std-title { font-weight: normal; opacity: .8; margin-left: .4em; }
  .hint { opacity: .75; margin: 0 0 .6em; }
  .summary { font-weight: 600; margin: .2em 0; }
  .provenance { opacity: .7; font-size: .9em; margin: 0 0 .4em; }
  tbody th { font-weight: normal; min-width: 16em; }
  tbody th .id { font-weight: 600; font-family: var(--vscode-editor-font-family, monospace); }
  .sum { font-size: .92em; opacity: .85; }
  .nowrap { white-space: nowrap; }
  td.num { text-align: right; white-space: nowrap; }
  .msg { margin-top: 2px; }
  tr.st-satisfied .msg, tr.st-attested .msg { display: none; }
  .badge { border: 1px solid transparent; }
  .st-satisfied .badge, .badge.st-satisfied { background: #1a7f37; color: #fff; }
  .st-violated .badge, .badge.st-violated { background: #c62828; color: #fff; }
  .st-not-addressed .badge, .badge.st-not-addressed { background: #b26a00; color: #fff; }
  .st-attested .badge, .badge.st-attested { background: #0b5cad; color: #fff; }
  .st-waived .badge, .badge.st-waived, .st-not-applicable .badge, .badge.st-not-applicable { background: #666; color: #fff; }
  .score { font-weight: 600; }
  .score.pass { color: #1a7f37; } .score.fail { color: #c62828; }
`;

type FromWebview = { type: 'reveal'; index: number } | { type: 'refresh' } | { type: 'ready' };

class ReportPanel {
    private targets: ReportTarget[] = [];
    private pageLang: Lang | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private version = 0;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly panel: vscode.WebviewPanel, readonly uri: vscode.Uri, private readonly data: PolicyData,
        private readonly onReport: (uri: vscode.Uri, report: ReportResult) => void, private readonly onDispose: () => void) {
        panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((m: FromWebview) => {
                if (m.type === 'reveal' && Number.isInteger(m.index)) void this.reveal(m.index);
                else if (m.type === 'refresh') this.schedule(0);
            }),
        );
    }

    schedule(delay = 300): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), delay);
    }

    async render(): Promise<void> {
        this.timer = undefined;
        const version = ++this.version;
        const lang = uiLang();
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString())
            ?? await vscode.workspace.openTextDocument(this.uri).then((d) => d, () => undefined);
        const name = this.uri.path.split('/').pop() ?? '';
        this.panel.title = t('reportTitle', { name }, lang);
        if (!doc) {
            this.panel.webview.html = this.page(`<p>${escapeHtml(t('fileGone', {}, lang))}</p>`, lang);
            return;
        }
        let report: ReportResult;
        try {
            report = await this.data.report(doc, lang);
        } catch (e) {
            if (version === this.version) this.panel.webview.html = this.page(`<pre>${escapeHtml((e as Error).message ?? String(e))}</pre>`, lang);
            return;
        }
        if (version !== this.version) return;
        const content = reportContent(report, lang, this.uri.path.split('/').pop() ?? '');
        this.targets = content.targets;
        this.onReport(this.uri, report);
        const body = content.html;
        if (this.pageLang === lang && this.panel.webview.html) {
            // Keep the document (and the scroll position): only the content changes.
            void this.panel.webview.postMessage({ type: 'content', html: body });
        } else {
            this.pageLang = lang;
            this.panel.webview.html = this.page(body, lang);
        }
    }

    private page(body: string, lang: Lang): string {
        return webviewPage({
            webview: this.panel.webview,
            htmlLang: HTML_LANG[lang],
            styles: [TABLE_VIEW_CSS, REPORT_CSS],
            body: `<main id="report">${body}</main>`,
            // later renders replace only the content, keeping the reader's scroll position
            script: rowRevealScript('report', this.uri.toString(), `
  window.addEventListener('message', function (event) {
    const m = event.data;
    if (!m || m.type !== 'content') return;
    const y = window.scrollY;
    main.innerHTML = m.html;
    window.scrollTo(0, y);
  });`),
        });
    }

    private async reveal(index: number): Promise<void> {
        const row = this.targets[index];
        if (!row) return;
        // The report's locations are relative to the policy's folder; its own file is the open document.
        const uri = row.file === this.uri.path.split('/').pop() ? this.uri : vscode.Uri.joinPath(this.uri, '..', row.file);
        const pos = new vscode.Position(row.line - 1, row.column - 1);
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: false, selection: new vscode.Range(pos, pos) });
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
        this.onDispose();
    }
}

export class ReportViews implements vscode.Disposable {
    private readonly panels = new Map<string, ReportPanel>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly data: PolicyData, private readonly onReport: (uri: vscode.Uri, report: ReportResult) => void) {
        this.disposables.push(
            vscode.languages.onDidChangeDiagnostics((e) => {
                for (const uri of e.uris) this.panels.get(uri.toString())?.schedule();
            }),
            vscode.workspace.onDidChangeTextDocument((e) => this.panels.get(e.document.uri.toString())?.schedule(800)),
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (e.affectsConfiguration('aspl')) for (const p of this.panels.values()) p.schedule(0);
            }),
        );
    }

    show(uri: vscode.Uri): void {
        const key = uri.toString();
        const existing = this.panels.get(key);
        if (existing) {
            existing.panel.reveal(undefined, false);
            existing.schedule(0);
            return;
        }
        const name = uri.path.split('/').pop() ?? '';
        const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, t('reportTitle', { name }), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
            enableScripts: true, enableFindWidget: true, localResourceRoots: [],
        });
        this.add(panel, uri);
    }

    restore(panel: vscode.WebviewPanel, state: { uri?: string } | undefined): void {
        if (!state?.uri) { panel.dispose(); return; }
        this.add(panel, vscode.Uri.parse(state.uri));
    }

    private add(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
        const key = uri.toString();
        const p = new ReportPanel(panel, uri, this.data, this.onReport, () => this.panels.delete(key));
        this.panels.set(key, p);
        void p.render();
    }

    dispose(): void {
        for (const p of [...this.panels.values()]) p.panel.dispose();
        for (const d of this.disposables) d.dispose();
    }
}
