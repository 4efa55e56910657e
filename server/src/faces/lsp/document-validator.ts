/**
 * Language validation (Langium: lexing, parsing, linking, our validators) followed by the
 * compliance engine: findings become diagnostics on the policy, or — when they sit in an
 * imported base policy — on the import line here and on the base file itself.
 *
 * Large policies are checked in two steps (late-compliance.ts): the edit's language diagnostics
 * are published at once with the previous compliance findings moved along with the text, and
 * the fresh compliance findings follow as soon as the engine has run.
 */
import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck, isAstNode, UriUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { Document } from '../../parse/generated/ast.js';
import { findingToDiagnostic, foreignDiagnostic, importRangeFor, messageText } from './diagnostics.js';
import { importClosure } from './import-graph.js';
import { msg } from './messages.js';
import type { AsplLspServices } from './module.js';

export class AsplDocumentValidator extends DefaultDocumentValidator {
    private readonly services: AsplLspServices;

    constructor(services: AsplLspServices) {
        super(services);
        this.services = services;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const { Compliance, Foreign, Republish, Late } = this.services.asplLsp;
        // Company packs named by the config must be known before `applies` / `attest` ids are checked.
        Compliance.configFor(document.uri);
        // A file the config ignores (drafts/**) is only checked when the writer opens it.
        if (!this.services.shared.workspace.TextDocuments.get(document.uri.toString()) && Compliance.isIgnored(document.uri)) return [];
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const wanted = !options.categories || options.categories.includes('fast');
        const doc = document as LangiumDocument<Document>;
        if (!wanted || !doc.parseResult.value?.policy) {
            for (const u of Foreign.remove(doc.uri.toString())) Republish.push(u);
            return diagnostics;
        }
        const carried = Late.carry(doc);
        if (carried) {
            Late.schedule(doc);
            return [...diagnostics, ...carried];
        }
        const compliance = this.complianceDiagnostics(doc);
        Late.remember(doc, compliance);
        return [...diagnostics, ...compliance];
    }

    /**
     * Langium's walk, without its per-node overhead: it streams every AST node through iterator
     * objects, looks up the checks of each node's type anew and yields to the event loop before
     * each one. Same order (pre-order, properties as the node holds them), same checks; checks
     * looked up once per type, a yield every 1,024 nodes.
     */
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const byType = new Map<string, Array<(node: AstNode, accept: ValidationAcceptor, token: Cancellation.CancellationToken) => unknown>>();
        let visited = 0;
        const walk = async (node: AstNode): Promise<void> => {
            if ((++visited & 1023) === 0) await interruptAndCheck(cancelToken);
            let checks = byType.get(node.$type);
            if (!checks) byType.set(node.$type, (checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray()));
            for (const check of checks) await check(node, acceptor, cancelToken);
            for (const key of Object.keys(node)) {
                if (key.charCodeAt(0) === 36 /* $ */) continue;
                const value = (node as unknown as Record<string, unknown>)[key];
                if (isAstNode(value)) await walk(value);
                else if (Array.isArray(value)) for (const item of value) if (isAstNode(item)) await walk(item);
            }
        };
        await walk(root);
    }

    /** Runs the engine on a validated policy: its findings as diagnostics (foreign ones recorded for their files). */
    complianceDiagnostics(doc: LangiumDocument<Document>): Diagnostic[] {
        const { Compliance, Foreign, Options, Republish } = this.services.asplLsp;
        let result;
        try {
            result = Compliance.check(doc);
        } catch (e) {
            // An engine failure (a broken catalog, a bug) must not take the server down.
            console.error(`aspl: compliance check of ${doc.uri.toString()} failed:`, e);
            return [];
        }
        const lang = Options.lang;
        const own = doc.uri.toString();
        const documents = this.services.shared.workspace.LangiumDocuments;
        const diagnostics: Diagnostic[] = [];
        const foreign = new Map<string, Diagnostic[]>();
        for (const f of result.problems) {
            if (f.src.uri === own) {
                diagnostics.push(findingToDiagnostic(f, lang));
                continue;
            }
            const at = importRangeFor(doc, f.src.uri, (u) => importClosure(documents, u));
            if (at) diagnostics.push(foreignDiagnostic(f, lang, at));
            const list = foreign.get(f.src.uri) ?? [];
            const d = findingToDiagnostic(f, lang);
            list.push({ ...d, message: msg(lang, 'via-child', { message: messageText(d), file: UriUtils.basename(doc.uri) }) });
            foreign.set(f.src.uri, list);
        }
        for (const u of Foreign.set(own, foreign)) Republish.push(u);
        return diagnostics;
    }
}
