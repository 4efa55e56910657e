import { defineMessages, type Text } from '../i18n/message.js';
import type { PolicyModel } from '../model/types.js';
import type { CatalogRegistry } from './catalog/registry.js';
import type { Catalog, Clause } from './catalog/types.js';
import { runCheck } from './checks/run.js';
import { PathResolver } from './paths.js';
import type { Outcome } from './checks/outcome.js';
import type { AsplConfig } from './config.js';
import type { Finding, Severity } from './findings.js';
import { selectCatalogs } from './select.js';
import { LEVEL, SOFTER } from './status.js';

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
    const paths = new PathResolver(model);
    const results = selection.catalogs.map((catalog) => evaluateCatalog(model, paths, catalog, options.config));
    return { model, results, findings: results.flatMap((r) => r.findings), unknownCatalogs: selection.unknown };
}

function evaluateCatalog(model: PolicyModel, paths: PathResolver, catalog: Catalog, config?: AsplConfig): CatalogResult {
    const scope = catalog.appliesWhen ? runCheck(model, catalog.appliesWhen, paths) : undefined;
    const applicable = !scope || scope.status === 'satisfied';
    const findings = catalog.clauses.map((clause) => evaluateClause(model, paths, catalog, clause, applicable ? undefined : scope, config));
    return { catalog, applicable, findings };
}

const M = defineMessages('evaluate', {
    // English details are written as clauses ("the refund deadline is …"); a message starts with a capital.
    sentence: (lang, p) => (lang === 'en' ? p.text.charAt(0).toUpperCase() + p.text.slice(1) : p.text),
    'out-of-scope': { zh: '本标准不适用于此政策', en: 'this standard does not apply to the policy' },
    waived: { zh: '已豁免：{text}', en: 'waived: {text}' },
    attested: { zh: '已声明（未经核验）：{text}', en: 'claimed (not verified): {text}' },
    'attest-only': {
        zh: '政策未说明如何做到：{summary}（只能以 承诺 声明满足）',
        en: 'the policy does not say how it meets this: {summary} (only an attest line can)',
    },
});

function sentence(text: Text): Text {
    return M.sentence({ text });
}

function evaluateClause(model: PolicyModel, paths: PathResolver, catalog: Catalog, clause: Clause, outOfScope: Outcome | undefined, config?: AsplConfig): Finding {
    const ruleId = `${catalog.id} ${clause.id}`;
    const base = {
        catalog: catalog.id, clause: clause.id, ruleId, level: clause.level,
        points: clause.points, pointsInferred: clause.pointsInferred, related: [], evidence: [],
    };
    // One object per finding (the CLI makes ~140 per policy): assign instead of spreading twice.
    const info = (status: Finding['status'], message: Text, extra?: Partial<Finding>): Finding =>
        Object.assign(base, { status, severity: 'info' as const, message, src: model.head }, extra);
    if (outOfScope) return info('not-applicable', sentence(outOfScope.detail ?? M['out-of-scope']()), { src: outOfScope.at });
    // The law cannot be waived (the validator says so on the line); a waiver there changes nothing.
    const waiver = catalog.mandatory ? undefined : model.waivers.find((w) => w.catalog === catalog.id && w.clause === clause.id);
    if (waiver) {
        return info('waived', M.waived({ text: waiver.text }), { src: waiver.src, evidence: [waiver.src], justification: waiver.text });
    }
    // A statement only stands in for a clause no field can check (the validator rejects the others).
    const attestation = clause.check ? undefined : model.attestations.find((a) => a.catalog === catalog.id && a.clause === clause.id);
    const outcome: Outcome = clause.check
        ? runCheck(model, clause.check, paths)
        : {
            status: 'not-addressed', at: model.head, evidence: [],
            // Nothing to compare: the requirement itself is the finding.
            detail: M['attest-only']({ summary: clause.summary }),
            fix: { kind: 'attest', catalog: catalog.id, clause: clause.id },
        };
    if (outcome.status === 'not-addressed' && attestation) {
        return info('attested', M.attested({ text: attestation.text }), { src: attestation.src, evidence: [attestation.src], justification: attestation.text });
    }
    const severityOf = (level: Severity): Severity => overrideOf(config, ruleId) ?? overrideOf(config, catalog.id) ?? level;
    if (outcome.status === 'satisfied' || outcome.status === 'not-applicable') {
        const extra: Partial<Finding> = { src: outcome.at, evidence: outcome.evidence, related: outcome.related ?? [] };
        const caveat = outcome.caveat ?? (outcome.status === 'satisfied' && clause.caveat && runCheck(model, clause.caveat.unless, paths).status !== 'satisfied' ? clause.caveat.message : undefined);
        if (caveat) Object.assign(extra, { caveat: sentence(caveat), severity: severityOf('warning') });
        return info(outcome.status, outcome.detail ? sentence(outcome.detail) : clause.summary, extra);
    }
    const levelSeverity = outcome.soft ? SOFTER[LEVEL[clause.level].severity] : LEVEL[clause.level].severity;
    return {
        ...base,
        status: outcome.status,
        severity: severityOf(levelSeverity),
        // The finding first (what the policy says against what is required); the clause summary is for hover, report and docs.
        message: sentence(outcome.detail ?? clause.summary),
        src: outcome.at,
        evidence: outcome.evidence,
        related: outcome.related ?? [],
        assumption: outcome.assumption,
        certainty: outcome.status === 'violated' ? (outcome.soft ? 'possible' : 'definite') : undefined,
        fix: outcome.fix ?? (clause.check ? undefined : { kind: 'attest', catalog: catalog.id, clause: clause.id }),
    };
}

/** A severity override of the config, by clause or catalog id (own keys only: ids are data, never prototype names). */
function overrideOf(config: AsplConfig | undefined, id: string): Severity | undefined {
    return config && Object.hasOwn(config.severity, id) ? config.severity[id] : undefined;
}
