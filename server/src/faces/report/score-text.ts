/** The T/CGCC score table with the pass rule and the inferred-points note, as text or Markdown. */
import type { Lang } from '../../i18n/locale.js';
import type { Score } from '../../engine/score.js';
import type { Status } from '../../engine/findings.js';
import type { Catalog } from '../../engine/catalog/types.js';
import { STATUS } from '../../engine/status.js';
import { displayWidth } from '../../shared/display-width.js';
import { listOf, say } from '../../i18n/message.js';
import { SCORE } from './score-messages.js';

export function scoreVerdict(score: Score, lang: Lang): string {
    return say(score.pass ? SCORE.pass() : SCORE.fail(), lang);
}

/** Why a score passes or fails, in one sentence. */
export function passRule(score: Score, lang: Lang): string {
    const met = (yes: boolean) => (yes ? SCORE.met() : SCORE.notMet());
    // Points that rest on the writer's word (attest lines, waiver reasons) are named beside the total.
    const unverified = [score.claimed && SCORE.claimed({ n: score.claimed }), score.waived && SCORE.waived({ n: score.waived })];
    const claimed = unverified.map((m) => (m ? say(m, lang) : '')).join('');
    const rule = SCORE.rule({ minimum: score.minimum, earned: score.earned, met: met(score.earned >= score.minimum), claimed });
    const r = score.requirement;
    return say(r ? SCORE.ruleAndRequirement({ rule, requirement: SCORE.requirement({ text: r.text, met: met(r.met) }) }) : SCORE.ruleAlone({ rule }), lang);
}

/** The note on inferred points (T/CGCC 5.9); the catalog's own clause notes say how they were inferred. */
export function inferredNote(score: Score, lang: Lang, catalog?: Catalog): string | undefined {
    if (!score.inferred.length) return undefined;
    const why = score.inferred.map((id) => catalog?.clauses.find((c) => c.id === id)?.note?.[lang]).filter(Boolean).join(' ');
    // Without a clause note the English sentence would end in the space before {why}.
    return say(SCORE.inferred({ ids: listOf(score.inferred), why }), lang).trimEnd();
}

function pad(s: string, n: number): string {
    return s + ' '.repeat(Math.max(0, n - displayWidth(s)));
}

function padStart(s: string, n: number): string {
    return ' '.repeat(Math.max(0, n - displayWidth(s))) + s;
}

/** Plain text for the terminal (`aspl score`). */
export function scoreText(score: Score, title: string, lang: Lang, catalog?: Catalog): string {
    const out: string[] = [];
    out.push(`${score.catalog} — ${title}`);
    const head = [SCORE.section(), SCORE.earned(), SCORE.points()].map((t) => say(t, lang));
    const rows = score.sections.map((s) => [`${s.id}${s.title[lang] !== s.id ? ` (${s.title[lang]})` : ''}`, String(s.earned), String(s.points)]);
    const w0 = rows.reduce((w, r) => Math.max(w, displayWidth(r[0])), displayWidth(head[0]));
    out.push('');
    out.push(`  ${pad(head[0], w0)}  ${padStart(head[1], 6)}  ${padStart(head[2], 6)}`);
    for (const r of rows) out.push(`  ${pad(r[0], w0)}  ${r[1].padStart(6)}  ${r[2].padStart(6)}`);
    out.push(`  ${pad(say(SCORE.total(), lang), w0)}  ${String(score.earned).padStart(6)}  ${String(score.total).padStart(6)}`);
    out.push('');
    for (const s of score.sections) {
        const lost = s.clauses.filter((c) => c.earned < c.points);
        if (!lost.length) continue;
        const clauses = listOf(lost.map((c) => SCORE.lostClause({ id: c.id, points: c.points, status: STATUS[c.status as Status]?.label ?? c.status })));
        out.push(`  ${say(SCORE.lost({ id: s.id, title: s.title, clauses }), lang)}`);
    }
    out.push(`${say(SCORE.result(), lang)}: ${scoreVerdict(score, lang)} — ${passRule(score, lang)}`);
    const note = inferredNote(score, lang, catalog);
    if (note) out.push(note);
    return out.join('\n') + '\n';
}

export function scoreMarkdown(score: Score, lang: Lang, esc: (s: string) => string, note?: string): string {
    const out: string[] = [];
    out.push(`| ${[SCORE.section(), SCORE.earned(), SCORE.points()].map((t) => say(t, lang)).join(' | ')} |`, '|---|---:|---:|');
    for (const s of score.sections) out.push(`| ${esc(s.title[lang])} | ${s.earned} | ${s.points} |`);
    out.push(`| **${say(SCORE.total(), lang)}** | **${score.earned}** | **${score.total}** |`, '');
    out.push(`**${scoreVerdict(score, lang)}** — ${esc(passRule(score, lang))}`);
    if (note) out.push('', `> ${esc(note)}`);
    return out.join('\n');
}
