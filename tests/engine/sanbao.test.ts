/**
 * CN-SANBAO: each regulation's checked clauses, satisfied on a compliant base and broken by one edit
 * (period too short, window too short, two-repairs rule refused …), with the exact status, severity and
 * line; a car policy with years-or-km periods; goods outside the 三包 rules are not bound.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import type { Severity, Status } from '../../server/src/engine/findings.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { apply, at, replace, type Edit } from './mutate.js';
import { say } from '../../server/src/i18n/message.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/sanbao', name), 'utf8');
const BASES = { phone: fixture('phone.aspl'), computer: fixture('computer.aspl'), car: fixture('car.aspl') };
const analyzer = new Analyzer({ lang: 'en', standards: ['CN-SANBAO'] });

async function analyze(text: string): Promise<PolicyAnalysis> {
    const r = await analyzer.analyzeText(text, '/virtual/sanbao.aspl');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    return r;
}
const find = (r: PolicyAnalysis, clause: string) => {
    const f = r.evaluation!.findings.filter((x) => x.ruleId === `CN-SANBAO ${clause}`);
    expect(f, clause).toHaveLength(1);
    return f[0];
};

type Row = [base: keyof typeof BASES, clause: string, edit: Edit[], status: Status, severity: Severity, line: (t: string) => number];

const ROWS: Row[] = [
    // 移动电话机 (2001)
    ['phone', 'PHONE-7', [replace('性能故障', '性能故障 退货 3天 换货 15天 自 签收')], 'violated', 'error', at('性能故障')],
    ['phone', 'PHONE-12', [replace('性能故障', '性能故障 退货 7天 换货 10天 自 签收')], 'violated', 'error', at('性能故障')],
    ['phone', 'PHONE-12', [replace('性能故障', '性能故障 退货 7天')], 'not-addressed', 'error', at('性能故障')],
    ['phone', 'PHONE-13', [replace('修理后仍故障', '修理后仍故障 2 次 不予退换')], 'violated', 'error', at('修理后仍故障')],
    ['phone', 'PHONE-13', [replace('修理后仍故障', '修理后仍故障 3 次 换货或退货')], 'violated', 'error', at('修理后仍故障')],
    ['phone', 'PHONE-period', [replace('覆盖 "主机"', '覆盖 "主机" 6个月')], 'violated', 'error', at('覆盖 "主机"')],
    ['phone', 'SB-counting', [replace('换货重新计算', '')], 'not-addressed', 'warning', at('保修 自')],
    // 微型计算机 (2002)
    ['computer', 'PC-7', [replace('性能故障', 'performance-fault return 5 days exchange 15 days')], 'violated', 'error', at('performance-fault')],
    ['computer', 'PC-15', [replace('性能故障', '性能故障 退货 7天 换货 7天')], 'violated', 'error', at('性能故障')],
    ['computer', 'PC-repairs', [replace('修理后仍故障', 'failed-repairs 2 refused')], 'violated', 'error', at('failed-repairs')],
    ['computer', 'PC-10', [replace('主要部件', '主要部件 "主板、CPU、硬盘、显示屏" 1年')], 'violated', 'error', at('主要部件')],
    ['computer', 'PC-10', [replace('覆盖 "整机"', '覆盖 "整机" 3个月')], 'violated', 'error', at('覆盖 "整机"')],
    // 部分商品三包规定 (1995): appliances, checked as should (the catalogue is narrower than the type)
    ['computer', 'SB95-9', [replace('性能故障', '性能故障 退货 3天 换货 15天')], 'violated', 'warning', at('性能故障')],
    ['computer', 'SB95-10', [replace('性能故障', '性能故障 退货 7天 换货 3天')], 'violated', 'warning', at('性能故障')],
    ['computer', 'SB95-11', [replace('修理后仍故障', '修理后仍故障 2 次 不予退换')], 'violated', 'warning', at('修理后仍故障')],
    ['computer', 'SB95-12', [replace('维修时限', '维修时限 45天')], 'violated', 'warning', at('维修时限')],
    ['computer', 'SB95-period', [replace('覆盖 "整机"', '覆盖 "整机" 6个月')], 'violated', 'warning', at('覆盖 "整机"')],
    // 家用视听 (2002)
    ['computer', 'AV-7', [replace('性能故障', '性能故障 换货 15天')], 'not-addressed', 'error', at('性能故障')],
    ['computer', 'AV-15', [replace('性能故障', '性能故障 退货 7天 换货 14天')], 'violated', 'error', at('性能故障')],
    ['computer', 'AV-repairs', [replace('修理后仍故障', '')], 'not-addressed', 'error', at('退换货 {')],
    ['computer', 'AV-period', [replace('覆盖 "整机"', '覆盖 "整机" 11个月')], 'violated', 'error', at('覆盖 "整机"')],
    ['computer', 'AV-main-parts', [replace('主要部件', '')], 'not-addressed', 'warning', at('保修 自')],
    // 家用汽车 (2021): years and km, whichever first
    ['car', 'CAR-18.repair', [replace('cover "whole vehicle"', 'cover "whole vehicle" 2 years or 60000 km')], 'violated', 'error', at('cover "whole vehicle"')],
    ['car', 'CAR-18.repair', [replace('cover "whole vehicle"', 'cover "whole vehicle" 3 years or 5 万公里')], 'violated', 'error', at('cover "whole vehicle"')],
    ['car', 'CAR-repairs', [replace('failed-repairs', 'failed-repairs 2 refused')], 'violated', 'warning', at('failed-repairs')],
    ['car', 'CAR-18.period', [], 'satisfied', 'info', at('exchange-return-period')],
    ['car', 'CAR-13', [], 'satisfied', 'info', at('cover "whole vehicle"')],
    ['car', 'CAR-22', [], 'satisfied', 'info', at('car-return powertrain')],
    ['car', 'CAR-23', [], 'satisfied', 'info', at('car-return safety-failure')],
    ['car', 'CAR-27', [], 'satisfied', 'info', at('usage-compensation')],
    ['car', 'CAR-18.period', [replace('exchange-return-period', 'exchange-return-period 1 year or 50000 km')], 'violated', 'error', at('exchange-return-period')],
    ['car', 'CAR-18.period', [replace('exchange-return-period', 'exchange-return-period 2 years or 4 万公里')], 'violated', 'error', at('exchange-return-period')],
    ['car', 'CAR-18.period', [replace('exchange-return-period', '')], 'not-addressed', 'error', at('warranty from')],
    ['car', 'CAR-13', [replace('usage-compensation', '')], 'not-addressed', 'warning', at('returns {')],
    ['car', 'CAR-13', [replace('exchange-return-period', '')], 'not-addressed', 'warning', at('warranty from')],
    ['car', 'CAR-22', [replace('car-return powertrain', 'car-return powertrain 5 days')], 'violated', 'error', at('car-return powertrain')],
    ['car', 'CAR-22', [replace('car-return powertrain', '')], 'not-addressed', 'error', at('returns {')],
    ['car', 'CAR-23', [replace('car-return safety-failure', 'car-return safety-failure 30 days or 3000 km')], 'violated', 'error', at('car-return safety-failure')],
    ['car', 'CAR-23', [replace('car-return safety-failure', 'car-return safety-failure 60 days or 2000 km')], 'violated', 'error', at('car-return safety-failure')],
    ['car', 'CAR-27', [replace('usage-compensation', 'usage-compensation 0.8%')], 'violated', 'error', at('usage-compensation')],
    // art. 21: a loaner car (or allowance) once one repair takes more than 5 days; silence leaves the rule's own right
    ['car', 'CAR-21', [], 'satisfied', 'info', at('car-loaner')],
    ['car', 'CAR-21', [replace('car-loaner', 'car-loaner after 7 days')], 'violated', 'error', at('car-loaner')],
    // 5 working days may run past 5 calendar days: flagged, a warning (may exceed)
    ['car', 'CAR-21', [replace('car-loaner', 'car-loaner after 5 working days')], 'violated', 'warning', at('car-loaner')],
    ['car', 'CAR-21', [replace('car-loaner', '')], 'not-applicable', 'info', at('policy')],
    // art. 24 (iv): more than 30 days of repairs in all, or more than 4 repairs of the same problem
    ['car', 'CAR-24.iv', [], 'satisfied', 'info', at('car-repair-limit')],
    ['car', 'CAR-24.iv', [replace('car-repair-limit', 'car-repair-limit 35 days or 4 times')], 'violated', 'error', at('car-repair-limit')],
    ['car', 'CAR-24.iv', [replace('car-repair-limit', 'car-repair-limit 30 days or 5 times')], 'violated', 'error', at('car-repair-limit')],
    // the count left out: not addressed, shown at the returns block it belongs in
    ['car', 'CAR-24.iv', [replace('car-repair-limit', 'car-repair-limit 30 days')], 'not-addressed', 'error', at('returns {')],
    ['car', 'CAR-24.iv', [replace('car-repair-limit', '')], 'not-addressed', 'error', at('returns {')],
];

describe('CN-SANBAO on compliant bases', () => {
    for (const [name, text] of Object.entries(BASES)) {
        it(`${name}: every applicable clause is satisfied`, async () => {
            const r = await analyze(text);
            const notOk = r.evaluation!.findings.filter((f) => f.status !== 'satisfied' && f.status !== 'not-applicable');
            expect(notOk.map((f) => `${f.ruleId} ${f.status}`)).toEqual([]);
        });
    }

    it('binds each regulation to its product types only', async () => {
        const statuses = async (text: string) => Object.fromEntries((await analyze(text)).evaluation!.findings.map((f) => [f.clause, f.status]));
        const phone = await statuses(BASES.phone);
        expect([phone['PHONE-7'], phone['PC-7'], phone['SB95-9'], phone['AV-7'], phone['CAR-18.repair']]).toEqual(['satisfied', 'not-applicable', 'not-applicable', 'not-applicable', 'not-applicable']);
        const car = await statuses(BASES.car);
        expect([car['CAR-18.repair'], car['CAR-repairs'], car['PHONE-7'], car['SB95-9']]).toEqual(['satisfied', 'satisfied', 'not-applicable', 'not-applicable']);
    });

    it('does not bind goods outside the 三包 rules (furniture)', async () => {
        const furniture = BASES.phone.replace('类型 手机', '类型 家具');
        const r = await analyze(furniture);
        const result = r.evaluation!.results.find((c) => c.catalog.id === 'CN-SANBAO')!;
        expect(result.applicable).toBe(false);
        expect(new Set(result.findings.map((f) => f.status))).toEqual(new Set(['not-applicable']));
    });

    it('reads years-or-km periods (km and 万公里) on whole units and main parts', async () => {
        const r = await analyze(BASES.car);
        const w = r.model!.warranty!;
        expect(w.covers.map((c) => [c.part.value, c.whole, c.period.amount, c.period.unit, c.mileage?.km])).toEqual([['whole vehicle', true, 3, 'year', 60000]]);
        expect(w.mainParts.map((c) => [c.part.value, c.period.amount, c.mileage?.km, c.mileage?.text])).toEqual([['traction battery', 8, 150000, '15 万公里']]);
        expect([!!w.repairTimeExcluded, !!w.exchangeRestarts]).toEqual([true, true]);
        expect(r.model!.returns!.failedRepairs).toMatchObject({ count: 2, remedy: 'exchange-or-refund' });
        const phone = (await analyze(BASES.phone)).model!.returns!.performanceFault!;
        expect([phone.return?.amount, phone.exchange?.amount, phone.start?.value]).toEqual([7, 15, 'receipt']);
    });

    it('the car rule\'s windows and coefficient read in both keyword languages (换车退车, 三包有效期, 使用补偿系数)', async () => {
        const zh = apply(BASES.car, [
            replace('exchange-return-period', '三包有效期 2年 或 5万公里'), replace('car-return powertrain', '换车退车 动力总成 7天'),
            replace('car-return safety-failure', '换车退车 安全失效 60天 或 3000公里'), replace('usage-compensation', '使用补偿系数 0.5%'),
            replace('car-repair-limit', '累计修理换车退车 30日 或 4 次'), replace('car-loaner', '备用车 修理超过 5日'),
        ]);
        const r = await analyze(zh);
        expect([r.model!.warranty!.sanbaoPeriod?.period.amount, r.model!.warranty!.sanbaoPeriod?.mileage?.km]).toEqual([2, 50000]);
        expect(r.model!.returns!.carReturns.map((c) => [c.case.value, c.period.amount, c.period.unit, c.mileage?.km])).toEqual([['powertrain', 7, 'day', undefined], ['safety-failure', 60, 'day', 3000]]);
        expect(r.model!.returns!.usageCompensation?.value).toBe(0.5);
        expect([r.model!.returns!.carRepairLimit?.days.amount, r.model!.returns!.carRepairLimit?.days.unit, r.model!.returns!.carRepairLimit?.repeats?.value]).toEqual([30, 'day', 4]);
        expect(r.model!.warranty!.carLoaner).toMatchObject({ after: { amount: 5, unit: 'day' }, allowance: false });
        for (const c of ['CAR-18.period', 'CAR-13', 'CAR-22', 'CAR-23', 'CAR-27', 'CAR-24.iv', 'CAR-21']) expect(find(r, c).status, c).toBe('satisfied');
    });

    it('CAR-24.iv says what the policy states against the rule\'s thresholds, in both languages', async () => {
        const days = find(await analyze(apply(BASES.car, [replace('car-repair-limit', 'car-repair-limit 35 days or 4 times')])), 'CAR-24.iv');
        expect([say(days.message, 'en'), say(days.message, 'zh')]).toEqual([
            'The repair-days threshold for a car exchange or refund is 35 days, longer than the required 30 days', '换车退车的累计修理天数门槛为35天，超过要求的30天']);
        const repeats = find(await analyze(apply(BASES.car, [replace('car-repair-limit', 'car-repair-limit 30 days or 5 times')])), 'CAR-24.iv');
        expect([say(repeats.message, 'en'), say(repeats.message, 'zh')]).toEqual([
            'The same-problem repair count for a car exchange or refund is 5, above the cap of 4', '换车退车的同一问题修理次数门槛为5，高于规定的上限4']);
    });

    it('the use-charge coefficient is not asked for by CAR-27 (CAR-13 asks for it): without one CAR-27 is not applicable', async () => {
        const r = await analyze(apply(BASES.car, [replace('usage-compensation', '')]));
        expect(find(r, 'CAR-27').status).toBe('not-applicable');
    });

    it('second-hand and refurbished goods are not checked against the 三包 rules, and the finding says why', async () => {
        for (const [word, en] of [['used', 'used'], ['refurbished', 'refurbished']] as const) {
            const car = await analyze(BASES.car.replace('kind car', `kind car condition ${word}`));
            for (const c of ['CAR-18.repair', 'CAR-18.period', 'CAR-22', 'CAR-23', 'CAR-27', 'CAR-24.iv', 'CAR-21', 'CAR-repairs']) expect(find(car, c).status, `${word} ${c}`).toBe('not-applicable');
            expect(say(find(car, 'CAR-22').message, 'en')).toContain(`'Passenger cars' is sold ${en}: the 三包 rules read are written for goods sold new`);
            const phone = await analyze(BASES.phone.replace('类型 手机', `类型 手机 成色 ${word === 'used' ? '二手' : '翻新'}`));
            expect(find(phone, 'PHONE-period').status, word).toBe('not-applicable');
            expect(say(find(phone, 'PHONE-7').message, 'zh')).toContain(`商品：所读到的三包规定都为新售商品而设`);
        }
        // Stated new, or not stated, is checked as new; one new phone beside a used one keeps the rule for the new one.
        const stated = await analyze(BASES.phone.replace('类型 手机', '类型 手机 成色 全新'));
        expect(find(stated, 'PHONE-7').status).toBe('satisfied');
    });

    it('a period with no mileage is unlimited: it meets the km minimum', async () => {
        const r = await analyze(apply(BASES.car, [replace('cover "whole vehicle"', 'cover "whole vehicle" 3 years')]));
        expect(find(r, 'CAR-18.repair').status).toBe('satisfied');
    });
});

describe('CN-SANBAO broken by one edit', () => {
    for (const [base, clause, edit, status, severity, line] of ROWS) {
        it(`${base} ${clause}: ${status} (${severity})`, async () => {
            const text = apply(BASES[base], edit);
            const f = find(await analyze(text), clause);
            expect({ status: f.status, severity: f.severity, line: f.src.range.start.line + 1 }).toEqual({ status, severity, line: line(text) });
        });
    }
});

describe('the 三包 constructs through the formatter and the notice', () => {
    it('format idempotently in both keyword languages, keeping the comments', async () => {
        for (const text of Object.values(BASES)) {
            for (const keywordLanguage of ['en', 'zh'] as const) {
                const once = await formatPolicyText(text, { keywordLanguage });
                if (!once.ok) throw new Error(JSON.stringify(once.problems));
                const twice = await formatPolicyText(once.text, { keywordLanguage });
                expect(twice).toEqual(once);
                expect(once.text).toContain('// 测试夹具');
                // Same model after a round trip through the other keyword language.
                const a = (await analyze(text)).model!;
                const b = (await analyze(once.text)).model!;
                expect([b.warranty?.covers.map((c) => [c.part.value, c.period.text, c.mileage?.km]), b.returns?.failedRepairs?.remedy, b.returns?.performanceFault?.exchange?.amount])
                    .toEqual([a.warranty?.covers.map((c) => [c.part.value, c.period.text, c.mileage?.km]), a.returns?.failedRepairs?.remedy, a.returns?.performanceFault?.exchange?.amount]);
            }
        }
        const car = await formatPolicyText(BASES.car, { keywordLanguage: 'zh' });
        expect(car.ok && car.text).toContain('覆盖 "whole vehicle" 3 years 或 60000 km');
    });

    it('the notice states the periods, mileage, counting rules and remedies', async () => {
        const car = renderNotice(await analyze(BASES.car), { format: 'md', lang: 'zh' });
        expect(car.ok && car.text).toContain('3年或60,000公里，以先到者为准');
        expect(car.ok && car.text).toContain('主要部件：traction battery');
        expect(car.ok && car.text).toContain('维修占用的时间不计入保修期。');
        expect(car.ok && car.text).toContain('保修期内经2次修理仍不能正常使用的，可换货或退货。');
        expect(car.ok && car.text).toContain('- **三包有效期（可换车、退车的期限）**：2年或50,000公里，以先到者为准');
        expect(car.ok && car.text).toContain('| 多次修理后换车或退车 | 三包有效期内因质量问题累计修理超过30天，或同一质量问题累计修理超过4次 |');
        expect(car.ok && car.text).toContain('- **修理期间的备用车**：一次修理超过5天的，提供备用车或支付合理的交通费用补偿');
        const en = renderNotice(await analyze(BASES.car), { format: 'md', lang: 'en' });
        expect(en.ok && en.text).toContain('- **Loaner car during repairs**: a loaner car, or a reasonable transport allowance, when one repair takes more than 5 days');
        expect(en.ok && en.text).toContain('| Car exchange or refund after repeated repairs | repairs for quality problems lasting more than 30 days in all within the 三包 period, or more than 4 repairs of the same quality problem |');
        expect(car.ok && car.text).toContain('| 换车或退车：因质量问题需更换发动机、变速器、动力蓄电池或驱动电机 | 7天 |');
        expect(car.ok && car.text).toContain('| 换车或退车：转向或制动系统失效、车身开裂、燃油泄漏或动力蓄电池起火 | 60天或3,000公里，以先到者为准 |');
        expect(car.ok && car.text).toContain('- **使用补偿系数**：0.5%（换车或退车时，按 车价款 × 行驶里程 ÷ 1000 公里 × 0.5% 支付使用补偿费）');
        expect(en.ok && en.text).toContain('- **三包 period (when a car may be exchanged or returned)**: 2 years or 50,000 km, whichever comes first');
        expect(en.ok && en.text).toContain('Car exchange or refund: steering or braking failure, a cracked body, a fuel leak or a traction-battery fire');
        expect(en.ok && en.text).toContain('- **Use-charge coefficient**: 0.5% (on an exchange or refund of the car you pay price × km driven ÷ 1,000 km × 0.5% for its use)');
        const phone = renderNotice(await analyze(BASES.phone), { format: 'md', lang: 'en' });
        expect(phone.ok && phone.text).toContain('Exchange for a performance fault');
        expect(phone.ok && phone.text).toContain('After an exchange, the warranty period starts again from the exchange.');
        const refused = renderNotice(await analyze(apply(BASES.phone, [replace('修理后仍故障', '修理后仍故障 2 次 不予退换')])), { format: 'md', lang: 'zh', draft: true });
        expect(refused.ok && refused.text).toContain('不予换货或退货');
    });
});
