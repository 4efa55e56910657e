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
    constructor(private readonly settings: AsplSettings) {}

    private catalog(report: Report, c: ast.CatalogId | undefined): boolean {
        const dir = this.settings.clauses;
        if (!dir || !c?.id) return false;
        if (dir.hasCatalog(c.id)) return true;
        report('error', 'unknown-catalog', { id: c.id, known: dir.catalogIds().join(', ') }, { node: c, property: 'id' });
        return false;
    }

    private clause(report: Report, node: ast.Attestation | ast.Waiver) {
        if (!this.catalog(report, node.catalog) || node.clause === undefined) return;
        if (!this.settings.clauses!.hasClause(node.catalog.id, String(node.clause))) {
            report('error', 'unknown-clause', { catalog: node.catalog.id, clause: String(node.clause) }, { node, property: 'clause' });
        }
    }

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const r = (accept: ValidationAcceptor) => reporter(this.settings, accept);
        return {
            Applies: (a: ast.Applies, accept) => a.catalogs.forEach((c) => this.catalog(r(accept), c)),
            Attestation: (a: ast.Attestation, accept) => this.clause(r(accept), a),
            Policy: (p: ast.Policy, accept) => {
                const stubs = p.members.filter((m): m is ast.Attestation => ast.isAttestation(m) && isPlaceholder(m.text ?? ''));
                if (stubs.length) r(accept)('warning', 'attest-placeholder', { count: stubs.length }, { node: stubs[0], property: 'text' });
            },
            Waiver: (w: ast.Waiver, accept) => {
                this.clause(r(accept), w);
                if (w.reason !== undefined && w.reason.trim().length < 4) {
                    r(accept)('error', 'empty-justification', { catalog: w.catalog?.id ?? '', clause: String(w.clause ?? "") }, { node: w, property: 'reason' });
                }
            },
        };
    }
}
