/**
 * "New policy from template": asks for the company name, the product type and the sales
 * channels, then writes the starter policy the server returns (server/src/starter) and opens it.
 */
import * as vscode from 'vscode';
import { PRODUCT_TYPES, SALES_CHANNELS, STARTER_FACTS, fileNameFor } from '../../server/src/starter/choices.js';
import type { PolicyData } from './data.js';
import { t, uiLang } from './i18n.js';

export async function newPolicy(data: PolicyData, folderArg?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const lang = uiLang();
    const company = await vscode.window.showInputBox({
        title: 'ASPL', prompt: t('newCompany', {}, lang), placeHolder: t('newCompanyPlaceholder', {}, lang), ignoreFocusOut: true,
        validateInput: (v) => (v.trim() ? undefined : t('newCompanyRequired', {}, lang)),
    });
    if (!company?.trim()) return undefined;

    const product = await vscode.window.showQuickPick(
        PRODUCT_TYPES.map((p) => ({ label: p[lang], description: p.word[lang], id: p.id })),
        { title: 'ASPL', placeHolder: t('newProduct', {}, lang), ignoreFocusOut: true },
    );
    if (!product) return undefined;

    const channels = await vscode.window.showQuickPick(
        SALES_CHANNELS.map((c) => ({ label: c[lang], description: c.word[lang], id: c.id, picked: c.id === 'online' })),
        { title: 'ASPL', placeHolder: t('newChannels', {}, lang), canPickMany: true, ignoreFocusOut: true },
    );
    if (!channels?.length) return undefined;

    // The company's facts, each optional: Enter on an empty box leaves its TODO (the check reports it until filled in).
    const facts: Record<string, string> = {};
    for (const name of STARTER_FACTS) {
        const value = await vscode.window.showInputBox({ title: 'ASPL', prompt: t(`newFact.${name}`, {}, lang), placeHolder: t('newFactOptional', {}, lang), ignoreFocusOut: true });
        if (value === undefined) return undefined;
        if (value.trim()) facts[name] = value.trim();
    }

    // `auto` (the default, as in the server): a new file has no language of its own yet, so the message language
    const setting = vscode.workspace.getConfiguration('aspl').get<string>('keywordLanguage');
    const keywords = setting === 'en' || setting === 'zh' ? setting : lang;
    // The server writes it (the same starter as `aspl init`, with the attestation stubs it checked).
    let text: string;
    try {
        text = await data.starter({ company: company.trim(), product: product.id, channels: channels.map((c) => c.id), keywords, facts }, lang);
    } catch (e) {
        void vscode.window.showErrorMessage((e as Error).message);
        return undefined;
    }

    const folder = folderArg ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    let target: vscode.Uri | undefined;
    if (folder) {
        target = await vscode.window.showSaveDialog({
            title: t('newWhere', {}, lang), defaultUri: vscode.Uri.joinPath(folder, fileNameFor(company)), filters: { ASPL: ['aspl'] },
        });
        if (!target) return undefined;
        await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
        const doc = await vscode.workspace.openTextDocument(target);
        await vscode.window.showTextDocument(doc);
        void vscode.window.showInformationMessage(t('newCreated', { file: vscode.workspace.asRelativePath(target) }, lang));
        return target;
    }
    // No folder open: an untitled policy the writer saves where they like.
    const doc = await vscode.workspace.openTextDocument({ language: 'aspl', content: text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
}
