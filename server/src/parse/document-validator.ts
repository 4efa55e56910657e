/**
 * Syntax and linking problems under our language-rule codes (i18n/language-rules.ts) instead of
 * Langium's `lexing-error` / `parsing-error` / `linking-error`, with the parameters a quick fix
 * needs in `data` — so faces switch on `data.code`, never on the message text; and the checks
 * run in one walk over the AST.
 */
import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isAstNode, type AstNode, type LangiumCoreServices, type LangiumDocument,
    type ParseResult, type ValidationAcceptor, type ValidationCheck, type ValidationOptions, ValidationRegistry,
} from 'langium';
import type { LanguageRuleCode } from '../i18n/language-rules.js';
import type { Msg } from '../i18n/message.js';
import { lexerErrorCode, lexerErrorText, type AsplParserErrorMessages } from './parse-errors.js';
import { linkingErrorText } from './linker.js';
import { MAX_POLICY_CHARS, tooLargeText } from './lexer.js';
import { isPolicy } from './generated/ast.js';
import type { KeptMemberDiagnostics } from './kept-members.js';

/** Langium's diagnostic type, named without importing the LSP types into parse/. */
type Diagnostic = Parameters<DefaultDocumentValidator['processLinkingErrors']>[1][number];

/** Our code, the quick fix's parameters and the message ref (`text`, rendered where it is shown). */
function recode(d: Diagnostic, code: LanguageRuleCode, params: Record<string, string> = {}, text?: Msg): Diagnostic {
    return { ...d, code, data: { ...(d.data as object | undefined), code, params, ...(text ? { text } : {}) } };
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
            const message = text.length > MAX_POLICY_CHARS ? tooLargeText(text.length) : text ? lexerErrorText(text, error.offset, error.length) : undefined;
            for (const d of own) diagnostics.push(recode(d, code, {}, message));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        for (const error of parseResult.parserErrors) {
            const own: Diagnostic[] = [];
            super.processParsingErrors({ ...parseResult, parserErrors: [error] }, own, options);
            const glued = this.messages.gluedAt?.(error.token);
            const message = this.messages.textAt?.(error.token);
            diagnostics.push(...own.map((d) => (glued ? recode(d, 'keyword-glued', glued, message) : recode(d, 'syntax', {}, message))));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processLinkingErrors(document, own, options);
        for (const d of own) {
            const data = d.data as { code?: string; property?: string; refText?: string } | undefined;
            if (data?.code !== DocumentValidator.LinkingError) { diagnostics.push(d); continue; }
            const name = data.refText ?? '';
            diagnostics.push(recode(d, data.property === 'base' ? 'extends-not-imported' : 'unresolved-reference', { name }, linkingErrorText(data.property, name)));
        }
    }

    /** Off in the CLI (each document is validated once); the language server turns it on. */
    keptMembers: KeptMemberDiagnostics | undefined;

    /**
     * Langium's walk, without its per-node overhead: it streams every AST node through iterator
     * objects, looks up the checks of each node's type anew, yields to the event loop before each
     * one and awaits every check. Same order (pre-order, properties as the node holds them), same
     * checks; checks looked up once per type, a yield every 1,024 nodes, and a check awaited only
     * when it returns a promise (ours never do; {@link AsplValidationRegistry} keeps them synchronous).
     * With {@link keptMembers}, a policy member validated before under the same settings is not
     * walked: its diagnostics are reused in its place (so the order stays that of a full walk).
     */
    override async validateAst(root: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const items: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => { items.push(this.toDiagnostic(severity, message, info)); };
        await this.validateAstBefore(root, options, acceptor, cancelToken);
        const byType = new Map<string, ValidationCheck[]>();
        const kept = this.keptMembers?.run(options);
        // The visit order, listed first (synchronously): a node, or a kept member's start and end.
        const order: Array<AstNode | { member: AstNode; end: boolean }> = [];
        const list = (node: AstNode): void => {
            order.push(node);
            const members = kept && isPolicy(node);
            for (const key of Object.keys(node)) {
                if (key.charCodeAt(0) === 36 /* $ */) continue;
                const value = (node as unknown as Record<string, unknown>)[key];
                if (isAstNode(value)) list(value);
                else if (members && key === 'members' && Array.isArray(value)) {
                    for (const m of value as AstNode[]) {
                        order.push({ member: m, end: false });
                        if (!kept.get(m)) list(m);
                        order.push({ member: m, end: true });
                    }
                } else if (Array.isArray(value)) for (const item of value) if (isAstNode(item)) list(item);
            }
        };
        list(root);
        let visited = 0;
        let memberFrom = 0;
        for (const entry of order) {
            if (!isAstNode(entry)) {
                const known = kept!.get(entry.member);
                if (known) { if (!entry.end) items.push(...known); }
                else if (entry.end) kept!.set(entry.member, items.slice(memberFrom));
                else memberFrom = items.length;
                continue;
            }
            if ((++visited & 1023) === 0) await interruptAndCheck(cancelToken);
            let checks = byType.get(entry.$type);
            if (!checks) byType.set(entry.$type, (checks = this.validationRegistry.getChecks(entry.$type, options.categories).toArray()));
            for (const check of checks) {
                const pending = check(entry, acceptor, cancelToken);
                if (pending) await pending;
            }
        }
        await this.validateAstAfter(root, options, acceptor, cancelToken);
        return items;
    }
}

/**
 * Langium wraps every check in two async functions (for its error handling), so each of the
 * ~200,000 check calls of a 100,000-line policy made promises and microtask turns. Here a check
 * runs synchronously; a check that throws, or returns a promise that rejects, is handled by
 * Langium's own `handleException` as before (logged and reported on the node; a cancellation rethrown).
 */
export class AsplValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept, cancelToken) => {
            const failed = (err: unknown) => this.handleException(() => { throw err; }, context, accept, node);
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return result instanceof Promise ? result.then(undefined, failed) : undefined;
            } catch (err) {
                return failed(err);
            }
        };
    }
}
