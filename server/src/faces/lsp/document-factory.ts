/**
 * Langium's document factory, re-parsing only the edited top-level block when an open document
 * changes inside one (parse/block-reparse.ts); any other change is parsed whole, as Langium does.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type Mutable } from 'langium';
import type { Cancellation } from 'langium';
import { reparseBlock, type ReparseOutcome } from '../../parse/block-reparse.js';

export class AsplDocumentFactory extends DefaultLangiumDocumentFactory {
    /** How the last change of each document was parsed (read by the bench and the tests). */
    readonly lastReparse = new Map<string, ReparseOutcome>();
    /** Off: every change is parsed whole (module.ts setIncremental: the oracle the tests compare with). */
    incremental = true;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        const before = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(key);
        if (this.incremental && textDocument && before !== undefined) {
            const after = textDocument.getText();
            if (after !== before) {
                const parser = this.serviceRegistry.getServices(document.uri).parser.LangiumParser;
                // In place: the document's CST text becomes `after`, so Langium's update below does not parse again.
                this.lastReparse.set(key, reparseBlock(parser, document.parseResult, before, after));
            }
        } else this.lastReparse.delete(key);
        return super.update(document, cancellationToken);
    }

    forget(uri: string): void {
        this.lastReparse.delete(uri);
    }
}
