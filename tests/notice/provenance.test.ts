/**
 * Provenance: every promise the notice prints (duration, amount, window, channel contact) comes from
 * the PolicyModel, the notice prints no duration or amount the model does not hold, and removing a fact
 * from the policy removes it from the notice.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyAnalysis } from '../../server/src/analysis.js';
import type { Lang } from '../../server/src/i18n/locale.js';
import type { Duration, PolicyModel } from '../../server/src/model/types.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { STARTS, T } from '../../server/src/faces/notice/labels.js';
import { say } from '../../server/src/i18n/message.js';
import { formatDuration, formatMoney } from '../../server/src/parse/literals.js';
import { analyzeFile, analyzeText, htmlText, LANGS, markdownText, readText, SHOP } from './helpers.js';
import { discoverSamples } from './samples.js';

const fmt = (d: Duration, lang: Lang) => (d.unit ? formatDuration(d, lang) : d.text);

/** Every duration anywhere in the model (including ones the notice does not show). */
function allDurations(model: PolicyModel): Duration[] {
    const out: Duration[] = [];
    const walk = (v: unknown) => {
        if (!v || typeof v !== 'object') return;
        if (Array.isArray(v)) { v.forEach(walk); return; }
        const o = v as Record<string, unknown>;
        if (typeof o.minutes === 'number' && typeof o.amount === 'number' && (o.kind === 'calendar' || o.kind === 'working')) out.push(o as unknown as Duration);
        for (const [k, x] of Object.entries(o)) if (k !== 'src' && k !== 'head') walk(x);
    };
    walk(model);
    return out;
}

/** Every string the policy wrote (free text, names, words as written). */
function allTexts(model: PolicyModel): string[] {
    const out = new Set<string>();
    const walk = (v: unknown) => {
        if (!v || typeof v !== 'object') return;
        if (Array.isArray(v)) { v.forEach(walk); return; }
        const o = v as Record<string, unknown>;
        if ('src' in o && typeof o.value === 'string') out.add(o.value);
        if ('src' in o && typeof o.text === 'string' && !('minutes' in o) && !('fen' in o)) out.add(o.text);
        for (const [k, x] of Object.entries(o)) if (k !== 'src' && k !== 'head') walk(x);
    };
    walk(model);
    for (const c of model.channels) out.add(c.name);
    for (const f of model.fees) out.add(f.name);
    return [...out].filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
}

/** The customer-facing facts the notice must show, as it shows them. */
function promisedFacts(model: PolicyModel, lang: Lang): string[] {
    const facts: string[] = [];
    const d = (x: Duration | undefined) => { if (x) facts.push(fmt(x, lang)); };
    for (const s of model.services) {
        // Regional times are printed region by region; otherwise the one time.
        for (const [one, regions] of [[s.respond, s.respondRegions], [s.arrive, s.arriveRegions], [s.resolve, s.resolveRegions]] as const) {
            if (regions.length) regions.forEach((r) => d(r.duration));
            else d(one);
        }
        d(s.escalation?.after);
    }
    const w = model.warranty;
    if (w) { w.covers.forEach((c) => d(c.period)); d(w.spareParts); d(w.repairTime); d(w.noInvoiceOffset); }
    const r = model.returns;
    if (r) {
        for (const win of [r.noReason?.window, r.exchange, r.defectReturn]) {
            if (!win) continue;
            d(win.duration);
            if (win.start?.value) facts.push(say(STARTS[win.start.value], lang));
        }
        d(r.refund);
        r.shipping.forEach((x) => d(x.after));
    }
    d(model.privacy?.retention);
    d(model.followUp?.within);
    if (model.satisfaction?.every && !(model.satisfaction.every.amount === 1)) d(model.satisfaction.every);
    if (model.satisfaction?.reportEvery && model.satisfaction.reportEvery.amount !== 1) d(model.satisfaction.reportEvery);
    for (const f of model.fees) {
        if (!f.amount) continue;
        // A range is printed as a range: its upper bound with the currency, its lower bound before it.
        if (f.amount.upToFen !== undefined) {
            const upper = formatMoney(f.amount.upToFen, lang);
            facts.push(lang === 'zh' ? `${f.amount.fen / 100}–${upper}` : upper.replace('CNY ', `CNY ${f.amount.fen / 100}–`));
        }
        else facts.push(f.amount.currency ? formatMoney(f.amount.fen, lang) : f.amount.text);
    }
    for (const c of model.channels) facts.push(c.contact.value);
    return facts;
}

const DURATION: Record<Lang, RegExp> = {
    zh: /(\d+(?:\.\d+)?)(分钟|小时|个工作日|天|周|个月|个季度|年)/g,
    en: /(\d+(?:\.\d+)?) (minutes?|hours?|working days?|days?|weeks?|months?|quarters?|years?)\b/g,
};
const MONEY: Record<Lang, RegExp> = { zh: /(-?\d+(?:\.\d+)?) 元/g, en: /CNY (-?\d+(?:\.\d+)?)/g };

function notices(a: PolicyAnalysis, lang: Lang): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const format of ['md', 'html'] as const) {
        const r = renderNotice(a, { format, lang, draft: true });
        if (!r.ok) throw new Error(r.reason.en);
        // Only the notice proper: the draft banner quotes the engine's messages, not the policy's promises.
        const body = format === 'md' ? r.text.replace(/^>.*\n/gm, '') : r.text.replace(/<aside class="draft"[\s\S]*?<\/aside>/, '');
        out.push([format, format === 'md' ? markdownText(body) : htmlText(body)]);
    }
    return out;
}

const targets = [{ name: 'shop fixture', file: SHOP }, ...discoverSamples()];

describe('notice provenance', () => {
    for (const t of targets) {
        it(`${t.name}: every duration, amount, window and contact of the model is in the notice, and nothing else`, async () => {
            const a = await analyzeFile(t.file);
            const model = a.model!;
            for (const lang of LANGS) {
                const known = new Set([
                    ...allDurations(model).map((d) => fmt(d, lang)),
                    ...model.fees.flatMap((f) => (f.amount ? [f.amount.fen, f.amount.upToFen ?? f.amount.fen] : []).map((fen) => formatMoney(fen, lang))),
                ]);
                for (const [format, text] of notices(a, lang)) {
                    for (const fact of promisedFacts(model, lang)) expect(text, `${lang}.${format} should show ${fact}`).toContain(fact);
                    // Take out what the policy wrote in its own words and our fixed "7×24 hours", then scan what is left.
                    let rest = text;
                    for (const s of [...allTexts(model), say(T.always, lang)]) rest = rest.split(s).join(' ');
                    const found = [...rest.matchAll(DURATION[lang])].map((m) => m[0]);
                    const amounts = [...rest.matchAll(MONEY[lang])].map((m) => m[0]);
                    for (const x of [...found, ...amounts]) expect(known.has(x), `${lang}.${format}: "${x}" is not in the model`).toBe(true);
                }
            }
        });
    }
});

describe('removing a fact from the policy removes it from the notice', () => {
    const original = readText(SHOP);
    const cases: Array<{ what: string; remove: Array<string | RegExp>; gone: string[]; stays?: string[] }> = [
        { what: 'the refund line', remove: ['    退款 内 5天 原路退回\n'], gone: ['5天', '原路退回', '5天内退款'], stays: ['换货'] },
        { what: 'a channel', remove: ['  渠道 短信 短信 "1069 5555 0000"\n', '、短信'], gone: ['1069 5555 0000'], stays: ['010-66668888'] },
        { what: 'a fee', remove: ['  费用 配件 "温控器更换" 18.5元 每 个 事先告知\n'], gone: ['温控器更换', '18.50 元'], stays: ['35 元'] },
        { what: 'a warranty cover', remove: ['    覆盖 "温控器" 18个月\n'], gone: ['18个月'], stays: ['2年'] },
        { what: 'the exchange window', remove: ['    换货 21天 自 签收\n'], gone: ['21天'], stays: ['14天'] },
        { what: 'an escalation', remove: ['    升级 超过 9天 至 "维修主管"\n'], gone: ['9天', '维修主管'] },
        { what: 'the complaint service', remove: [/ {2}服务 投诉[\s\S]*?\n {2}\}\n/], gone: ['投诉处理', '3小时', '36小时', '客服经理'] },
        { what: 'the privacy block', remove: [/ {2}隐私 \{[\s\S]*?\n {2}\}\n/], gone: ['个人信息保护', '26个月', '快递公司'] },
        { what: 'the follow-up', remove: ['  回访 内 30小时 通过 热线、短信\n'], gone: ['30小时', '30小时内回访'] },
        { what: 'the provider', remove: [/ {2}提供方 [\s\S]*?\n {2}\}\n/], gone: ['服务提供方', '91110000TEST000001'] },
    ];
    for (const c of cases) {
        it(c.what, async () => {
            let text = original;
            for (const r of c.remove) {
                if (typeof r === 'string') expect(text, `fixture should contain ${JSON.stringify(r)}`).toContain(r);
                else expect(text).toMatch(r);
                text = text.replace(r, '');
            }
            const before = await analyzeFile(SHOP);
            const after = await analyzeText(text, SHOP.replace(/\.aspl$/, '-edited.aspl'));
            for (const [, full] of notices(before, 'zh')) for (const g of c.gone) expect(full, `before: ${g}`).toContain(g);
            for (const [format, edited] of notices(after, 'zh')) {
                for (const g of c.gone) expect(edited, `${format}: ${g} should be gone`).not.toContain(g);
                for (const s of c.stays ?? []) expect(edited, `${format}: ${s} should stay`).toContain(s);
            }
        });
    }
});
