/**
 * Whether a notice may be published: a policy with compliance errors gets a notice only as a
 * draft, and the draft banner lists what is still open.
 */
import { say, type Text } from '../../i18n/message.js';
import type { Evaluation } from '../../engine/evaluate.js';
import type { Finding } from '../../engine/findings.js';
import type { Bilingual, Lang } from '../../i18n/locale.js';
import type { DraftBanner } from './document.js';
import { placeholderIn } from '../../engine/formats/index.js';
import { T } from './labels.js';

/** The findings that block publication: violated or not addressed, at severity error. */
export function blockingFindings(evaluation: Evaluation): Finding[] {
    return evaluation.findings.filter((f) => (f.status === 'violated' || f.status === 'not-addressed') && f.severity === 'error');
}

interface Blocker { ruleId: string; message: Text }

/** Placeholder wording anywhere in the policy's texts: a notice must never print "TODO" or 待填写 to customers. */
function placeholders(evaluation: Evaluation): Blocker[] {
    const out: Blocker[] = [];
    for (const t of evaluation.model.texts) {
        const word = placeholderIn(t.value);
        if (!word) continue;
        const text = t.value.length > 40 ? `${t.value.slice(0, 40)}…` : t.value;
        out.push({ ruleId: 'aspl/placeholder', message: { zh: say(T.placeholder, 'zh', { text, word }), en: say(T.placeholder, 'en', { text, word }) } });
    }
    return out;
}

function plural(n: number, lang: Lang): string {
    return lang === 'en' ? (n === 1 ? 'error' : 'errors') : '';
}

export type Gate = { ok: true; banner?: DraftBanner } | { ok: false; reason: Bilingual };

/** Decides: publish, draft with a banner, or refuse with a reason in both languages. */
export function gate(evaluation: Evaluation | undefined, lang: Lang, draft: boolean): Gate {
    if (!evaluation) {
        if (!draft) return { ok: false, reason: { zh: say(T.refuseUnchecked, 'zh'), en: say(T.refuseUnchecked, 'en') } };
        return { ok: true, banner: { title: say(T.draftTitle, lang), intro: say(T.draftUnchecked, lang), items: [] } };
    }
    const open: Blocker[] = [...blockingFindings(evaluation), ...placeholders(evaluation)];
    if (!open.length) return { ok: true };
    if (!draft) {
        const shown = open.slice(0, 5).map((f) => f.ruleId);
        const ids = (l: Lang) => shown.join(l === 'zh' ? '、' : ', ') + (open.length > shown.length ? (l === 'zh' ? ' 等' : ' …') : '');
        const reason = (l: Lang) => say(T.refuseErrors, l, { n: open.length, ids: ids(l), errors: plural(open.length, l) });
        return { ok: false, reason: { zh: reason('zh'), en: reason('en') } };
    }
    return {
        ok: true,
        banner: {
            title: say(T.draftTitle, lang),
            intro: say(T.draftIntro, lang, { n: open.length, errors: plural(open.length, lang) }),
            items: open.map((f) => ({ ruleId: f.ruleId, message: say(f.message, lang) })),
        },
    };
}
