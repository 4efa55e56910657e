/**
 * What real policies say and the language could not: refusals, unpriced fees and ranges, arrival and
 * regional times, vague frequencies, the quarter unit, days-first hours and mobile payment. One fixture
 * per construct (tests/fixtures/constructs): it parses cleanly, its model is read field by field, it
 * formats to itself, its notice states it, and at least one verdict depends on it.
 */
import { say } from '../../server/src/i18n/message.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { renderReport } from '../../server/src/faces/report/index.js';
import type { Src } from '../../server/src/model/types.js';

const dir = join(__dirname, '../fixtures/constructs');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.aspl')).sort();
const analyzer = new Analyzer({ lang: 'en' });

const at = (s: Src | undefined) => (s ? `${s.range.start.line + 1}:${s.range.start.character + 1}` : undefined);
const load = async (name: string): Promise<PolicyAnalysis> => analyzer.analyzeFile(join(dir, `${name}.aspl`));
const text = (name: string) => readFileSync(join(dir, `${name}.aspl`), 'utf8');

function finding(a: PolicyAnalysis, catalog: string, clause: string) {
    const f = a.evaluation!.findings.find((x) => x.catalog === catalog && x.clause === clause);
    if (!f) throw new Error(`no finding ${catalog} ${clause}`);
    // Messages lead with the finding (capitalised); the fixtures state details as clauses.
    const uncap = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
    const problem = f.status === 'violated' || f.status === 'not-addressed';
    return { status: f.status, severity: f.severity, at: at(f.src), detail: problem ? uncap(say(f.message, 'en')) : undefined, caveat: f.caveat && uncap(say(f.caveat, 'en')), caveatZh: (f.caveat && say(f.caveat, 'zh')) };
}

/** The notice's markdown lines (draft banner dropped), for one language. */
function notice(a: PolicyAnalysis, lang: 'zh' | 'en'): string[] {
    const r = renderNotice(a, { format: 'md', lang, draft: true });
    if (!r.ok) throw new Error(r.reason.en);
    return r.text.split('\n').filter((l) => l && !l.startsWith('>'));
}

describe('every construct fixture', () => {
    it.each(fixtures)('%s parses without a problem and formats to itself, idempotently in both keyword languages', async (file) => {
        const source = readFileSync(join(dir, file), 'utf8');
        const a = await analyzer.analyzeFile(join(dir, file));
        expect(a.problems).toEqual([]);
        const same = await formatPolicyText(source);
        expect(same.ok && same.text).toBe(source);
        for (const lang of ['zh', 'en'] as const) {
            const once = await formatPolicyText(source, { keywordLanguage: lang });
            expect(once.ok).toBe(true);
            const twice = await formatPolicyText(once.ok ? once.text : '', { keywordLanguage: lang });
            expect(twice.ok && twice.text).toBe(once.ok && once.text);
            const translated = await analyzer.analyzeText(once.ok ? once.text : '', join(dir, `translated-${file}`));
            expect(translated.problems).toEqual([]);
            // The same facts whichever language the keywords are in.
            expect(JSON.stringify(translated.evaluation!.findings.map((f) => `${f.ruleId} ${f.status}`)))
                .toBe(JSON.stringify(a.evaluation!.findings.map((f) => `${f.ruleId} ${f.status}`)));
        }
    });
});

describe('refusals', () => {
    it('no-reason none: a refusal in the model, violated at the refusal for an online appliance seller', async () => {
        const a = await load('refusal-no-reason');
        const nr = a.model!.returns!.noReason!;
        expect([nr.refused?.value, at(nr.refused?.src), nr.window, nr.exemptions]).toEqual([true, '8:15', undefined, []]);
        expect(finding(a, 'CN-CONSUMER-LAW', 'CPL-25')).toMatchObject({
            status: 'violated', severity: 'error', at: '8:15',
            detail: 'the policy states that no no-reason return is offered, which this clause does not allow',
        });
        expect(notice(a, 'zh')).toContain('| 无理由退货 | 不提供 |');
        expect(notice(a, 'en')).toContain('| Return without giving a reason | not offered |');
    });

    it('the same refusal (in Chinese) from a seller of custom goods only is lawful: CPL-25 does not apply', async () => {
        const a = await load('refusal-no-reason-custom');
        expect(a.model!.returns!.noReason!.refused?.value).toBe(true);
        expect(at(a.model!.returns!.noReason!.refused?.src)).toBe('8:9');
        expect(finding(a, 'CN-CONSUMER-LAW', 'CPL-25').status).toBe('not-applicable');
    });

    it('silence is not a refusal: without the no-reason line CPL-25 is not addressed, not violated', async () => {
        const a = await analyzer.analyzeText(text('refusal-no-reason').replace('    no-reason none\n', ''), join(dir, 'silent.aspl'));
        expect(a.model!.returns!.noReason).toBeUndefined();
        expect(finding(a, 'CN-CONSUMER-LAW', 'CPL-25')).toMatchObject({ status: 'not-addressed', at: '7:3' });
    });

    it('spare-parts none: SB-SPARE is violated at the refusal (a should: warning)', async () => {
        const a = await load('refusal-spare-parts');
        const w = a.model!.warranty!;
        expect([w.sparePartsRefused?.value, at(w.sparePartsRefused?.src), w.spareParts]).toEqual([true, '8:17', undefined]);
        expect(finding(a, 'CN-CONSUMER-LAW', 'SB-SPARE')).toMatchObject({
            status: 'violated', severity: 'warning', at: '8:17', detail: 'the policy states that no spare parts are kept, which this clause does not allow',
        });
        expect(notice(a, 'zh')).toContain('- **备件保留期**：不保留备件');
        expect(notice(a, 'en')).toContain('- **Spare parts kept for**: none kept');
    });

    it('loaner none: recorded, printed plainly, and never counted as a loaner (T/CGCC 8.6 still wants a time)', async () => {
        const a = await load('refusal-loaner');
        const s = a.model!.services[0];
        expect([s.loanerRefused?.value, at(s.loanerRefused?.src), s.loaner]).toEqual([true, '8:12', undefined]);
        expect(finding(a, 'T-CGCC-CUSTOM', '8.6').status).toBe('not-addressed');
        const withTime = await analyzer.analyzeText(text('refusal-loaner').replace('    loaner none', '    resolve 5 days\n    loaner none'), join(dir, 'timed.aspl'));
        expect(finding(withTime, 'T-CGCC-CUSTOM', '8.6').status).toBe('satisfied');
        expect(notice(a, 'zh')).toContain('- **代用品**：不提供代用品');
        expect(notice(a, 'en')).toContain('- **Substitute while we repair**: no substitute is lent');
    });
});

describe('money that is not one number', () => {
    it('ranges in three spellings: lower and upper bound in fen, printed as ranges', async () => {
        const a = await load('money-range');
        expect(a.model!.fees.map((f) => [f.name, f.amount?.fen, f.amount?.upToFen, f.amount?.currency, f.amount?.text, at(f.amount?.src)])).toEqual([
            ['labour', 7000, 15000, 'CNY', '70-150元', '7:20'],
            ['visit', 3000, 5000, 'CNY', '30~50元', '8:19'],
            ['haul', 2000, 4000, 'CNY', '¥20至40', '9:18'],
        ]);
        const zh = notice(a, 'zh');
        expect(zh).toContain('| 人工费 | 70–150 元 | 次 |');
        expect(zh).toContain('| 搬运费 | 20–40 元 | — |');
        expect(notice(a, 'en')).toContain('| 人工费 | CNY 70–150 | 次 |');
    });

    it('the report carries the caveat of a satisfied clause, in JSON and in the matrix notes', async () => {
        const a = await load('money-range');
        const json = JSON.parse(renderReport(a, 'json', 'zh')) as { standards: Array<{ clauses: Array<{ clause: string; status: string; caveat?: string }> }> };
        const c = json.standards.flatMap((x) => x.clauses).find((x) => x.clause === '8.4.1')!;
        expect([c.status, c.caveat]).toEqual(['satisfied', '收费项目“人工费”只写了价格范围 70–150 元：服务前仍须告知顾客确切金额']);
        const md = renderReport(a, 'md', 'en').split('\n').find((l) => l.startsWith('| 8.4.1 |'))!;
        expect(md).toContain("⚠ The fee '人工费' gives only a range, CNY 70–150: the exact amount must still be told before the service");
    });

    it('the spaced spelling of a range (70-150 元) still parses to the same amounts', async () => {
        const a = await analyzer.analyzeText(text('money-range').replace('70-150元', '70 - 150 元'), join(dir, 'spaced.aspl'));
        expect(a.problems).toEqual([]);
        expect([a.model!.fees[0].amount?.fen, a.model!.fees[0].amount?.upToFen]).toEqual([7000, 15000]);
    });

    it('a range is a displayed tariff but not the amount: GB/T 4.2.3 and 8.4.1 satisfied with a caveat naming the fee', async () => {
        const a = await load('money-range');
        for (const clause of ['4.2.3', '8.4.1']) {
            expect(finding(a, 'GBT-AS-GENERAL', clause)).toMatchObject({
                status: 'satisfied',
                caveat: "the fee '人工费' gives only a range, CNY 70–150: the exact amount must still be told before the service",
                caveatZh: '收费项目“人工费”只写了价格范围 70–150 元：服务前仍须告知顾客确切金额',
            });
        }
        const single = await analyzer.analyzeText(text('money-range').replace(/ \d+[-~至]\d+元| ¥20至40/g, ' 50元'), join(dir, 'single.aspl'));
        expect(finding(single, 'GBT-AS-GENERAL', '8.4.1')).toMatchObject({ status: 'satisfied', caveat: undefined });
    });

    it('a range that does not go up is an error at the amount', async () => {
        const a = await analyzer.analyzeText(text('money-range').replace('70-150元', '150-70元'), join(dir, 'down.aspl'));
        expect(a.problems.map((p) => `${at({ uri: '', range: p.range })} ${p.code}`)).toEqual(['7:20 bad-money-range']);
    });

    it('fee bases and a fee with no amount: in the model, in the notice, and judged from each clause\'s text', async () => {
        const a = await load('fee-basis');
        expect(a.model!.fees.map((f) => [f.name, f.amount?.fen, f.basis?.value, at(f.basis?.src)])).toEqual([
            ['人工', 8000, undefined, undefined],
            ['材料', undefined, 'at-cost', '8:15'],
            ['检测', undefined, 'quoted-after-inspection', '9:15'],
            ['改装', undefined, 'by-agreement', '10:15'],
            ['其他', undefined, undefined, undefined],
        ]);
        const zh = notice(a, 'zh');
        for (const row of ['| 材料费 | 按成本收取 | — |', '| 检测费 | 检测后报价 | — |', '| 改装费 | 与您协商确定 | — |', '| 其他费用 | 未注明 | — |']) expect(zh).toContain(row);
        const en = notice(a, 'en');
        for (const row of ['| 材料费 | charged at cost | — |', '| 检测费 | quoted after inspection | — |', '| 改装费 | agreed with you | — |', '| 其他费用 | not stated | — |']) expect(en).toContain(row);
        // 4.2.3 asks that the customer be told before the service: a caveat, not a breach.
        expect(finding(a, 'GBT-AS-GENERAL', '4.2.3')).toMatchObject({
            status: 'satisfied', caveat: "the fee '材料费' is 'at cost': the exact amount must still be told before the service",
        });
        // 8.4.1 also asks for a displayed tariff (明示收费标准): a fee with no price breaks it, at the fee.
        expect(finding(a, 'GBT-AS-GENERAL', '8.4.1')).toMatchObject({
            status: 'violated', severity: 'error', at: '9:15', detail: "the fee '检测费' is 'quoted after inspection': no price is displayed",
        });
        const unstated = await analyzer.analyzeText(text('fee-basis').replace(/ (检测后报价|协商) 事先告知/g, ' 100元 事先告知'), join(dir, 'unstated.aspl'));
        expect(finding(unstated, 'GBT-AS-GENERAL', '8.4.1')).toMatchObject({ status: 'violated', at: '11:9', detail: "the fee '其他费用' states no amount: no price is displayed" });
    });
});

describe('times', () => {
    it('arrival on site and a resolution counted from arrival: no resolve-before-respond, printed as such', async () => {
        const a = await load('arrival');
        const s = a.model!.services[0];
        expect([s.respond?.minutes, s.arrive?.minutes, at(s.arrive?.src), s.resolve?.minutes, s.resolveFromArrival?.value, at(s.resolveFromArrival?.src)])
            .toEqual([1440, 2880, '6:12', 240, true, '7:21']);
        expect(notice(a, 'zh')).toContain('| 维修 | 免费 | hotline | 24小时内 | 48小时内 | 到场后4小时内 |');
        expect(notice(a, 'en')).toContain('| Repair | Free | hotline | within 24 hours | within 48 hours | within 4 hours of arrival |');
        // The same times counted from the request are still a contradiction.
        const fromRequest = await analyzer.analyzeText(text('arrival').replace(' after-arrival', ''), join(dir, 'from-request.aspl'));
        expect(fromRequest.problems.map((p) => `${at({ uri: '', range: p.range })} ${p.code}`)).toEqual(['7:13 resolve-before-respond']);
    });

    it('regional times: every region in the model, the longest one is what the checks read', async () => {
        const a = await load('regional-times');
        const s = a.model!.services[0];
        expect(s.respondRegions.map((r) => [r.region.value, r.duration.minutes, at(r.src)])).toEqual([['city', 120, '9:13'], ['remote', 1440, '9:27']]);
        expect(s.arriveRegions.map((r) => [r.region.value, r.region.text, r.duration.amount])).toEqual([['city', 'city', 24], ['county', 'county', 48], ['remote', 'remote', 72]]);
        expect([s.respond?.minutes, at(s.respond?.src), s.arrive?.minutes, s.resolveRegions]).toEqual([1440, '9:27', 4320, []]);
        // T/CGCC 8.3 asks for a complaint response within 2 hours: the remote areas' 24 hours break it.
        expect(finding(a, 'T-CGCC-CUSTOM', '8.3')).toMatchObject({
            status: 'violated', at: '9:27', detail: 'the response time of the complaint service is 24 hours, longer than the required 2 hours',
        });
        expect(notice(a, 'zh')).toContain('| 投诉 | 免费 | hotline | 城区2小时内；偏远地区24小时内 | 城区24小时内；县城及乡镇48小时内；偏远地区72小时内 | 3天内 |');
        expect(notice(a, 'en')).toContain('- **We respond**: City: within 2 hours; Remote areas: within 24 hours');
    });

    it('an unknown region word is an error naming the regions', async () => {
        const a = await analyzer.analyzeText(text('regional-times').replace('24 hours remote', '24 hours mountains'), join(dir, 'bad-region.aspl'));
        expect(a.problems.map((p) => `${at({ uri: '', range: p.range })} ${p.code} ${p.message}`)).toEqual([
            "9:36 unknown-word Unknown service region 'mountains'; expected one of: city, county, remote",
        ]);
    });

    it('channel hours with the days first ("working days 09:00–18:00") read like the days-last form', async () => {
        const a = await load('regional-times');
        const h = a.model!.channels[0].hours!;
        expect([h.days?.value, h.days?.text, h.ranges.map((r) => `${r.start}-${r.end}`)]).toEqual(['weekdays', 'working-days', ['09:00-18:00']]);
        expect(notice(a, 'zh')).toContain('| hotline | 400-820-0000 | 周一至周五 09:00–18:00 |');
        expect(finding(a, 'T-CGCC-CUSTOM', '8.3').status).toBe('violated');
        const g = await analyzer.analyzeText(text('regional-times').replace('T-CGCC-CUSTOM', 'GBT-AS-GENERAL'), join(dir, 'general.aspl'));
        expect(finding(g, 'GBT-AS-GENERAL', '4.1.3')).toMatchObject({ status: 'satisfied', at: '6:46' });
    });

    it('quarters, and "regularly" / "from time to time", which promise no period', async () => {
        const a = await load('frequencies');
        const m = a.model!;
        expect([m.staff?.training?.unit, m.staff?.training?.minutes, m.staff?.training?.text]).toEqual(['quarter', 90 * 1440, '1季度']);
        expect([m.satisfaction?.every, m.satisfaction?.everyVague?.value, at(m.satisfaction?.everyVague?.src)]).toEqual([undefined, 'regular', '5:8']);
        expect([m.suppliers?.evaluate, m.suppliers?.evaluateVague?.value]).toEqual([undefined, 'occasional']);
        expect(finding(a, 'GBT-AS-GENERAL', '5.2.4').status).toBe('satisfied');
        // 定期 names no period, but it is the clause's own word (9.1.1 定期收集顾客评价); 不定期 says the opposite
        // (5.1.7.3 定期对供应商…进行评估) and is the first problem of that clause, before the missing qualification.
        expect(finding(a, 'GBT-AS-GENERAL', '9.1.1')).toMatchObject({ status: 'satisfied', severity: 'info' });
        expect(finding(a, 'GBT-AS-GENERAL', '5.1.7.3')).toMatchObject({ status: 'violated', severity: 'error', at: '11:11' });
        expect(notice(a, 'zh')).toContain('- **调查周期**：定期');
        expect(notice(a, 'en')).toContain('- **How often**: regularly');
        const quarterly = await analyzer.analyzeText(text('frequencies').replace('周期 定期', '周期 1季度'), join(dir, 'quarterly.aspl'));
        expect(notice(quarterly, 'zh')).toContain('- **调查周期**：每季度');
        expect(notice(quarterly, 'en')).toContain('- **How often**: every quarter');
    });
});

describe('vocabulary', () => {
    it('mobile payment is payment over the network, and a phone survey is a follow-up call', async () => {
        const a = await load('frequencies');
        expect(a.model!.payment!.methods.map((w) => [w.text, w.value])).toEqual([['现金', 'cash'], ['移动支付', 'online']]);
        expect(a.model!.satisfaction!.methods.map((w) => w.value)).toEqual(['callback', 'questionnaire']);
        expect(finding(a, 'GBT-AS-GENERAL', '8.4.2').status).toBe('satisfied');
        expect(notice(a, 'zh')).toContain('- **支付方式**：现金、移动支付');
    });
});

describe('estimates', () => {
    it('an estimate is recorded and printed as one, and no check reads it as the promised time', async () => {
        const a = await load('estimates');
        const s = a.model!.services[0];
        expect([s.resolve, s.resolveEstimate?.amount, s.resolveEstimate?.unit, at(s.resolveEstimate?.src), s.respond?.minutes]).toEqual([undefined, 5, 'day', '7:19', 120]);
        expect(finding(a, 'GBT-AS-GENERAL', '4.1.2')).toMatchObject({ status: 'not-addressed', at: '4:3', detail: 'the policy does not state the resolution time' });
        const promised = await analyzer.analyzeText(text('estimates').replace('resolve about 5 days', 'resolve within 5 days'), join(dir, 'promised.aspl'));
        expect(finding(promised, 'GBT-AS-GENERAL', '4.1.2').status).toBe('satisfied');
        expect(notice(a, 'zh')).toContain('| 维修 | 免费 | hotline | 2小时内 | 预计5天（预估，非承诺） |');
        expect(notice(a, 'en')).toContain('| Repair | Free | hotline | within 2 hours | about 5 days (an estimate, not a promise) |');
    });
});

describe('warranty detail', () => {
    it('exclusions, a no-invoice start and purchase-date periods: in the model, on the notice', async () => {
        const a = await load('warranty-detail');
        const w = a.model!.warranty!;
        expect(w.exclusions.map((e) => [e.kind, e.text, at(e.src)])).toEqual([
            ['human-damage', 'human-damage', '10:14'], ['unauthorised-repair', 'unauthorised-repair', '10:28'], ['wear', 'wear', '10:49'],
            [undefined, '最终解释权归本公司所有', '10:55'],
        ]);
        expect([w.noInvoiceStart?.value, at(w.noInvoiceStart?.src), w.noInvoiceOffset?.amount, w.noInvoiceOffset?.unit]).toEqual(['manufacture', '11:26', 3, 'month']);
        expect(w.covers.map((c) => [c.part.value, c.period.amount, c.since?.value, at(c.since?.src)])).toEqual([
            ['Whole unit', 1, undefined, undefined], ['Compressor', 6, '2025-01-01', '8:47'], ['Compressor', 5, undefined, undefined],
        ]);
        const zh = notice(a, 'zh');
        expect(zh).toContain('未能出示发票的，保修期自出厂之日起计算（后推3个月）。');
        expect(zh).toContain('| Compressor | 6年 | 2025-01-01 起购买 |');
        expect(zh).toContain('- **不在保修范围内**：人为损坏、未经授权的拆修、正常磨损、最终解释权归本公司所有');
        const en = notice(a, 'en');
        expect(en).toContain('Without an invoice, the warranty period runs from the manufacture date plus 3 months.');
        expect(en).toContain('| Compressor | 6 years | from 2025-01-01 |');
    });

    it('verdicts: the no-invoice start is judged on its own (IR-18.no-invoice), exclusion texts are read for void terms', async () => {
        const a = await load('warranty-detail');
        expect(finding(a, 'CN-CONSUMER-LAW', 'IR-18').status).toBe('satisfied');
        expect(finding(a, 'CN-CONSUMER-LAW', 'IR-18.no-invoice')).toMatchObject({
            status: 'violated', severity: 'warning', at: '11:26', detail: "the warranty start without an invoice must not be 'manufacture'",
        });
        expect(finding(a, 'CN-CONSUMER-LAW', 'CPL-26')).toMatchObject({ status: 'violated', at: '10:56' }); // the matched words inside the string
        const fromDelivery = await analyzer.analyzeText(text('warranty-detail').replace('from manufacture plus 3 months', 'from delivery'), join(dir, 'delivery.aspl'));
        expect(finding(fromDelivery, 'CN-CONSUMER-LAW', 'IR-18.no-invoice').status).toBe('satisfied');
    });
});

describe('freight by case', () => {
    it('after N months and for which goods: in the model and the notice; buyer-paid defect freight is still violated', async () => {
        const a = await load('freight');
        expect(a.model!.returns!.shipping.map((s) => [s.case.value, s.payer.value, s.after?.amount, s.after?.unit, s.products?.value, at(s.src)])).toEqual([
            ['defect', 'seller', undefined, undefined, undefined, '9:5'],
            ['defect', 'buyer', 3, 'month', undefined, '10:5'],
            ['no-reason', 'buyer', undefined, undefined, '大件家具', '11:5'],
        ]);
        // 消费者权益保护法 art. 24 puts the freight of defect returns on the business whenever they happen.
        expect(finding(a, 'CN-CONSUMER-LAW', 'CPL-24')).toMatchObject({ status: 'violated', at: '10:24' });
        expect(notice(a, 'zh')).toContain('| 质量问题退换货（3个月后） | 您承担 | — |');
        expect(notice(a, 'en')).toContain('| Return without a reason | you | 大件家具 |');
    });
});

describe('network, follow-up and reports', () => {
    it('an outlet count states the network; a follow-up after each repair and a yearly report are recorded and printed', async () => {
        const a = await load('outlets-follow-up');
        const m = a.model!;
        expect(m.network!.counts.map((c) => [c.count, c.kind?.value, at(c.src)])).toEqual([[40, 'authorised', '5:5']]);
        expect([m.followUp?.within, m.followUp?.trigger?.value, at(m.followUp?.trigger?.src), m.followUp?.channels.map((c) => c.value)]).toEqual([undefined, 'repair', '12:24', ['sms']]);
        expect([m.satisfaction?.report, m.satisfaction?.reportEvery?.minutes]).toEqual([true, 365 * 1440]);
        expect(finding(a, 'T-GXDSL-259', 'T4.7').status).toBe('satisfied');
        const countOnly = await analyzer.analyzeText(text('outlets-follow-up').replace(/ {4}outlet "Head[^\n]*\n/, ''), join(dir, 'count-only.aspl'));
        expect(finding(countOnly, 'T-GXDSL-259', 'T4.7')).toMatchObject({ status: 'satisfied', at: '5:5' });
        expect(notice(a, 'zh')).toEqual(expect.arrayContaining(['- 授权服务网点 40 个', '- **回访**：每次维修后回访，通过sms', '- **满意度书面报告**：每年']));
        expect(notice(a, 'en')).toEqual(expect.arrayContaining(['- 40 authorised service outlets', '- **Follow-up**: after each repair, by sms']));
    });
});

describe('personal data', () => {
    it('the data subject\'s rights and their channel: in the model, on the notice, and PIPL-50 is met by them', async () => {
        const a = await load('data-rights');
        const p = a.model!.privacy!;
        expect([p.rights.map((r) => r.value), p.rightsVia.map((c) => `${c.value}@${at(c.src)}`)]).toEqual([
            ['access', 'correction', 'deletion', 'withdraw-consent', 'close-account'], ['客服热线@9:36'],
        ]);
        expect(finding(a, 'CN-PERSONAL-INFO', 'PIPL-50')).toMatchObject({ status: 'satisfied', at: '9:36' });
        const noChannel = await analyzer.analyzeText(text('data-rights').replace(' 通过 客服热线', ''), join(dir, 'no-channel.aspl'));
        expect(finding(noChannel, 'CN-PERSONAL-INFO', 'PIPL-50').status).toBe('not-addressed');
        expect(notice(a, 'zh')).toContain('- **您的权利**：查阅、复制；更正、补充；删除；撤回同意；注销账户（通过客服热线）');
        expect(notice(a, 'en')).toContain('- **Your rights**: See and copy, correct and complete, delete, withdraw consent, close the account (through 客服热线)');
    });
});

describe('agreement terms', () => {
    it('one-sided terms are facts: TERMS-8.2.2 is violated at the first, the notice prints them plainly', async () => {
        const a = await load('agreement-terms');
        const ag = a.model!.agreement!;
        expect([at(ag.amendOnPublication?.src), at(ag.deemedAcceptance?.src), ag.cancellation?.value]).toEqual(['3:45', '3:66', 'Orders cancelled after production starts bear the cost of materials already cut']);
        expect(finding(a, 'GBT-AS-GENERAL', 'TERMS-8.2.2')).toMatchObject({
            status: 'violated', severity: 'error', at: '3:45', detail: 'the policy states a one-sided change effective on publication, which this clause does not allow',
        });
        const deemedOnly = await analyzer.analyzeText(text('agreement-terms').replace(' amend-on-publication', ''), join(dir, 'deemed.aspl'));
        expect(finding(deemedOnly, 'GBT-AS-GENERAL', 'TERMS-8.2.2')).toMatchObject({ status: 'violated', at: '3:45' });
        const fair = await analyzer.analyzeText(text('agreement-terms').replace(' amend-on-publication deemed-acceptance-by-use', ''), join(dir, 'fair.aspl'));
        expect(finding(fair, 'GBT-AS-GENERAL', 'TERMS-8.2.2').status).toBe('satisfied');
        // 8.2.2 itself stays a clause only a statement can meet.
        expect(finding(fair, 'GBT-AS-GENERAL', '8.2.2').status).toBe('not-addressed');
        expect(notice(a, 'zh')).toEqual(expect.arrayContaining(['- 本政策的修改自公布之日起生效。', '- 继续使用服务即视为同意本政策。']));
        expect(notice(a, 'en')).toContain('- Cancellation: Orders cancelled after production starts bear the cost of materials already cut');
    });
});
