/**
 * Language validation (Langium: lexing, parsing, linking, our validators) followed by the
 * compliance engine: findings become diagnostics on the policy, or — when they sit in an
 * imported base policy — on the import line here and on the base file itself.
 *
 * Large policies are checked in two steps (late-compliance.ts): the edit's language diagnostics
 * are published at once with the previous compliance findings moved along with the text, and
 * the fresh compliance findings follow as soon as the engine has run. With `aspl.run: onSave`
 * (run-on-save.ts) an edit carries the previous findings until the file is saved. A folder with
 * `aspl.enable: false` is not checked at all.
 */
import { Cancellation, UriUtils, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { AsplCoreDocumentValidator } from '../../parse/document-validator.js';
import type { Document } from '../../parse/generated/ast.js';
import { childDiagnostic, findingToDiagnostic, foreignDiagnostic, importRangeFor, withRuleLink } from './diagnostics.js';
import { importClosure } from '../../parse/imports.js';
import type { AsplLspServices } from './module.js';
import { occurrences } from '../../engine/findings.js';

export class AsplDocumentValidator extends AsplCoreDocumentValidator {
    private readonly services: AsplLspServices;

    constructor(services: AsplLspServices) {
        super(services);
        this.services = services;
    }

    /** How many times a document was validated (`aspl/memory` reports it: a locale change must not validate again). */
    runs = 0;

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        this.runs++;
        const { Compliance, Foreign, Republish, Late, Saved, Options } = this.services.asplLsp;
        const key = document.uri.toString();
        if (!Options.enabledFor(document.uri)) {
            // ASPL is off here: nothing of ours stays (its findings in base files neither); parsing goes on for the editing features.
            Compliance.forget(key);
            Late.forget(key);
            Saved.forget(key);
            for (const u of Foreign.remove(key)) Republish.push(u);
            return [];
        }
        // Company packs named by the config must be known before `applies` / `attest` ids are checked.
        Compliance.configFor(document.uri);
        // A file the config ignores (drafts/**) is only checked when the writer opens it.
        if (!this.services.shared.workspace.TextDocuments.get(document.uri.toString()) && Compliance.isIgnored(document.uri)) return [];
        const docsBase = this.services.asplLsp.Options.docsBaseUrl;
        const diagnostics = (await super.validateDocument(document, options, cancelToken)).map((d) => withRuleLink(d, docsBase));
        const wanted = !options.categories || options.categories.includes('fast');
        const doc = document as LangiumDocument<Document>;
        if (!wanted || !doc.parseResult.value?.policy) {
            // Half typed, its findings in base files stay (carried) until it parses again; no longer a policy, they go.
            for (const u of halfTyped(doc) ? Foreign.carry(key) : Foreign.remove(key)) Republish.push(u);
            return diagnostics;
        }
        const waiting = Saved.carry(doc);
        if (waiting) return [...diagnostics, ...waiting];
        const carried = Late.carry(doc);
        if (carried) {
            Late.schedule(doc);
            return [...diagnostics, ...carried];
        }
        const compliance = this.complianceDiagnostics(doc);
        Late.remember(doc, compliance);
        Saved.remember(doc, compliance);
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
        // every offending place its own diagnostic (occurrences), the clause still one verdict in lens and report
        for (const f of result.problems.flatMap(occurrences)) {
            if (f.src.uri === own) {
                diagnostics.push(findingToDiagnostic(f, lang, docsBase));
                continue;
            }
            const at = importRangeFor(doc, f.src.uri, (u) => importClosure(documents, u));
            if (at) diagnostics.push(foreignDiagnostic(f, lang, at, docsBase));
            const list = foreign.get(f.src.uri) ?? [];
            list.push(childDiagnostic(f, lang, UriUtils.basename(doc.uri), docsBase));
            foreign.set(f.src.uri, list);
        }
        // The engine does not judge a half-typed policy: what it placed in base files stays, carried, until the policy parses again.
        for (const u of result.stale ? Foreign.carry(own) : Foreign.set(own, foreign)) Republish.push(u);
        return diagnostics;
    }
}

function halfTyped(doc: LangiumDocument): boolean {
    return doc.parseResult.lexerErrors.length > 0 || doc.parseResult.parserErrors.length > 0;
}
