/**
 * Go to definition: Langium's for references (channels named in `via` / `requests-via` /
 * `follow-up … via`, the base policy after `extends`), import paths → the imported policy, and
 * catalog and clause ids → where the standard's YAML defines them.
 */
import { GrammarUtils, URI, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import { isApplies, isAttestation, isWaiver, type Attestation, type Document, type Waiver } from '../../parse/generated/ast.js';
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
        return this.catalogDefinition(root, offset) ?? super.getDefinition(document, params);
    }

    /** A catalog id (`applies`, `attest`, `waive`) → its YAML file; a clause id → the clause in it. */
    private catalogDefinition(root: Document, offset: number): LocationLink[] | undefined {
        const registry = this.services.asplLsp.Compliance.registry;
        const claims = root.policy?.members.filter((m): m is Attestation | Waiver => isAttestation(m) || isWaiver(m)) ?? [];
        const ids = [...(root.policy?.members.filter(isApplies).flatMap((a) => a.catalogs) ?? []), ...claims.map((c) => c.catalog)];
        const link = (origin: CstNode, catalogId: string, line: number | undefined): LocationLink[] | undefined => {
            const catalog = registry?.get(catalogId);
            if (!catalog || line === undefined) return undefined;
            const at = { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 0 } };
            return [{ originSelectionRange: origin.range, targetUri: URI.file(catalog.file).toString(), targetRange: at, targetSelectionRange: at }];
        };
        for (const c of claims) {
            const cst = GrammarUtils.findNodeForProperty(c.$cstNode, 'clause');
            if (cst && offset >= cst.offset && offset <= cst.end && c.catalog) return link(cst, c.catalog.id, registry?.get(c.catalog.id)?.clauseLines[String(c.clause)]);
        }
        for (const id of ids) {
            const cst = id?.$cstNode;
            if (cst && offset >= cst.offset && offset <= cst.end) return link(cst, id.id, registry?.get(id.id)?.idLine);
        }
        return undefined;
    }
}
