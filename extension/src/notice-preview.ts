/**
 * "Preview customer notice": a webview beside the editor showing the notice the policy produces,
 * updated as the writer types (and when the server has re-checked it), with a zh/en toggle and a
 * draft switch. Strict CSP: one nonce'd script (the toolbar and content updates), no inline code.
 */
import * as vscode from 'vscode';
import type { PolicyData } from './data.js';
import { HTML_LANG, t, uiLang, type Lang } from './i18n.js';
import { escapeHtml, splitPage, webviewPage } from './webview.js';

export const NOTICE_VIEW_TYPE = 'aspl.noticePreview';
const DEBOUNCE_MS = 250;

/** The preview's toolbar, over the notice's own styles. */
const TOOLBAR_CSS = `
  body { padding: 0; }
  .aspl-toolbar { position: sticky; top: 0; z-index: 2; display: flex; gap: .75rem; align-items: center; padding: .4rem .8rem;
    background: var(--vscode-editorWidget-background, #f3f3f3); color: var(--vscode-editorWidget-foreground, #333);
    border-bottom: 1px solid var(--vscode-editorWidget-border, #ccc); font: 12px var(--vscode-font-family, sans-serif); }
  .aspl-toolbar button { font: inherit; padding: 2px 8px; border: 1px solid var(--vscode-button-border, #888); cursor: pointer;
    background: var(--vscode-button-secondaryBackground, #ddd); color: var(--vscode-button-secondaryForeground, #000); }
  .aspl-toolbar button[aria-pressed="true"] { background: var(--vscode-button-background, #0e639c); color: var(--vscode-button-foreground, #fff); }
  .aspl-toolbar .spacer { flex: 1; }
  .refused { margin: 1.5rem; padding: 1rem; border-left: 4px solid #c00; background: #fff4f4; color: #300; }
  #aspl-content { background: #fff; color: #111; min-height: 100vh; }
`;

type FromWebview =
    | { type: 'ready' }
    | { type: 'lang'; lang: Lang }
    | { type: 'draft'; draft: boolean }
    | { type: 'export' };

class NoticePanel {
    lang: Lang = uiLang();
    draft = true;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private version = 0;
    private styles = '';
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly panel: vscode.WebviewPanel, public uri: vscode.Uri, private readonly data: PolicyData, private readonly onDispose: () => void) {
        panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
        );
    }

    private onMessage(m: FromWebview): void {
        switch (m.type) {
            case 'ready': this.schedule(0); break;
            case 'lang': if (m.lang === 'zh' || m.lang === 'en') { this.lang = m.lang; this.schedule(0); } break;
            case 'draft': this.draft = !!m.draft; this.schedule(0); break;
            case 'export': void vscode.commands.executeCommand('aspl.exportNotice', this.uri, this.lang); break;
        }
    }

    schedule(delay = DEBOUNCE_MS): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), delay);
    }

    async render(): Promise<void> {
        this.timer = undefined;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString());
        const version = ++this.version;
        if (!doc) {
            void this.panel.webview.postMessage({ type: 'content', html: `<p class="refused">${escapeHtml(t('fileGone', {}, this.lang))}</p>` });
            return;
        }
        const name = doc.uri.path.split('/').pop() ?? '';
        this.panel.title = t('noticeTitle', { name }, uiLang());
        let body: string;
        let styles = this.styles;
        try {
            const result = await this.data.notice(doc, 'html', this.lang, this.draft);
            if (version !== this.version) return; // a newer render is under way
            if (result.ok) {
                const page = splitPage(result.text);
                body = page.body;
                styles = page.styles.join('\n');
            } else {
                body = `<div class="refused" role="alert"><p><strong>${escapeHtml(t('refused', {}, this.lang))}</strong></p>`
                    + `<p>${escapeHtml(result.reason[this.lang])}</p>${this.draft ? '' : `<p>${escapeHtml(t('draftHint', {}, this.lang))}</p>`}</div>`;
            }
        } catch (e) {
            body = `<pre class="refused">${escapeHtml((e as Error).message ?? String(e))}</pre>`;
        }
        if (styles !== this.styles || !this.panel.webview.html) {
            // The notice's own stylesheet changed (first render): write the whole page with a fresh nonce.
            this.styles = styles;
            this.panel.webview.html = this.page(body);
        } else {
            void this.panel.webview.postMessage({ type: 'content', html: body, lang: this.lang, htmlLang: HTML_LANG[this.lang], draft: this.draft });
        }
    }

    private page(body: string): string {
        const l = this.lang;
        const ui = uiLang();
        return webviewPage({
            webview: this.panel.webview,
            htmlLang: HTML_LANG[l],
            styles: [this.styles, TOOLBAR_CSS],
            body: `<div class="aspl-toolbar" role="toolbar" aria-label="ASPL">
  <span>${escapeHtml(t('lang', {}, ui))}:</span>
  <button type="button" data-lang="zh" aria-pressed="${l === 'zh'}">中文</button>
  <button type="button" data-lang="en" aria-pressed="${l === 'en'}">English</button>
  <label><input type="checkbox" id="aspl-draft" ${this.draft ? 'checked' : ''}> ${escapeHtml(t('draftOn', {}, ui))}</label>
  <span class="spacer"></span>
  <button type="button" id="aspl-export">${escapeHtml(t('export', {}, ui))}</button>
</div>
<main id="aspl-content">${body}</main>`,
            script: `
(function () {
  const vscode = acquireVsCodeApi();
  vscode.setState({ uri: ${JSON.stringify(this.uri.toString()).replace(/</g, '\\u003c')} });
  const content = document.getElementById('aspl-content');
  const draft = document.getElementById('aspl-draft');
  document.querySelectorAll('button[data-lang]').forEach(function (b) {
    b.addEventListener('click', function () { vscode.postMessage({ type: 'lang', lang: b.dataset.lang }); });
  });
  draft.addEventListener('change', function () { vscode.postMessage({ type: 'draft', draft: draft.checked }); });
  document.getElementById('aspl-export').addEventListener('click', function () { vscode.postMessage({ type: 'export' }); });
  window.addEventListener('message', function (event) {
    const m = event.data;
    if (!m || m.type !== 'content') return;
    const y = window.scrollY;
    content.innerHTML = m.html;
    if (m.lang) {
      document.documentElement.lang = m.htmlLang;
      document.querySelectorAll('button[data-lang]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.lang === m.lang)); });
    }
    if (typeof m.draft === 'boolean') draft.checked = m.draft;
    window.scrollTo(0, y);
  });
}());
`,
        });
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
        this.onDispose();
    }
}

export class NoticePreviews implements vscode.Disposable {
    private readonly panels = new Map<string, NoticePanel>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly data: PolicyData) {
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument((e) => this.panels.get(e.document.uri.toString())?.schedule()),
            vscode.languages.onDidChangeDiagnostics((e) => {
                for (const uri of e.uris) this.panels.get(uri.toString())?.schedule();
            }),
            vscode.workspace.onDidSaveTextDocument((d) => {
                // An imported base policy or a config changed: every preview may change.
                if (!this.panels.has(d.uri.toString())) for (const p of this.panels.values()) p.schedule();
            }),
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (e.affectsConfiguration('aspl')) for (const p of this.panels.values()) p.schedule();
            }),
        );
    }

    /** Opens (or reveals) the preview of a policy beside its editor. */
    show(doc: vscode.TextDocument): void {
        const key = doc.uri.toString();
        const existing = this.panels.get(key);
        if (existing) {
            existing.panel.reveal(vscode.ViewColumn.Beside, true);
            existing.schedule(0);
            return;
        }
        const name = doc.uri.path.split('/').pop() ?? '';
        const panel = vscode.window.createWebviewPanel(NOTICE_VIEW_TYPE, t('noticeTitle', { name }), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
            enableScripts: true, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: [],
        });
        const p = new NoticePanel(panel, doc.uri, this.data, () => this.panels.delete(key));
        this.panels.set(key, p);
        void p.render();
    }

    /** Restores a preview VS Code kept across a reload. */
    restore(panel: vscode.WebviewPanel, state: { uri?: string } | undefined): void {
        if (!state?.uri) { panel.dispose(); return; }
        const uri = vscode.Uri.parse(state.uri);
        const p = new NoticePanel(panel, uri, this.data, () => this.panels.delete(state.uri!));
        this.panels.set(state.uri, p);
        void vscode.workspace.openTextDocument(uri).then(() => p.render(), () => p.render());
    }

    get openCount(): number {
        return this.panels.size;
    }

    dispose(): void {
        for (const p of [...this.panels.values()]) p.panel.dispose();
        for (const d of this.disposables) d.dispose();
    }
}
