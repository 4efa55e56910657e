/**
 * Syntax and linking problems under our language-rule codes (i18n/language-rules.ts) instead of
 * Langium's `lexing-error` / `parsing-error` / `linking-error`, with the parameters a quick fix
 * needs in `data` — so faces switch on `data.code`, never on the message text.
 */
import { DefaultDocumentValidator, DocumentValidator, type LangiumCoreServices, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { LanguageRuleCode } from '../i18n/language-rules.js';
import { lexerErrorCode, type AsplParserErrorMessages } from './parse-errors.js';

/** Langium's diagnostic type, named without importing the LSP types into parse/. */
type Diagnostic = Parameters<DefaultDocumentValidator['processLinkingErrors']>[1][number];

function recode(d: Diagnostic, code: LanguageRuleCode, params: Record<string, string> = {}): Diagnostic {
    return { ...d, code, data: { ...(d.data as object | undefined), code, params } };
}

export class AsplCoreDocumentValidator extends DefaultDocumentValidator {
    private readonly messages: AsplParserErrorMessages;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.messages = services.parser.ParserErrorMessageProvider as AsplParserErrorMessages;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const text = parseResult.value.$cstNode?.root.fullText ?? '';
        for (const error of parseResult.lexerErrors) {
            const own: Diagnostic[] = [];
            super.processLexingErrors({ ...parseResult, lexerErrors: [error] }, own, options);
            const code = text ? lexerErrorCode(text, error.offset, error.length) : 'syntax';
            for (const d of own) diagnostics.push(recode(d, code));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        for (const error of parseResult.parserErrors) {
            const own: Diagnostic[] = [];
            super.processParsingErrors({ ...parseResult, parserErrors: [error] }, own, options);
            const glued = this.messages.gluedAt?.(error.token);
            diagnostics.push(...own.map((d) => (glued ? recode(d, 'keyword-glued', glued) : recode(d, 'syntax'))));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processLinkingErrors(document, own, options);
        for (const d of own) {
            const data = d.data as { code?: string; property?: string; refText?: string } | undefined;
            if (data?.code !== DocumentValidator.LinkingError) { diagnostics.push(d); continue; }
            diagnostics.push(recode(d, data.property === 'base' ? 'extends-not-imported' : 'unresolved-reference', { name: data.refText ?? '' }));
        }
    }
}
