/**
 * Fixes written into an existing statement rather than as a new line (`hours …` after a channel,
 * `事先告知` after a fee, `from receipt` after a window). One entry per AST type; each says which
 * missing field it can add and how.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { Lang } from '../../i18n/locale.js';
import type * as ast from '../../parse/generated/ast.js';
import { lookup } from '../../parse/vocabulary.js';
import { firstLeaf, leaves } from './cst-leaves.js';
import { VOCABULARY_OF } from './grammar-facts.js';
import type { Item, Segment, Skeletons } from './skeletons.js';

/** What an append rule may use: the path still to write, the document's language and the edits. */
export interface AppendContext {
    doc: LangiumDocument<ast.Document>;
    lang: Lang;
    /** The keyword in the document's language. */
    k(en: string, zh: string): string;
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
const sep = (c: AppendContext) => (c.lang === 'zh' ? '、' : ', ');

/** `from <start event>` after a window's duration or a warranty's keyword. */
const fromStart = (c: AppendContext, at: AstNode | CstNode | undefined, vocabularyKey: string, fallback: string) =>
    c.after(at, ` ${c.k('from', '自')} ${c.sk.word(VOCABULARY_OF[vocabularyKey], c.value, fallback)}`);

/** Adds a method not yet written to a `methods` list (a count of distinct methods). */
const moreMethods: AppendRule<ast.Satisfaction | ast.Payment> = (node, c) => {
    if (c.seg.name !== 'methods' || !node.methods.length) return false;
    const vocab = VOCABULARY_OF[`${node.$type}.methods`];
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
        for (const f of fees) c.after(f, ` ${c.k('disclosed-before-service', '事先告知')}`);
        return true;
    },
    Channel: (node, c) => c.seg.name === 'hours' && !node.hours && c.after(node, ` ${c.k('hours', '时段')} 09:00-18:00 ${c.k('daily', '每天')}`),
    Fee: (node, c) => c.seg.name === 'disclosed' && !node.disclosed && c.after(node, ` ${c.k('disclosed-before-service', '事先告知')}`),
    NoReason: (node, c) => {
        if (c.seg.name === 'confirmed' && !node.confirmed) return c.after(node, ` ${c.k('confirmed-at-purchase', '购买时确认')}`);
        if (c.seg.name === 'window' && c.more[0]?.name === 'start' && node.window && !node.window.start) return fromStart(c, node.window.duration, 'Window.start', 'receipt');
        return false;
    },
    Returns: (node, c) => {
        const w = c.seg.name === 'exchange' ? node.exchange : c.seg.name === 'defectReturn' ? node.defectReturn : undefined;
        if (w && c.more[0]?.name === 'start' && !w.start) return fromStart(c, w.duration, 'Window.start', 'receipt');
        if (c.seg.name === 'refundOriginalMethod' && node.refund && !node.originalMethod) return c.after(node.refund, ` ${c.k('original-method', '原路退回')}`);
        return false;
    },
    Warranty: (node, c) => c.seg.name === 'start' && !node.start && fromStart(c, node.$cstNode && firstLeaf(node.$cstNode), 'Warranty.start', 'delivery'),
    Agreement: (node, c) => {
        if (c.seg.name === 'written' && !node.written) return c.after(node.$cstNode && firstLeaf(node.$cstNode), ` ${c.k('written', '书面')}`);
        if (c.seg.name !== 'items' || node.items.length) return false;
        const vocab = VOCABULARY_OF['Agreement.items'];
        return c.after(node, ` { ${Object.keys(vocab.words).map((w) => c.sk.word(vocab, w, w)).join(sep(c))} }`);
    },
    FollowUp: (node, c) => {
        if (c.seg.name !== 'channels' || node.channels.length) return false;
        const ch = c.channels()[0];
        return !!ch && c.after(node, ` ${c.k('via', '通过')} ${ch}`);
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
    Manager: (node, c) => c.seg.name === 'certified' && !node.certified && c.after(node, ` ${c.k('certified', '持证')}`),
    Staff: (node, c) => c.seg.name === 'manager' && c.more[0]?.name === 'certified' && !!node.manager && !node.manager.certified && c.after(node.manager, ` ${c.k('certified', '持证')}`),
};

/** Writes the missing field into `node`'s own statement when its type knows how; false otherwise. */
export function appendTo(node: AstNode, c: AppendContext): boolean {
    const rule = RULES[node.$type as keyof ast.AsplAstType] as AppendRule<AstNode> | undefined;
    return !!rule && rule(node, c);
}
