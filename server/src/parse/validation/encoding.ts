import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';

/** Bytes that were not UTF-8 are reported where they stood (they were read as U+FFFD). */
export class EncodingValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        return {
            Document: (d: ast.Document, accept) => {
                const doc = AstUtils.getDocument(d);
                const offset = this.settings.encodingIssues.get(doc.uri.toString());
                if (offset === undefined) return;
                const start = doc.textDocument.positionAt(offset);
                const end = doc.textDocument.positionAt(offset + 1);
                reporter(this.settings, accept)('error', 'invalid-utf8', {}, { node: d, range: { start, end } });
            },
        };
    }
}
