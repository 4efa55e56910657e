/**
 * Extension-host integration tests (run by `npm run test:vscode` with @vscode/test-electron):
 * open a sample, wait for diagnostics, run each command.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { AsplApi } from '../../src/extension.js';
import { suite, suiteSetup, test } from './harness.js';

const PROVIDER = '深圳市优居智能电器科技有限公司';

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 60_000): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
        const v = await probe();
        if (v) return v;
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 200));
    }
}

suite('ASPL extension', () => {
    let doc: vscode.TextDocument;
    let api: AsplApi;
    const out = mkdtempSync(join(tmpdir(), 'aspl-vscode-test-'));

    suiteSetup(async () => {
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder, 'the test workspace (a copy of samples/appliance-online) is open');
        doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'small-appliances.aspl'));
        await vscode.window.showTextDocument(doc);
        const ext = vscode.extensions.getExtension<AsplApi>('aspl.aspl');
        assert.ok(ext, 'the extension aspl.aspl is installed');
        api = await waitFor('activation', () => (ext.isActive ? ext.exports : undefined));
    });

    test('the policy is an aspl document and gets compliance diagnostics with clause codes', async () => {
        assert.equal(doc.languageId, 'aspl');
        const diags = await waitFor('the 8.4.3 diagnostic', () => {
            const d = vscode.languages.getDiagnostics(doc.uri);
            return d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code).includes('GBT-AS-GENERAL 8.4.3')) ? d : undefined;
        }, 90_000);
        assert.ok(diags.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    });

    test('aspl.previewNotice opens a preview beside the editor', async () => {
        await vscode.commands.executeCommand('aspl.previewNotice', doc.uri);
        await waitFor('a preview', () => api.previews.openCount > 0);
        const notice = await api.data.notice(doc, 'html', 'zh', true);
        assert.ok(notice.ok && notice.text.includes(PROVIDER));
    });

    test('aspl.showComplianceReport opens the report; the report has clauses with lines', async () => {
        await vscode.commands.executeCommand('aspl.showComplianceReport', doc.uri.toString());
        const report = await api.data.report(doc, 'en');
        const gbt = report.standards.find((s) => s.id === 'GBT-AS-GENERAL');
        assert.ok(gbt && gbt.clauses.length > 10);
        assert.ok(gbt.clauses.some((c) => c.clause === '8.4.3' && c.status === 'violated' && c.at.line > 0));
    });

    test('aspl.exportNotice writes html and md (a draft, since the policy has errors)', async () => {
        for (const ext of ['html', 'md']) {
            const target = vscode.Uri.file(join(out, `notice.${ext}`));
            const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('aspl.exportNotice', doc.uri, 'zh', target);
            assert.ok(written && existsSync(written.fsPath), `exported ${ext}`);
            assert.ok(readFileSync(written.fsPath, 'utf8').includes(PROVIDER));
        }
    });

    test('aspl.newPolicy writes a starter policy from the answers', async () => {
        const w = vscode.window as unknown as Record<string, unknown>;
        const saved = { showInputBox: w.showInputBox, showQuickPick: w.showQuickPick, showSaveDialog: w.showSaveDialog };
        const target = vscode.Uri.file(join(out, 'new.aspl'));
        w.showInputBox = async () => '测试电器有限公司';
        w.showQuickPick = async (items: Array<{ id: string }>, options?: { canPickMany?: boolean }) => (options?.canPickMany ? [items[0]] : items[0]);
        w.showSaveDialog = async () => target;
        try {
            await vscode.commands.executeCommand('aspl.newPolicy');
        } finally {
            Object.assign(w, saved);
        }
        assert.ok(existsSync(target.fsPath));
        const text = readFileSync(target.fsPath, 'utf8');
        assert.match(text, /测试电器有限公司/);
        // the same starter as `aspl init`: the server added the attestation stubs
        assert.match(text, /^ {2}承诺 GBT-AS-GENERAL \S+ "待填写/m);
    });

    test('aspl.fixAll clears every fixable finding of the sample', async () => {
        const folder = vscode.workspace.workspaceFolders![0].uri;
        const copy = vscode.Uri.joinPath(folder, 'fix-all-copy.aspl');
        await vscode.workspace.fs.writeFile(copy, Buffer.from(doc.getText(), 'utf8'));
        const target = await vscode.workspace.openTextDocument(copy);
        await vscode.window.showTextDocument(target);
        const code = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
        await waitFor('findings on the copy', () => vscode.languages.getDiagnostics(copy).some((d) => code(d).includes('8.4.3')), 90_000);
        assert.equal(await vscode.commands.executeCommand('aspl.fixAll', copy), true);
        await waitFor('no compliance errors left', () => !vscode.languages.getDiagnostics(copy).some((d) => / /.test(code(d)) && d.severity === vscode.DiagnosticSeverity.Error), 90_000);
        assert.match(target.getText(), /退款 内 5天 原路退回/);
    });

    test('aspl.restartServer restarts the client', async () => {
        await vscode.commands.executeCommand('aspl.restartServer');
        await waitFor('the client running again', () => api.client()?.isRunning());
    });
});
