/**
 * Fixes written into an existing statement rather than as a new line (`hours …` after a channel,
 * `事先告知` after a fee, `from receipt` after a window). One entry per AST type; each says which
 * missing field it can add and how.
 */
import { LIST_SEPARATOR } from '../../i18n/punctuation.js';
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { Lang } from '../../i18n/locale.js';
import type * as ast from '../../parse/generated/ast.js';
import { DAY_SPECS, lookup, type Vocabulary } from '../../parse/vocabulary.js';
import { firstLeaf, leaves } from '../../parse/cst-leaves.js';
import { VOCABULARY_OF, type AstTypeName, type Keyword } from '../../parse/grammar-map.js';
import type { Item, Segment, Skeletons } from './skeletons.js';

/** What an append rule may use: the path still to write, the document's language and the edits. */
export interface AppendContext {
    doc: LangiumDocument<ast.Document>;
    lang: Lang;
    /** Keywords of a grammar rule in the document's language (from the grammar map). */
    kw(rule: AstTypeName, ...words: Keyword[]): string;
    sk: Skeletons;
    /** The missing field (first segment of what remains of the path) and the segments after it. */
    seg: Segment;
    more: Segment[];
    value?: string;
    /** Inserts `text` right after a node (or CST node); false when it has no text. */
    after(node: AstNode | CstNode | undefined, text: string): boolean;
    /** Channel names visible in the document (its own and its bases'). */
    channels(): string[];
    /** Adds a new item to the policy block. */
    addToPolicy(item: Item): boolean;
}

type AppendRule<N> = (node: N, c: AppendContext) => boolean;

/** A list separator in the document's language. */
const sep = (c: AppendContext) => LIST_SEPARATOR[c.lang];

/** `from <start event>` after a window's duration or a warranty's keyword. */
const fromStart = (c: AppendContext, at: AstNode | CstNode | undefined, rule: 'Window' | 'Warranty', fallback: string) =>
    c.after(at, ` ${c.kw(rule, 'from')} ${c.sk.word(VOCABULARY_OF[rule].start, c.value, fallback)}`);

/** Adds a method not yet written to a `methods` list (a count of distinct methods). */
const moreMethods: AppendRule<ast.Satisfaction | ast.Payment> = (node, c) => {
    if (c.seg.name !== 'methods' || !node.methods.length) return false;
    const vocab: Vocabulary<string> = VOCABULARY_OF[node.$type].methods;
    const have = new Set(node.methods.map((m) => lookup(vocab, m)));
    const fresh = Object.keys(vocab.words).filter((w) => !have.has(w)).slice(0, 1);
    const last = node.$cstNode && leaves(node.$cstNode).filter((l) => node.methods.includes(l.text)).pop();
    if (!fresh.length || !last) return false;
    return c.after(last, sep(c) + fresh.map((w) => c.sk.word(vocab, w, w)).join(sep(c)));
};

const RULES: { [T in keyof ast.AsplAstType]?: AppendRule<ast.AsplAstType[T]> } = {
    Policy: (node, c) => {
        if (c.seg.name !== 'fees') return false;
        const fees = node.members.filter((m): m is ast.Fee => m.$type === 'Fee').filter((f) => !f.disclosed);
        if (!fees.length || !(c.more[0]?.name === 'disclosed' || c.seg.filters.some((f) => f.field === 'disclosed'))) return false;
        for (const f of fees) c.after(f, ` ${c.kw('Fee', 'disclosed-before-service')}`);
        return true;
    },
    Channel: (node, c) => c.seg.name === 'hours' && !node.hours && c.after(node, ` ${c.kw('Channel', 'hours')} 09:00-18:00 ${c.sk.word(DAY_SPECS, 'daily', 'daily')}`),
    Fee: (node, c) => c.seg.name === 'disclosed' && !node.disclosed && c.after(node, ` ${c.kw('Fee', 'disclosed-before-service')}`),
    NoReason: (node, c) => {
        if (c.seg.name === 'confirmed' && !node.confirmed) return c.after(node, ` ${c.kw('NoReason', 'confirmed-at-purchase')}`);
        if (c.seg.name === 'window' && c.more[0]?.name === 'start' && node.window && !node.window.start) return fromStart(c, node.window.duration, 'Window', 'receipt');
        return false;
    },
    Returns: (node, c) => {
        const w = c.seg.name === 'exchange' ? node.exchange : c.seg.name === 'defectReturn' ? node.defectReturn : undefined;
        if (w && c.more[0]?.name === 'start' && !w.start) return fromStart(c, w.duration, 'Window', 'receipt');
        if (c.seg.name === 'refundOriginalMethod' && node.refund && !node.originalMethod) return c.after(node.refund, ` ${c.kw('Returns', 'original-method')}`);
        return false;
    },
    Warranty: (node, c) => c.seg.name === 'start' && !node.start && fromStart(c, node.$cstNode && firstLeaf(node.$cstNode), 'Warranty', 'delivery'),
    Agreement: (node, c) => {
        if (c.seg.name === 'written' && !node.written) return c.after(node.$cstNode && firstLeaf(node.$cstNode), ` ${c.kw('Agreement', 'written')}`);
        if (c.seg.name !== 'items' || node.items.length) return false;
        const vocab = VOCABULARY_OF.Agreement.items;
        return c.after(node, ` { ${Object.keys(vocab.words).map((w) => c.sk.word(vocab, w, w)).join(sep(c))} }`);
    },
    FollowUp: (node, c) => {
        if (c.seg.name !== 'channels' || node.channels.length) return false;
        const ch = c.channels()[0];
        return !!ch && c.after(node, ` ${c.kw('FollowUp', 'via')} ${ch}`);
    },
    // Another channel for a service that names too few: one in scope not yet named, else a new one.
    Service: (node, c) => {
        if (c.seg.name !== 'channels' || !node.channels.length) return false;
        const named = new Set(node.channels.map((ch) => ch.$refText));
        let ch = c.channels().find((x) => !named.has(x));
        if (!ch) {
            const item = c.sk.inPolicy({ name: 'channels', filters: [{ field: 'kind', value: 'email' }] }, []);
            if (!item || !c.addToPolicy(item)) return false;
            ch = item.key.split(' ')[1];
        }
        const last = node.$cstNode && leaves(node.$cstNode).filter((l) => named.has(l.text)).pop();
        return c.after(last, sep(c) + ch);
    },
    Satisfaction: moreMethods,
    Payment: moreMethods,
    Manager: (node, c) => c.seg.name === 'certified' && !node.certified && c.after(node, ` ${c.kw('Manager', 'certified')}`),
    Staff: (node, c) => c.seg.name === 'manager' && c.more[0]?.name === 'certified' && !!node.manager && !node.manager.certified && c.after(node.manager, ` ${c.kw('Manager', 'certified')}`),
};

/** Writes the missing field into `node`'s own statement when its type knows how; false otherwise. */
export function appendTo(node: AstNode, c: AppendContext): boolean {
    const rule = RULES[node.$type as keyof ast.AsplAstType] as AppendRule<AstNode> | undefined;
    return !!rule && rule(node, c);
}
