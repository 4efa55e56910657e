/**
 * The compliance matrix of one policy, per standard: every clause with its status, where the
 * policy meets or misses it, level and points. Plain data; md / html / json render it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
    /** A satisfied clause's reservation (a fee given only as a range). */
    caveat?: string;
    /** Violated clauses: definite, or possible under `assumption` (working vs calendar days). */
    certainty?: 'definite' | 'possible';
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

/** Where the report comes from, for an audit file: the tool, the catalogs (exact content) and the date. */
export interface ReportProvenance {
    tool: { name: 'aspl'; version: string };
    /** ISO date-time of generation ($SOURCE_DATE_EPOCH when set, for reproducible files). */
    generated: string;
    /** Each catalog in force: number and status as printed, and the first 12 hex digits of its file's SHA-256. */
    catalogs: Array<{ id: string; number: string; status: string; sha256: string }>;
}

/** The result in one line's worth of numbers: the clauses that need work, then the rest. */
export interface ReportSummary {
    clauses: number;
    problems: number;
    counts: Partial<Record<Status, number>>;
    /** Scored standards: earned/total and the verdict. */
    scores: Array<{ id: string; earned: number; total: number; pass: boolean }>;
}

export interface ReportOptions {
    /** The tool version for the provenance (the CLI's package.json). */
    toolVersion?: string;
    /** Only clauses with these statuses in the tables (counts and summary stay complete). */
    statuses?: Status[];
    /** The generation time; default $SOURCE_DATE_EPOCH, else now. */
    now?: Date;
}

export interface ReportData {
    schemaVersion: 1;
    lang: Lang;
    file: string;
    summary: ReportSummary;
    provenance: ReportProvenance;
    /** The statuses the tables were filtered to, when filtered. */
    statusFilter?: Status[];
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

/** Problems first (violated, then not addressed), then the rest, each in catalog order. */
const ORDER: Record<Status, number> = { 'violated': 0, 'not-addressed': 1, 'satisfied': 2, 'attested': 2, 'waived': 2, 'not-applicable': 2 };

function generatedAt(options: ReportOptions): string {
    if (options.now) return options.now.toISOString();
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    return new Date(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString();
}

function fileDigest(file: string): string {
    try { return createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12); } catch { return ''; }
}

export function reportData(analysis: PolicyAnalysis, lang: Lang, options: ReportOptions = {}): ReportData {
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
                ...(f.caveat ? { caveat: f.caveat[lang] } : {}),
                ...(f.certainty ? { certainty: f.certainty } : {}),
            };
        });
        const ordered = clauses.map((c, i) => ({ c, i })).sort((a, b) => (a.c.problem ? ORDER[a.c.status] : 2) - (b.c.problem ? ORDER[b.c.status] : 2) || a.i - b.i).map((x) => x.c);
        const shown = options.statuses ? ordered.filter((c) => options.statuses!.includes(c.status)) : ordered;
        return {
            id: r.catalog.id, number: r.catalog.number, title: r.catalog.title[lang], documentStatus: r.catalog.status,
            partial: !!r.catalog.partial, applicable: r.applicable, counts, clauses: shown, ...(score ? { score } : {}),
            ...(score && inferredNote(score, lang, r.catalog) ? { scoreNote: inferredNote(score, lang, r.catalog) } : {}),
        };
    });
    const all = (analysis.evaluation?.results ?? []).flatMap((r) => r.findings);
    const counts: Partial<Record<Status, number>> = {};
    for (const f of all) counts[f.status] = (counts[f.status] ?? 0) + 1;
    const summary: ReportSummary = {
        clauses: all.length,
        problems: all.filter(isProblem).length,
        counts,
        scores: standards.flatMap((s) => (s.score ? [{ id: s.id, earned: s.score.earned, total: s.score.total, pass: s.score.pass }] : [])),
    };
    const provenance: ReportProvenance = {
        tool: { name: 'aspl', version: options.toolVersion ?? 'unknown' },
        generated: generatedAt(options),
        catalogs: (analysis.evaluation?.results ?? []).map((r) => ({ id: r.catalog.id, number: r.catalog.number, status: r.catalog.status, sha256: fileDigest(r.catalog.file) })),
    };
    return {
        schemaVersion: 1,
        lang,
        file: basename(policyPath),
        summary,
        provenance,
        ...(options.statuses ? { statusFilter: options.statuses } : {}),
        ...(model ? { policy: { name: model.name, title: model.title?.value, version: model.version?.value, effective: model.effective?.value } } : {}),
        languageProblems: analysis.problems.map((p) => ({
            ruleId: `aspl/${languageRuleOf(p.code)}`,
            severity: p.severity, message: p.message, ...loc(p),
        })),
        standards,
    };
}
