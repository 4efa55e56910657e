import { isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { createAsplCoreServices, type AsplCoreServices } from './aspl-module.js';
import { BoundedFileSystem } from './file-system.js';
import type { Document } from './generated/ast.js';
import { ImportWalk, importUris, insideRoots } from './imports.js';
import { isRegularFile, readRegularFile } from '../io/read.js';
import { MAX_POLICY_BYTES } from './lexer.js';

export type AsplDocument = LangiumDocument<Document>;

/** A language core with its own workspace, for the CLI, tests and the bench. */
export class PolicyWorkspace {
    readonly services: AsplCoreServices;

    constructor(services?: AsplCoreServices) {
        this.services = services ?? createAsplCoreServices(BoundedFileSystem).Aspl;
    }

    /** Parses, links and validates the given files and everything they import. */
    async load(files: string[]): Promise<AsplDocument[]> {
        const docs = files.map((f) => this.add(URI.file(resolve(f))));
        const all = this.withImports(docs);
        await this.services.shared.workspace.DocumentBuilder.build(all, { validation: true });
        return docs;
    }

    /** Parses, links and validates a text (tests, stdin, the bench). Imports resolve against disk. */
    async loadText(text: string, uri = URI.file('/virtual/policy.aspl')): Promise<AsplDocument> {
        const docs = this.services.shared.workspace.LangiumDocuments;
        if (docs.hasDocument(uri)) docs.deleteDocument(uri);
        const doc = this.services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
        docs.addDocument(doc);
        await this.services.shared.workspace.DocumentBuilder.build(this.withImports([doc]), { validation: true });
        return doc;
    }

    /**
     * Frees a checked document (1,000 kept documents cost ~0.5 GB): from the documents, the index
     * and the builder's per-document state (Langium keeps that map private; without this it leaks
     * ~0.3 MB per policy). Its imports stay for the next one.
     */
    release(doc: AsplDocument): void {
        const ws = this.services.shared.workspace;
        ws.LangiumDocuments.deleteDocument(doc.uri);
        ws.IndexManager.remove(doc.uri);
        (ws.DocumentBuilder as unknown as { buildState?: Map<string, unknown> }).buildState?.delete(doc.uri.toString());
    }

    private add(uri: URI): AsplDocument {
        const docs = this.services.shared.workspace.LangiumDocuments;
        if (docs.hasDocument(uri)) return docs.getDocument(uri) as AsplDocument;
        // Callers pass regular files (imports are filtered by isFile, the CLI checks first): a FIFO or device swapped in meanwhile throws, never blocks.
        const text = this.decode(uri, readRegularFile(uri.fsPath, MAX_POLICY_BYTES));
        const doc = this.services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
        docs.addDocument(doc);
        return doc;
    }

    /** UTF-8 text of a file; invalid bytes become U+FFFD and the first one is remembered for the validator. */
    private decode(uri: URI, bytes: Buffer): string {
        // A UTF-8 byte-order mark is not part of the text (editors drop it too, so columns agree).
        const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
        const issues = this.services.aspl.Settings.encodingIssues;
        issues.delete(uri.toString());
        // a native check that builds no second string (a strict TextDecoder did, per file)
        if (!isUtf8(bytes)) {
            const at = text.indexOf('\uFFFD');
            issues.set(uri.toString(), at < 0 ? 0 : at);
        }
        return text;
    }

    /** Adds every reachable imported .aspl file that exists; missing ones are reported by the validator. */
    private withImports(roots: AsplDocument[]): AsplDocument[] {
        const out = new Map(roots.map((d) => [d.uri.toString(), d]));
        const loadable = (u: URI) => u.path.endsWith('.aspl') && insideRoots(u.fsPath, this.services.aspl.Settings.roots) && isFile(u.fsPath);
        const walk = new ImportWalk(roots.map((d) => d.uri));
        for (let u = walk.next(); u; u = walk.next()) {
            for (const i of walk.push(importUris(out.get(u.toString())!.parseResult.value, u), loadable)) out.set(i.toString(), this.add(i));
        }
        return [...out.values()];
    }
}

function isFile(path: string): boolean {
    // false for a symlink loop (ELOOP), a FIFO or a device: reported as missing, never followed or read.
    return isRegularFile(path);
}
