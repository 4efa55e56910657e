import type { Bilingual } from '../i18n/locale.js';
import type { PolicyModel } from '../model/types.js';
import type { CatalogRegistry } from './catalog/registry.js';
import type { Catalog, Clause, Level } from './catalog/types.js';
import { runCheck } from './checks/run.js';
import type { Outcome } from './checks/outcome.js';
import type { AsplConfig } from './config.js';
import type { Finding, Severity } from './findings.js';
import { selectCatalogs } from './select.js';

export interface CatalogResult {
    catalog: Catalog;
    applicable: boolean;
    findings: Finding[];
}

export interface Evaluation {
    model: PolicyModel;
    results: CatalogResult[];
    /** Every finding of every catalog in force, in catalog then clause order. */
    findings: Finding[];
    unknownCatalogs: string[];
}

const SEVERITY: Record<Level, Severity> = { shall: 'error', should: 'warning', may: 'info' };
const SOFTER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info', off: 'off' };

export interface EvaluateOptions {
    config?: AsplConfig;
    /** Catalog ids forced by the caller (CLI --standard). */
    standards?: string[];
}

/** Evaluates every catalog in force on a policy: one finding per clause. */
export function evaluate(model: PolicyModel, registry: CatalogRegistry, options: EvaluateOptions = {}): Evaluation {
    // A partial policy (a company base) is checked as part of the policies that import it.
    if (model.partial) return { model, results: [], findings: [], unknownCatalogs: [] };
    const selection = selectCatalogs(model, registry, options.config, options.standards);
    const results = selection.catalogs.map((catalog) => evaluateCatalog(model, catalog, options.config));
    return { model, results, findings: results.flatMap((r) => r.findings), unknownCatalogs: selection.unknown };
}

function evaluateCatalog(model: PolicyModel, catalog: Catalog, config?: AsplConfig): CatalogResult {
    const applicable = !catalog.appliesWhen || runCheck(model, catalog.appliesWhen).status === 'satisfied';
    const findings = catalog.clauses.map((clause) => evaluateClause(model, catalog, clause, applicable, config));
    return { catalog, applicable, findings };
}

function evaluateClause(model: PolicyModel, catalog: Catalog, clause: Clause, applicable: boolean, config?: AsplConfig): Finding {
    const ruleId = `${catalog.id} ${clause.id}`;
    const base = {
        catalog: catalog.id, clause: clause.id, ruleId, level: clause.level,
        points: clause.points, pointsInferred: clause.pointsInferred, related: [], evidence: [],
    };
    // One object per finding (the CLI makes ~140 per policy): assign instead of spreading twice.
    const info = (status: Finding['status'], message: Bilingual, extra?: Partial<Finding>): Finding =>
        Object.assign(base, { status, severity: 'info' as const, message, src: model.head }, extra);
    if (!applicable) {
        return info('not-applicable', { zh: `${clause.summary.zh}（本标准不适用于此政策）`, en: `${clause.summary.en} (this standard does not apply to the policy)` });
    }
    const waiver = model.waivers.find((w) => w.catalog === catalog.id && w.clause === clause.id);
    if (waiver) {
        return info('waived', { zh: `已豁免：${waiver.text}`, en: `waived: ${waiver.text}` }, { src: waiver.src, evidence: [waiver.src], justification: waiver.text });
    }
    const attestation = model.attestations.find((a) => a.catalog === catalog.id && a.clause === clause.id);
    const outcome: Outcome = clause.check
        ? runCheck(model, clause.check)
        : {
            status: 'not-addressed', at: model.head, evidence: [],
            detail: { zh: '此条款只能以声明满足：请用 attest 写明如何做到', en: 'only a statement can meet this clause: add an attest line saying how' },
            fix: { kind: 'attest', catalog: catalog.id, clause: clause.id },
        };
    if (outcome.status === 'not-addressed' && attestation) {
        return info('attested', { zh: `已声明：${attestation.text}`, en: `attested: ${attestation.text}` }, { src: attestation.src, evidence: [attestation.src], justification: attestation.text });
    }
    if (outcome.status === 'satisfied' || outcome.status === 'not-applicable') {
        return info(outcome.status, clause.summary, { src: outcome.at, evidence: outcome.evidence, related: outcome.related ?? [], ...(outcome.caveat ? { caveat: outcome.caveat } : {}) });
    }
    const levelSeverity = outcome.soft ? SOFTER[SEVERITY[clause.level]] : SEVERITY[clause.level];
    const severity = config?.severity[ruleId] ?? config?.severity[catalog.id] ?? levelSeverity;
    const detail = outcome.detail ?? { zh: '', en: '' };
    return {
        ...base,
        status: outcome.status,
        severity,
        message: { zh: `${clause.summary.zh}——${detail.zh}`, en: `${clause.summary.en} — ${detail.en}` },
        src: outcome.at,
        evidence: outcome.evidence,
        related: outcome.related ?? [],
        assumption: outcome.assumption,
        fix: outcome.fix ?? (clause.check ? undefined : { kind: 'attest', catalog: catalog.id, clause: clause.id }),
    };
}
