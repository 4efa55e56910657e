/**
 * What kind of goods a policy sells, as the law tells them apart: second-hand and refurbished goods
 * (消费者权益保护法 art. 23; not bound by the 三包 rules as read; still returnable without reason) and
 * cross-border retail imports (a distance sale; the risk notice of 商财发〔2018〕486号). Each fixture is
 * checked satisfied, then broken by one edit, with the exact clause, status, severity and line; the
 * words round-trip through the formatter and reach the customer notice in both languages.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import type { Severity, Status } from '../../server/src/engine/findings.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import { say } from '../../server/src/i18n/message.js';
import { apply, at, replace, type Edit } from './mutate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/goods', name), 'utf8');
const BASES = { used: fixture('used-phones.aspl'), crossBorder: fixture('cross-border.aspl') };
const analyzer = new Analyzer({ lang: 'en', standards: ['CN-CONSUMER-LAW', 'CN-SANBAO'] });

async function analyze(text: string): Promise<PolicyAnalysis> {
    const r = await analyzer.analyzeText(text, '/virtual/goods.aspl');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    return r;
}
const find = (r: PolicyAnalysis, ruleId: string) => {
    const f = r.evaluation!.findings.filter((x) => x.ruleId === ruleId);
    expect(f, ruleId).toHaveLength(1);
    return f[0];
};
const summary = (f: ReturnType<typeof find>) => ({ status: f.status, severity: f.severity, line: f.src.range.start.line + 1 });

type Row = [base: keyof typeof BASES, ruleId: string, edit: Edit[], status: Status, severity: Severity, line: (t: string) => number];

const ROWS: Row[] = [
    // art. 23: a second-hand or refurbished category says its condition, defects included, is told before the sale
    ['used', 'CN-CONSUMER-LAW CPL-23', [], 'satisfied', 'info', at('品类 "二手手机"')],
    ['used', 'CN-CONSUMER-LAW CPL-23', [replace('品类 "二手手机"', '品类 "二手手机" 类型 手机 成色 二手 销售 线上 客户 消费者')], 'not-addressed', 'warning', at('品类 "二手手机"')],
    ['used', 'CN-CONSUMER-LAW CPL-23', [replace('品类 "官方翻新', '品类 "官方翻新笔记本电脑" 类型 电脑 成色 翻新 销售 线上 客户 消费者')], 'not-addressed', 'warning', at('品类 "官方翻新')],
    // used goods are no statutory exemption: refusing the no-reason return is refusing the right (art. 25; measures arts. 6–7)
    ['used', 'CN-CONSUMER-LAW CPL-25', [], 'satisfied', 'info', at('无理由 7天')],
    ['used', 'CN-CONSUMER-LAW CPL-25', [replace('无理由 7天', '无理由 不提供')], 'violated', 'error', at('无理由 不提供')],
    ['used', 'CN-CONSUMER-LAW CPL-25', [replace('无理由 7天', '无理由 3天 自 签收')], 'violated', 'error', at('无理由 3天')],
    // the cross-border risk notice
    ['crossBorder', 'CN-CONSUMER-LAW CBEC-486', [], 'satisfied', 'info', at('category "Imported infant formula"')],
    ['crossBorder', 'CN-CONSUMER-LAW CBEC-486', [replace('category "Imported skincare"', 'category "Imported skincare" sold cross-border buyers consumers')], 'not-addressed', 'warning', at('category "Imported skincare"')],
    // a cross-border retail import is a distance sale: the 7-day no-reason return and the distance seller's disclosures apply
    ['crossBorder', 'CN-CONSUMER-LAW CPL-25', [], 'satisfied', 'info', at('no-reason 7 days')],
    ['crossBorder', 'CN-CONSUMER-LAW CPL-25', [replace('no-reason 7 days', 'no-reason none')], 'violated', 'error', at('no-reason none')],
    ['crossBorder', 'CN-CONSUMER-LAW CPL-28', [replace('address "Room 1201', 'address "TBD"')], 'violated', 'error', at('address "TBD"')],
];

describe('goods kinds: one edit per clause', () => {
    for (const [base, ruleId, edit, status, severity, line] of ROWS) {
        it(`${base} ${ruleId}: ${status} (${severity})${edit.length ? '' : ' on the base'}`, async () => {
            const text = apply(BASES[base], edit);
            expect(summary(find(await analyze(text), ruleId))).toEqual({ status, severity, line: line(text) });
        });
    }
});

describe('what each kind changes', () => {
    it('CPL-23 names the category that does not say it, in both languages', async () => {
        const text = apply(BASES.used, [replace('品类 "二手手机"', '品类 "二手手机" 类型 手机 成色 二手 销售 线上 客户 消费者')]);
        const f = find(await analyze(text), 'CN-CONSUMER-LAW CPL-23');
        expect(say(f.message, 'en')).toBe("'二手手机' does not state the disclosure of the actual condition, defects included, before the sale");
        expect(say(f.message, 'zh')).toBe('“二手手机”未写明售前告知商品实际状况（含瑕疵）');
    });

    it('new goods, or goods that state no condition, are not asked for the disclosure', async () => {
        const text = apply(BASES.used, [
            replace('品类 "二手手机"', '品类 "二手手机" 类型 手机 成色 全新 销售 线上 客户 消费者'),
            replace('品类 "官方翻新', '品类 "官方翻新笔记本电脑" 类型 电脑 销售 线上 客户 消费者'),
        ]);
        expect(find(await analyze(text), 'CN-CONSUMER-LAW CPL-23').status).toBe('not-applicable');
    });

    it('second-hand phones and refurbished computers are not checked against the 三包 rules; stated new, they are', async () => {
        const r = await analyze(BASES.used);
        const sanbao = r.evaluation!.results.find((c) => c.catalog.id === 'CN-SANBAO')!;
        expect(sanbao.applicable).toBe(false);
        expect(say(find(r, 'CN-SANBAO PHONE-7').message, 'en')).toContain("'二手手机' is sold used: the 三包 rules read are written for goods sold new");
        const renewed = apply(BASES.used, [replace('品类 "二手手机"', '品类 "二手手机" 类型 手机 成色 全新 售前告知 销售 线上 客户 消费者')]);
        expect(summary(find(await analyze(renewed), 'CN-SANBAO PHONE-7'))).toEqual({ status: 'not-addressed', severity: 'error', line: at('退换货 {')(renewed) });
    });

    it('a disclosed defect exempts the goods only when the buyer confirms it at purchase (measures art. 7(iii))', async () => {
        const text = apply(BASES.used, [
            replace('品类 "二手手机"', '品类 "二手手机" 类型 手机 成色 二手 售前告知 销售 线上 客户 消费者 除外 "销售时已明示瑕疵的二手手机" 购买时确认'),
            replace('品类 "官方翻新', '品类 "官方翻新笔记本电脑" 类型 电脑 成色 翻新 售前告知 销售 线上 客户 消费者 除外 "销售时已明示瑕疵的翻新电脑" 购买时确认'),
            replace('无理由 7天', '无理由 不提供'),
        ]);
        const f = find(await analyze(text), 'CN-CONSUMER-LAW CPL-25');
        expect(f.status).toBe('not-applicable');
        expect(say(f.message, 'en')).toContain('goods the consumer confirmed at purchase as not returnable');
    });

    it('cross-border goods sold with no online channel are still a distance sale (CPL-28 applies)', async () => {
        const r = await analyze(BASES.crossBorder);
        expect(find(r, 'CN-CONSUMER-LAW CPL-28').status).toBe('satisfied');
        expect(r.model!.products!.categories.map((c) => [c.sales.map((s) => s.value), !!c.riskNotice])).toEqual([[['cross-border'], true], [['cross-border'], true]]);
    });
});

describe('the goods words through the formatter and the notice', () => {
    it('format idempotently in both keyword languages and keep the model', async () => {
        for (const text of Object.values(BASES)) {
            const before = (await analyze(text)).model!.products!.categories;
            for (const keywordLanguage of ['en', 'zh'] as const) {
                const once = await formatPolicyText(text, { keywordLanguage });
                if (!once.ok) throw new Error(JSON.stringify(once.problems));
                expect(await formatPolicyText(once.text, { keywordLanguage })).toEqual(once);
                const after = (await analyze(once.text)).model!.products!.categories;
                const facts = (cs: typeof before) => cs.map((c) => [c.name.value, c.condition?.value, !!c.conditionDisclosed, !!c.riskNotice, c.sales.map((s) => s.value)]);
                expect(facts(after)).toEqual(facts(before));
            }
        }
    });

    it('the notice tells the customer the condition, its disclosure, the cross-border origin and the risk notice (zh and en)', async () => {
        const used = await analyze(BASES.used);
        const zh = renderNotice(used, { format: 'md', lang: 'zh', draft: true });
        expect(zh.ok && zh.text).toContain('- 二手手机（二手；售前如实告知商品实际状况（含瑕疵））');
        expect(zh.ok && zh.text).toContain('- 官方翻新笔记本电脑（翻新；售前如实告知商品实际状况（含瑕疵））');
        const en = renderNotice(used, { format: 'md', lang: 'en', draft: true });
        expect(en.ok && en.text).toContain('- 二手手机 (second-hand; its actual condition, defects included, told to you before the sale)');
        const cb = await analyze(BASES.crossBorder);
        const cbEn = renderNotice(cb, { format: 'md', lang: 'en', draft: true });
        expect(cbEn.ok && cbEn.text).toContain('- Imported infant formula (cross-border retail import; a risk notice you confirm before ordering)');
        const cbZh = renderNotice(cb, { format: 'md', lang: 'zh', draft: true });
        expect(cbZh.ok && cbZh.text).toContain('- Imported infant formula（跨境电商零售进口；下单前提供风险告知书，经您确认）');
    });
});
