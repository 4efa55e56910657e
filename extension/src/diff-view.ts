/**
 * "Compare with HEAD": what changed for customers between the committed version of a policy and
 * the text in the editor, as the server classifies it (`aspl/diff`): worse first, each change
 * with old → new. Clicking a row (or Enter on it) reveals its line in the new text. The webview
 * only sends a row index; locations never come from the webview. Same strict CSP as the report.
 */
import * as vscode from 'vscode';
import type { DiffResult, DiffRow } from '../../server/src/faces/lsp/protocol.js';
import type { PolicyData } from './data.js';
import { HTML_LANG, t, uiLang, type Lang } from './i18n.js';
import { escapeHtml, rowRevealScript, TABLE_VIEW_CSS, webviewPage } from './webview.js';

export const DIFF_VIEW_TYPE = 'aspl.changeReview';

/** The change review's own look, over the table views' shared one. */
const DIFF_CSS = `
  .hint { opacity: .75; margin: .6em 0; }
  tbody th { font-weight: normal; }
  .id { font-family: var(--vscode-editor-font-family, monospace); font-size: .9em; opacity: .75; }
  .subject { font-weight: 600; }
  .badge { color: #fff; }
  .badge.cl-worse { background: #c62828; } .badge.cl-better { background: #1a7f37; } .badge.cl-neutral { background: #666; }
`;

type FromWebview = { type: 'reveal'; index: number };

/** Where a row or a finding of the view points: the server's uri and 0-based position. */
interface Target { uri: string; line: number; character: number }

class DiffPanel {
    private targets: Target[] = [];
    private readonly disposables: vscode.Disposable[] = [];

    constructor(readonly panel: vscode.WebviewPanel, readonly doc: vscode.TextDocument, private readonly data: PolicyData, private readonly onDispose: () => void) {
        panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((m: FromWebview) => {
                if (m.type === 'reveal' && Number.isInteger(m.index)) void this.reveal(m.index);
            }),
        );
    }

    async render(): Promise<void> {
        const lang = uiLang();
        this.panel.title = t('diffTitle', { name: this.doc.uri.path.split('/').pop() ?? '' }, lang);
        let result: DiffResult;
        try {
            result = await this.data.diff(this.doc, lang);
        } catch (e) {
            this.panel.webview.html = this.page(`<pre>${escapeHtml((e as Error).message ?? String(e))}</pre>`, lang);
            return;
        }
        this.panel.webview.html = this.page(result.ok ? this.body(result, lang) : `<p>${escapeHtml(result.reason[lang])}</p>`, lang);
    }

    private body(r: Extract<DiffResult, { ok: true }>, lang: Lang): string {
        this.targets = [];
        const target = (x: Target) => this.targets.push({ uri: x.uri, line: x.line, character: x.character }) - 1;
        const out: string[] = [
            `<p class="hint">${escapeHtml(t('diffComparing', { base: r.base }, lang))} — ${escapeHtml(r.summary)}</p>`,
            `<p class="hint">${escapeHtml(t('diffHint', {}, lang))}</p>`,
        ];
        if (!r.rows.length) out.push(`<p>${escapeHtml(t('diffNone', {}, lang))}</p>`);
        else {
            out.push('<table><thead><tr>',
                `<th scope="col">${escapeHtml(t('colClass', {}, lang))}</th>`,
                `<th scope="col">${escapeHtml(t('colChange', {}, lang))}</th>`,
                `<th scope="col">${escapeHtml(t('colOld', {}, lang))}</th>`,
                `<th scope="col">${escapeHtml(t('colNew', {}, lang))}</th>`,
                `<th scope="col">${escapeHtml(t('colWhere', {}, lang))}</th>`,
                '</tr></thead><tbody>');
            for (const row of r.rows) out.push(this.row(row, target(row), lang));
            out.push('</tbody></table>');
        }
        for (const [key, list] of [['diffIntroduced', r.introduced], ['diffFixed', r.fixed]] as const) {
            if (!list.length) continue;
            out.push(`<h2>${escapeHtml(t(key, {}, lang))}</h2><ul>`);
            for (const f of list) out.push(`<li class="row" tabindex="0" data-index="${target(f)}"><span class="id">${escapeHtml(f.ruleId)}</span> ${escapeHtml(f.message)}</li>`);
            out.push('</ul>');
        }
        if (r.scores.length) out.push(`<ul>${r.scores.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`);
        return out.join('');
    }

    private row(r: DiffRow, index: number, lang: Lang): string {
        const own = r.uri === this.doc.uri.toString();
        const line = (n: number) => t('atLine', { line: n + 1 }, lang);
        const where = own ? line(r.line) : `${decodeURIComponent(r.uri.split('/').pop() ?? '')}:${r.line + 1}`;
        return [
            `<tr class="row cl-${escapeHtml(r.class)}" tabindex="0" data-index="${index}" data-line="${r.line + 1}" data-own="${own}">`,
            `<td><span class="badge cl-${escapeHtml(r.class)}">${escapeHtml(r.classLabel)}</span></td>`,
            `<th scope="row">${escapeHtml(r.title)}${r.subject ? ` <span class="subject">${escapeHtml(r.subject)}</span>` : ''}<div class="id">${escapeHtml(r.kind)}</div>`,
            r.assumption ? `<div class="msg">${escapeHtml(r.assumption)}</div>` : '', '</th>',
            `<td>${escapeHtml(r.oldText)}</td><td>${escapeHtml(r.newText)}</td>`,
            `<td class="where">${escapeHtml(where)}</td>`,
            '</tr>',
        ].join('');
    }

    private page(body: string, lang: Lang): string {
        return webviewPage({
            webview: this.panel.webview,
            htmlLang: HTML_LANG[lang],
            styles: [TABLE_VIEW_CSS, DIFF_CSS],
            body: `<main id="diff">${body}</main>`,
            script: rowRevealScript('diff', this.doc.uri.toString()),
        });
    }

    private async reveal(index: number): Promise<void> {
        const target = this.targets[index];
        if (!target) return;
        const uri = vscode.Uri.parse(target.uri);
        const pos = new vscode.Position(target.line, target.character);
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: false, selection: new vscode.Range(pos, pos) });
        editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        for (const d of this.disposables) d.dispose();
        this.onDispose();
    }
}

export class DiffViews implements vscode.Disposable {
    private readonly panels = new Map<string, DiffPanel>();

    constructor(private readonly data: PolicyData) {}

    show(doc: vscode.TextDocument): void {
        const key = doc.uri.toString();
        const existing = this.panels.get(key);
        if (existing) {
            existing.panel.reveal(undefined, false);
            void existing.render();
            return;
        }
        const panel = vscode.window.createWebviewPanel(DIFF_VIEW_TYPE, t('diffTitle', { name: doc.uri.path.split('/').pop() ?? '' }),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, enableFindWidget: true, localResourceRoots: [] });
        this.add(panel, doc);
    }

    async restore(panel: vscode.WebviewPanel, state: { uri?: string } | undefined): Promise<void> {
        if (!state?.uri) { panel.dispose(); return; }
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)).then((d) => d, () => undefined);
        if (!doc) { panel.dispose(); return; }
        this.add(panel, doc);
    }

    private add(panel: vscode.WebviewPanel, doc: vscode.TextDocument): void {
        const key = doc.uri.toString();
        const p = new DiffPanel(panel, doc, this.data, () => this.panels.delete(key));
        this.panels.set(key, p);
        void p.render();
    }

    dispose(): void {
        for (const p of [...this.panels.values()]) p.panel.dispose();
    }
}
