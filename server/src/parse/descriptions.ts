/**
 * Langium's descriptions of named nodes (a policy in the index, a channel in a scope), with the lazy
 * name segment on the prototype instead of a getter in each description's object literal. V8 gives
 * such a literal getter a pair of accessors allocated outside the young generation, only freed by a
 * full collection: until then it kept the described node — and through it the whole document, its
 * syntax tree and text — alive through every minor collection. One description per checked policy
 * made most of every policy's tree outlive it: 1,000 policies promoted ~190 MB to the old generation
 * (V8's --trace-gc-nvp), a few MB with this class.
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider, type URI } from 'langium';

/** Langium's fields as own properties; the name segment's cache and the name provider are private (#), so they are not among them. */
class NodeDescription implements AstNodeDescription {
    #segment: DocumentSegment | undefined;
    readonly #names: NameProvider;

    constructor(
        readonly node: AstNode, readonly name: string, readonly selectionSegment: DocumentSegment | undefined,
        readonly type: string, readonly documentUri: URI, readonly path: string, names: NameProvider,
    ) {
        this.#names = names;
    }

    /** Where the name is written (or the whole node), worked out when first asked, as Langium's. */
    get nameSegment(): DocumentSegment | undefined {
        return (this.#segment ??= CstUtils.toDocumentSegment(this.#names.getNameNode(this.node) ?? this.node.$cstNode));
    }
}

export class AsplAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    /** Langium's createDescription, the same fields and the same error. */
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        return new NodeDescription(node, name, CstUtils.toDocumentSegment(node.$cstNode), node.$type, doc.uri, path, this.nameProvider);
    }
}
