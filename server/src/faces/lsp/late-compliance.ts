/**
 * Compliance findings of large policies, one step behind the keystroke. Parsing a 20,000-line
 * policy takes most of the edit budget; the engine would double it. So an edit publishes its
 * language diagnostics at once, together with the previous compliance findings moved along with
 * the text (marked `carried` in their data), and the engine's fresh findings follow in a second
 * publication of the same version as soon as no newer edit is waiting.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import type { Document } from '../../parse/generated/ast.js';
import { positionAt } from '../../shared/positions.js';
import type { AsplDocumentValidator } from './document-validator.js';
import type { AsplLspServices } from './module.js';
import { changedRegion } from '../../shared/text-diff.js';

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
        const move = mover(prev.text, text);
        return prev.diagnostics.map((d) => ({
            ...d,
            range: move(d.range),
            relatedInformation: d.relatedInformation?.map((r) => (r.location.uri === doc.uri.toString() ? { ...r, location: { ...r.location, range: move(r.location.range) } } : r)),
            data: { ...(d.data as object), carried: true },
        }));
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

/** Maps ranges of `before` to `after`, which differ in one region (common prefix and suffix kept); a position inside the region goes to its start. */
function mover(before: string, after: string): (r: Range) => Range {
    const region = changedRegion(before, after);
    const start = positionAt(before, region.start);
    const oldEnd = positionAt(before, region.beforeEnd);
    const newEnd = positionAt(after, region.afterEnd);
    const cmp = (a: Position, b: Position) => (a.line - b.line) || (a.character - b.character);
    const pos = (x: Position): Position => {
        if (cmp(x, start) <= 0) return x;
        if (cmp(x, oldEnd) < 0) return start;
        return { line: x.line + newEnd.line - oldEnd.line, character: x.line === oldEnd.line ? x.character + newEnd.character - oldEnd.character : x.character };
    };
    return (r) => ({ start: pos(r.start), end: pos(r.end) });
}
