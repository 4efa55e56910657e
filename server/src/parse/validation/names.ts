import { CstUtils, isLeafCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { MEMBER_ORDER, REPEATABLE_MEMBERS, SINGLE_FIELDS } from '../grammar-map.js';
import { startsItem } from '../items.js';
import { propertyNodes } from '../property-nodes.js';
import * as ast from '../generated/ast.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';
import { LANGUAGE_WORDS } from '../../i18n/language-messages.js';

/** Blocks that may appear once per policy. */
const SINGLE_MEMBERS = new Set<string>(MEMBER_ORDER.filter((t) => !REPEATABLE_MEMBERS.has(t)));

/** What makes a member a duplicate of another (its name, or its type for a block allowed once), per member node: members kept by a block re-parse are not read again. */
const keys = new WeakMap<ast.Member, string | null>();

function memberKey(m: ast.Member): string | null {
    let key = keys.get(m);
    if (key === undefined) {
        if (ast.isChannel(m)) key = `channel:${m.name}`;
        else if (ast.isFee(m)) key = `fee:${m.name}`;
        else if (ast.isService(m)) key = `service:${m.kind}:${m.label ?? ''}`;
        else key = SINGLE_MEMBERS.has(m.$type) ? m.$type : null;
        keys.set(m, key);
    }
    return key;
}

/** Duplicate names (channels, fees), repeated blocks and fields given twice. */
export class NamesValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const checks: Record<string, (node: never, accept: ValidationAcceptor) => void> = {
            Policy: (p: ast.Policy, accept) => {
                const report = reporter(this.settings, accept);
                const seen = new Map<string, AstNode>();
                for (const m of p.members) {
                    const key = memberKey(m);
                    if (!key) continue;
                    const first = seen.get(key);
                    if (!first) { seen.set(key, m); continue; }
                    const line = (first.$cstNode?.range.start.line ?? 0) + 1;
                    const what = ast.isChannel(m) ? LANGUAGE_WORDS.channel() : ast.isFee(m) ? LANGUAGE_WORDS.fee() : ast.isService(m) ? LANGUAGE_WORDS.service() : undefined;
                    if (what) {
                        const name = ast.isService(m) ? m.kind + (m.label ? ` "${m.label}"` : '') : (m as ast.Channel | ast.Fee).name;
                        report('error', 'duplicate-name', { what, name, line }, { node: m, property: ast.isService(m) ? 'kind' : 'name' });
                    } else {
                        report('error', 'duplicate-field', { field: m.$cstNode?.text.split(/\s/)[0] ?? m.$type }, { node: m });
                    }
                }
            },
        };
        for (const [type, fields] of Object.entries(SINGLE_FIELDS)) {
            checks[type] = (node: AstNode, accept: ValidationAcceptor) => {
                for (const field of fields) {
                    const cst = propertyNodes(node, field);
                    if (cst.length < 2) continue;
                    // the reporter is made only for a duplicate (this runs for every node of these types)
                    const report = reporter(this.settings, accept);
                    for (const extra of cst.slice(0, -1)) {
                        report('warning', 'duplicate-field', { field: fieldKeyword(extra) ?? extra.text }, { node, range: extra.range });
                    }
                }
            };
        }
        return checks;
    }
}

/** The keyword that starts the field a value belongs to ("refund" for the 5 in `refund within 5 days`). */
function fieldKeyword(value: CstNode): string | undefined {
    const leaves = CstUtils.streamCst(value.root).filter(isLeafCstNode).filter((l) => !l.hidden && l.end <= value.offset).toArray();
    for (let i = leaves.length - 1; i >= 0; i--) if (startsItem(leaves[i])) return leaves[i].text;
    return undefined;
}
