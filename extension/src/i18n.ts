/** The language the writer wants for the extension's own texts (texts.ts holds them). */
import * as vscode from 'vscode';
import { text, type Lang, type TextKey } from './texts.js';

export { HTML_LANG, type Lang, type TextKey } from './texts.js';

/** `aspl.locale`: zh | en, or auto = the VS Code display language. */
export function uiLang(): Lang {
    const setting = vscode.workspace.getConfiguration('aspl').get<string>('locale', 'auto');
    if (setting === 'zh' || setting === 'en') return setting;
    return /^zh/i.test(vscode.env.language) ? 'zh' : 'en';
}

export function t(key: TextKey, params: Record<string, string | number> = {}, lang: Lang = uiLang()): string {
    return text(key, params, lang);
}
