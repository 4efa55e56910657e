/**
 * Sends diagnostics to the client (instead of Langium's default handler): each carries the
 * version of the text it was computed from, a policy that does not parse keeps the compliance
 * findings of its last good text, base files get the findings their importers located in them,
 * and config / pack YAML files get their own problems.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DocumentState, URI } from 'langium';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { FileProblem } from '../../engine/catalog/types.js';
import { say } from '../../i18n/message.js';
import { LastGoodFindings } from './diagnostics.js';
import type { AsplDocumentBuilder } from './document-builder.js';
import type { AsplDocumentUpdateHandler } from './document-update-handler.js';
import type { AsplLspServices } from './module.js';
import { renderDiagnostic } from './diagnostics.js';

export class DiagnosticsPublisher {
    private readonly yamlSent = new Map<string, string>();
    private readonly lastGood = new LastGoodFindings();

    constructor(private readonly connection: Connection, private readonly services: AsplLspServices) {}

    listen(): void {
        const builder = this.services.shared.workspace.DocumentBuilder as AsplDocumentBuilder;
        const { Late, Saved } = this.services.asplLsp;
        Late.publish = Saved.publish = (doc) => {
            this.publish(doc.uri);
            this.flushRepublish();
        };
        // What the server kept for a deleted document is dropped in module.ts (forgetClosed); here its diagnostics and last good findings go.
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.lastGood.forget(uri.toString());
                this.connection.sendDiagnostics({ uri: uri.toString(), diagnostics: [] });
            }
        });
        // A closed document is not being edited: the findings of its last good text go (its text on disk is checked afresh).
        (this.services.shared.lsp.DocumentUpdateHandler as AsplDocumentUpdateHandler).onClose((uri) => this.lastGood.forget(uri));
        builder.onDocumentPhase(DocumentState.Validated, (doc) => {
            this.publish(doc.uri);
            this.flushRepublish();
        });
        builder.onBuildPhase(DocumentState.Validated, () => {
            this.flushRepublish();
            this.publishYaml();
        });
    }

    private flushRepublish(): void {
        const queue = this.services.asplLsp.Republish;
        const uris = [...new Set(queue.splice(0))];
        for (const u of uris) this.publish(URI.parse(u));
    }

    /** Publishes a validated document's diagnostics (no-op while it is not validated). */
    publish(uri: URI): void {
        const key = uri.toString();
        const doc = this.services.shared.workspace.LangiumDocuments.getDocument(uri);
        if (!doc?.diagnostics || doc.state < DocumentState.Validated) return;
        const builder = this.services.shared.workspace.DocumentBuilder as AsplDocumentBuilder;
        const version = builder.parsedVersions.get(key);
        if (!this.services.asplLsp.Options.enabledFor(uri)) {
            // `aspl.enable: false`: nothing is shown, and nothing is kept to show once it is on again (it is checked afresh then).
            this.lastGood.forget(key);
            this.connection.sendDiagnostics({ uri: key, ...(version !== undefined ? { version } : {}), diagnostics: [] });
            return;
        }
        // Rendered here, in the reader's language of the moment: the diagnostics keep their message refs.
        const lang = this.services.asplLsp.Options.lang;
        const diagnostics = this.services.asplLsp.Foreign.merge(key, this.lastGood.complete(doc, doc.diagnostics)).map((d) => renderDiagnostic(d, lang));
        this.connection.sendDiagnostics({ uri: key, ...(version !== undefined ? { version } : {}), diagnostics });
    }

    /** The message language changed: every validated document's diagnostics again, in it (no validation). */
    republishAll(): void {
        for (const doc of this.services.shared.workspace.LangiumDocuments.all) this.publish(doc.uri);
        this.publishYaml();
    }

    /** Config and pack problems, on the YAML file they are in; cleared once fixed. */
    publishYaml(): void {
        const problems = this.services.asplLsp.Compliance.yamlProblems();
        const files = new Set([...problems.keys(), ...this.yamlSent.keys()]);
        const lang = this.services.asplLsp.Options.lang;
        for (const file of files) {
            // a config or pack in a folder where ASPL is off shows nothing either
            const list = this.services.asplLsp.Options.enabledFor(URI.file(file)) ? problems.get(file) ?? [] : [];
            const signature = JSON.stringify([lang, list]);
            if (this.yamlSent.get(file) === signature) continue;
            if (list.length) this.yamlSent.set(file, signature);
            else this.yamlSent.delete(file);
            this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: list.map((p) => yamlDiagnostic(p, lang)) });
        }
    }
}

/** A 1-based file problem as a diagnostic underlining the word at its column. */
export function yamlDiagnostic(p: FileProblem, lang: 'zh' | 'en'): Diagnostic {
    const line = Math.max(0, p.line - 1);
    const character = Math.max(0, p.column - 1);
    let end = character + 1;
    try {
        const text = readFileSync(p.file, 'utf8').split(/\r?\n/)[line] ?? '';
        const m = /^[^\s:,\]}]+/.exec(text.slice(character));
        end = character + Math.max(1, m ? m[0].length : text.length - character);
    } catch {
        // the file went away: underline one character
    }
    return {
        range: { start: { line, character }, end: { line, character: end } },
        severity: DiagnosticSeverity.Error,
        source: 'aspl',
        code: 'config',
        message: say(p.message, lang),
    };
}
