import type { CstNode } from 'langium';
import type { AsplDocument } from './load.js';
import { isSyntaxRule } from '../i18n/language-rules.js';

/** A source range as Langium gives it (0-based lines, UTF-16 columns): parse/ does not import model/. */
type Range = CstNode['range'];

/** A syntax or language-level problem, as plain data. */
export interface LanguageProblem {
    uri: string;
    range: Range;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    code?: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** The document's diagnostics as plain data (or the given ones: a server passes its language problems only, rendered). */
export function toProblems(doc: AsplDocument, diagnostics = doc.diagnostics ?? []): LanguageProblem[] {
    return diagnostics.map((d) => ({
        uri: doc.uri.toString(), range: d.range, severity: SEVERITIES[d.severity ?? 1],
        message: typeof d.message === 'string' ? d.message : d.message.value,
        code: typeof d.code === 'string' ? d.code : (d.data as { code?: string } | undefined)?.code,
    }));
}

/** Lexer and parser errors (i18n/language-rules.ts: syntax, keyword-glued): the policy is only partly understood. */
export function isSyntaxError(p: LanguageProblem): boolean {
    return p.severity === 'error' && isSyntaxRule(p.code);
}
