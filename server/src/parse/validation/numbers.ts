import { AstUtils, CstUtils, isLeafCstNode, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';

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
                if (!root) return;
                const report = reporter(this.settings, accept);
                for (const leaf of CstUtils.streamCst(root)) {
                    if (!isLeafCstNode(leaf) || leaf.hidden) continue;
                    const token = leaf.tokenType?.name;
                    if (token !== 'INT' && token !== 'DECIMAL') continue;
                    const value = Number(leaf.text);
                    const money = AstUtils.getContainerOfType(leaf.astNode, ast.isMoney) !== undefined;
                    const limit = money ? MAX_AMOUNT : MAX_QUANTITY;
                    if (!(value > limit)) continue;
                    report('error', 'number-too-large', { text: shorten(leaf.text), limit: money ? '10^12' : '10^9' }, { node: leaf.astNode, range: leaf.range });
                }
            },
        };
    }
}

function shorten(digits: string): string {
    return digits.length > 24 ? `${digits.slice(0, 12)}…` : digits;
}
