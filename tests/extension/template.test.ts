// The starter policy of `aspl init` and "New policy from template" passes its own check in every
// combination: no language error, no compliance problem, and the attestation stubs the company
// must still write are one placeholder warning.
import { say } from '../../server/src/i18n/message.js';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { isProblem } from '../../server/src/engine/findings.js';
import { PRODUCT_TYPES, fileNameFor, starterPolicy, starterWithStubs, type SalesChannel } from '../../server/src/starter/index.js';

const combos: Array<{ keywords: 'zh' | 'en'; product: (typeof PRODUCT_TYPES)[number]['id']; channels: SalesChannel[] }> = [];
for (const keywords of ['zh', 'en'] as const) {
    for (const p of PRODUCT_TYPES) combos.push({ keywords, product: p.id, channels: ['online', 'offline'] });
    combos.push({ keywords, product: 'cable', channels: ['contract'] });
    combos.push({ keywords, product: 'furniture', channels: ['offline'] });
}

describe('starter policy template', () => {
    const analyzer = new Analyzer({ lang: 'en' });
    it.each(combos)('$keywords $product $channels has no language errors', async (c) => {
        const text = starterPolicy({ company: '深圳市示例电器有限公司 "Demo"', effective: '2026-01-01', ...c });
        const a = await analyzer.analyzeText(text, `/tmp/aspl-template/${c.keywords}-${c.product}.aspl`);
        const errors = a.problems.filter((p) => p.severity === 'error');
        expect(errors.map((e) => `${e.line}: ${e.message}`)).toEqual([]);
        expect(a.model?.provider?.name?.value ?? JSON.stringify(a.model?.provider)).toContain('深圳市示例电器有限公司');
    });

    it.each(combos)('$keywords $product $channels passes its own check once the stubs are added', async (c) => {
        const options = { company: 'Demo Co', effective: '2026-01-01', ...c };
        const text = await starterWithStubs(options, analyzer);
        expect(text.startsWith(starterPolicy(options).slice(0, -2))).toBe(true);
        const a = await analyzer.analyzeText(text, `/tmp/aspl-template/stubbed-${c.keywords}-${c.product}.aspl`);
        // Only the starter's own placeholders (TODO provider details and contact) are findings: a notice must
        // never print them, so they stay errors until the company fills them in.
        const problems = a.evaluation!.findings.filter(isProblem);
        expect(problems.filter((f) => !/contains the placeholder 'TODO'/.test(say(f.message, 'en'))).map((f) => f.ruleId)).toEqual([]);
        const stubLines = text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => /^ {2}(attest|承诺) /.test(l));
        expect(stubLines.length).toBeGreaterThan(10);
        // exactly one finding for all stubs, on the first stub's text
        expect(a.problems.map((p) => `${p.range.start.line}:${p.severity}:${p.code}`)).toEqual([`${stubLines[0][1]}:warning:attest-placeholder`]);
        expect(a.problems[0].message).toContain(`${stubLines.length}`);
        // T/CGCC's statement-only clauses are stubbed only where T/CGCC applies (custom goods)
        expect(stubLines.some(([l]) => l.includes('T-CGCC-CUSTOM'))).toBe(c.product === 'furniture');
    });

    // With the company's own facts given (init's --license … options, the wizard's questions) nothing is a
    // placeholder any more: the check shows no problem at all except the one stub warning.
    const FACTS = { license: '91330106MA2H7Q3L54', scope: '家用电器的销售与售后服务', address: '浙江省杭州市西湖区文三路398号', phone: '400-828-6611', email: 'service@demo.example' };
    it.each(combos)('$keywords $product $channels with the company facts given has only the stub warning', async (c) => {
        const text = await starterWithStubs({ company: 'Demo Co', effective: '2026-01-01', facts: FACTS, ...c }, analyzer);
        expect(text).not.toMatch(/"TODO[:：](?: unified| registered| 400| service@| manufacture|统一|公司注册|400|service@)/);
        const a = await analyzer.analyzeText(text, `/tmp/aspl-template/facts-${c.keywords}-${c.product}-${c.channels.join('+')}.aspl`);
        expect(a.evaluation!.findings.filter(isProblem).map((f) => `${f.catalog} ${f.clause} ${f.status}`)).toEqual([]);
        expect(a.problems.map((p) => `${p.severity}:${p.code}`)).toEqual(['warning:attest-placeholder']);
        for (const v of Object.values(FACTS)) expect(text).toContain(v);
    });

    it('writes a TODO for each fact left out, and only for those', async () => {
        const text = await starterWithStubs({ company: 'Demo Co', effective: '2026-01-01', keywords: 'en', product: 'appliance', channels: ['online'], facts: { ...FACTS, license: '  ' } }, analyzer);
        const a = await analyzer.analyzeText(text, '/tmp/aspl-template/facts-missing-license.aspl');
        const problems = a.evaluation!.findings.filter(isProblem);
        expect(problems.map((f) => `${f.catalog} ${f.clause} ${f.status}`)).toEqual(['GBT-AS-GENERAL 5.3.1 violated']);
        expect(say(problems[0].message, 'en')).toMatch(/TODO: unified social credit code.*contains the placeholder 'TODO'/);
    });

    it('writes file names from company names', () => {
        expect(fileNameFor('深圳市优居智能电器科技有限公司')).toBe('深圳市优居智能电器科技.aspl');
        expect(fileNameFor('Acme Home Co., Ltd.')).toBe('acme-home-co-ltd.aspl');
        expect(fileNameFor('  ')).toBe('policy.aspl');
    });
});
