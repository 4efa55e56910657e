import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';
import { BIDI_CONTROLS, escapeInvisible } from '../../io/inert.js';

/** Warnings per file for direction controls: one is enough to act on, thousands would flood the editor. */
const MAX_BIDI_WARNINGS = 20;

/**
 * Bytes that were not UTF-8 are reported where they stood (they were read as U+FFFD), and so is
 * every bidirectional embedding, override or isolate control: invisible, they make a policy
 * read differently from what it says (Trojan Source).
 */
export class EncodingValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        return {
            Document: (d: ast.Document, accept) => {
                const doc = AstUtils.getDocument(d);
                const report = reporter(this.settings, accept);
                const text = doc.textDocument.getText();
                let n = 0;
                for (const m of text.matchAll(BIDI_CONTROLS)) {
                    if (n++ >= MAX_BIDI_WARNINGS) break;
                    const range = { start: doc.textDocument.positionAt(m.index), end: doc.textDocument.positionAt(m.index + 1) };
                    report('warning', 'bidi-control', { code: escapeInvisible(m[0]) }, { node: d, range });
                }
                const offset = this.settings.encodingIssues.get(doc.uri.toString());
                if (offset === undefined) return;
                const start = doc.textDocument.positionAt(offset);
                const end = doc.textDocument.positionAt(offset + 1);
                report('error', 'invalid-utf8', {}, { node: d, range: { start, end } });
            },
        };
    }
}
