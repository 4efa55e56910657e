/**
 * The two lines a manager reads first: what needs work (the summary line) and where the report
 * comes from (provenance: tool version, catalogs, date). Shared by the Markdown and HTML reports.
 */
import type { Lang } from '../../i18n/locale.js';
import { count } from '../../i18n/plural.js';
import { VERDICT_WORDS } from '../../i18n/verdict.js';
import type { ReportData } from './data.js';
import { listOf, say } from '../../i18n/message.js';
import { CLAUSE_SEPARATOR, SEMICOLON, aside } from '../../i18n/punctuation.js';
import { SUMMARY } from './summary-messages.js';
import { PROBLEM_STATUSES, STATUS } from '../../engine/status.js';

/** "✗ 3 clauses need work of 141 (violated 1 · not addressed 2) · T-CGCC-CUSTOM 92/100 pass". */
export function summaryLine(data: ReportData, lang: Lang): string {
    const s = data.summary;
    const parts = PROBLEM_STATUSES.filter((k) => s.counts[k]).map((k) => `${STATUS[k].label[lang]} ${s.counts[k]}`).join(CLAUSE_SEPARATOR[lang]);
    const n = { clauses: s.clauses, clauseCount: count(s.clauses, 'clause') };
    const head = say(s.problems ? SUMMARY.needWork({ ...n, problems: s.problems, parts }) : SUMMARY.allMet(n), lang);
    const scores = s.scores.map((x) => `${x.id} ${x.earned}/${x.total} ${VERDICT_WORDS[x.pass ? 'pass' : 'fail'][lang]}`);
    return [head, ...scores].join(' · ');
}

/** "aspl 0.1.0 · 2026-12-01 09:00 UTC · GBT-AS-GENERAL (GB/T … 征求意见稿, sha256 1a2b…)". */
export function provenanceLine(data: ReportData, lang: Lang): string {
    const p = data.provenance;
    const date = p.generated.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
    const catalogs = p.catalogs.map((c) => aside(c.id, [c.number, c.status, `sha256 ${c.sha256}`].join(CLAUSE_SEPARATOR[lang]), lang)).join(SEMICOLON[lang]);
    return say(SUMMARY.provenance({ version: p.tool.version, date, catalogs: catalogs || SUMMARY.none() }), lang);
}

/** "Showing: violated, not addressed" when the tables are filtered. */
export function filterLine(data: ReportData, lang: Lang): string | undefined {
    if (!data.statusFilter) return undefined;
    return say(SUMMARY.filter({ words: listOf(data.statusFilter.map((k) => STATUS[k].label)) }), lang);
}
