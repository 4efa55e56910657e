/**
 * What each policy member added to the model, kept with the member's AST node. A member kept by
 * a block re-parse (parse/block-reparse.ts) has the same text and tree, only moved: its part of the
 * model is the one built before, its ranges moved with the member's start. Building a member's part
 * reads nothing but its own subtree and the document's URI (the key), so nothing else can change it.
 */
import type { AstNode } from 'langium';
import { firstLeaf } from '../parse/cst-leaves.js';
import type * as m from './types.js';

/** The model's lists a member appends to. */
export const MEMBER_LISTS = ['applies', 'channels', 'services', 'fees', 'statements', 'attestations', 'waivers'] as const;

/** A member's part: the fields it set (in the order it set them), the items it appended to each list, the texts it wrote. */
export interface ModelPart {
    fields: Array<[string, unknown]>;
    lists: Array<[typeof MEMBER_LISTS[number], unknown[]]>;
    texts: m.Text[];
}

/** Langium's leaf fields (private in its types): read directly, the range getters allocate. */
interface LeafStart { _startLine: number; _startColumn: number }

interface Kept { uri: string; first: LeafStart; line: number; character: number; part: ModelPart }

export class KeptModelParts {
    private readonly kept = new WeakMap<AstNode, Kept>();

    /** The member's part built before for this document, moved to where the member starts now; undefined: build it. */
    get(member: AstNode, uri: string): ModelPart | undefined {
        const k = this.kept.get(member);
        if (!k || k.uri !== uri) return undefined;
        const dl = k.first._startLine - k.line;
        const dc = k.first._startColumn - k.character;
        if (dl || dc) {
            k.part = moved(k.part, k.line, dl, dc);
            k.line += dl;
            k.character += dc;
        }
        return k.part;
    }

    set(member: AstNode, uri: string, part: ModelPart): void {
        const first = member.$cstNode && (firstLeaf(member.$cstNode) as unknown as LeafStart | undefined);
        if (first) this.kept.set(member, { uri, first, line: first._startLine, character: first._startColumn, part });
    }
}

/**
 * A copy of a part with every position moved (lines by dl; columns by dc on the member's first line),
 * objects shared inside the part shared in the copy too (a text is both a field's value and in `texts`).
 */
function moved(part: ModelPart, line: number, dl: number, dc: number): ModelPart {
    const copies = new Map<object, unknown>();
    const copy = (x: unknown): unknown => {
        if (x === null || typeof x !== 'object') return x;
        const done = copies.get(x);
        if (done) return done;
        if (Array.isArray(x)) {
            const out: unknown[] = [];
            copies.set(x, out);
            for (const v of x) out.push(copy(v));
            return out;
        }
        const o = x as Record<string, unknown>;
        if (isPosition(o)) {
            const p = { line: o.line + dl, character: o.line === line ? o.character + dc : o.character };
            copies.set(x, p);
            return p;
        }
        const out: Record<string, unknown> = {};
        copies.set(x, out);
        for (const key of Object.keys(o)) out[key] = copy(o[key]);
        return out;
    };
    return copy(part) as ModelPart;
}

function isPosition(o: Record<string, unknown>): o is { line: number; character: number } {
    const keys = Object.keys(o);
    return keys.length === 2 && typeof o.line === 'number' && typeof o.character === 'number';
}
