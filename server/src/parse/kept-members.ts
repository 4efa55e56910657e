/**
 * Language diagnostics of a policy member, kept with the member's AST node. A block re-parse
 * (block-reparse.ts) keeps every member outside the edit, text and tree unchanged, only moved:
 * their diagnostics are those of the last validation, moved with the member's start.
 *
 * Only checks that read nothing outside the member's subtree but the settings may be kept:
 * an attestation or waiver is judged against the policy's `applies` (another member), so those
 * members are always checked again; the settings a check reads are part of the key.
 */
import type { AstNode, DefaultDocumentValidator, ValidationOptions } from 'langium';
import { firstLeaf } from './cst-leaves.js';
import type { AsplSettings } from './settings.js';

/** Langium's diagnostic type, named without importing the LSP types into parse/. */
type Diagnostic = Parameters<DefaultDocumentValidator['processLinkingErrors']>[1][number];

/** Members whose checks read other members. */
const READS_OTHER_MEMBERS = new Set(['Attestation', 'Waiver']);

/** Langium's leaf fields (private in its types): read directly, the range getters allocate. */
interface LeafStart { _startLine: number; _startColumn: number }

interface Kept {
    /** The member's first token, and where it stood when the diagnostics were computed. */
    first: LeafStart;
    line: number;
    character: number;
    /** The settings they were computed under. */
    key: RunKey;
    diagnostics: Diagnostic[];
}

interface RunKey { lang: AsplSettings['lang']; clauses: AsplSettings['clauses']; forced: AsplSettings['forcedStandards']; categories: string }

export class KeptMemberDiagnostics {
    private readonly kept = new WeakMap<AstNode, Kept>();
    private last: RunKey | undefined;

    constructor(private readonly settings: AsplSettings) {}

    /** One validation run: members looked up and stored under the settings of the moment. */
    run(options: ValidationOptions): { get(member: AstNode): Diagnostic[] | undefined; set(member: AstNode, diagnostics: Diagnostic[]): void } {
        const { lang, clauses, forcedStandards: forced } = this.settings;
        const categories = options.categories ? [...options.categories].sort().join(',') : '*';
        const l = this.last;
        // One key object while the settings stay: entries compare by reference.
        const key = l && l.lang === lang && l.clauses === clauses && l.forced === forced && l.categories === categories ? l : (this.last = { lang, clauses, forced, categories });
        return {
            get: (member) => {
                const k = this.kept.get(member);
                if (!k || k.key !== key) return undefined;
                const dl = k.first._startLine - k.line;
                const dc = k.first._startColumn - k.character;
                if (dl || dc) {
                    // The member moved as a whole: lines by dl; columns only on its first line.
                    const move = (p: Diagnostic['range']['start']) => ({ line: p.line + dl, character: p.line === k.line ? p.character + dc : p.character });
                    k.diagnostics = k.diagnostics.map((d) => ({ ...d, range: { start: move(d.range.start), end: move(d.range.end) } }));
                    k.line += dl;
                    k.character += dc;
                }
                return k.diagnostics;
            },
            set: (member, diagnostics) => {
                const first = member.$cstNode && (firstLeaf(member.$cstNode) as unknown as LeafStart | undefined);
                if (!first || READS_OTHER_MEMBERS.has(member.$type)) return;
                this.kept.set(member, { first, line: first._startLine, character: first._startColumn, key, diagnostics });
            },
        };
    }
}
