/** Import paths are links to the imported file. */
import { UriUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { GrammarUtils } from 'langium';
import type { Document } from '../../parse/generated/ast.js';
import { resolveImport } from '../../parse/imports.js';
import type { AsplLspServices } from './module.js';

export class AsplDocumentLinkProvider implements DocumentLinkProvider {
    constructor(_services: AsplLspServices) {}

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const root = document.parseResult.value as Document;
        const links: DocumentLink[] = [];
        for (const imp of root.imports ?? []) {
            const target = resolveImport(document.uri, imp);
            const cst = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
            if (!target || !cst) continue;
            links.push({ range: cst.range, target: target.toString(), tooltip: UriUtils.basename(target) });
        }
        return links;
    }
}
