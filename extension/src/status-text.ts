/**
 * What the ASPL language-status item says, as plain data (no VS Code types, so it is unit-tested):
 * the T/CGCC score with its verdict as the text, the catalogs in force as the detail. Error and
 * warning counts are not repeated: VS Code's Problems panel and status bar already show them.
 */
import type { ReportStandardSummary } from '../../server/src/faces/lsp/protocol.js';
import { VERDICT_WORDS } from '../../server/src/i18n/verdict.js';
import { count } from '../../server/src/i18n/plural.js';
import { listOf, say } from '../../server/src/i18n/message.js';
import { text as t, type Lang } from './texts.js';

export interface StatusView {
    text: string;
    detail: string;
    /** 'warning' when a scored standard is failed; the item is then shown in the status bar. */
    severity: 'info' | 'warning';
    /** For screen readers: text and detail in one sentence. */
    label: string;
}

/**
 * `standards` undefined: not checked yet. `stale`: the policy does not parse now, the values are
 * those of the last text that did.
 */
export function statusView(standards: ReportStandardSummary[] | undefined, stale: boolean, lang: Lang): StatusView {
    if (!standards) {
        const text = t('statusChecking', {}, lang);
        return { text, detail: '', severity: 'info', label: text };
    }
    const inForce = standards.filter((s) => s.applicable);
    const scored = inForce.find((s) => s.score);
    const list = say(listOf(inForce.map((s) => s.id)), lang);
    const later = stale ? t('statusStale', {}, lang) : '';
    const text = scored?.score
        ? t('statusScoreText', { id: scored.short ?? scored.id, earned: scored.score.earned, total: scored.score.total, verdict: VERDICT_WORDS[scored.score.pass ? 'pass' : 'fail'][lang] }, lang)
        : t('statusNoScore', { n: inForce.length, standards: count(inForce.length, 'standard') }, lang);
    const detail = (inForce.length ? t('statusInForce', { list }, lang) : t('reportEmpty', {}, lang)) + later;
    const severity = scored?.score && !scored.score.pass ? 'warning' : 'info';
    return { text, detail, severity, label: t('statusLabel', { text, detail }, lang) };
}
