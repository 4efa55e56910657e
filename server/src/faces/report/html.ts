import type { Lang } from '../../i18n/locale.js';
import { SCORE } from './score-messages.js';
import { REPORT, clauseColumns } from './report-messages.js';
import { LANG_TAG } from '../../i18n/locale.js';
import { say, type Msg } from '../../i18n/message.js';
import { type ReportData } from './data.js';
import { COUNT_ORDER, LEVEL, STATUS, isLevel } from '../../engine/status.js';
import { clauseEvidence, clauseNote, where } from './markdown.js';
import { passRule, scoreVerdict } from './score-text.js';
import { filterLine, provenanceLine, summaryLine } from './summary.js';

export function htmlEscape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1f2328;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;white-space:nowrap}
.status{white-space:nowrap;font-weight:600}
.satisfied{color:#1a7f37}.violated{color:#cf222e}.not-addressed{color:#9a6700}
.attested{color:#0969da}.waived{color:#8250df}.not-applicable{color:#57606a}
.meta{color:#57606a}.verdict.pass{color:#1a7f37}.verdict.fail{color:#cf222e}
code{font-family:ui-monospace,monospace}
.summary{font-size:1.1rem;font-weight:600}.summary.problems{color:#cf222e}.summary.clean{color:#1a7f37}
td code{overflow-wrap:anywhere}
@media (max-width:40rem){
body{margin:1rem}
table.clauses,table.clauses tbody,table.clauses tr,table.clauses td{display:block;width:auto}
table.clauses thead{display:none}
table.clauses tr{border:1px solid #d0d7de;margin:0 0 .75rem;padding:.25rem .5rem}
table.clauses td{border:none;padding:.15rem 0}
table.clauses td::before{content:attr(data-label);display:block;font-size:.8rem;color:#57606a;font-weight:400}
}
`;

export function htmlReport(data: ReportData, lang: Lang): string {
    const t = (m: Msg) => say(m, lang);
    const e = htmlEscape;
    const title = data.policy?.title ?? data.policy?.name ?? data.file;
    const out: string[] = [];
    out.push('<!doctype html>', `<html lang="${LANG_TAG[lang]}">`, '<head>', '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${e(t(REPORT.title()))}: ${e(title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
    out.push(`<h1>${e(t(REPORT.title()))}: ${e(title)}</h1>`);
    out.push(`<p class="summary ${data.summary.problems ? 'problems' : 'clean'}">${e(summaryLine(data, lang))}</p>`);
    const facts = [`${t(REPORT.file())}: <code>${e(data.file)}</code>`];
    if (data.policy?.name) facts.push(`${t(REPORT.policy())}: <code>${e(data.policy.name)}</code>`);
    if (data.policy?.version) facts.push(`${t(REPORT.version())}: ${e(data.policy.version)}`);
    if (data.policy?.effective) facts.push(`${t(REPORT.effective())}: ${e(data.policy.effective)}`);
    out.push(`<p class="meta">${facts.join(' · ')}</p>`, `<p class="meta provenance">${e(provenanceLine(data, lang))}</p>`);
    const filter = filterLine(data, lang);
    if (filter) out.push(`<p class="meta">${e(filter)}</p>`);
    if (data.languageProblems.length) {
        out.push(`<h2>${t(REPORT.languageProblems())}</h2>`, '<table>',
            `<thead><tr>${[REPORT.where(), REPORT.severity(), REPORT.rule(), REPORT.message()].map((m) => `<th>${t(m)}</th>`).join('')}</tr></thead><tbody>`);
        for (const p of data.languageProblems) {
            out.push(`<tr><td>${e(where(p))}:${p.column}</td><td>${e(p.severity)}</td><td><code>${e(p.ruleId)}</code></td><td>${e(p.message)}</td></tr>`);
        }
        out.push('</tbody></table>');
    }
    if (!data.standards.length) out.push(`<p>${t(REPORT.noStandard())}</p>`);
    for (const s of data.standards) {
        out.push(`<section id="${e(s.id)}">`, `<h2>${e(s.id)}: ${e(s.title)}</h2>`);
        const meta = [e(s.number), e(s.documentStatus)];
        if (s.partial) meta.push(t(REPORT.sourceIncomplete()));
        if (!s.applicable) meta.push(`<strong>${t(REPORT.doesNotApply())}</strong>`);
        out.push(`<p class="meta">${meta.join(' · ')}</p>`);
        const counts = COUNT_ORDER.filter((k) => s.counts[k])
            .map((k) => `<span class="${k}">${e(STATUS[k].label[lang])} ${s.counts[k]}</span>`);
        out.push(`<p>${counts.join(' · ')}</p>`);
        const scored = s.clauses.some((c) => c.points !== undefined);
        const heads = [...clauseColumns(scored), REPORT.notes()].map(t);
        out.push('<table class="clauses">', `<thead><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>`);
        // data-label: on a narrow screen each row becomes a card, every cell under its heading
        const label = (i: number) => ` data-label="${e(heads[i])}"`;
        for (const c of s.clauses) {
            const cells = [
                `<td${label(0)}>${e(c.clause)}</td>`, `<td${label(1)}>${e(c.section)}</td>`, `<td${label(2)}>${e(c.summary)}</td>`,
                `<td${label(3)}>${e((isLevel(c.level) ? LEVEL[c.level].word[lang] : c.level))}</td>`,
                `<td class="status ${c.status}"${label(4)}>${e(STATUS[c.status].label[lang])}</td>`,
                `<td${label(5)}><code>${e(clauseEvidence(c))}</code></td>`,
            ];
            if (scored) cells.push(`<td class="num"${label(6)}>${c.points === undefined ? '' : `${c.earned}/${c.points}${c.pointsInferred ? '*' : ''}`}</td>`);
            cells.push(`<td${label(heads.length - 1)}>${e(clauseNote(c))}</td>`);
            out.push(`<tr id="${e(`${s.id}-${c.clause}`)}">${cells.join('')}</tr>`);
        }
        out.push('</tbody></table>');
        if (s.score) {
            const sc = s.score;
            out.push(`<h3>${t(REPORT.score())}</h3>`, '<table>',
                `<thead><tr>${[SCORE.section(), SCORE.earned(), SCORE.points()].map((m) => `<th>${t(m)}</th>`).join('')}</tr></thead><tbody>`);
            for (const sec of sc.sections) out.push(`<tr><td>${e(sec.title[lang])}</td><td class="num">${sec.earned}</td><td class="num">${sec.points}</td></tr>`);
            out.push(`<tr><th>${t(SCORE.total())}</th><th class="num">${sc.earned}</th><th class="num">${sc.total}</th></tr>`, '</tbody></table>');
            out.push(`<p><strong class="verdict ${sc.pass ? 'pass' : 'fail'}">${e(scoreVerdict(sc, lang))}</strong> — ${e(passRule(sc, lang))}</p>`);
            if (s.scoreNote) out.push(`<p class="meta">${e(s.scoreNote)}</p>`);
        }
        out.push('</section>');
    }
    out.push('</body>', '</html>');
    return out.join('\n') + '\n';
}
