import type { Range } from '../model/types.js';
import type { AsplDocument } from './load.js';

/** A syntax or language-level problem, as plain data. */
export interface LanguageProblem {
    uri: string;
    range: Range;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    code?: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

export function toProblems(doc: AsplDocument): LanguageProblem[] {
    return (doc.diagnostics ?? []).map((d) => ({
        uri: doc.uri.toString(), range: d.range, severity: SEVERITIES[d.severity ?? 1],
        message: typeof d.message === 'string' ? d.message : d.message.value,
        code: typeof d.code === 'string' ? d.code : (d.data as { code?: string } | undefined)?.code,
    }));
}

/** Lexer and parser errors (Langium's codes, or none): the policy is only partly understood. */
export const SYNTAX_CODES: ReadonlySet<string | undefined> = new Set([undefined, 'parsing-error', 'lexing-error', 'syntax']);
export function isSyntaxError(p: LanguageProblem): boolean {
    return p.severity === 'error' && SYNTAX_CODES.has(p.code);
}
