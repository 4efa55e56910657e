import { STATUS } from './status.js';
import type { Bilingual } from '../i18n/locale.js';
import type { CatalogResult } from './evaluate.js';
import { runCheck } from './checks/run.js';
import type { PolicyModel } from '../model/types.js';

export interface ScoredClause { id: string; points: number; earned: number; inferred: boolean; status: string }
export interface ScoredSection { id: string; title: Bilingual; points: number; earned: number; clauses: ScoredClause[] }
/** A scored standard's name in a short text: its number up to the serial ("T/CGCC XXX—2016" → "T/CGCC"). */
export function shortName(catalogNumber: string): string {
    return catalogNumber.split(/\s/, 1)[0];
}

export interface Score {
    catalog: string;
    total: number;
    earned: number;
    /** Of `earned`: points of attested clauses — the writer's claim, not verified from the policy. */
    claimed: number;
    /** Of `earned`: points of waived clauses — kept, because a waiver states why the clause does not
     *  arise for this company (5.8's imported materials never ordered), but the reason is the writer's. */
    waived: number;
    minimum: number;
    sections: ScoredSection[];
    /** The extra condition of the pass rule (a certified after-sales service manager for T/CGCC). */
    requirement?: { text: Bilingual; met: boolean };
    pass: boolean;
    /** Clauses whose points the standard does not print and we inferred (T/CGCC 5.9). */
    inferred: string[];
}


/** The 100-point score of a scored catalog (T/CGCC table 1) and its pass rule. */
export function scoreCatalog(model: PolicyModel, result: CatalogResult): Score | undefined {
    const scoring = result.catalog.scoring;
    // A standard that does not apply (no custom goods for T/CGCC) gives no score at all.
    if (!scoring || !result.applicable) return undefined;
    const sections: ScoredSection[] = scoring.sections.map((s) => {
        const clauses = result.findings
            .filter((f) => result.catalog.clauses.find((c) => c.id === f.clause)?.section.zh === s.id)
            .map((f) => ({ id: f.clause, points: f.points ?? 0, earned: STATUS[f.status].earns ? f.points ?? 0 : 0, inferred: !!f.pointsInferred, status: f.status }));
        return { id: s.id, title: s.title, points: s.points, earned: clauses.reduce((n, c) => n + c.earned, 0), clauses };
    });
    const earned = sections.reduce((n, s) => n + s.earned, 0);
    const earnedAs = (status: string) => sections.reduce((n, s) => n + s.clauses.filter((c) => c.status === status).reduce((m, c) => m + c.earned, 0), 0);
    const req = scoring.pass.requires;
    const requirement = req ? { text: scoring.pass.requirement ?? { zh: '附加条件', en: 'additional condition' }, met: runCheck(model, req).status === 'satisfied' } : undefined;
    return {
        catalog: result.catalog.id, total: scoring.total, earned, claimed: earnedAs('attested'), waived: earnedAs('waived'), minimum: scoring.pass.minimum, sections, requirement,
        pass: earned >= scoring.pass.minimum && (requirement?.met ?? true),
        inferred: result.catalog.clauses.filter((c) => c.pointsInferred).map((c) => c.id),
    };
}
