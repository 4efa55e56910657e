/**
 * The customer-facing service notice (售后服务公告): what the CLI (`aspl notice`) and the
 * VS Code live preview call. The notice states only what the PolicyModel states.
 */
import { say } from '../../i18n/message.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { Bilingual, Lang } from '../../i18n/locale.js';
import type { PolicyModel } from '../../model/types.js';
import { gate } from './gate.js';
import { renderHtml } from './html.js';
import { T } from './labels.js';
import { renderMarkdown } from './markdown.js';
import { buildNotice } from './sections.js';

export { renderPdf, findChromium } from './pdf.js';

export interface NoticeOptions {
    format: 'md' | 'html';
    lang: Lang;
    /** Produce a notice even when the policy has compliance errors, marked DRAFT with the open findings. */
    draft?: boolean;
    /** "What changed in this version": one line per change that matters to customers, in `lang` (`aspl notice --since`). */
    changes?: string[];
}

export function renderNotice(
    analysis: { model?: PolicyModel; evaluation?: Evaluation },
    options: NoticeOptions,
): { ok: true; text: string } | { ok: false; reason: Bilingual } {
    const model = analysis.model ?? analysis.evaluation?.model;
    if (!model) return { ok: false, reason: { zh: say(T.refuseNoModel, 'zh'), en: say(T.refuseNoModel, 'en') } };
    const lang: Lang = options.lang === 'en' ? 'en' : 'zh';
    const decision = gate(analysis.evaluation, lang, options.draft === true);
    if (!decision.ok) return decision;
    const doc = buildNotice(model, lang, decision.banner, options.changes);
    return { ok: true, text: options.format === 'html' ? renderHtml(doc) : renderMarkdown(doc) };
}
