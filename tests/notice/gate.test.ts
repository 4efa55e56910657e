/** Publication gate: compliance errors refuse a notice unless it is a draft, and the draft says why. */
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../server/src/engine/evaluate.js';
import type { Finding } from '../../server/src/engine/findings.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { analyzeFile, htmlText, markdownText, SHOP } from './helpers.js';

function finding(over: Partial<Finding>): Finding {
    const src = { uri: 'file:///x.aspl', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    return {
        catalog: 'CAT', clause: '1.1', ruleId: 'CAT 1.1', status: 'violated', level: 'shall', severity: 'error',
        message: { zh: '退款时限超过规定 <b>', en: 'refund deadline too long <b>' }, src, evidence: [], related: [], ...over,
    };
}

async function withFindings(findings: Finding[]) {
    const a = await analyzeFile(SHOP);
    const evaluation: Evaluation = { model: a.model!, results: [], findings, unknownCatalogs: [] };
    return { model: a.model, evaluation };
}

const ERRORS = [
    finding({}),
    finding({ ruleId: 'CAT 2.1', clause: '2.1', status: 'not-addressed', message: { zh: '未写明投诉解决时限', en: 'no complaint resolution time' } }),
];
const HARMLESS = [
    finding({ ruleId: 'CAT 3', severity: 'warning', message: { zh: '仅警告甲', en: 'harmless-warning-a' } }),
    finding({ ruleId: 'CAT 4', severity: 'off', message: { zh: '已关闭乙', en: 'harmless-off-b' } }),
    finding({ ruleId: 'CAT 5', status: 'satisfied', severity: 'info', message: { zh: '已满足丙', en: 'harmless-met-c' } }),
    finding({ ruleId: 'CAT 6', status: 'attested', severity: 'info', message: { zh: '已声明丁', en: 'harmless-attested-d' } }),
];

describe('notice publication gate', () => {
    it('refuses a policy with compliance errors, saying why in both languages', async () => {
        const a = await withFindings([...ERRORS, ...HARMLESS]);
        for (const format of ['md', 'html'] as const) {
            const r = renderNotice(a, { format, lang: 'zh' });
            expect(r.ok).toBe(false);
            if (r.ok) return;
            expect(r.reason.zh).toContain('2 项合规错误');
            expect(r.reason.zh).toContain('CAT 1.1');
            expect(r.reason.zh).toContain('--draft');
            expect(r.reason.en).toContain('2 compliance errors');
            expect(r.reason.en).toContain('CAT 2.1');
            expect(r.reason.en).not.toContain('CAT 3');
        }
    });

    it('renders a draft with a visible banner listing every open error in the chosen language', async () => {
        const a = await withFindings([...ERRORS, ...HARMLESS]);
        for (const lang of ['zh', 'en'] as const) {
            const md = renderNotice(a, { format: 'md', lang, draft: true });
            const html = renderNotice(a, { format: 'html', lang, draft: true });
            expect(md.ok && html.ok).toBe(true);
            if (!md.ok || !html.ok) return;
            for (const text of [markdownText(md.text), htmlText(html.text)]) {
                expect(text).toMatch(/草稿 \/ DRAFT|DRAFT \/ 草稿/);
                expect(text).toContain('CAT 1.1');
                expect(text).toContain('CAT 2.1');
                expect(text).toContain(ERRORS[0].message[lang]);
                expect(text).toContain(ERRORS[1].message[lang]);
                expect(text).not.toContain(ERRORS[0].message[lang === 'zh' ? 'en' : 'zh']);
                for (const h of HARMLESS) expect(text).not.toContain(h.message[lang]);
            }
            expect(html.text).toContain('class="draft"');
            expect(html.text).toContain('&lt;b&gt;');
            // The banner comes before the notice's first section.
            expect(html.text.indexOf('class="draft"')).toBeLessThan(html.text.indexOf('<main>'));
        }
    });

    it('publishes a policy without errors, and without a banner even when a draft is asked for', async () => {
        const a = await withFindings(HARMLESS);
        for (const draft of [false, true]) {
            const r = renderNotice(a, { format: 'html', lang: 'zh', draft });
            expect(r.ok).toBe(true);
            if (r.ok) expect(r.text).not.toContain('DRAFT');
        }
    });

    it('refuses a policy that was never evaluated, unless as a draft', async () => {
        const a = await analyzeFile(SHOP);
        const r = renderNotice({ model: a.model }, { format: 'md', lang: 'en' });
        expect(r.ok).toBe(false);
        const d = renderNotice({ model: a.model }, { format: 'md', lang: 'en', draft: true });
        expect(d.ok && d.text.includes('DRAFT')).toBe(true);
    });

    it('refuses when there is no model at all', () => {
        const r = renderNotice({}, { format: 'html', lang: 'zh', draft: true });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason.zh).toContain('语法错误');
    });

    it('gates on the real engine: a faulty sample is refused, a draft lists its findings', async () => {
        const a = await analyzeFile(SHOP);
        const errors = a.evaluation!.findings.filter((f) => (f.status === 'violated' || f.status === 'not-addressed') && f.severity === 'error');
        const r = renderNotice(a, { format: 'md', lang: 'zh' });
        expect(r.ok).toBe(errors.length === 0);
        const d = renderNotice(a, { format: 'md', lang: 'zh', draft: true });
        expect(d.ok).toBe(true);
        if (d.ok) for (const f of errors) expect(markdownText(d.text)).toContain(f.ruleId);
    });
});

describe('placeholder wording never reaches customers', () => {
    it('a policy with no compliance errors but a TODO text is refused, and its draft lists the placeholder', async () => {
        const a = await withFindings(HARMLESS);
        a.model!.texts.push({ value: '上门服务范围：TODO', src: a.model!.head });
        const refused = renderNotice(a, { format: 'md', lang: 'en' });
        expect(refused.ok).toBe(false);
        if (refused.ok) return;
        expect(refused.reason.en).toBe('The policy has 1 compliance error (aspl/placeholder); no notice was produced. Fix them first, or produce a draft (--draft), which is marked DRAFT and lists them.');
        const draft = renderNotice(a, { format: 'md', lang: 'zh', draft: true });
        expect(draft.ok).toBe(true);
        if (!draft.ok) return;
        expect(markdownText(draft.text)).toContain('“上门服务范围：TODO”含占位文字“TODO”，须改为实际内容');
    });
});
