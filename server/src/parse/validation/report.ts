import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { pick } from '../../i18n/locale.js';
import { LANGUAGE_MESSAGES, type LanguageMessageKey } from '../../i18n/language-messages.js';
import type { AsplSettings } from '../settings.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * One way to report a language-level problem: the message in the user's language,
 * `code` = the message key, and `data` keeping key and params so any face can re-render it.
 */
export function reporter(settings: AsplSettings, accept: ValidationAcceptor) {
    return <N extends AstNode>(
        severity: Severity, key: LanguageMessageKey, params: Record<string, string | number>, info: DiagnosticInfo<N>,
    ) => accept(severity, pick(LANGUAGE_MESSAGES[key], settings.lang, params), {
        ...info, code: key, data: { code: key, params },
    });
}
export type Report = ReturnType<typeof reporter>;
