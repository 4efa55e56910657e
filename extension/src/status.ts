/**
 * The status-bar item of the active policy: errors / warnings (from the diagnostics VS Code holds)
 * and, when a scored standard is in force, the T/CGCC score with pass / fail. Click: the report.
 */
import * as vscode from 'vscode';
import type { ReportResult } from '../../server/src/faces/lsp/protocol.js';
import type { PolicyData } from './data.js';
import { count } from '../../server/src/i18n/plural.js';
import { t, uiLang } from './i18n.js';

export class PolicyStatus implements vscode.Disposable {
    readonly item: vscode.StatusBarItem;
    private readonly scores = new Map<string, ReportResult['standards']>();
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** The policy last active: still shown while a webview (the preview, the report) has the focus. */
    private last: vscode.TextDocument | undefined;

    constructor(private readonly data: PolicyData) {
        this.item = vscode.window.createStatusBarItem('aspl.status', vscode.StatusBarAlignment.Left, 50);
        this.item.name = 'ASPL';
        this.disposables.push(
            this.item,
            vscode.window.onDidChangeActiveTextEditor(() => this.update()),
            vscode.languages.onDidChangeDiagnostics((e) => {
                const active = this.policy()?.uri.toString();
                if (e.uris.some((u) => u.toString() === active)) {
                    this.update();
                    this.scheduleScore();
                }
            }),
            vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('aspl')) this.scheduleScore(); }),
        );
        this.update();
        this.scheduleScore();
    }

    /** A report computed elsewhere (the report view) carries the score too. */
    remember(uri: vscode.Uri, report: ReportResult): void {
        this.scores.set(uri.toString(), report.standards);
        this.update();
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
        if (!doc) return;
        try {
            const report = await this.data.report(doc, uiLang());
            this.scores.set(doc.uri.toString(), report.standards);
            this.update();
        } catch {
            // The score is optional; diagnostics still show.
        }
    }

    update(): void {
        const doc = this.policy();
        if (!doc) {
            this.item.hide();
            return;
        }
        const lang = uiLang();
        const diags = vscode.languages.getDiagnostics(doc.uri);
        const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
        const warnings = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
        const scored = this.scores.get(doc.uri.toString())?.find((s) => s.score && s.applicable) ?? this.scores.get(doc.uri.toString())?.find((s) => s.score);
        let text = `$(law) ASPL $(error) ${errors} $(warning) ${warnings}`;
        let score = '';
        if (scored?.score) {
            const s = scored.score;
            text += ` ${scored.id.replace(/^T-CGCC.*/, 'T/CGCC')} ${s.earned}/${s.total} ${s.pass ? '$(pass)' : '$(circle-slash)'}`;
            score = t('statusScore', { id: scored.id, earned: s.earned, total: s.total, minimum: s.minimum, verdict: t(s.pass ? 'pass' : 'fail', {}, lang) }, lang);
        }
        this.item.text = text;
        this.item.tooltip = t('statusTooltip', { errors, warnings, errorCount: count(errors, 'error'), warningCount: count(warnings, 'warning'), score }, lang);
        this.item.command = { title: 'report', command: 'aspl.showComplianceReport', arguments: [doc.uri.toString()] };
        this.item.show();
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const d of this.disposables) d.dispose();
    }
}
