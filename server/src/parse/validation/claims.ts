import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { isPlaceholder } from '../placeholders.js';
import type { AsplSettings } from '../settings.js';
import { reporter, type Report } from './report.js';

/**
 * `applies`, `attest` and `waive` must name real catalogs and clauses; a waiver needs a reason;
 * attestations still holding a starter's placeholder are one warning per policy (not one per line).
 */
export class ClaimsValidator {
    /** The catalogs in force per policy, worked out once for all its claims (a policy may hold thousands of members). */
    private readonly inForceOf = new WeakMap<ast.Policy, { forced: string[]; clauses: AsplSettings['clauses']; text: string | undefined; ids: Set<string> }>();

    constructor(private readonly settings: AsplSettings) {}

    private catalog(report: Report, c: ast.CatalogId | undefined): boolean {
        const dir = this.settings.clauses;
        if (!dir || !c?.id) return false;
        if (dir.hasCatalog(c.id)) return true;
        report('error', 'unknown-catalog', { id: c.id, known: dir.catalogIds().join(', ') }, { node: c, property: 'id' });
        return false;
    }

    /** Checks the catalog and clause a claim names; true when both exist. */
    private clause(report: Report, node: ast.Attestation | ast.Waiver): boolean {
        if (!this.catalog(report, node.catalog) || node.clause === undefined) return false;
        if (!this.settings.clauses!.hasClause(node.catalog.id, String(node.clause))) {
            report('error', 'unknown-clause', { catalog: node.catalog.id, clause: String(node.clause) }, { node, property: 'clause' });
            return false;
        }
        return true;
    }

    /** A claim about a catalog that is not in force for this policy changes nothing: say so. */
    private inForce(report: Report, node: ast.Attestation | ast.Waiver, what: 'attest' | 'waive') {
        const policy = node.$container;
        // A base policy's claims are judged in the policies that import it; an extending one inherits `applies`.
        if (policy.partial || policy.base) return;
        const forced = this.settings.forcedStandards;
        const clauses = this.settings.clauses;
        // The same tree is validated again when settings change, and after a block re-parse (the
        // Policy node is kept, its `applies` may be new): the document's text tells the runs apart.
        // One run's claims all see the same text string, so the comparison is by reference there.
        const text = policy.$cstNode?.root.fullText;
        let known = this.inForceOf.get(policy);
        if (!known || known.forced !== forced || known.clauses !== clauses || known.text !== text) {
            const applies = policy.members.flatMap((m) => (m.$type === 'Applies' ? (m as ast.Applies).catalogs.map((c) => c.id) : []));
            known = { forced, clauses, text, ids: forced.length ? new Set(forced) : clauses!.inForce(applies) };
            this.inForceOf.set(policy, known);
        }
        if (!known.ids.has(node.catalog.id)) {
            report('warning', what === 'attest' ? 'attest-not-in-force' : 'waive-not-in-force', { catalog: node.catalog.id, clause: String(node.clause) }, { node, property: 'catalog' });
        }
    }

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const r = (accept: ValidationAcceptor) => reporter(this.settings, accept);
        return {
            Applies: (a: ast.Applies, accept) => a.catalogs.forEach((c) => this.catalog(r(accept), c)),
            Attestation: (a: ast.Attestation, accept) => {
                if (!this.clause(r(accept), a)) return;
                const dir = this.settings.clauses!;
                const fields = dir.checkedFields(a.catalog.id, String(a.clause));
                // A statement cannot stand in for a field the checker reads: the writer must state the field.
                if (fields) r(accept)('error', 'attest-checked', { catalog: a.catalog.id, clause: String(a.clause), fields }, { node: a, property: 'clause' });
                else this.inForce(r(accept), a, 'attest');
            },
            Policy: (p: ast.Policy, accept) => {
                const stubs = p.members.filter((m): m is ast.Attestation => ast.isAttestation(m) && isPlaceholder(m.text ?? ''));
                if (stubs.length) r(accept)('warning', 'attest-placeholder', { count: stubs.length }, { node: stubs[0], property: 'text' });
            },
            Waiver: (w: ast.Waiver, accept) => {
                if (this.clause(r(accept), w)) {
                    if (this.settings.clauses!.isMandatory(w.catalog.id)) {
                        r(accept)('error', 'waive-mandatory', { catalog: w.catalog.id, clause: String(w.clause) }, { node: w, property: 'catalog' });
                    } else this.inForce(r(accept), w, 'waive');
                }
                if (w.reason !== undefined && w.reason.trim().length < 4) {
                    r(accept)('error', 'empty-justification', { catalog: w.catalog?.id ?? '', clause: String(w.clause ?? "") }, { node: w, property: 'reason' });
                }
            },
        };
    }
}
