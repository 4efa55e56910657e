// What the ASPL language-status item says: the T/CGCC score and verdict as its text, the standards
// in force as its detail, in the writer's language; no error or warning counts (VS Code shows those).
import { describe, expect, it } from 'vitest';
import { statusView } from '../../extension/src/status-text.js';
import type { ReportStandardSummary } from '../../server/src/faces/lsp/protocol.js';

const standards: ReportStandardSummary[] = [
    { id: 'GBT-AS-GENERAL', title: 'GB/T 27922', applicable: true },
    { id: 'T-CGCC-CUSTOM', title: 'T/CGCC', short: 'T/CGCC', applicable: true, score: { earned: 86, total: 100, minimum: 80, pass: true } },
    { id: 'CN-CONSUMER-LAW', title: '消费者权益保护法', applicable: true },
    { id: 'CN-SANBAO', title: '三包', applicable: false },
];

describe('language-status view', () => {
    it('the score with its verdict, and the standards in force (not the ones out of scope)', () => {
        expect(statusView(standards, false, 'zh')).toEqual({
            text: 'T/CGCC 86/100 通过', detail: '适用标准：GBT-AS-GENERAL、T-CGCC-CUSTOM、CN-CONSUMER-LAW', severity: 'info',
            label: 'T/CGCC 86/100 通过。适用标准：GBT-AS-GENERAL、T-CGCC-CUSTOM、CN-CONSUMER-LAW',
        });
        expect(statusView(standards, false, 'en')).toMatchObject({ text: 'T/CGCC 86/100 pass', detail: 'In force: GBT-AS-GENERAL, T-CGCC-CUSTOM, CN-CONSUMER-LAW' });
    });
    it('a failed score is a warning (VS Code then shows the item in the status bar)', () => {
        const failed = standards.map((s) => (s.score ? { ...s, score: { ...s.score, earned: 62, pass: false } } : s));
        expect(statusView(failed, false, 'zh')).toMatchObject({ text: 'T/CGCC 62/100 不通过', severity: 'warning' });
        expect(statusView(failed, false, 'en')).toMatchObject({ text: 'T/CGCC 62/100 fail', severity: 'warning' });
    });
    it('no scored standard: how many are in force, with the plural right', () => {
        const unscored = standards.filter((s) => !s.score);
        expect(statusView(unscored, false, 'zh').text).toBe('ASPL：适用 2 项标准');
        expect(statusView(unscored, false, 'en').text).toBe('ASPL: 2 standards in force');
        expect(statusView(unscored.slice(0, 1), false, 'en').text).toBe('ASPL: 1 standard in force');
        expect(statusView([], false, 'en')).toMatchObject({ text: 'ASPL: 0 standards in force', detail: 'No standard is in force.' });
    });
    it('while the policy does not parse: the last values, said to be of the last text that parsed; before the first check: checking', () => {
        expect(statusView(standards, true, 'zh').detail).toBe('适用标准：GBT-AS-GENERAL、T-CGCC-CUSTOM、CN-CONSUMER-LAW（上次可解析的版本）');
        expect(statusView(standards, true, 'en').detail).toBe('In force: GBT-AS-GENERAL, T-CGCC-CUSTOM, CN-CONSUMER-LAW (last text that parsed)');
        expect(statusView(undefined, false, 'zh')).toMatchObject({ text: 'ASPL：检查中…', detail: '' });
    });
    it('never repeats the problem counts', () => {
        for (const lang of ['zh', 'en'] as const) expect(JSON.stringify(statusView(standards, false, lang))).not.toMatch(/error|warning\b|错误|警告/);
    });
});
