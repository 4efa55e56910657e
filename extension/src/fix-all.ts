/**
 * "ASPL: Fix All Problems": the server's `source.fixAll` code action (the one `aspl check --fix`
 * runs and `editor.codeActionsOnSave` can run on save), applied to a policy on demand.
 */
import * as vscode from 'vscode';
import { t } from './i18n.js';

/** Applies the fix-all edit to the document; false when there was nothing to fix. */
export async function fixAll(doc: vscode.TextDocument): Promise<boolean> {
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
        'vscode.executeCodeActionProvider', doc.uri, whole, vscode.CodeActionKind.SourceFixAll.value,
    );
    const edit = actions?.find((a) => a.edit && a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind))?.edit;
    if (!edit) {
        void vscode.window.showInformationMessage(t('fixAllNone'));
        return false;
    }
    return vscode.workspace.applyEdit(edit);
}
