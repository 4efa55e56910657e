/**
 * The ASPL language-status item (the `{}` entry beside the language mode, shown for .aspl
 * editors): the T/CGCC score with pass / fail and which catalogs are in force — the one place
 * the editor says so. Error and warning counts stay VS Code's own. Click: the compliance report.
 * `aspl.status.enabled: false` hides it, and so does `aspl.enable: false` for the active policy's folder.
 */
import * as vscode from 'vscode';
import type { ReportResult } from '../../server/src/faces/lsp/protocol.js';
import type { PolicyData } from './data.js';
import { t, uiLang } from './i18n.js';
import { statusView } from './status-text.js';

interface Known { standards: ReportResult['standards']; stale: boolean }

export class PolicyStatus implements vscode.Disposable {
    private item: vscode.LanguageStatusItem | undefined;
    private readonly known = new Map<string, Known>();
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** The policy last active: still described while a webview (the preview, the report) has the focus. */
    private last: vscode.TextDocument | undefined;

    constructor(private readonly data: PolicyData) {
        this.disposables.push(
            vscode.window.onDidChangeActiveTextEditor(() => { this.update(); this.scheduleScore(); }),
            vscode.languages.onDidChangeDiagnostics((e) => {
                const active = this.policy()?.uri.toString();
                if (e.uris.some((u) => u.toString() === active)) this.scheduleScore();
            }),
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (!e.affectsConfiguration('aspl')) return;
                this.update();
                this.scheduleScore();
            }),
        );
        this.update();
        this.scheduleScore();
    }

    /** A report computed elsewhere (the report view) carries the score too. */
    remember(uri: vscode.Uri, report: ReportResult): void {
        this.keep(uri.toString(), report);
        this.update();
    }

    /** A report of a policy that does not parse has no standards: the last known ones stay, marked stale. */
    private keep(uri: string, report: ReportResult): void {
        const before = this.known.get(uri);
        if (report.stale && before?.standards) this.known.set(uri, { standards: before.standards, stale: true });
        else this.known.set(uri, { standards: report.standards ?? [], stale: !!report.stale });
    }

    private scheduleScore(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refreshScore(), 600);
    }

    /** The active policy, or the last one while a webview or panel has the focus. */
    private policy(): vscode.TextDocument | undefined {
        const active = vscode.window.activeTextEditor?.document;
        if (active) {
            this.last = active.languageId === 'aspl' ? active : undefined;
            return this.last;
        }
        if (this.last && (this.last.isClosed || !vscode.window.visibleTextEditors.some((e) => e.document === this.last))) this.last = undefined;
        return this.last;
    }

    private async refreshScore(): Promise<void> {
        const doc = this.policy();
        if (!doc || !this.item || !vscode.workspace.getConfiguration('aspl', doc.uri).get<boolean>('enable', true)) return;
        this.item.busy = true;
        try {
            this.keep(doc.uri.toString(), await this.data.report(doc, uiLang()));
        } catch {
            // The score is optional; diagnostics still show.
        } finally {
            if (this.item) this.item.busy = false;
        }
        this.update();
    }

    update(): void {
        const doc = this.policy();
        const enabled = vscode.workspace.getConfiguration('aspl').get<boolean>('status.enabled', true)
            && (!doc || vscode.workspace.getConfiguration('aspl', doc.uri).get<boolean>('enable', true));
        if (!enabled) {
            this.item?.dispose();
            this.item = undefined;
            return;
        }
        const item = (this.item ??= this.create());
        if (!doc) return;
        const lang = uiLang();
        const known = this.known.get(doc.uri.toString());
        const view = statusView(known?.standards, known?.stale ?? false, lang);
        item.text = view.text;
        item.detail = view.detail;
        item.severity = view.severity === 'warning' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
        item.accessibilityInformation = { label: view.label };
        item.command = { title: t('statusOpenReport', {}, lang), command: 'aspl.showComplianceReport', arguments: [doc.uri.toString()] };
    }

    private create(): vscode.LanguageStatusItem {
        const item = vscode.languages.createLanguageStatusItem('aspl.compliance', { language: 'aspl' });
        item.name = t('statusName');
        return item;
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.item?.dispose();
        for (const d of this.disposables) d.dispose();
    }
}
