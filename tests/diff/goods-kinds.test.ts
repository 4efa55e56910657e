/**
 * Diff kinds of the goods fields: a car's 三包 period, its exchange-or-refund windows and mileages,
 * the use-charge coefficient, a category's condition and its disclosure, the cross-border risk
 * notice. The old side is a real fixture; the new side the same file with one edit. Each case
 * asserts the exact change: kind, class, old → new in both languages, the 1-based lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import { diffPolicies } from '../../server/src/diff/index.js';
import { changeSentence } from '../../server/src/faces/diff/words.js';
import { applyEdits as apply, changeLine as line } from './edits.js';

const FIXTURES = join(__dirname, '..', 'fixtures');
const BASES = {
    car: join(FIXTURES, 'sanbao', 'car.aspl'),
    used: join(FIXTURES, 'goods', 'used-phones.aspl'),
    cbec: join(FIXTURES, 'goods', 'cross-border.aspl'),
} as const;

type Row = [kind: string, cls: 'worse' | 'better' | 'neutral', en: string, zh: string, oldLine: number | null, newLine: number | null];
interface Case { base: keyof typeof BASES; edits: Array<[string, string]>; changes: Row[] }

const CASES: Record<string, Case> = {
    'sanbao-period-shortened': { base: 'car', edits: [['exchange-return-period 2 years', 'exchange-return-period 1 year']], changes: [
        ['sanbao-period-shortened', 'worse', '三包 period (car exchange or refund) shortened: 2 years → 1 year', '三包有效期缩短：2年 → 1年', 11, 11],
    ] },
    'sanbao-period mileage lowered': { base: 'car', edits: [['2 years or 50000 km', '2 years or 30000 km']], changes: [
        ['mileage-lowered', 'worse', 'mileage limit lowered (三包 period (car exchange or refund)): 50,000 km → 30,000 km', '里程上限降低（三包有效期）：50,000公里 → 30,000公里', 11, 11],
    ] },
    'sanbao-period removed': { base: 'car', edits: [['    exchange-return-period 2 years or 50000 km\n', '']], changes: [
        ['sanbao-period-removed', 'worse', '三包 period (car exchange or refund) removed: 2 years → (none)', '三包有效期取消：2年 → （无）', 11, null],
    ] },
    'car loaner after more days': { base: 'car', edits: [['car-loaner after 5 days', 'car-loaner after 7 days']], changes: [
        ['car-loaner-after-lengthened', 'worse', 'days one repair may take before a loaner car lengthened: 5 days → 7 days', '提供备用车前的单次修理天数延长：5天 → 7天', 12, 12],
    ] },
    'car loaner allowance dropped': { base: 'car', edits: [['5 days or-allowance', '5 days']], changes: [
        ['car-loaner-allowance-removed', 'better', 'loaner car no longer replaced by a transport allowance: yes → (none)', '不再以交通补偿代替备用车：是 → （无）', 12, null],
    ] },
    'car-return window shortened': { base: 'car', edits: [['car-return safety-failure 60 days', 'car-return safety-failure 30 days']], changes: [
        ['car-return-window-shortened', 'worse',
            'car exchange-or-refund window shortened (steering or braking failure, a cracked body, a fuel leak or a traction-battery fire): 60 days → 30 days',
            '换车退车期限缩短（转向或制动系统失效、车身开裂、燃油泄漏或动力蓄电池起火）：60天 → 30天', 17, 17],
    ] },
    'car-return mileage added': { base: 'car', edits: [['car-return powertrain 7 days', 'car-return powertrain 7 days or 1000 km']], changes: [
        ['mileage-limit-added', 'worse',
            'mileage limit added (whichever comes first) (the engine, gearbox, traction battery or drive motor must be replaced for a quality problem): (none) → 1,000 km',
            '新增里程上限（以先到者为准）（因质量问题需更换发动机、变速器、动力蓄电池或驱动电机）：（无） → 1,000公里', null, 16],
    ] },
    'car-return case removed': { base: 'car', edits: [['    car-return powertrain 7 days\n', '']], changes: [
        ['car-return-window-removed', 'worse',
            'car exchange-or-refund window removed (the engine, gearbox, traction battery or drive motor must be replaced for a quality problem): 7 days → (none)',
            '换车退车期限取消（因质量问题需更换发动机、变速器、动力蓄电池或驱动电机）：7天 → （无）', 16, null],
    ] },
    'main-part mileage raised': { base: 'car', edits: [['8 years or 15 万公里', '8 years or 20 万公里']], changes: [
        ['mileage-raised', 'better', 'mileage limit raised (traction battery): 150,000 km → 200,000 km', '里程上限提高（traction battery）：150,000公里 → 200,000公里', 8, 8],
    ] },
    'main-part period shortened': { base: 'car', edits: [['main-part "traction battery" 8 years', 'main-part "traction battery" 6 years']], changes: [
        ['warranty-period-shortened', 'worse', 'warranty period shortened (traction battery): 8 years → 6 years', '保修期缩短（traction battery）：8年 → 6年', 8, 8],
    ] },
    'usage-compensation raised': { base: 'car', edits: [['usage-compensation 0.5%', 'usage-compensation 0.8%']], changes: [
        ['usage-compensation-raised', 'worse', 'use-charge coefficient raised: 0.5% → 0.8%', '使用补偿系数提高：0.5% → 0.8%', 18, 18],
    ] },
    'usage-compensation lowered': { base: 'car', edits: [['usage-compensation 0.5%', 'usage-compensation 0.4%']], changes: [
        ['usage-compensation-lowered', 'better', 'use-charge coefficient lowered: 0.5% → 0.4%', '使用补偿系数降低：0.5% → 0.4%', 18, 18],
    ] },
    'car repair days raised': { base: 'car', edits: [['car-repair-limit 30 days', 'car-repair-limit 35 days']], changes: [
        ['car-repair-days-lengthened', 'worse', 'repair-days threshold for a car exchange or refund lengthened: 30 days → 35 days', '换车退车的累计修理天数门槛延长：30天 → 35天', 19, 19],
    ] },
    'car repeat repairs raised': { base: 'car', edits: [['or 4 times', 'or 5 times']], changes: [
        ['car-repeat-repairs-raised', 'worse', 'same-problem repair count for a car exchange or refund raised: 4 times → 5 times', '换车退车的同一问题修理次数门槛提高：4次 → 5次', 19, 19],
    ] },
    'car repeat repairs dropped': { base: 'car', edits: [[' or 4 times', '']], changes: [
        ['car-repeat-repairs-removed', 'worse', 'car exchange or refund after repeat repairs no longer stated: 4 times → (none)', '不再写明同一问题多次修理后换车退车：4次 → （无）', 19, null],
    ] },
    'condition disclosure dropped': { base: 'used', edits: [['成色 二手 售前告知', '成色 二手']], changes: [
        ['condition-disclosure-removed', 'worse', 'actual condition no longer told before the sale (二手手机): yes → (none)', '不再售前告知商品实际状况（二手手机）：是 → （无）', 8, null],
    ] },
    'condition changed': { base: 'used', edits: [['成色 翻新', '成色 二手']], changes: [
        ['goods-condition-changed', 'neutral', 'goods condition changed (官方翻新笔记本电脑): refurbished → second-hand', '商品成色变化（官方翻新笔记本电脑）：翻新 → 二手', 9, 9],
    ] },
    'risk notice dropped': { base: 'cbec', edits: [['consumers risk-notice\n    category "Imported skincare"', 'consumers\n    category "Imported skincare"']], changes: [
        ['risk-notice-removed', 'worse', 'cross-border risk notice no longer given (Imported infant formula): yes → (none)', '不再提供跨境购物风险告知书（Imported infant formula）：是 → （无）', 8, null],
    ] },
};


let analyzer: Analyzer;
const bases = {} as Record<keyof typeof BASES, { text: string; analysis: PolicyAnalysis }>;
beforeAll(async () => {
    analyzer = new Analyzer({ lang: 'en' });
    for (const [k, path] of Object.entries(BASES) as Array<[keyof typeof BASES, string]>) {
        const text = readFileSync(path, 'utf8');
        bases[k] = { text, analysis: await analyzer.analyzeText(text, path) };
        expect(bases[k].analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
});

describe('goods fields: one edit, one classified change', () => {
    test.each(Object.entries(CASES))('%s', async (_, c) => {
        const base = bases[c.base];
        const now = await analyzer.analyzeText(apply(base.text, c.edits), BASES[c.base].replace('fixtures', 'fixtures/new'));
        expect(now.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const d = diffPolicies(base.analysis, now, analyzer.registry);
        expect(d.changes.map((ch): Row => [ch.kind, ch.class, changeSentence(ch, 'en'), changeSentence(ch, 'zh'), line(ch, 'oldSrc'), line(ch, 'newSrc')])).toEqual(c.changes);
    });
});

test('an unchanged car policy, re-read, has no change', async () => {
    const now = await analyzer.analyzeText(bases.car.text, BASES.car.replace('fixtures', 'fixtures/new'));
    expect(diffPolicies(bases.car.analysis, now, analyzer.registry).changes).toEqual([]);
});
