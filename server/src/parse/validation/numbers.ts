import { AstUtils, isCompositeCstNode, isLeafCstNode, type CstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { AsplSettings } from '../settings.js';
import { reporter, type Report } from './report.js';

/**
 * Beyond these a number is no promise a customer can hold anyone to (and beyond 2^53 it is not
 * even read exactly: 99999999999999999999 hours became 10^20, a 400-digit warranty "Infinity
 * years" that met every minimum): an error where it is written.
 */
export const MAX_QUANTITY = 1e9;
/** Amounts of money, in 元 (or the currency's unit). */
export const MAX_AMOUNT = 1e12;

/** Every number literal of the policy is in range, whichever construct holds it (one check for all of them). */
export class NumbersValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        return {
            Document: (d: ast.Document, accept) => {
                const root = d.$cstNode;
                // A literal beyond 10^9 has ten digits in a row at least: a text without such a run has none to
                // report, and most policies are read in one search instead of a walk over every CST node.
                if (!root || !TEN_DIGITS.test(root.root.fullText)) return;
                const report = reporter(this.settings, accept);
                const members = new Set<CstNode>();
                for (const m of d.policy?.members ?? []) if (m.$cstNode) members.add(m.$cstNode);
                const visit = (node: CstNode) => {
                    if (members.has(node)) {
                        // A block's literals only change with its text, and then it is a new node (re-parsed): scanned once.
                        let found = tooLarge.get(node);
                        if (!found) tooLarge.set(node, (found = scan(node)));
                        for (const leaf of found) this.report(report, leaf);
                        return;
                    }
                    const content = (node as { content?: CstNode[] }).content;
                    if (content) content.forEach(visit);
                    else if (isTooLarge(node)) this.report(report, node);
                };
                visit(root);
            },
        };
    }

    private report(report: Report, leaf: CstNode): void {
        const money = isMoneyLeaf(leaf);
        report('error', 'number-too-large', { text: shorten(leaf.text), limit: money ? '10^12' : '10^9' }, { node: leaf.astNode, range: leaf.range });
    }
}

const TEN_DIGITS = /[0-9]{10}/;

/** Number literals out of range, per block CST node. */
const tooLarge = new WeakMap<CstNode, CstNode[]>();

function isMoneyLeaf(leaf: CstNode): boolean {
    return AstUtils.getContainerOfType(leaf.astNode, ast.isMoney) !== undefined;
}

function isTooLarge(leaf: CstNode): boolean {
    if (!isLeafCstNode(leaf) || leaf.hidden) return false;
    const token = leaf.tokenType?.name;
    if (token !== 'INT' && token !== 'DECIMAL') return false;
    const value = Number(leaf.text);
    return value > MAX_QUANTITY && value > (isMoneyLeaf(leaf) ? MAX_AMOUNT : MAX_QUANTITY);
}

/** The node and everything under it, in document order (streamCst's order, without its iterator objects per node). */
function scan(node: CstNode, out: CstNode[] = []): CstNode[] {
    if (isTooLarge(node)) out.push(node);
    if (isCompositeCstNode(node)) for (const child of node.content) scan(child, out);
    return out;
}

function shorten(digits: string): string {
    return digits.length > 24 ? `${digits.slice(0, 12)}…` : digits;
}
