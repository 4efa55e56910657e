/**
 * Language validation (Langium: lexing, parsing, linking, our validators) followed by the
 * compliance engine: findings become diagnostics on the policy, or — when they sit in an
 * imported base policy — on the import line here and on the base file itself.
 *
 * Large policies are checked in two steps (late-compliance.ts): the edit's language diagnostics
 * are published at once with the previous compliance findings moved along with the text, and
 * the fresh compliance findings follow as soon as the engine has run.
 */
import { Cancellation, UriUtils, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { AsplCoreDocumentValidator } from '../../parse/document-validator.js';
import type { Document } from '../../parse/generated/ast.js';
import { findingToDiagnostic, foreignDiagnostic, importRangeFor, messageText, withRuleLink } from './diagnostics.js';
import { importClosure } from '../../parse/imports.js';
import { msg } from './messages.js';
import type { AsplLspServices } from './module.js';

export class AsplDocumentValidator extends AsplCoreDocumentValidator {
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
        const docsBase = this.services.asplLsp.Options.docsBaseUrl;
        const diagnostics = (await super.validateDocument(document, options, cancelToken)).map((d) => withRuleLink(d, docsBase));
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
        const docsBase = Options.docsBaseUrl;
        const own = doc.uri.toString();
        const documents = this.services.shared.workspace.LangiumDocuments;
        const diagnostics: Diagnostic[] = [];
        const foreign = new Map<string, Diagnostic[]>();
        for (const f of result.problems) {
            if (f.src.uri === own) {
                diagnostics.push(findingToDiagnostic(f, lang, docsBase));
                continue;
            }
            const at = importRangeFor(doc, f.src.uri, (u) => importClosure(documents, u));
            if (at) diagnostics.push(foreignDiagnostic(f, lang, at, docsBase));
            const list = foreign.get(f.src.uri) ?? [];
            const d = findingToDiagnostic(f, lang, docsBase);
            list.push({ ...d, message: msg(lang, 'via-child', { message: messageText(d), file: UriUtils.basename(doc.uri) }) });
            foreign.set(f.src.uri, list);
        }
        for (const u of Foreign.set(own, foreign)) Republish.push(u);
        return diagnostics;
    }
}
