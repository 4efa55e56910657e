/**
 * The outline: imports, the policy and every member, named the way the writer wrote them
 * (keyword as written, then what identifies the member), blocks with their items as children.
 */
import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import * as ast from '../../parse/generated/ast.js';
import { firstLeaf, leaves } from '../../parse/cst-leaves.js';
import type { AsplLspServices } from './module.js';

const KIND: Record<string, SymbolKind> = {
    Policy: SymbolKind.Class, Import: SymbolKind.File, Channel: SymbolKind.Interface, Service: SymbolKind.Method, Fee: SymbolKind.Field,
    Outlet: SymbolKind.Object, Category: SymbolKind.Object, Cover: SymbolKind.Field, Attestation: SymbolKind.Event, Waiver: SymbolKind.Event,
    Version: SymbolKind.Constant, Effective: SymbolKind.Constant, Applies: SymbolKind.Package, Statement: SymbolKind.String,
};

export class AsplDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(_services: AsplLspServices) {}

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value as ast.Document;
        const out: DocumentSymbol[] = [];
        for (const imp of root.imports ?? []) {
            const s = symbol(imp, `${head(imp)} ${imp.path ?? ''}`.trim());
            if (s) out.push(s);
        }
        const policy = root.policy;
        if (policy) {
            const s = symbol(policy, `${head(policy)} ${policy.name ?? ''}`.trim(), policy.title, policy.members.map(member).filter((x): x is DocumentSymbol => !!x));
            if (s) out.push(s);
        }
        return out;
    }
}

function member(m: ast.Member): DocumentSymbol | undefined {
    const h = head(m);
    switch (m.$type) {
        case 'Channel': return symbol(m, m.name ?? h, `${m.kind ?? ''} ${m.contact ?? ''}`.trim(), [], 'name');
        case 'Service': return symbol(m, `${h} ${m.kind ?? ''}`.trim(), m.label);
        case 'Fee': return symbol(m, `${h} ${m.name ?? ''}`.trim(), m.label, [], 'name');
        case 'Network': return symbol(m, h, undefined, [
            ...m.outlets.map((o) => symbol(o, o.name ?? head(o), o.kind)),
            // `outlets 40 authorised`: the count stands for the outlets it does not list.
            ...m.counts.map((c) => symbol(c, `${head(c)} ${c.count ?? ''}`.trim(), c.kind)),
        ].filter(isSymbol));
        case 'Products': return symbol(m, h, undefined, m.categories.map((c) => symbol(c, c.name ?? head(c), c.kind)).filter(isSymbol));
        case 'Warranty': return symbol(m, h, m.start, m.covers.map((c) => symbol(c, c.part ?? head(c), [c.period?.$cstNode?.text, c.since].filter(Boolean).join(' '))).filter(isSymbol));
        case 'Attestation': case 'Waiver': return symbol(m, `${h} ${m.catalog?.id ?? ''} ${m.clause ?? ''}`.trim(), m.$type === 'Attestation' ? m.text : m.reason);
        case 'Applies': return symbol(m, `${h} ${m.catalogs.map((c) => c.id).join(', ')}`.trim());
        case 'Version': return symbol(m, `${h} ${m.value ?? ''}`.trim());
        case 'Effective': return symbol(m, `${h} ${m.date ?? ''}`.trim());
        case 'Provider': return symbol(m, `${h} ${m.name ?? ''}`.trim());
        case 'Statement': return symbol(m, h, m.text);
        default: return symbol(m, h);
    }
}

function isSymbol(s: DocumentSymbol | undefined): s is DocumentSymbol {
    return !!s;
}

/** The keyword the node starts with, as written. */
function head(node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return node.$type;
    return firstLeaf(cst)?.text ?? node.$type;
}

function symbol(node: AstNode, name: string, detail?: string, children: DocumentSymbol[] = [], selection?: string): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst) return undefined;
    const sel = selectionOf(node, cst, selection);
    return {
        name: name || node.$type, detail: detail || undefined, kind: KIND[node.$type] ?? SymbolKind.Struct,
        range: cst.range, selectionRange: sel, ...(children.length ? { children } : {}),
    };
}

function selectionOf(node: AstNode, cst: CstNode, property?: string): DocumentSymbol['range'] {
    if (property) {
        const value: unknown = Reflect.get(node, property);
        const leaf = leaves(cst).find((l) => l.text === value);
        if (leaf) return leaf.range;
    }
    return firstLeaf(cst)?.range ?? cst.range;
}
