/**
 * Syntax and linking problems under our language-rule codes (i18n/language-rules.ts) instead of
 * Langium's `lexing-error` / `parsing-error` / `linking-error`, with the parameters a quick fix
 * needs in `data` — so faces switch on `data.code`, never on the message text; and the checks
 * run in one walk over the AST.
 */
import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isAstNode, type AstNode, type LangiumCoreServices, type LangiumDocument,
    type ParseResult, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import type { LanguageRuleCode } from '../i18n/language-rules.js';
import type { Msg } from '../i18n/message.js';
import { lexerErrorCode, lexerErrorText, type AsplParserErrorMessages } from './parse-errors.js';
import { linkingErrorText } from './linker.js';
import { reverseFrom } from './ast-walk.js';
import { MAX_POLICY_CHARS, tooLargeText } from './lexer.js';
import { isPolicy } from './generated/ast.js';
import type { KeptMemberDiagnostics } from './kept-members.js';
import type { AsplValidationRegistry } from './validation-registry.js';

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
            const numeral = this.messages.numeralAt?.(error.token);
            const message = this.messages.textAt?.(error.token);
            const [code, params] = glued ? ['keyword-glued', glued] as const : numeral ? ['chinese-numeral', numeral] as const : ['syntax', {}] as const;
            diagnostics.push(...own.map((d) => recode(d, code, params, message)));
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
     * objects, looks up the checks of each node's type anew and yields to the event loop before
     * each one. Same order (pre-order, properties as the node holds them), same checks; checks
     * listed once per type and registry (AsplValidationRegistry.checkList), a yield every 1,024 nodes, and a check awaited only when it returns a
     * promise (AsplValidationRegistry): one loop over an explicit stack, so a policy's nodes make
     * no promise of their own. With {@link keptMembers}, a policy member validated before under the
     * same settings is not walked: its diagnostics are reused in its place (so the order stays that
     * of a full walk).
     */
    override async validateAst(root: AstNode, options: ValidationOptions, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const items: Diagnostic[] = [];
        const acceptor: ValidationAcceptor = (severity, message, info) => { items.push(this.toDiagnostic(severity, message, info)); };
        await this.validateAstBefore(root, options, acceptor, cancelToken);
        const kept = this.keptMembers?.run(options);
        const registry = this.validationRegistry as AsplValidationRegistry;
        let visited = 0;
        // Pre-order: a node's children are pushed last first, so the first is walked next.
        const stack: Array<AstNode | KeptMember | MemberWalked> = [root];
        while (stack.length) {
            const top = stack.pop()!;
            if (top instanceof MemberWalked) {
                kept!.set(top.member, items.slice(top.from));
                continue;
            }
            if (top instanceof KeptMember) {
                const known = kept!.get(top.member);
                if (known) items.push(...known);
                else stack.push(new MemberWalked(top.member, items.length), top.member);
                continue;
            }
            const node = top;
            if ((++visited & 1023) === 0) await interruptAndCheck(cancelToken);
            for (const check of registry.checkList(node.$type, options.categories)) {
                const pending = check(node, acceptor, cancelToken);
                if (pending) await pending;
            }
            // The children in order (for…in: Object.keys' order, without a list of names per node), then turned around.
            const members = kept && isPolicy(node);
            const values = node as unknown as Record<string, unknown>;
            const from = stack.length;
            for (const key in values) {
                if (key.charCodeAt(0) === 36 /* $ */) continue;
                const value = values[key];
                if (isAstNode(value)) stack.push(value);
                else if (members && key === 'members' && Array.isArray(value)) for (const m of value) stack.push(new KeptMember(m as AstNode));
                else if (Array.isArray(value)) for (const item of value) if (isAstNode(item)) stack.push(item);
            }
            reverseFrom(stack, from);
        }
        await this.validateAstAfter(root, options, acceptor, cancelToken);
        return items;
    }
}

/** On the walk's stack: a policy member whose diagnostics may be kept from an earlier validation. */
class KeptMember {
    constructor(readonly member: AstNode) {}
}

/** On the walk's stack, below a member's nodes: its diagnostics are items[from…] once they are popped. */
class MemberWalked {
    constructor(readonly member: AstNode, readonly from: number) {}
}
