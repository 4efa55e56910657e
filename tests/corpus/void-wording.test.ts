/**
 * The wording corpora: every sentence, read in its context, gets exactly its expected verdict —
 * a void sentence breaks the clause of its kind (status, severity, the statement's line, the kind
 * named in the message, the matched words underlined inside the string); a look-alike breaks no
 * wording clause of either catalog (consumer law's CPL-24/25/26, personal information's CPL-29).
 * Void wording: h14's own (`main`), and seven held-out sets written before the patterns they measured
 * were read (`holdout` … `holdout-7`); commercial messages: one held-out set (`consent-holdout`; the
 * in-sample sentences are in tests/engine/marketing-consent.test.ts). First-sight figures are in their
 * commits and in tests/corpus/README.md. Recall and false alarms per kind: `node tests/corpus/measure.mjs
 * <name>` (for `main` also `npm run bench`, bench/void-wording.bench.mjs).
 */
import { say } from '../../server/src/i18n/message.js';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import type { WordingKind } from '../../server/src/engine/checks/void-wording.js';
import type { Check } from '../../server/src/engine/catalog/types.js';
import { ALL_CORPORA, STATEMENT_LINE, WORDING_CLAUSES, WORDING_STANDARDS, kindsNamed, loadCorpus, policyFor } from './corpus.mjs';

const corpus = loadCorpus();
const corpora = Object.entries(ALL_CORPORA).map(([name, { file, standard }]) => ({ name, standard, corpus: name === 'main' ? corpus : loadCorpus(file) }));
const analyzer = new Analyzer({ lang: 'en', standards: WORDING_STANDARDS });

/** Every wording kind of the catalogs read: its clause (with its catalog) and its English label. */
function wordingKinds(): Map<string, { clause: string; label: string }> {
    const out = new Map<string, { clause: string; label: string }>();
    const walk = (clause: string, c: Check | undefined): void => {
        if (!c) return;
        if ('voidWording' in c) for (const k of c.voidWording.kinds as WordingKind[]) out.set(k.kind, { clause, label: k.label.en });
        if ('all' in c) c.all.forEach((x) => walk(clause, x));
        if ('any' in c) c.any.forEach((x) => walk(clause, x));
        if ('when' in c) { walk(clause, c.when.if); walk(clause, c.when.then); }
    };
    for (const id of WORDING_STANDARDS) for (const cl of analyzer.registry.get(id)!.clauses) walk(`${id} ${cl.id}`, cl.check);
    return out;
}
const KINDS = wordingKinds();
const LABELS = Object.fromEntries([...KINDS].map(([k, v]) => [k, v.label]));
/** The kinds of one catalog's clauses. */
const kindsOf = (standard: string) => new Set([...KINDS].filter(([, v]) => v.clause.startsWith(`${standard} `)).map(([k]) => k));

async function verdict(e: { s: string; ctx: string }, from = corpus) {
    const r = await analyzer.analyzeText(policyFor(from, e), '/virtual/corpus.aspl');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message), e.s).toEqual([]);
    return r.evaluation!.findings.filter((f) => WORDING_CLAUSES.includes(f.ruleId) && f.status === 'violated');
}

describe('the corpus', () => {
    it('is large enough and uses only known kinds and contexts', () => {
        expect(corpus.void.length).toBeGreaterThanOrEqual(150);
        expect(corpus.fine.length).toBeGreaterThanOrEqual(150);
        for (const e of [...corpus.void, ...corpus.fine]) expect(Object.keys(corpus.contexts), e.s).toContain(e.ctx);
        for (const e of corpus.void) expect([...KINDS.keys()], e.s).toContain(e.kind);
        expect(new Set(corpus.void.map((e) => e.kind))).toEqual(kindsOf('CN-CONSUMER-LAW'));
    });

    it('the held-out sets are large enough, use only known kinds, and cover every kind of their catalog', () => {
        const held = corpora.filter((c) => c.name !== 'main');
        expect(held.reduce((n, { corpus: c }) => n + c.void.length + c.fine.length, 0)).toBeGreaterThanOrEqual(300);
        for (const { corpus: c, standard } of held) {
            expect(c.contexts).toEqual(corpus.contexts);
            expect(new Set(c.void.map((e) => e.kind))).toEqual(kindsOf(standard));
            for (const e of c.fine) expect(Object.keys(c.contexts), e.s).toContain(e.ctx);
        }
    });

    it('every context alone breaks none of the wording clauses', async () => {
        for (const ctx of Object.keys(corpus.contexts)) expect(await verdict({ s: '售后服务说明。', ctx }), ctx).toEqual([]);
    });
});

for (const { name, corpus: from } of corpora) {
    describe(`${name}: void or unlawful in its context`, () => {
        for (const e of from.void) {
            it(`[${e.ctx}] ${e.s}`, async () => {
                const found = await verdict(e, from);
                const { clause } = KINDS.get(e.kind)!;
                const f = found.find((x) => x.ruleId === clause);
                expect(f, `${clause} violated; found ${found.map((x) => x.ruleId).join(', ') || 'nothing'}`).toBeDefined();
                expect(kindsNamed(f!, LABELS, say)).toContain(e.kind);
                expect(f!.severity).toBe('error');
                // The matched words, underlined inside the string on the statement's line.
                const { start, end } = f!.src.range;
                expect([start.line + 1, end.line + 1]).toEqual([STATEMENT_LINE, STATEMENT_LINE]);
                const underlined = e.s.slice(start.character - '  声明 "'.length, end.character - '  声明 "'.length);
                expect(underlined.length, underlined).toBeGreaterThan(0);
                expect(say(f!.message, 'en')).toContain(`'${underlined}'`);
            });
        }
    });

    describe(`${name}: lawful look-alikes`, () => {
        for (const e of from.fine) {
            it(`[${e.ctx}] ${e.s}`, async () => {
                expect((await verdict(e, from)).map((f) => `${f.ruleId}: ${say(f.message, 'en')}`)).toEqual([]);
            });
        }
    });
}

describe('every free text of a policy is read', () => {
    it('statements, return conditions and exemptions, fee labels, warranty texts, attest and waive texts', async () => {
        const text = [
            '政策 处处 "处处有字" {',
            '  产品 { 品类 "日用百货" 销售 线下 客户 消费者 }',
            '  费用 检测 "检测费（最终解释权归本店）" 20元',
            '  保修 自 签收 {',
            '    覆盖 "整机（一切后果概不负责）" 1年',
            '    易损件 "滤网，签收即视为质量合格"',
            '  }',
            '  退换货 {',
            '    退货 7天 自 签收',
            '    条件 "商品售出概不退换"',
            '    运费 质量问题 承担方 商家',
            '  }',
            '  承诺 CN-CONSUMER-LAW CPL-29 "本公司有权随时修改本条款，恕不另行通知"',
            '  豁免 GBT-AS-GENERAL 5.2.1 "顾客不得向媒体曝光"',
            '}',
        ].join('\n');
        const r = await analyzer.analyzeText(text, '/virtual/everywhere.aspl');
        const f = r.evaluation!.findings.find((x) => x.ruleId === 'CN-CONSUMER-LAW CPL-26')!;
        expect(f.status).toBe('violated');
        const lines = [f.src, ...f.related.map((x) => x.src)].map((s) => s.range.start.line + 1);
        expect(lines.sort((a, b) => a - b)).toEqual([3, 5, 6, 10, 13, 14]);
        expect(kindsNamed(f, LABELS, say).sort()).toEqual(['complaint-ban', 'deemed-acceptance', 'interpretation', 'liability-excluded', 'no-returns', 'unilateral-change']);
    });

    it('the same words are read in context: a refusal of the 7-day right is unlawful online only', async () => {
        const at = async (ctx: string) => (await verdict({ s: '非质量问题不退不换。', ctx })).map((f) => f.ruleId);
        expect(await at('online')).toEqual(['CN-CONSUMER-LAW CPL-25']);
        expect(await at('offline')).toEqual([]);
        expect(await at('custom')).toEqual([]);
        expect(await at('b2b')).toEqual([]);
    });
});
