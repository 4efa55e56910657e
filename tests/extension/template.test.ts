// The starter policies of "New policy from template" parse cleanly in every combination.
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { PRODUCT_TYPES, fileNameFor, starterPolicy, type SalesChannel } from '../../extension/src/template.js';

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

    it('writes file names from company names', () => {
        expect(fileNameFor('深圳市优居智能电器科技有限公司')).toBe('深圳市优居智能电器科技.aspl');
        expect(fileNameFor('Acme Home Co., Ltd.')).toBe('acme-home-co-ltd.aspl');
        expect(fileNameFor('  ')).toBe('policy.aspl');
    });
});
