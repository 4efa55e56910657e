import type { Lang } from '../../i18n/locale.js';
import { REPORT, clauseColumns } from './report-messages.js';
import { say, type Msg } from '../../i18n/message.js';
import { escapeMarkdown } from '../../io/markdown.js';
import { type ReportClause, type ReportData, type ReportLocation } from './data.js';
import { COUNT_ORDER, LEVEL, STATUS, isLevel } from '../../engine/status.js';
import { scoreMarkdown } from './score-text.js';
import { filterLine, provenanceLine, summaryLine } from './summary.js';

/** A Markdown table cell (or inline text) from policy or catalog text: no pipes, line breaks, links, images, emphasis or HTML. */
export function mdCell(text: string): string {
    return escapeMarkdown(text);
}


export function where(l: ReportLocation): string {
    return `${l.file}:${l.line}`;
}

export function clauseNote(c: ReportClause): string {
    if (c.justification) return c.justification;
    // A caveat belongs to a met clause: its note is the caveat, not the clause text.
    if (c.caveat) return `⚠ ${c.caveat}`;
    if (c.problem) return c.message;
    return c.assumption ?? '';
}

/** `policy.aspl:48, 53, base.aspl:3`: lines grouped per file, in order of appearance. */
export function clauseEvidence(c: ReportClause): string {
    const locs = c.evidence.length ? c.evidence : [c.at];
    const byFile = new Map<string, number[]>();
    for (const l of locs) {
        const lines = byFile.get(l.file) ?? [];
        if (!lines.includes(l.line)) lines.push(l.line);
        byFile.set(l.file, lines);
    }
    return [...byFile].map(([file, lines]) => `${file}:${lines.join(', ')}`).join('; ');
}

export function markdownReport(data: ReportData, lang: Lang): string {
    const t = (m: Msg) => say(m, lang);
    const out: string[] = [];
    const title = data.policy?.title ?? data.policy?.name ?? data.file;
    out.push(`# ${t(REPORT.title())}: ${mdCell(title)}`, '');
    out.push(`**${mdCell(summaryLine(data, lang))}**`, '');
    const facts = [`${t(REPORT.file())}: \`${data.file}\``];
    if (data.policy?.name) facts.push(`${t(REPORT.policy())}: \`${data.policy.name}\``);
    if (data.policy?.version) facts.push(`${t(REPORT.version())}: ${mdCell(data.policy.version)}`);
    if (data.policy?.effective) facts.push(`${t(REPORT.effective())}: ${data.policy.effective}`);
    out.push(facts.join(' · '), '', `_${mdCell(provenanceLine(data, lang))}_`, '');
    const filter = filterLine(data, lang);
    if (filter) out.push(`_${mdCell(filter)}_`, '');
    if (data.languageProblems.length) {
        out.push(`## ${t(REPORT.languageProblems())}`, '');
        out.push(`| ${[REPORT.where(), REPORT.severity(), REPORT.rule(), REPORT.message()].map(t).join(' | ')} |`, '|---|---|---|---|');
        for (const p of data.languageProblems) out.push(`| ${where(p)}:${p.column} | ${p.severity} | \`${p.ruleId}\` | ${mdCell(p.message)} |`);
        out.push('');
    }
    if (!data.standards.length) out.push(`_${t(REPORT.noStandard())}_`, '');
    for (const s of data.standards) {
        out.push(`## ${s.id}: ${mdCell(s.title)}`, '');
        out.push(`${s.number} · ${mdCell(s.documentStatus)}${s.partial ? ` · ${t(REPORT.sourceIncomplete())}` : ''}${s.applicable ? '' : ` · **${t(REPORT.doesNotApply())}**`}`, '');
        const counts = COUNT_ORDER
            .filter((k) => s.counts[k]).map((k) => `${STATUS[k].label[lang]} ${s.counts[k]}`);
        out.push(counts.join(' · '), '');
        const scored = s.clauses.some((c) => c.points !== undefined);
        out.push(
            `| ${[...clauseColumns(scored), REPORT.notes()].map(t).join(' | ')} |`,
            '|---|---|---|---|---|---|' + (scored ? '---:|' : '') + '---|',
        );
        for (const c of s.clauses) {
            const pts = c.points === undefined ? '' : `${c.earned}/${c.points}${c.pointsInferred ? '*' : ''}`;
            out.push(`| ${c.clause} | ${mdCell(c.section)} | ${mdCell(c.summary)} | ${(isLevel(c.level) ? LEVEL[c.level].word[lang] : c.level)} | ${STATUS[c.status].icon} ${STATUS[c.status].label[lang]} | ${mdCell(clauseEvidence(c))} |${scored ? ` ${pts} |` : ''} ${mdCell(clauseNote(c))} |`);
        }
        out.push('');
        if (s.score) {
            out.push(`### ${t(REPORT.score())}`, '', scoreMarkdown(s.score, lang, mdCell, s.scoreNote), '');
        }
    }
    return out.join('\n');
}
