/**
 * Compliance findings of large policies, one step behind the keystroke. Parsing a 20,000-line
 * policy takes most of the edit budget; the engine would double it. So an edit publishes its
 * language diagnostics at once, together with the previous compliance findings moved along with
 * the text (marked `carried` in their data), and the engine's fresh findings follow in a second
 * publication of the same version as soon as no newer edit is waiting.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Document } from '../../parse/generated/ast.js';
import type { AsplDocumentValidator } from './document-validator.js';
import { carryDiagnostics, editBetween } from './edit-region.js';
import type { AsplLspServices } from './module.js';

/** From this many lines on, compliance findings follow the edit's language diagnostics. */
export const DEFERRED_COMPLIANCE_LINES = 1_000;

export function isCarried(d: Diagnostic): boolean {
    return (d.data as { carried?: boolean } | undefined)?.carried === true;
}

export class LateCompliance {
    private readonly last = new Map<string, { text: string; diagnostics: Diagnostic[] }>();
    /** Set by the diagnostics publisher: sends a document's diagnostics again. */
    publish: ((doc: LangiumDocument) => void) | undefined;

    constructor(private readonly services: AsplLspServices) {}

    /** Only edits are carried, and only open documents are edited: a closed one keeps no copy of its text. */
    private carries(doc: LangiumDocument): boolean {
        return doc.textDocument.lineCount >= DEFERRED_COMPLIANCE_LINES && this.services.shared.workspace.TextDocuments.get(doc.uri.toString()) !== undefined;
    }

    remember(doc: LangiumDocument, diagnostics: Diagnostic[]): void {
        if (!this.carries(doc)) {
            this.last.delete(doc.uri.toString());
            return;
        }
        this.last.set(doc.uri.toString(), { text: doc.textDocument.getText(), diagnostics });
    }

    forget(uri: string): void {
        this.last.delete(uri);
    }

    /** The previous compliance diagnostics moved to the new text; undefined when they must be computed now. */
    carry(doc: LangiumDocument): Diagnostic[] | undefined {
        if (!this.carries(doc)) return undefined;
        const prev = this.last.get(doc.uri.toString());
        const text = doc.textDocument.getText();
        // Same text (settings or config changed): nothing to carry, the engine must run on it now.
        if (!prev || prev.text === text) return undefined;
        return carryDiagnostics(prev.diagnostics, editBetween(prev.text, text), doc.uri.toString());
    }

    /** Runs the engine once the build is done and no newer edit is waiting, then publishes again. */
    schedule(doc: LangiumDocument<Document>): void {
        const version = doc.textDocument.version;
        const ws = this.services.shared.workspace;
        setTimeout(() => {
            ws.WorkspaceLock.read(() => {
                if (ws.LangiumDocuments.getDocument(doc.uri) !== doc || doc.state < DocumentState.Validated || !doc.diagnostics) return;
                if (doc.textDocument.version !== version) return; // a newer edit carries on
                const validator = this.services.validation.DocumentValidator as AsplDocumentValidator;
                const fresh = validator.complianceDiagnostics(doc);
                doc.diagnostics = [...doc.diagnostics.filter((d) => !isCarried(d)), ...fresh];
                this.remember(doc, fresh);
                this.publish?.(doc);
            }).catch((e) => console.error('aspl: late compliance check failed', e));
        }, 0);
    }
}
