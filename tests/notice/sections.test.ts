/** What the notice contains: sections only for what the policy states, both languages, page structure. */
import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { T } from '../../server/src/faces/notice/labels.js';
import { say } from '../../server/src/i18n/message.js';
import { analyzeFile, analyzeText, FIXTURES, htmlText, LANGS, markdownText, SHOP } from './helpers.js';

const ALL_SECTIONS = [T.scope, T.promise, T.contact, T.charges, T.warranty, T.returns, T.complaints, T.privacy, T.satisfaction, T.statements, T.provider, T.versionSection];

function render(a: Parameters<typeof renderNotice>[0], format: 'md' | 'html', lang: 'zh' | 'en') {
    const r = renderNotice(a, { format, lang, draft: true });
    if (!r.ok) throw new Error(r.reason.en);
    return r.text;
}

const headings = (md: string) => [...md.matchAll(/^## (.+)$/gm)].map((m) => markdownText(m[1]));

describe('notice sections', () => {
    it('has every section for a policy that states every kind of fact, in the order customers look for them', async () => {
        const a = await analyzeFile(SHOP);
        for (const lang of LANGS) {
            expect(headings(render(a, 'md', lang))).toEqual(ALL_SECTIONS.map((s) => say(s, lang)));
        }
    });

    it('omits every section the policy says nothing about, and invents no promise', async () => {
        const a = await analyzeText('政策 极简 "极简政策" {\n  渠道 热线 电话 "400-000-0000"\n}\n', `${FIXTURES}/minimal.aspl`);
        for (const lang of LANGS) {
            const md = render(a, 'md', lang);
            expect(headings(md)).toEqual([say(T.contact, lang)]);
            const body = markdownText(md.replace(/^>.*\n/gm, ''));
            expect(body).not.toMatch(/\d+ ?(天|小时|年|个月|days?|hours?|years?|months?)/);
            expect(body).not.toMatch(/元|CNY|免费|[Ff]ree/);
        }
    });

    it('shows a fact line only when the policy states it (no empty label, no "undefined")', async () => {
        const a = await analyzeFile(SHOP);
        for (const lang of LANGS) {
            for (const format of ['md', 'html'] as const) {
                const text = render(a, format, lang);
                expect(text).not.toMatch(/undefined|NaN|null|\[object/);
                if (format === 'md') expect(text).not.toMatch(/\*\*(：|: )\s*$/m);
            }
        }
    });

    it('writes durations, amounts and windows the way customers read them', async () => {
        const a = await analyzeFile(SHOP);
        const zh = markdownText(render(a, 'md', 'zh'));
        expect(zh).toContain('| 使用咨询 | 免费 | 热线、邮箱 | 45分钟内 | 2个工作日内 |');
        expect(zh).toContain('| 温控器更换 | 18.50 元 | 个 |');
        expect(zh).toContain('| 换货 | 自签收之日起21天 |');
        expect(zh).toContain('保修期自签收之日起计算。');
        expect(zh).toContain('超过9天仍未解决的，升级至维修主管处理');
        expect(zh).toContain('| 热线 | 010-66668888 | 每天 09:00–18:00 |');
        expect(zh).toContain('5天内退款，原路退回');
        const en = markdownText(render(a, 'md', 'en'));
        expect(en).toContain('| within 45 minutes | within 2 working days |');
        expect(en).toContain('| 温控器更换 | CNY 18.50 | 个 |');
        expect(en).toContain('| Exchange | 21 days from receipt of the goods |');
        expect(en).toContain('| 热线 | 010-66668888 | 09:00–18:00 (daily) |');
        expect(en).toContain('within 5 days, to the original payment method');
    });

    it('is one self-contained, accessible HTML page in the chosen language', async () => {
        const a = await analyzeFile(SHOP);
        for (const lang of LANGS) {
            const html = render(a, 'html', lang);
            expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
            expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
            expect(html).toContain('<meta charset="utf-8">');
            expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
            expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
            expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|https?:\/\//i);
            expect(html).toMatch(/<th scope="col">/);
            expect(html).toMatch(/<th scope="row">/);
            expect(html).not.toMatch(/<th>/);
            expect(html).toMatch(/@page\{size:A4/);
            expect(html).toMatch(/@media print\{/);
            expect(html).toMatch(/@media screen and \(max-width:40rem\)/);
            expect(html).toContain('<h1>测试商店售后服务政策</h1>');
            // tel:/mailto: only for phone and e-mail channels whose contact is exactly a number or an address.
            expect(html).toContain('<a href="tel:01066668888">010-66668888</a>');
            expect(html).toContain('<a href="mailto:help@shop.example">help@shop.example</a>');
            expect(html).not.toContain('tel:106955550000');
            expect(htmlText(html)).toContain('1069 5555 0000');
        }
    });

    it('keeps the rendering deterministic', async () => {
        const a = await analyzeFile(SHOP);
        expect(render(a, 'html', 'zh')).toBe(render(a, 'html', 'zh'));
    });
});
