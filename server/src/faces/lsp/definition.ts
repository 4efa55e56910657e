/**
 * Go to definition: Langium's for references (channels named in `via` / `requests-via` /
 * `follow-up … via`, the base policy after `extends`), plus import paths → the imported policy.
 */
import { GrammarUtils, URI, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import type { Document } from '../../parse/generated/ast.js';
import { resolveImport } from '../../parse/imports.js';
import type { AsplLspServices } from './module.js';

export class AsplDefinitionProvider extends DefaultDefinitionProvider {
    private readonly services: AsplLspServices;

    constructor(services: AsplLspServices) {
        super(services);
        this.services = services;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const root = document.parseResult.value as Document;
        const offset = document.textDocument.offsetAt(params.position);
        for (const imp of root.imports ?? []) {
            const cst = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
            if (!cst || offset < cst.offset || offset > cst.end) continue;
            const target = resolveImport(document.uri, imp);
            if (!target) return undefined;
            const doc = this.services.shared.workspace.LangiumDocuments.getDocument(URI.parse(target.toString())) as LangiumDocument<Document> | undefined;
            const policy = doc?.parseResult.value.policy;
            const whole = policy?.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            const name = policy && GrammarUtils.findNodeForProperty(policy.$cstNode, 'name');
            return [{ originSelectionRange: cst.range, targetUri: target.toString(), targetRange: whole, targetSelectionRange: name?.range ?? whole }];
        }
        return super.getDefinition(document, params);
    }
}
