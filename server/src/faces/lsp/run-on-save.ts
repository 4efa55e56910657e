/**
 * `aspl.run: onSave`, as ESLint's `eslint.run`: the engine judges a policy when it is opened and
 * each time it is saved; between saves the findings of the last judgement stay, moved along with
 * the text and marked `carried`. Language problems (syntax, names, values) still follow every
 * keystroke: they belong to the language, as TypeScript's errors keep coming while ESLint waits
 * for the save. Only open documents wait for a save; a file changed on disk is checked at once.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Document } from '../../parse/generated/ast.js';
import { isComplianceData } from './diagnostics.js';
import type { AsplDocumentValidator } from './document-validator.js';
import { carryDiagnostics, editBetween } from './edit-region.js';
import type { AsplLspServices } from './module.js';

export class SavedCompliance {
    /** Per open policy that waits for saves: the text the engine judged, the text the findings are placed on, and the findings. */
    private readonly last = new Map<string, { judged: string; text: string; diagnostics: Diagnostic[] }>();
    /** Saved while a build of it was on its way: that build's validation runs the engine. */
    private readonly due = new Set<string>();
    /** Set by the diagnostics publisher: sends a document's diagnostics again. */
    publish: ((doc: LangiumDocument) => void) | undefined;

    constructor(private readonly services: AsplLspServices) {}

    private waits(doc: LangiumDocument): boolean {
        return this.services.asplLsp.Options.runFor(doc.uri) === 'onSave' && this.services.shared.workspace.TextDocuments.get(doc.uri.toString()) !== undefined;
    }

    /** The findings of the last judgement moved to the current text; undefined when the engine must run now (opened, saved, same text). */
    carry(doc: LangiumDocument): Diagnostic[] | undefined {
        const key = doc.uri.toString();
        if (!this.waits(doc)) {
            this.last.delete(key);
            return undefined;
        }
        if (this.due.delete(key)) return undefined;
        const prev = this.last.get(key);
        const text = doc.textDocument.getText();
        // Same text: settings, the config or an imported file changed, so the judgement is due now.
        if (!prev || prev.text === text) return undefined;
        const carried = carryDiagnostics(prev.diagnostics, editBetween(prev.text, text), key);
        this.last.set(key, { judged: prev.judged, text, diagnostics: carried });
        return carried;
    }

    /**
     * Is the text edited since the engine judged it? The engine's findings (and their fixes) are
     * placed in the judged text, so no compliance fix is offered until the save — as ESLint offers
     * fixes only for the document version it linted.
     */
    pending(doc: LangiumDocument): boolean {
        const prev = this.last.get(doc.uri.toString());
        return prev !== undefined && prev.judged !== doc.textDocument.getText();
    }

    /**
     * The engine's findings on the current text. A policy saved half typed is not judged (the engine
     * does not judge what does not parse): the previous findings stay for the next save.
     */
    remember(doc: LangiumDocument, diagnostics: Diagnostic[]): void {
        const key = doc.uri.toString();
        if (!this.waits(doc)) {
            this.last.delete(key);
            return;
        }
        const text = doc.textDocument.getText();
        const { lexerErrors, parserErrors } = doc.parseResult;
        const prev = this.last.get(key);
        if ((lexerErrors.length || parserErrors.length) && prev) {
            this.last.set(key, { judged: prev.judged, text, diagnostics: carryDiagnostics(prev.diagnostics, editBetween(prev.text, text), key) });
            return;
        }
        this.last.set(key, { judged: text, text, diagnostics });
    }

    forget(uri: string): void {
        this.last.delete(uri);
        this.due.delete(uri);
    }

    /** The editor saved `uri`: the engine judges its text now (or the build on its way does) and the findings are published. */
    saved(uri: string): void {
        if (!this.last.has(uri)) return; // not waiting for a save (on type, not a policy, ASPL off)
        this.due.add(uri);
        const ws = this.services.shared.workspace;
        ws.WorkspaceLock.read(() => {
            const doc = ws.LangiumDocuments.getDocument(URI.parse(uri)) as LangiumDocument<Document> | undefined;
            if (!doc || !this.due.has(uri) || doc.state < DocumentState.Validated || !doc.diagnostics) return;
            if (doc.textDocument.version !== ws.TextDocuments.get(uri)?.version) return; // a newer edit's build runs the engine
            this.due.delete(uri);
            const fresh = (this.services.validation.DocumentValidator as AsplDocumentValidator).complianceDiagnostics(doc);
            doc.diagnostics = [...doc.diagnostics.filter((d) => !isComplianceData(d.data)), ...fresh];
            this.remember(doc, fresh);
            this.services.asplLsp.Late.remember(doc, fresh);
            this.publish?.(doc);
        }).catch((e) => console.error('aspl: compliance check on save failed', e));
    }
}
