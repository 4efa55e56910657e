/**
 * Semantic tokens for every token of a policy. TextMate grammars leave out keywords without a
 * Latin letter, so Chinese-only keywords (渠道, 保修 …) are coloured here; names, references,
 * vocabulary words, catalog and clause ids, numbers and texts get their own types.
 */
import { GrammarAST, isCompositeCstNode, isLeafCstNode, AstUtils, type AstNode, type CstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../../parse/generated/ast.js';
import { assignedFeature, vocabularyOf } from '../../parse/grammar-map.js';
import type { AsplLspServices } from './module.js';

const NUMBER_TERMINALS = new Set(['INT', 'DECIMAL', 'DOTTED', 'DATE', 'TIME', 'PERCENT']);

export class AsplSemanticTokenProvider extends AbstractSemanticTokenProvider {
    constructor(services: AsplLspServices) {
        super(services);
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' | undefined {
        if (!node.$cstNode) return;
        for (const leaf of ownLeaves(node.$cstNode, node)) {
            const type = classify(node, leaf);
            if (type) acceptor({ cst: leaf, type: type[0], modifier: type[1] });
        }
    }
}

/** Leaves that belong to `node` itself, not to a child AST node. */
function ownLeaves(cst: CstNode, node: AstNode, out: CstNode[] = []): CstNode[] {
    if (isLeafCstNode(cst)) {
        if (!cst.hidden) out.push(cst);
        return out;
    }
    if (!isCompositeCstNode(cst)) return out;
    for (const child of cst.content) {
        if (child.astNode !== node && isCompositeCstNode(child) && child.astNode.$cstNode === child) continue;
        ownLeaves(child, node, out);
    }
    return out;
}

function classify(node: AstNode, leaf: CstNode): [string, string[]?] | undefined {
    const source = leaf.grammarSource;
    if (GrammarAST.isKeyword(source)) return /[\p{L}]/u.test(source.value) ? [SemanticTokenTypes.keyword] : undefined;
    const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
    const feature = assignment?.feature ?? assignedFeature(leaf);
    if (assignment && GrammarAST.isCrossReference(assignment.terminal)) {
        return feature === 'base' ? [SemanticTokenTypes.class] : [SemanticTokenTypes.variable];
    }
    if (ast.isPolicy(node) && feature === 'name') return [SemanticTokenTypes.class, [SemanticTokenModifiers.declaration]];
    if ((ast.isChannel(node) || ast.isFee(node)) && feature === 'name') return [SemanticTokenTypes.variable, [SemanticTokenModifiers.declaration]];
    if (ast.isCatalogId(node)) return [SemanticTokenTypes.namespace];
    if ((ast.isAttestation(node) || ast.isWaiver(node)) && feature === 'clause') return [SemanticTokenTypes.enumMember];
    if (feature && vocabularyOf(node.$type, feature)) return [feature === 'unit' || feature === 'currency' ? SemanticTokenTypes.type : SemanticTokenTypes.enumMember];
    const terminal = GrammarAST.isRuleCall(source) ? source.rule.ref : undefined;
    const name = terminal?.name;
    if (name === 'STRING') return [SemanticTokenTypes.string];
    if (name && NUMBER_TERMINALS.has(name)) return [SemanticTokenTypes.number];
    if (name === 'Num' || name === 'ClauseId') return [SemanticTokenTypes.number];
    if (leaf.text === '-' || leaf.text === '¥' || leaf.text === '￥') return undefined;
    return undefined;
}
