import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { LANGUAGE, type LanguageMessageKey } from '../../i18n/language-messages.js';
import { say, type Params } from '../../i18n/message.js';
import type { AsplSettings } from '../settings.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * One way to report a language-level problem: `code` = the message key, and `data` keeping the
 * key, its params and the message ref (`text`), which every face renders in its reader's
 * language (the editor re-renders it when the locale changes, without validating again).
 * Langium wants a string too: the message in the current language.
 */
export function reporter(settings: AsplSettings, accept: ValidationAcceptor) {
    return <N extends AstNode>(
        severity: Severity, key: LanguageMessageKey, params: Params, info: DiagnosticInfo<N>,
    ) => {
        const text = LANGUAGE[key](params);
        accept(severity, say(text, settings.lang), { ...info, code: key, data: { code: key, params, text } });
    };
}
export type Report = ReturnType<typeof reporter>;
