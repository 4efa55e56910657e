/**
 * A change in words, in the reader's language: its title, subject, old and new values.
 * Vocabulary words come from the notice's tables (the words customers read), never re-listed here.
 */
import { COLON, LIST_SEPARATOR, aside, quoted } from '../../i18n/punctuation.js';
import { say } from '../../i18n/message.js';
import { CLASS_LABELS, fieldLabel, kindInfo, type Change, type Value } from '../../diff/index.js';
import type { Bilingual, Lang } from '../../i18n/locale.js';
import { formatDuration, formatMoney } from '../../parse/literals.js';
import type { DaySpec } from '../../parse/vocabulary.js';
import {
    CAR_RETURN_CASES, CHANNEL_KINDS, DAYS, EXEMPTIONS, GOODS_CONDITIONS, OUTLET_KINDS, PAYMENT_METHODS, PRICING, SERVICE_NAMES, SHIPPING_CASES, STARTS, T,
} from '../notice/labels.js';

/** Who pays, as a reviewer reads it (the notice says "us" / "you" to the customer). */
const PAYERS: Record<string, Bilingual> = { seller: { zh: '商家', en: 'the business' }, buyer: { zh: '顾客', en: 'the customer' } };

const TABLES: Record<Extract<Value, { type: 'word' }>['vocabulary'], Record<string, Bilingual>> = {
    start: STARTS, 'channel-kind': CHANNEL_KINDS, 'outlet-kind': OUTLET_KINDS, exemption: EXEMPTIONS, payer: PAYERS,
    payment: PAYMENT_METHODS, pricing: PRICING, 'shipping-case': SHIPPING_CASES, 'service-kind': SERVICE_NAMES,
    'goods-condition': GOODS_CONDITIONS, 'car-return-case': CAR_RETURN_CASES,
};

export const W = {
    /** `{problems}`: "problem" / "problems" for the fixed count. */
    summary: {
        zh: '{worse} 项不利、{better} 项有利、{neutral} 项中性；合规问题修正 {fixed} 项、新出现 {introduced} 项',
        en: '{worse} worse, {better} better, {neutral} neutral; {fixed} compliance {problems} fixed, {introduced} introduced',
    },
    heading: { zh: '## 客户承诺变化', en: '## What changed for customers' },
    tableHead: { zh: '| 变化 | 原 | 新 | 行 |', en: '| Change | Old | New | Lines |' },
    comparing: { zh: '比较 {old} → {new}', en: 'Comparing {old} → {new}' },
    none: { zh: '（无）', en: '(none)' },
    yes: { zh: '是', en: 'yes' },
    times: { zh: '{n}次', en: '{n} times' },
    noChanges: { zh: '承诺没有变化', en: 'no change to any commitment' },
    assumed: { zh: '假设', en: 'assumed' },
    oldLine: { zh: '原第 {line} 行', en: 'was line {line}' },
    fixed: { zh: '已修正', en: 'fixed' },
    introduced: { zh: '新出现', en: 'introduced' },
    compliance: { zh: '合规变化', en: 'Compliance' },
    score: { zh: '得分', en: 'score' },
    pass: { zh: '达标', en: 'pass' },
    fail: { zh: '未达标', en: 'fail' },
    omitted: { zh: '评论长度有限，未逐项列出；完整列表请运行 `aspl diff`。', en: 'Not listed: the comment would be too long. Run `aspl diff` for the full list.' },
    truncated: { zh: '……其余变化未列出（评论长度有限）；完整列表请运行 `aspl diff`。', en: '… further changes not listed (comment size limit). Run `aspl diff` for the full list.' },
} as const satisfies Record<string, Bilingual>;

export function classLabel(c: Change['class'], lang: Lang): string {
    return CLASS_LABELS[c][lang];
}

export function title(c: Change, lang: Lang): string {
    return kindInfo(c.kind).title[lang];
}

function hoursText(v: Extract<Value, { type: 'hours' }>, lang: Lang): string {
    if (v.always) return say(T.always, lang);
    const ranges = v.ranges.map((r) => `${r.start}-${r.end}`).join(LIST_SEPARATOR[lang]);
    const days = v.days && (DAYS as Record<string, Bilingual>)[v.days as DaySpec];
    return days ? `${ranges} ${say(days, lang)}` : v.days ? `${ranges} ${v.days}` : ranges;
}

export function valueText(v: Value | undefined, lang: Lang): string {
    if (!v) return say(W.none, lang);
    switch (v.type) {
        case 'duration': return v.unit ? formatDuration(v, lang) : v.text;
        case 'money': return formatMoney(v.fen, lang);
        case 'distance': return Number.isFinite(v.km) ? say(T.km, lang, { n: v.km.toLocaleString('en-US') }) : v.text;
        case 'percent': return `${v.value}%`;
        case 'times': return say(W.times, lang, { n: String(v.value) });
        case 'text': return quoted(v.value, lang);
        case 'word': {
            const pair = v.value !== undefined ? TABLES[v.vocabulary][v.value] : undefined;
            return pair ? say(pair, lang) : v.text;
        }
        case 'hours': return hoursText(v, lang);
        case 'flag': return say(W.yes, lang);
    }
}

/** What the change is about: a part, a channel, a fee … as written; a service kind, shipping case or time limit in words. */
export function subjectText(c: Change, lang: Lang): string | undefined {
    if (!c.subject) return undefined;
    if (c.subjectKind === 'time-limit') return fieldLabel(c.subject)?.[lang] ?? c.subject;
    const pair = c.subjectKind && TABLES[c.subjectKind][c.subject];
    return pair ? say(pair, lang) : c.subject;
}

/** "保修期缩短（压缩机）：3年 → 2年" / "warranty period shortened (Compressor): 3 years → 2 years". */
export function changeSentence(c: Change, lang: Lang): string {
    const subject = subjectText(c, lang);
    const head = subject ? aside(title(c, lang), subject, lang) : title(c, lang);
    return `${head}${COLON[lang]}${valueText(c.old, lang)} → ${valueText(c.new, lang)}`;
}
