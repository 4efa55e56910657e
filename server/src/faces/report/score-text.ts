/** The T/CGCC score table with the pass rule and the inferred-points note, as text or Markdown. */
import type { Lang } from '../../i18n/locale.js';
import type { Score } from '../../engine/score.js';
import type { Status } from '../../engine/findings.js';
import type { Catalog } from '../../engine/catalog/types.js';
import { STATUS_LABEL } from './labels.js';
import { displayWidth } from '../../shared/display-width.js';

export function scoreVerdict(score: Score, lang: Lang): string {
    return score.pass ? (lang === 'zh' ? '达标' : 'PASS') : (lang === 'zh' ? '不达标' : 'FAIL');
}

/** Why a score passes or fails, in one sentence. */
export function passRule(score: Score, lang: Lang): string {
    const parts: string[] = [];
    const enough = score.earned >= score.minimum;
    if (lang === 'zh') {
        parts.push(`达标规则：总分不低于 ${score.minimum} 分（得分 ${score.earned}，${enough ? '满足' : '不满足'}${score.claimed ? `；其中 ${score.claimed} 分来自声明，未经核验` : ''}）`);
        if (score.requirement) parts.push(`且${score.requirement.text.zh}（${score.requirement.met ? '满足' : '不满足'}）`);
        return parts.join('，') + '。';
    }
    parts.push(`pass rule: at least ${score.minimum} points (earned ${score.earned}: ${enough ? 'met' : 'not met'}${score.claimed ? `; ${score.claimed} of them claimed by attest lines, not verified` : ''})`);
    if (score.requirement) parts.push(`and ${score.requirement.text.en} (${score.requirement.met ? 'met' : 'not met'})`);
    return parts.join(' ') + '.';
}

/** The note on inferred points (T/CGCC 5.9); the catalog's own clause notes say how they were inferred. */
export function inferredNote(score: Score, lang: Lang, catalog?: Catalog): string | undefined {
    if (!score.inferred.length) return undefined;
    const ids = score.inferred.join(lang === 'zh' ? '、' : ', ');
    const why = score.inferred.map((id) => catalog?.clauses.find((c) => c.id === id)?.note?.[lang]).filter(Boolean).join(' ');
    return lang === 'zh'
        ? `注：标准未印出第 ${ids} 条的分值，此处所用分值为推定。${why}`
        : `Note: the standard does not print the points of ${ids}; the points used here are inferred. ${why}`.trimEnd();
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
    const head = lang === 'zh' ? ['部分', '得分', '满分'] : ['Section', 'Earned', 'Points'];
    const rows = score.sections.map((s) => [`${s.id}${s.title[lang] !== s.id ? ` (${s.title[lang]})` : ''}`, String(s.earned), String(s.points)]);
    const w0 = rows.reduce((w, r) => Math.max(w, displayWidth(r[0])), displayWidth(head[0]));
    out.push('');
    out.push(`  ${pad(head[0], w0)}  ${padStart(head[1], 6)}  ${padStart(head[2], 6)}`);
    for (const r of rows) out.push(`  ${pad(r[0], w0)}  ${r[1].padStart(6)}  ${r[2].padStart(6)}`);
    out.push(`  ${pad(lang === 'zh' ? '合计' : 'Total', w0)}  ${String(score.earned).padStart(6)}  ${String(score.total).padStart(6)}`);
    out.push('');
    for (const s of score.sections) {
        const lost = s.clauses.filter((c) => c.earned < c.points);
        if (!lost.length) continue;
        out.push(lang === 'zh'
            ? `  ${s.id} 失分：${lost.map((c) => `${c.id}（${c.points} 分，${STATUS_LABEL[c.status as Status]?.zh ?? c.status}）`).join('、')}`
            : `  ${s.title.en} lost: ${lost.map((c) => `${c.id} (${c.points} pt, ${STATUS_LABEL[c.status as Status]?.en ?? c.status})`).join(', ')}`);
    }
    out.push(`${lang === 'zh' ? '结果' : 'Result'}: ${scoreVerdict(score, lang)} — ${passRule(score, lang)}`);
    const note = inferredNote(score, lang, catalog);
    if (note) out.push(note);
    return out.join('\n') + '\n';
}

export function scoreMarkdown(score: Score, lang: Lang, esc: (s: string) => string, note?: string): string {
    const out: string[] = [];
    out.push(lang === 'zh' ? '| 部分 | 得分 | 满分 |' : '| Section | Earned | Points |', '|---|---:|---:|');
    for (const s of score.sections) out.push(`| ${esc(s.title[lang])} | ${s.earned} | ${s.points} |`);
    out.push(`| **${lang === 'zh' ? '合计' : 'Total'}** | **${score.earned}** | **${score.total}** |`, '');
    out.push(`**${scoreVerdict(score, lang)}** — ${esc(passRule(score, lang))}`);
    if (note) out.push('', `> ${esc(note)}`);
    return out.join('\n');
}
