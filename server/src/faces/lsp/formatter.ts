/**
 * Formatting through the shared formatter (server/src/format/format.ts), never a second one.
 * Whole document: one edit covering what changed. Range: the formatter's layout of the lines
 * touched by the range, mapped back through the non-blank characters (formatting only moves
 * whitespace), so nothing outside those lines changes.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    FormattingOptions, TextEdit,
} from 'vscode-languageserver';
import { layout } from '../../format/format.js';
import type { AsplLspServices } from './module.js';
import type { LspOptions } from './options.js';
import { changedRegion } from '../../shared/text-diff.js';

export class AsplFormatter implements Formatter {
    private readonly options: LspOptions;

    constructor(services: AsplLspServices) {
        this.options = services.asplLsp.Options;
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    private formatted(document: LangiumDocument, options: FormattingOptions, canonical: boolean): { text: string; out: string } | undefined {
        const { lexerErrors, parserErrors, value } = document.parseResult;
        if (lexerErrors.length || parserErrors.length || !value.$cstNode) return undefined;
        const text = document.textDocument.getText();
        if (value.$cstNode.root.fullText !== text) return undefined; // not parsed yet
        const indent = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize || 2);
        try {
            const out = layout(value, text, { indent, keywordLanguage: canonical ? this.options.formatKeywordLanguage : undefined });
            return { text, out };
        } catch (e) {
            console.error('aspl: formatting failed', e);
            return undefined;
        }
    }

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        const f = this.formatted(document, params.options, true);
        if (!f || f.out === f.text) return [];
        return [wholeEdit(document, f.text, f.out)];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const f = this.formatted(document, params.options, false);
        if (!f || f.out === f.text) return [];
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        const edit = rangeEdit(f.text, f.out, start, end);
        if (!edit) return [];
        const newText = f.out.slice(edit.fs, edit.fe);
        if (f.text.slice(edit.os, edit.oe) === newText) return [];
        return [{ range: { start: document.textDocument.positionAt(edit.os), end: document.textDocument.positionAt(edit.oe) }, newText }];
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }
}

/** One edit replacing only the span between the common prefix and suffix. */
function wholeEdit(document: LangiumDocument, text: string, out: string): TextEdit {
    const r = changedRegion(text, out);
    return {
        range: { start: document.textDocument.positionAt(r.start), end: document.textDocument.positionAt(r.beforeEnd) },
        newText: out.slice(r.start, r.afterEnd),
    };
}

function nonBlank(text: string): number[] {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) out.push(i);
    return out;
}

/**
 * The original span [os, oe) and its formatted counterpart [fs, fe) covering the formatted
 * lines that hold the non-blank characters inside [start, end).
 */
export function rangeEdit(text: string, out: string, start: number, end: number): { os: number; oe: number; fs: number; fe: number } | undefined {
    const o = nonBlank(text);
    const f = nonBlank(out);
    if (o.length !== f.length || !o.length) return undefined;
    let k1 = o.findIndex((x) => x >= start);
    if (k1 < 0) return undefined;
    let k2 = -1;
    for (let k = o.length - 1; k >= 0; k--) if (o[k] < Math.max(end, start + 1)) { k2 = k; break; }
    if (k2 < k1) k2 = k1;
    // Widen to whole formatted lines.
    const lineStart = out.lastIndexOf('\n', f[k1]) + 1;
    while (k1 > 0 && f[k1 - 1] >= lineStart) k1--;
    const lineEnd = out.indexOf('\n', f[k2]);
    while (k2 < f.length - 1 && (lineEnd < 0 || f[k2 + 1] < lineEnd)) k2++;
    const has = (s: string, a: number, b: number) => s.slice(a, b).includes('\n');
    let os: number, fs: number, oe: number, fe: number;
    if (k1 === 0) { os = 0; fs = 0; } else if (has(text, o[k1 - 1], o[k1])) {
        os = text.lastIndexOf('\n', o[k1]) + 1; fs = out.lastIndexOf('\n', f[k1]) + 1;
    } else { os = o[k1 - 1] + 1; fs = f[k1 - 1] + 1; }
    if (k2 === o.length - 1) { oe = text.length; fe = out.length; } else if (has(text, o[k2], o[k2 + 1])) {
        oe = text.indexOf('\n', o[k2]); fe = out.indexOf('\n', f[k2]);
    } else { oe = o[k2 + 1]; fe = f[k2 + 1]; }
    return { os, oe, fs, fe };
}
