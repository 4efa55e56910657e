import { AstUtils, type ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';

/**
 * A file without a policy (empty, truncated, only comments or imports) is a finding, not a clean
 * pass: otherwise a CI gate goes green on a policy file that lost its content.
 */
export class DocumentValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        return {
            Document: (d: ast.Document, accept) => {
                // a file that does not parse already has its errors; "no policy" would only repeat them
                const { lexerErrors, parserErrors } = AstUtils.getDocument(d).parseResult;
                if (d.policy || lexerErrors.length || parserErrors.length) return;
                reporter(this.settings, accept)('error', 'no-policy', {}, { node: d, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
            },
        };
    }
}
