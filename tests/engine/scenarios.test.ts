/**
 * Held-out style scenarios: one-line deltas from the fully compliant base policy
 * (tests/fixtures/engine/compliant.aspl), each with the exact statuses it must produce for the
 * clauses whose checks were re-read against their source (see the catalog notes). A scenario
 * lists every clause it is about — the ones that must change and the ones that must not.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import type { Severity, Status } from '../../server/src/engine/findings.js';
import { apply, del, delAll, insertAfter, replace, replaceIn, substitute, type Edit } from './mutate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = readFileSync(join(root, 'tests/fixtures/engine/compliant.aspl'), 'utf8');
const CABLE = readFileSync(join(root, 'tests/fixtures/engine/cable-compliant.aspl'), 'utf8');
const analyzer = new Analyzer({ lang: 'en', standards: ['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'T-GXDSL-259', 'Q-GSB-316.002'] });
const cableAnalyzer = new Analyzer({ lang: 'en', standards: ['CABLE-AS', 'GBT-AS-GENERAL'] });

type Expect = Record<string, Status | `${Status} ${Severity}`>;
interface Scenario { name: string; edit: Edit[]; expect: Expect; language?: string[]; cable?: boolean }

const SECOND = '品类 "成品家居饰品"';
const S: Scenario[] = [
    // ---- GB/T 4.1.1 / 4.1.2: promised times, not a time on every service
    { name: 'an installation entry without a response time', edit: [replaceIn('服务 安装', '响应', '')], expect: { 'GBT-AS-GENERAL 4.1.1': 'satisfied', 'GBT-AS-GENERAL 4.1.2': 'satisfied' } },
    { name: 'a delivery entry without a resolution time', edit: [replaceIn('服务 配送', '解决', '')], expect: { 'GBT-AS-GENERAL 4.1.2': 'satisfied' } },
    { name: 'no service promises any response time', edit: [delAll(/^\s*响应 /)], expect: { 'GBT-AS-GENERAL 4.1.1': 'not-addressed error', 'GBT-AS-GENERAL 5.5.2': 'not-addressed error', 'T-CGCC-CUSTOM 8.3': 'not-addressed error' } },
    { name: 'no service promises any resolution time', edit: [delAll(/^\s*解决 /)], expect: { 'GBT-AS-GENERAL 4.1.2': 'not-addressed error', 'GBT-AS-GENERAL 4.1.1': 'satisfied' } },
    // ---- GB/T 4.2.3 / 8.4.1 / T/CGCC 7.5: a paid service triggers the duty to list its fees
    { name: 'paid services and no fee at all', edit: [delAll(/^\s*费用 /)], expect: { 'GBT-AS-GENERAL 4.2.3': 'violated error', 'GBT-AS-GENERAL 8.4.1': 'violated error', 'T-CGCC-CUSTOM 7.5': 'violated error', 'T-CGCC-CUSTOM 5.5': 'violated error' } },
    { name: 'every service free and no fee', edit: [substitute(/ 收费( 保外)? \{/g, ' 免费 {'), delAll(/^\s*费用 /)], expect: { 'GBT-AS-GENERAL 4.2.3': 'not-applicable', 'GBT-AS-GENERAL 8.4.1': 'not-applicable', 'T-CGCC-CUSTOM 7.5': 'not-applicable', 'T-CGCC-CUSTOM 5.5': 'satisfied' } },
    { name: 'one fee not disclosed before service', edit: [replace('费用 拆装', '费用 拆装 "顾客搬家二次拆装费" 150元 每 延米')], expect: { 'GBT-AS-GENERAL 4.2.3': 'not-addressed error', 'GBT-AS-GENERAL 8.4.1': 'not-addressed error', 'T-CGCC-CUSTOM 7.5': 'not-addressed error' } },
    { name: 'paid repair only after warranty, fees listed', edit: [], expect: { 'T-CGCC-CUSTOM 7.5': 'satisfied', 'GBT-AS-GENERAL 4.2.3': 'satisfied' } },
    // ---- GB/T 5.3.1: provider information is real and well formed
    { name: 'credit code with a wrong check character', edit: [replace('信用代码', '信用代码 "91320506MA7H3K2Q5A"')], expect: { 'GBT-AS-GENERAL 5.3.1': 'violated error', 'T-CGCC-CUSTOM 4.1': 'violated error' } },
    { name: 'credit code of 17 characters', edit: [replace('信用代码', '信用代码 "91320506MA7H3K2Q5"')], expect: { 'GBT-AS-GENERAL 5.3.1': 'violated error' } },
    { name: 'credit code with a letter O', edit: [replace('信用代码', '信用代码 "91320506MA7H3K2O5Y"')], expect: { 'GBT-AS-GENERAL 5.3.1': 'violated error' } },
    { name: 'a real credit code (check character E)', edit: [replace('信用代码', '信用代码 "91512081MA62K0260E"')], expect: { 'GBT-AS-GENERAL 5.3.1': 'satisfied', 'T-CGCC-CUSTOM 4.1': 'satisfied' } },
    { name: 'address still TODO', edit: [replace('地址 "江苏省苏州市吴中区木渎镇', '地址 "TODO"')], expect: { 'GBT-AS-GENERAL 5.3.1': 'violated error', 'CN-CONSUMER-LAW CPL-28': 'violated error' } },
    { name: 'business scope 待补充', edit: [replace('经营范围', '经营范围 "待补充"')], expect: { 'GBT-AS-GENERAL 5.3.1': 'violated error', 'CN-CONSUMER-LAW CPL-28': 'satisfied' } },
    // ---- GB/T 5.5.1 and CPL-28: channels customers can actually use
    { name: 'a single channel', edit: [del('渠道 服务号'), del('渠道 体验中心'), del('渠道 客服邮箱'), del('渠道 回访短信'), substitute(/^(\s*通过 ).*$/gm, '$1售后热线'), replace('查询删除', '查询删除 售后热线'), replace('回访 内 72小时', '回访 内 72小时 通过 售后热线')], expect: { 'GBT-AS-GENERAL 5.5.1': 'satisfied warning', 'CN-CONSUMER-LAW CPL-28': 'satisfied' } },
    { name: 'a five-digit hotline that is not a service number', edit: [replace('渠道 售后热线', '渠道 售后热线 电话 "88263" 时段 08:00-21:00 每天')], expect: { 'GBT-AS-GENERAL 5.5.1': 'violated error', 'CN-CONSUMER-LAW CPL-28': 'violated error' } },
    { name: 'a 95 service number', edit: [replace('渠道 售后热线', '渠道 售后热线 电话 "95105" 时段 08:00-21:00 每天')], expect: { 'GBT-AS-GENERAL 5.5.1': 'satisfied', 'CN-CONSUMER-LAW CPL-28': 'satisfied' } },
    { name: 'a landline with its area code and extension', edit: [replace('渠道 售后热线', '渠道 售后热线 电话 "0512-6688 3377 转 8" 时段 08:00-21:00 每天')], expect: { 'GBT-AS-GENERAL 5.5.1': 'satisfied' } },
    { name: 'a mobile number', edit: [replace('渠道 售后热线', '渠道 售后热线 电话 "138-1234-5678" 时段 08:00-21:00 每天')], expect: { 'GBT-AS-GENERAL 5.5.1': 'satisfied' } },
    { name: 'a phone channel with words and no number', edit: [replace('渠道 售后热线', '渠道 售后热线 电话 "见官网" 时段 08:00-21:00 每天')], expect: { 'GBT-AS-GENERAL 5.5.1': 'violated error' } },
    // ---- T/CGCC 4.1: a certified after-sales service manager
    { name: 'manager named but not certified', edit: [replace('售后服务管理师 "周文静"', '售后服务管理师 "周文静"')], expect: { 'T-CGCC-CUSTOM 4.1': 'not-addressed error' } },
    // ---- consumer-law scope
    { name: 'buyers left out of one category', edit: [replace(SECOND, '品类 "成品家居饰品" 销售 线上、线下 类型 家具')], expect: { 'CN-CONSUMER-LAW CPL-2': 'not-addressed warning', 'CN-CONSUMER-LAW CPL-25': 'satisfied' } },
    { name: 'both categories sold to businesses only', edit: [substitute(/客户 消费者/g, '客户 企业')], expect: { 'CN-CONSUMER-LAW CPL-25': 'not-applicable', 'CN-CONSUMER-LAW CPL-26': 'not-applicable', 'CN-PERSONAL-INFO CPL-29': 'satisfied' } },
    { name: 'one category for businesses, one for consumers', edit: [replace(SECOND, '品类 "成品家居饰品" 销售 线上、线下 客户 企业 类型 家具')], expect: { 'CN-CONSUMER-LAW CPL-26': 'satisfied', 'CN-CONSUMER-LAW CPL-25': 'not-applicable' } },
    { name: 'no buyers anywhere and a final-interpretation claim', edit: [substitute(/ 客户 消费者/g, ''), insertAfter('声明 ', '声明 "本公司保留最终解释权。"')], expect: { 'CN-CONSUMER-LAW CPL-26': 'violated error', 'CN-CONSUMER-LAW CPL-2': 'not-addressed warning' } },
    // ---- statutory exemptions (CPL-25 and the 7-day measures)
    { name: 'the second category made to order too, no no-reason window', edit: [replace(SECOND, '品类 "成品家居饰品" 定制 销售 线上、线下 客户 消费者 类型 家具'), replace('无理由 7天', '')], expect: { 'CN-CONSUMER-LAW CPL-25': 'not-applicable', 'CN-CONSUMER-LAW M7-10': 'not-applicable', 'CN-CONSUMER-LAW M7-13': 'not-applicable', 'CN-CONSUMER-LAW M7-14': 'not-applicable' } },
    { name: 'fresh flowers sold online, no window', edit: [replace(SECOND, '品类 "鲜切花" 销售 线上 客户 消费者 类型 生鲜'), replace('无理由 7天', '')], expect: { 'CN-CONSUMER-LAW CPL-25': 'not-applicable' } },
    { name: 'ordinary goods online with no no-reason window', edit: [replace('无理由 7天', '')], expect: { 'CN-CONSUMER-LAW CPL-25': 'not-addressed error', 'CN-CONSUMER-LAW M7-10': 'not-addressed error' } },
    { name: 'ordinary goods sold offline only', edit: [substitute(/销售 线上、线下/g, '销售 线下')], expect: { 'CN-CONSUMER-LAW CPL-25': 'not-applicable', 'CN-CONSUMER-LAW CPL-28': 'not-applicable', 'CN-CONSUMER-LAW M7-13': 'not-applicable' } },
    { name: 'a non-statutory class excluded without confirmation', edit: [replace(SECOND, '品类 "成品家居饰品" 销售 线上 客户 消费者 除外 "促销商品"')], expect: { 'CN-CONSUMER-LAW CPL-25.exemptions': 'violated error', 'CN-CONSUMER-LAW CPL-25': 'satisfied' } },
    { name: 'the same class confirmed by the buyer at purchase', edit: [replace(SECOND, '品类 "成品家居饰品" 销售 线上 客户 消费者 除外 "促销商品" 购买时确认')], expect: { 'CN-CONSUMER-LAW CPL-25.exemptions': 'satisfied' } },
    { name: 'a 3-day window for ordinary online goods', edit: [replace('无理由 7天', '无理由 3天 自 签收 除外 定制')], expect: { 'CN-CONSUMER-LAW CPL-25': 'violated error' } },
    // ---- SB-SPARE: the spare-parts period binds 三包 goods only
    { name: 'furniture only: no spare-parts duty', edit: [], expect: { 'CN-CONSUMER-LAW SB-SPARE': 'not-applicable' } },
    { name: 'an appliance with parts kept 10 years', edit: [replace(SECOND, '品类 "成品家居饰品" 销售 线上、线下 客户 消费者 类型 家电')], expect: { 'CN-CONSUMER-LAW SB-SPARE': 'satisfied' } },
    { name: 'an appliance with parts kept 3 years', edit: [replace(SECOND, '品类 "成品家居饰品" 销售 线上、线下 客户 消费者 类型 家电'), replace('备件 保留', '备件 保留 3年')], expect: { 'CN-CONSUMER-LAW SB-SPARE': 'violated warning' } },
    // ---- claims: the law is not waivable, attestations only where no field checks
    { name: 'waiving the 7-day right (its own words refuse the right)', edit: [insertAfter('豁免 T-CGCC-CUSTOM 5.8', '豁免 CN-CONSUMER-LAW CPL-25 "本店不提供无理由退货服务。"')], expect: { 'CN-CONSUMER-LAW CPL-25': 'violated error' }, language: ['waive-mandatory'] },
    { name: 'attesting the refund deadline instead of stating it', edit: [replace('退款 内 5天', ''), insertAfter('豁免 T-CGCC-CUSTOM 5.8', '承诺 GBT-AS-GENERAL 8.4.3 "退款及时到账。"')], expect: { 'GBT-AS-GENERAL 8.4.3': 'not-addressed error' }, language: ['attest-checked'] },
    { name: 'waiving personal-information duties', edit: [del('保存 3年'), insertAfter('豁免 T-CGCC-CUSTOM 5.8', '豁免 CN-PERSONAL-INFO PIPL-19 "我们不保存顾客信息。"')], expect: { 'CN-PERSONAL-INFO PIPL-19': 'not-addressed warning' }, language: ['waive-mandatory'] },
    // ---- personal information, whoever buys
    { name: 'B2B buyers and data shared without separate consent', edit: [substitute(/客户 消费者/g, '客户 企业'), del('单独同意')], expect: { 'CN-PERSONAL-INFO PIPL-23': 'not-addressed error', 'GBT-AS-GENERAL 5.4.2': 'not-addressed error' } },
    // ---- CABLE-AS ARCH.1: filing the contract's documents
    { name: 'cable: archiving only in the complaint process', cable: true, edit: [substitute(/流程 预约、受理、处理、答复、归档/g, '流程 预约、受理、处理、答复')], expect: { 'CABLE-AS ARCH.1': 'satisfied' } },
    { name: 'cable: no archiving in delivery, construction, training or support, nor in the agreement', cable: true, edit: [substitute(/、归档/g, '')], expect: { 'CABLE-AS ARCH.1': 'not-addressed error' } },
    { name: 'cable: the agreement says the documents are filed', cable: true, edit: [substitute(/、归档/g, ''), replace('协议 书面', '协议 书面 { 服务内容、服务时间、服务地点、费用明细、变更手续、存档 }')], expect: { 'CABLE-AS ARCH.1': 'satisfied' } },
];

describe('scenarios: one-line deltas from the compliant base', () => {
    it('there are at least 30', () => expect(S.length).toBeGreaterThanOrEqual(30));
    for (const s of S) {
        it(s.name, async () => {
            const text = apply(s.cable ? CABLE : BASE, s.edit);
            const r = await (s.cable ? cableAnalyzer : analyzer).analyzeText(text, '/virtual/scenario.aspl');
            expect(r.problems.filter((p) => p.severity === 'error' || p.severity === 'warning').map((p) => p.code).sort()).toEqual([...(s.language ?? [])].sort());
            const got: Expect = {};
            for (const [id, want] of Object.entries(s.expect)) {
                const f = r.evaluation!.findings.find((x) => x.ruleId === id);
                expect(f, id).toBeDefined();
                got[id] = want.includes(' ') ? `${f!.status} ${f!.severity}` as Expect[string] : f!.status;
            }
            expect(got).toEqual(s.expect);
        });
    }
});
