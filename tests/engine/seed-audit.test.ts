/**
 * The clause-by-clause audit of the catalogs against the seeds' full text (GB/T 总则 004, T/CGCC 002,
 * T/GXDSL 259 001): each check that was changed is shown meeting the clause and breaking it, with the
 * figures at their bounds (2 hours, 5 working days) in the units a policy may write them in; and the
 * T/CGCC score of a policy is compared with points added up by hand from table 1.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import type { Finding, Severity, Status } from '../../server/src/engine/findings.js';
import { scoreCatalog } from '../../server/src/engine/score.js';
import { apply, at, delBlock, deleteIn, del, delAll, replace, substitute, type Edit } from './mutate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = readFileSync(join(root, 'tests/fixtures/engine/compliant.aspl'), 'utf8');
const analyzer = new Analyzer({ lang: 'en', standards: ['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'T-GXDSL-259'] });
const HEAD = at('政策 艾克美定制家居');
const COMPLAINT = '服务 投诉 "投诉处理"';
const MEASURE = '服务 测量 "上门量尺与设计方案" 收费';
const MEASURE_FREE = '服务 测量 "上门量尺与设计方案" 免费';
const REPAIR_IN = '服务 维修 "保修期内维修"';
const REPAIR_OUT = '服务 维修 "保修期外维修"';
const NO_FEES = delAll(/^\s*费用 /);
const ALL_FREE = substitute(/ 收费( 保外)? \{/g, ' 免费 {');

async function analyze(text: string): Promise<PolicyAnalysis> {
    const r = await analyzer.analyzeText(text, '/virtual/audit.aspl');
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
    return r;
}
function finding(r: PolicyAnalysis, ruleId: string): Finding {
    const all = r.evaluation!.findings.filter((f) => f.ruleId === ruleId);
    expect(all, `one finding for ${ruleId}`).toHaveLength(1);
    return all[0];
}
const summary = (f: Finding) => ({ ruleId: f.ruleId, status: f.status, severity: f.severity, line: f.src.range.start.line + 1 });

type Case = [what: string, ruleId: string, edits: Edit[], status: Status, severity: Severity, line: (text: string) => number];
const CASES: Case[] = [
    // T/CGCC 8.3: log complaints, respond within 2 hours (inclusive), resolve within a reasonable time.
    ['120 minutes is 2 hours', 'T-CGCC-CUSTOM 8.3', [replace('响应 2小时内', '响应 120分钟内')], 'satisfied', 'info', at(COMPLAINT)],
    ['121 minutes is over 2 hours', 'T-CGCC-CUSTOM 8.3', [replace('响应 2小时内', '响应 121分钟内')], 'violated', 'error', at('响应 121分钟内')],
    ['1 working day is over 2 hours', 'T-CGCC-CUSTOM 8.3', [replace('响应 2小时内', '响应 1个工作日内')], 'violated', 'error', at('响应 1个工作日内')],
    ['no record of complaints', 'T-CGCC-CUSTOM 8.3', [deleteIn(COMPLAINT, '记录')], 'not-addressed', 'error', at(COMPLAINT)],
    ['no resolution time for complaints', 'T-CGCC-CUSTOM 8.3', [deleteIn(COMPLAINT, '解决')], 'not-addressed', 'error', at(COMPLAINT)],
    // T/CGCC 5.5: the fees there are are itemised with prices; free measurement and design needs no fee list.
    ['no fees, every service free', 'T-CGCC-CUSTOM 5.5', [ALL_FREE, NO_FEES], 'satisfied', 'info', at(MEASURE_FREE)],
    ['a paid measurement service and no fee listed', 'T-CGCC-CUSTOM 5.5', [NO_FEES], 'violated', 'error', at(MEASURE)],
    ['no fees and no measurement service', 'T-CGCC-CUSTOM 5.5', [ALL_FREE, NO_FEES, delBlock(MEASURE_FREE)], 'not-addressed', 'error', HEAD],
    // T/CGCC 7.2: every repair promise states its time.
    ['both repair services state a resolution time', 'T-CGCC-CUSTOM 7.2', [], 'satisfied', 'info', at(REPAIR_IN)],
    ['the out-of-warranty repair states none', 'T-CGCC-CUSTOM 7.2', [deleteIn(REPAIR_OUT, '解决')], 'not-addressed', 'error', at(REPAIR_OUT)],
    // GB/T 8.4.3: refund within 5 working days.
    ['5 working days', 'GBT-AS-GENERAL 8.4.3', [replace('退款 内 5天', '退款 内 5个工作日 原路退回')], 'satisfied', 'info', at('退款 内 5个工作日')],
    ['6 working days', 'GBT-AS-GENERAL 8.4.3', [replace('退款 内 5天', '退款 内 6个工作日 原路退回')], 'violated', 'error', at('退款 内 6个工作日')],
    ['7 calendar days may exceed 5 working days', 'GBT-AS-GENERAL 8.4.3', [replace('退款 内 5天', '退款 内 7天 原路退回')], 'violated', 'warning', at('退款 内 7天')],
    // GB/T 9.1.3: satisfaction is determined (an index or a written report); the report alone is "where possible".
    ['an index without a written report', 'GBT-AS-GENERAL 9.1.3', [del('书面报告')], 'satisfied', 'info', at('指数 ')],
    ['a written report without an index', 'GBT-AS-GENERAL 9.1.3', [del('指数 ')], 'satisfied', 'info', at('满意度 {')],
    ['neither an index nor a report', 'GBT-AS-GENERAL 9.1.3', [del('书面报告'), del('指数 ')], 'not-addressed', 'warning', at('满意度 {')],
    // T/GXDSL 259 四(八): spare parts stated as not kept is a breach at that statement.
    ['spare parts kept 10 years', 'T-GXDSL-259 T4.8', [], 'satisfied', 'info', at('保修 自')],
    ['spare parts not kept', 'T-GXDSL-259 T4.8', [replace('备件 保留', '备件 不提供')], 'violated', 'warning', at('备件 不提供')],
    ['spare parts not stated', 'T-GXDSL-259 T4.8', [del('备件 保留')], 'not-addressed', 'warning', at('保修 自')],
];

describe('audit against the seeds: changed checks, met and broken', () => {
    for (const [what, ruleId, edits, status, severity, line] of CASES) {
        it(`${ruleId}: ${what} → ${status} (${severity})`, async () => {
            const text = apply(BASE, edits);
            expect(summary(finding(await analyze(text), ruleId))).toEqual({ ruleId, status, severity, line: line(text) });
        });
    }
});

// ---------------------------------------------------------------- T/CGCC table 1, added up by hand

/** Table 1 as printed (clause 10): each row's points; 5.9 has no row, its 2 points are the section's remainder. */
const TABLE_1: Record<string, Record<string, number>> = {
    基础保障: { '4.1': 4, '4.2': 2, '4.3': 2, '4.4': 2, '4.5': 2, '4.6': 2, '4.7': 2 },
    前期服务: { '5.1': 2, '5.2': 2, '5.3': 1, '5.4': 2, '5.5': 3, '5.6': 3, '5.7': 2, '5.8': 2, '5.9': 19 - 17 },
    技术支持: { '6.1': 1, '6.2': 2, '6.3': 3, '6.4': 2, '6.5': 3, '6.6': 2, '6.7': 2 },
    维修服务: { '7.1': 2, '7.2': 2, '7.3': 2, '7.4': 2, '7.5': 2, '7.6': 3 },
    事件处理: { '8.1': 2, '8.2': 2, '8.3': 2, '8.4': 2, '8.5': 3, '8.6': 3, '8.7': 3, '8.8': 3 },
    服务提升: { '9.1': 2, '9.2': 3, '9.3': 2, '9.4': 3, '9.5': 3, '9.6': 4 },
};
/** The hand count: every row's points except the lost clauses'. */
function byHand(lost: string[]): { earned: number; sections: Record<string, number> } {
    const sections = Object.fromEntries(Object.entries(TABLE_1).map(([s, rows]) => [s, Object.entries(rows).filter(([id]) => !lost.includes(id)).reduce((n, [, p]) => n + p, 0)]));
    return { earned: Object.values(sections).reduce((n, p) => n + p, 0), sections };
}
async function scoreOf(text: string) {
    const r = await analyze(text);
    const s = scoreCatalog(r.model!, r.evaluation!.results.find((c) => c.catalog.id === 'T-CGCC-CUSTOM')!)!;
    return { earned: s.earned, sections: Object.fromEntries(s.sections.map((x) => [x.id, x.earned])), met: s.requirement?.met, pass: s.pass, lost: s.sections.flatMap((x) => x.clauses).filter((c) => c.earned === 0).map((c) => c.id) };
}

// 7.6 recall (3) · 8.7 emergency team (3) · the complaint record, which 5.1 (2) and 8.3 (2) both ask: 10 points.
const TEN_POINTS: Edit[] = [del('召回'), del('应急小组'), deleteIn(COMPLAINT, '记录')];
const UNCERTIFIED = replace('售后服务管理师 "周文静" 持证', '售后服务管理师 "周文静"');

describe('T/CGCC score against table 1 by hand (10.1, 10.2)', () => {
    it('the table itself: sections as printed in 10.1, 100 in all, 前期服务 rows 5.1–5.8 only 17', () => {
        expect(byHand([]).sections).toEqual({ 基础保障: 16, 前期服务: 19, 技术支持: 15, 维修服务: 13, 事件处理: 20, 服务提升: 17 });
        expect(byHand([]).earned).toBe(100);
        expect(byHand(['5.9']).sections['前期服务']).toBe(17);
    });

    it('exactly 90 points with a certified manager passes (达到 90 分 is inclusive)', async () => {
        const s = await scoreOf(apply(BASE, TEN_POINTS));
        expect(s.lost.sort()).toEqual(['5.1', '7.6', '8.3', '8.7']);
        expect(byHand(s.lost)).toEqual({ earned: 90, sections: { 基础保障: 16, 前期服务: 17, 技术支持: 15, 维修服务: 10, 事件处理: 15, 服务提升: 17 } });
        expect({ earned: s.earned, sections: s.sections }).toEqual(byHand(s.lost));
        expect([s.met, s.pass]).toEqual([true, true]);
    });

    it('89 points fails although the manager is certified', async () => {
        const s = await scoreOf(apply(BASE, [...TEN_POINTS, del('承诺 T-CGCC-CUSTOM 6.1 ')]));
        expect(s.lost.sort()).toEqual(['5.1', '6.1', '7.6', '8.3', '8.7']);
        expect({ earned: s.earned, sections: s.sections }).toEqual(byHand(s.lost));
        expect(s.earned).toBe(89);
        expect([s.met, s.pass]).toEqual([true, false]);
    });

    it('96 points without a certified manager fails: 4.1 is lost and the pass rule\'s second condition is not met', async () => {
        const s = await scoreOf(apply(BASE, [UNCERTIFIED]));
        expect(s.lost).toEqual(['4.1']);
        expect({ earned: s.earned, sections: s.sections }).toEqual(byHand(['4.1']));
        expect(s.earned).toBe(96);
        expect([s.met, s.pass]).toEqual([false, false]);
    });
});
