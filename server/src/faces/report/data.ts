/**
 * The compliance matrix of one policy, per standard: every clause with its status, where the
 * policy meets or misses it, level and points. Plain data; md / html / json render it.
 */
import { basename, dirname, relative, sep } from 'node:path';
import { URI } from 'langium';
import type { PolicyAnalysis } from '../../analysis.js';
import type { Lang } from '../../i18n/locale.js';
import type { Status } from '../../engine/findings.js';
import { isProblem } from '../../engine/findings.js';
import { scoreCatalog, type Score } from '../../engine/score.js';
import type { Src } from '../../model/types.js';
import { inferredNote } from './score-text.js';
import { languageRuleOf } from '../../i18n/language-rules.js';
export { STATUS_LABEL, LEVEL_LABEL } from './labels.js';

export interface ReportLocation { file: string; line: number; column: number }

export interface ReportClause {
    clause: string;
    ruleId: string;
    section: string;
    summary: string;
    level: string;
    status: Status;
    /** Shown as a problem by the CLI / editor (violated or not addressed, severity not off). */
    problem: boolean;
    severity: string;
    message: string;
    /** Where the clause is met (evidence) or missed (the finding's location). */
    at: ReportLocation;
    evidence: ReportLocation[];
    points?: number;
    earned?: number;
    pointsInferred?: boolean;
    justification?: string;
    assumption?: string;
}

export interface ReportStandard {
    id: string;
    number: string;
    title: string;
    documentStatus: string;
    partial: boolean;
    applicable: boolean;
    counts: Partial<Record<Status, number>>;
    clauses: ReportClause[];
    score?: Score;
    /** The note on inferred points, when the score uses any. */
    scoreNote?: string;
}

export interface ReportData {
    schemaVersion: 1;
    lang: Lang;
    file: string;
    policy?: { name: string; title?: string; version?: string; effective?: string };
    languageProblems: Array<{ ruleId: string; severity: string; message: string } & ReportLocation>;
    standards: ReportStandard[];
}

const EARNS = new Set<Status>(['satisfied', 'attested', 'waived', 'not-applicable']);

/** Paths relative to the policy's folder: the report travels with the policy (editor, CI artefact). */
function locator(policyFile: string) {
    const base = dirname(policyFile);
    const toLoc = (src: Src): ReportLocation => {
        let path: string;
        try { path = URI.parse(src.uri).fsPath; } catch { path = src.uri; }
        const rel = relative(base, path).split(sep).join('/');
        return { file: rel || basename(path), line: src.range.start.line + 1, column: src.range.start.character + 1 };
    };
    return toLoc;
}

export function reportData(analysis: PolicyAnalysis, lang: Lang): ReportData {
    const policyPath = analysis.uri ? URI.parse(analysis.uri).fsPath : analysis.file;
    const loc = locator(policyPath);
    const model = analysis.model;
    const standards: ReportStandard[] = (analysis.evaluation?.results ?? []).map((r) => {
        const score = model ? scoreCatalog(model, r) : undefined;
        const counts: Partial<Record<Status, number>> = {};
        const clauses = r.findings.map((f): ReportClause => {
            counts[f.status] = (counts[f.status] ?? 0) + 1;
            const clause = r.catalog.clauses.find((c) => c.id === f.clause);
            return {
                clause: f.clause,
                ruleId: f.ruleId,
                section: clause?.section[lang] ?? '',
                summary: clause?.summary[lang] ?? '',
                level: f.level,
                status: f.status,
                problem: isProblem(f),
                severity: f.severity,
                message: f.message[lang],
                at: loc(f.src),
                evidence: f.evidence.map(loc),
                ...(f.points !== undefined ? { points: f.points, earned: EARNS.has(f.status) ? f.points : 0 } : {}),
                ...(f.pointsInferred ? { pointsInferred: true } : {}),
                ...(f.justification ? { justification: f.justification } : {}),
                ...(f.assumption ? { assumption: f.assumption[lang] } : {}),
            };
        });
        return {
            id: r.catalog.id, number: r.catalog.number, title: r.catalog.title[lang], documentStatus: r.catalog.status,
            partial: !!r.catalog.partial, applicable: r.applicable, counts, clauses, ...(score ? { score } : {}),
            ...(score && inferredNote(score, lang, r.catalog) ? { scoreNote: inferredNote(score, lang, r.catalog) } : {}),
        };
    });
    return {
        schemaVersion: 1,
        lang,
        file: basename(policyPath),
        ...(model ? { policy: { name: model.name, title: model.title?.value, version: model.version?.value, effective: model.effective?.value } } : {}),
        languageProblems: analysis.problems.map((p) => ({
            ruleId: `aspl/${languageRuleOf(p.code)}`,
            severity: p.severity, message: p.message, ...loc(p),
        })),
        standards,
    };
}
