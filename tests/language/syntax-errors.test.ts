/** A file with syntax errors reports positioned errors and still yields a model of what parsed; nothing throws. */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';

const broken = `policy Broken "半成品" {
  channel hotline phone "400-000-0000" hours 08:00-22:00 daily
  service complaint free {
    via hotline
    respond within 2 hours
    resolve within
  }
  fee visit "上门费" 50 CNY per visit disclosed-before-service
  returns { refund within 5 days
  渠道微信 online "服务号"
}
`;

describe('syntax errors', () => {
    for (const lang of ['en', 'zh'] as const) {
        it(`reports positioned errors and keeps the parsed parts (${lang})`, async () => {
            const a = await new Analyzer({ lang }).analyzeText(broken, '/virtual/broken.aspl');
            const errors = a.problems.filter((p) => p.severity === 'error');
            expect(errors.length).toBeGreaterThan(0);
            // the missing duration after `resolve within` is reported where the `}` stands
            expect(errors[0].range.start).toEqual({ line: 6, character: 2 });
            // the glued Chinese keyword gets its hint
            expect(errors.some((e) => e.range.start.line === 9 && (lang === 'en' ? /space after the keyword '渠道'/ : /关键字“渠道”后请加空格/).test(e.message))).toBe(true);
            expect(a.model?.channels.map((c) => c.name)).toEqual(['hotline']);
            expect(a.model?.services[0].respond?.minutes).toBe(120);
            expect(a.model?.fees.map((f) => f.amount?.fen)).toEqual([5000]);
            expect(a.evaluation).toBeDefined();
        });
    }

    it('survives truncation at every position without throwing', async () => {
        const analyzer = new Analyzer({ lang: 'en' });
        for (let i = 0; i < broken.length; i += 7) {
            const a = await analyzer.analyzeText(broken.slice(0, i), '/virtual/cut.aspl');
            expect(Array.isArray(a.problems)).toBe(true);
        }
    });
});
