/**
 * The compliance report's webview content, from the one report shape (`aspl/report` returns
 * `reportData()`, exactly what `aspl report --format json` prints): its rows in its order (problems
 * first), its counts, its summary and provenance lines, its status and level words — nothing is
 * recounted, reordered or relabelled here, so the editor's report, the CLI's and the JSON agree.
 * No VS Code import: tests render it from the CLI's JSON.
 */
import type { ReportResult } from '../../server/src/faces/lsp/protocol.js';
import type { ReportLocation } from '../../server/src/faces/report/data.js';
import { provenanceLine, summaryLine } from '../../server/src/faces/report/summary.js';
import { COUNT_ORDER, LEVEL, STATUS, isLevel } from '../../server/src/engine/status.js';
import { VERDICT_WORDS } from '../../server/src/i18n/verdict.js';
import { text as t, type Lang } from './texts.js';
import { escapeHtml } from './webview.js';

/** Where a row of the table points (the report's location: relative to the policy's folder, 1-based). */
export type ReportTarget = ReportLocation;

/** The table's HTML and, by row index (`data-index`), where each row points. */
export interface ReportContent { html: string; targets: ReportTarget[] }

export function reportContent(report: ReportResult, lang: Lang, fallbackTitle: string): ReportContent {
    const targets: ReportTarget[] = [];
    const target = (at: ReportLocation) => targets.push({ file: at.file, line: at.line, column: at.column }) - 1;
    const where = (at: ReportLocation) => (at.file === report.file ? t('atLine', { line: at.line }, lang) : `${at.file}:${at.line}`);
    const rowAttrs = (at: ReportLocation) => `tabindex="0" data-index="${target(at)}" data-line="${at.line}" data-own="${at.file === report.file}"`;
    const th = (key: Parameters<typeof t>[0], cls = '') => `<th scope="col"${cls ? ` class="${cls}"` : ''}>${escapeHtml(t(key, {}, lang))}</th>`;
    const out: string[] = [];
    const title = report.policy ? `${report.policy.name}${report.policy.title ? ` — ${report.policy.title}` : ''}` : fallbackTitle;
    out.push(`<h1>${escapeHtml(title)}</h1>`);
    if (report.standards.length) out.push(`<p class="summary">${escapeHtml(summaryLine(report, lang))}</p>`);
    out.push(`<p class="provenance">${escapeHtml(provenanceLine(report, lang))}</p>`, `<p class="hint">${escapeHtml(t('jumpHint', {}, lang))}</p>`);
    if (report.languageProblems.length) {
        out.push(`<section aria-labelledby="language-problems"><h2 id="language-problems">${escapeHtml(t('languageProblems', {}, lang))}</h2>`,
            `<table><thead><tr>${th('colWhere')}${th('colSeverity')}${th('colRule')}${th('colMessage')}</tr></thead><tbody>`);
        for (const p of report.languageProblems) {
            out.push(`<tr class="row problem sev-${escapeHtml(p.severity)}" ${rowAttrs(p)}>`,
                `<td class="where">${escapeHtml(where(p))}</td><td class="nowrap">${escapeHtml(p.severity)}</td>`,
                `<td><code>${escapeHtml(p.ruleId)}</code></td><th scope="row">${escapeHtml(p.message)}</th></tr>`);
        }
        out.push('</tbody></table></section>');
    }
    if (!report.standards.length) out.push(`<p>${escapeHtml(t(report.stale ? 'reportStale' : 'reportEmpty', {}, lang))}</p>`);
    for (const std of report.standards) {
        const id = escapeHtml(std.id);
        out.push(`<section aria-labelledby="std-${id}">`);
        out.push(`<h2 id="std-${id}">${id}${std.title ? ` <span class="std-title">${escapeHtml(std.title)}</span>` : ''}</h2>`);
        const counts = COUNT_ORDER.filter((s) => std.counts[s]);
        out.push(`<p class="counts">${counts.map((s) => `<span class="badge st-${s}" data-status="${s}" data-count="${std.counts[s]}">${escapeHtml(STATUS[s].label[lang])} ${std.counts[s]}</span>`).join(' ')}</p>`);
        if (std.score) {
            const s = std.score;
            out.push(`<p class="score ${s.pass ? 'pass' : 'fail'}">${escapeHtml(t('score', { earned: s.earned, total: s.total, minimum: s.minimum, verdict: VERDICT_WORDS[s.pass ? 'pass' : 'fail'][lang] }, lang))}</p>`);
        }
        if (!std.applicable && !std.clauses.length) {
            out.push(`<p>${escapeHtml(t('notApplicable', {}, lang))}</p></section>`);
            continue;
        }
        const hasPoints = std.clauses.some((c) => c.points !== undefined);
        out.push(`<table><thead><tr>${th('colClause')}${th('colStatus')}${th('colLevel')}${hasPoints ? th('colPoints', 'num') : ''}${th('colWhere')}</tr></thead><tbody>`);
        for (const c of std.clauses) {
            const points = c.points === undefined ? '' : `${c.earned !== undefined ? `${c.earned}/` : ''}${c.points}${c.pointsInferred ? '*' : ''}`;
            // Findings repeat the clause summary before their own words ("summary — detail"): show the detail only.
            const said = c.message && c.summary && c.message.startsWith(c.summary) ? c.message.slice(c.summary.length).replace(/^[\s—–-]+/, '') : c.message;
            const detail = said && said !== c.summary ? `<div class="msg">${escapeHtml(said)}</div>` : '';
            out.push(`<tr class="row st-${c.status}" ${rowAttrs(c.at)} data-catalog="${id}" data-clause="${escapeHtml(c.clause)}" data-status="${c.status}">`,
                `<th scope="row"><span class="id">${escapeHtml(c.clause)}</span>${c.summary ? `<div class="sum">${escapeHtml(c.summary)}</div>` : ''}${detail}</th>`,
                `<td><span class="badge st-${c.status}">${escapeHtml(STATUS[c.status].label[lang])}</span></td>`,
                `<td class="nowrap">${escapeHtml(isLevel(c.level) ? LEVEL[c.level].word[lang] : c.level)}</td>`,
                hasPoints ? `<td class="num">${escapeHtml(points)}</td>` : '',
                `<td class="where">${escapeHtml(where(c.at))}</td>`,
                '</tr>');
        }
        out.push('</tbody></table></section>');
    }
    return { html: out.join(''), targets };
}
