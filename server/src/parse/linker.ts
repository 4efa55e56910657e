import {
    Cancellation, DefaultLinker, interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type AstNodeDescription,
    type LangiumCoreServices, type LangiumDocument, type LinkingError, type Reference, type ReferenceInfo,
} from 'langium';
import { isPolicy, type Document } from './generated/ast.js';
import { reverseFrom } from './ast-walk.js';
import type { AsplScopeProvider } from './scope.js';
import { say } from '../i18n/message.js';
import { LANGUAGE, LANGUAGE_WORDS } from '../i18n/language-messages.js';
import type { AsplSettings } from './settings.js';

/**
 * Unresolved references in the user's language ("找不到名为“热线”的渠道"), and linking in one walk:
 * Langium streams every AST node and each node's references through iterator objects and yields
 * before each node (a third of the linking time at 20,000 lines). Same order: a node's references,
 * then its children, in the order the node holds its properties.
 *
 * Which references a policy member holds depends on its subtree alone, so the list is kept per
 * member node: a member kept by a block re-parse (parse/block-reparse.ts) is not walked again.
 * What its references resolve to depends only on the channels in scope (the members' names never
 * change: a changed member is a new node) and on the language of the error messages: while those
 * are the same nodes in the same order, each reference gets back what it resolved to before
 * (stashed when Langium unlinks the document); otherwise it is resolved afresh.
 */
export class AsplLinker extends DefaultLinker {
    /** Per member node: its references in walk order. Off in the CLI (each document is linked once); the language server turns it on. */
    memberRefs: WeakMap<AstNode, MemberRefs> | undefined;
    /** Per document: what its last link resolved against, and whether unlink has stashed the results since. */
    private readonly lastLink = new WeakMap<LangiumDocument, { channels: AstNode[]; lang: string; stashed: boolean }>();

    constructor(services: LangiumCoreServices, private readonly settings: AsplSettings) {
        super(services);
    }

    override unlink(document: LangiumDocument): void {
        const last = this.lastLink.get(document);
        if (this.memberRefs && last && !last.stashed) {
            last.stashed = true;
            for (const m of (document.parseResult.value as Document).policy?.members ?? []) {
                const kept = this.memberRefs.get(m);
                if (!kept) continue;
                kept.infos.forEach((info, i) => {
                    const ref = info.reference as unknown as ResolvedFields;
                    kept.targets[i] = ref._ref;
                    kept.descriptions[i] = ref._nodeDescription;
                });
            }
        }
        super.unlink(document);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        let visited = 0;
        let restore = false;
        if (this.memberRefs) {
            const channels = (this.scopeProvider as AsplScopeProvider).channels(document);
            const last = this.lastLink.get(document);
            restore = !!last?.stashed && last.lang === this.settings.lang && sameNodes(last.channels, channels);
            this.lastLink.set(document, { channels, lang: this.settings.lang, stashed: false });
        }
        const isRef = (x: unknown): x is Reference => isReference(x) || isMultiReference(x);
        const link = (info: ReferenceInfo, found: ReferenceInfo[] | undefined) => {
            found?.push(info);
            this.doLink(info, document);
        };
        // Pre-order over an explicit stack (children pushed last first), each node with the list of
        // the member it is in: one loop, no promise or closure per node.
        const stack: Array<AstNode | MemberStart | MemberEnd> = [document.parseResult.value];
        const lists: Array<ReferenceInfo[] | undefined> = [undefined];
        while (stack.length) {
            const top = stack.pop()!;
            const found = lists.pop();
            if (top instanceof MemberEnd) {
                this.memberRefs!.set(top.member, { infos: top.found, targets: [], descriptions: [] });
                continue;
            }
            if (top instanceof MemberStart) {
                const known = this.memberRefs!.get(top.member);
                if (!known) {
                    const own: ReferenceInfo[] = [];
                    stack.push(new MemberEnd(top.member, own), top.member);
                    lists.push(undefined, own);
                    continue;
                }
                for (let i = 0; i < known.infos.length; i++) {
                    if ((++visited & 1023) === 0) await interruptAndCheck(cancelToken);
                    const info = known.infos[i];
                    const ref = info.reference as unknown as ResolvedFields;
                    // As doLink does, for a reference not resolved since (reading `ref` resolves it and records it).
                    if (restore && ref._ref === undefined && known.targets[i] !== undefined) {
                        ref._ref = known.targets[i];
                        ref._nodeDescription = known.descriptions[i];
                        document.references.push(info.reference);
                    } else this.doLink(info, document);
                }
                continue;
            }
            const node = top;
            if ((++visited & 1023) === 0) await interruptAndCheck(cancelToken);
            const values = node as unknown as Record<string, unknown>;
            // for…in, not Object.keys: the same order, without a list of names per node
            for (const property in values) {
                if (property.charCodeAt(0) === 36 /* $ */) continue;
                const value = values[property];
                if (isRef(value)) link({ reference: value, container: node, property }, found);
                else if (Array.isArray(value)) {
                    for (let index = 0; index < value.length; index++) {
                        const x: unknown = value[index];
                        if (isRef(x)) link({ reference: x, container: node, property, index }, found);
                    }
                }
            }
            // the children in order, then turned around, so the first is popped first
            const members = this.memberRefs && isPolicy(node);
            const from = stack.length;
            for (const property in values) {
                if (property.charCodeAt(0) === 36 /* $ */) continue;
                const value = values[property];
                if (isAstNode(value)) {
                    stack.push(value);
                    lists.push(found);
                } else if (members && property === 'members' && Array.isArray(value)) {
                    for (const member of value) {
                        stack.push(new MemberStart(member as AstNode));
                        lists.push(undefined);
                    }
                } else if (Array.isArray(value)) {
                    for (const item of value) {
                        if (!isAstNode(item)) continue;
                        stack.push(item);
                        lists.push(found);
                    }
                }
            }
            reverseFrom(stack, from);
            reverseFrom(lists, from);
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const name = refInfo.reference.$refText;
        return { ...error, message: say(linkingErrorText(refInfo.property, name), this.settings.lang) };
    }
}

/** A member's references in walk order, and what each resolved to when the document was last unlinked. */
interface MemberRefs { infos: ReferenceInfo[]; targets: unknown[]; descriptions: unknown[] }

/** Langium's fields of a single reference (private in its types). */
interface ResolvedFields { _ref?: unknown; _nodeDescription?: unknown }

function sameNodes(a: AstNode[], b: AstNode[]): boolean {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The message of an unresolved reference (the validator keeps it in `data.text`). */
export function linkingErrorText(property: string | undefined, name: string) {
    // A base policy is only visible through an import of its file: say so.
    return property === 'base' ? LANGUAGE['extends-not-imported']({ name }) : LANGUAGE['unresolved-reference']({ name, what: LANGUAGE_WORDS.channel() });
}

/** On the linker's stack: a policy member whose references may be kept from an earlier link. */
class MemberStart {
    constructor(readonly member: AstNode) {}
}

/** On the linker's stack, below a member's nodes: `found` holds its references once they are popped. */
class MemberEnd {
    constructor(readonly member: AstNode, readonly found: ReferenceInfo[]) {}
}
