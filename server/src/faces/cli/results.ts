/**
 * What `aspl check` produces per policy file: plain, serialisable data (it crosses worker threads).
 * Positions here are 1-based (lines and UTF-16 columns; end column exclusive) — the editor-facing
 * 0-based ranges of the engine are converted once, in toFileResult.
 */
import { say } from '../../i18n/message.js';
import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import type { Lang } from '../../i18n/locale.js';
import type { PolicyAnalysis, LanguageProblem } from '../../analysis.js';
import type { Certainty, Finding, Status } from '../../engine/findings.js';
import { isProblem, occurrences } from '../../engine/findings.js';
import type { Src } from '../../model/types.js';
import { fingerprint } from './fingerprint.js';
import { isSyntaxRule, languageRuleOf } from '../../i18n/language-rules.js';

export type ProblemSeverity = 'error' | 'warning' | 'info';

export interface Problem {
    /** `<catalog> <clause>` for standards findings, `aspl/<code>` for language problems. */
    ruleId: string;
    kind: 'standard' | 'language';
    severity: ProblemSeverity;
    message: string;
    /** Absolute path of the file the problem is located in (an imported file, sometimes). */
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** Hash of ruleId and the normalised offending line (or nearest block head): survives edits elsewhere. */
    fingerprint: string;
    /** The source line at `line`, for carets. */
    source: string;
    catalog?: string;
    clause?: string;
    status?: Status;
    level?: string;
    /** Violated findings: definite, or possible under the stated assumption (working vs calendar days …). */
    certainty?: Certainty;
    assumption?: string;
    /** A satisfied clause's reservation (reported at warning level). */
    caveat?: string;
}

export interface StandardSummary {
    id: string;
    applicable: boolean;
    counts: Partial<Record<Status, number>>;
}

export interface FileResult {
    /** Absolute path of the checked policy. */
    file: string;
    problems: Problem[];
    /** Every clause evaluated on the policy, with its status (JUnit passes, JSON summaries). */
    checked: Array<{ ruleId: string; status: Status }>;
    standards: StandardSummary[];
    /** The fixed source under --fix-dry-run (ESLint's `output`), when fixes changed it. */
    output?: string;
}

/** Reads files once per run (a policy's imports are shared by many policies). */
export class SourceCache {
    private lines = new Map<string, string[]>();
    get(file: string): string[] {
        let l = this.lines.get(file);
        if (!l) {
            try { l = readFileSync(file, 'utf8').split(/\r?\n|\r/); } catch { l = []; }
            // a new map, not clear(): a cleared table would keep the texts alive (parse/workspace-cache.ts)
            if (this.lines.size > 64) this.lines = new Map();
            this.lines.set(file, l);
        }
        return l;
    }
    /** The lines of a text not (yet) on disk: a fixed policy under --fix-dry-run. */
    set(file: string, text: string): void {
        this.lines.set(file, text.split(/\r?\n|\r/));
    }
}

export function uriToPath(uri: string): string {
    return URI.parse(uri).fsPath;
}

function languageRuleId(p: LanguageProblem): string {
    return `aspl/${languageRuleOf(p.code)}`;
}

function severityOf(s: LanguageProblem['severity'] | Finding['severity']): ProblemSeverity {
    return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'info';
}

function located(src: Src, ruleId: string, sources: SourceCache) {
    const file = uriToPath(src.uri);
    const lines = sources.get(file);
    const { start, end } = src.range;
    return {
        file,
        line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
        source: lines[start.line] ?? '',
        fingerprint: fingerprint(ruleId, lines, start.line),
    };
}

/** Converts one analysis into the CLI's result: reported problems plus what was checked. */
export function toFileResult(analysis: PolicyAnalysis, lang: Lang, sources = new SourceCache()): FileResult {
    const problems: Problem[] = [];
    for (const p of analysis.problems) {
        const ruleId = languageRuleId(p);
        problems.push({ ruleId, kind: 'language', severity: severityOf(p.severity), message: p.message, ...located(p, ruleId, sources) });
    }
    // A policy with syntax errors is only partly understood: its clause findings would be noise.
    const syntaxBroken = analysis.problems.some((p) => p.severity === 'error' && isSyntaxRule(p.code));
    const findings = analysis.evaluation?.findings ?? [];
    if (!syntaxBroken) {
        for (const f of findings.flatMap((x) => (isProblem(x) ? occurrences(x) : []))) {
            problems.push({
                ruleId: f.ruleId, kind: 'standard', severity: severityOf(f.severity),
                // A caveat is the reported text of a satisfied clause; the clause itself is met.
                message: say(f.caveat ?? f.message, lang),
                catalog: f.catalog, clause: f.clause, status: f.status, level: f.level,
                ...(f.certainty ? { certainty: f.certainty } : {}),
                ...(f.assumption ? { assumption: say(f.assumption, lang) } : {}),
                ...(f.caveat ? { caveat: say(f.caveat, lang) } : {}),
                ...located(f.src, f.ruleId, sources),
            });
        }
    }
    problems.sort(compareProblems);
    const standards = (analysis.evaluation?.results ?? []).map((r) => {
        const counts: Partial<Record<Status, number>> = {};
        for (const f of r.findings) counts[f.status] = (counts[f.status] ?? 0) + 1;
        return { id: r.catalog.id, applicable: r.applicable, counts };
    });
    return {
        file: analysis.file,
        problems,
        checked: syntaxBroken ? [] : findings.map((f) => ({ ruleId: f.ruleId, status: f.status })),
        standards: syntaxBroken ? [] : standards,
    };
}

const collator = new Intl.Collator('en', { numeric: true });

/** File, line, column, then ruleId with clause numbers in numeric order (8.4.3 before 10.1). */
export function compareProblems(a: Problem, b: Problem): number {
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || collator.compare(a.ruleId, b.ruleId);
}

export interface Counts { errors: number; warnings: number; infos: number }

/** Adds a file's problems to running counts. */
export function addCounts(c: Counts, problems: Problem[]): Counts {
    for (const p of problems) {
        if (p.severity === 'error') c.errors++; else if (p.severity === 'warning') c.warnings++; else c.infos++;
    }
    return c;
}

export function countProblems(results: Iterable<{ problems: Problem[] }>): Counts {
    const c = { errors: 0, warnings: 0, infos: 0 };
    for (const r of results) addCounts(c, r.problems);
    return c;
}
