/**
 * One fixture pair per change kind: the old side is tests/fixtures/diff/base.aspl, the new side
 * the same policy with one edit. Each case asserts the exact classified change: kind, class,
 * old → new in Chinese and English, and the 1-based lines on both sides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import { diffPolicies } from '../../server/src/diff/index.js';
import { changeSentence } from '../../server/src/faces/diff/words.js';
import { applyEdits as apply, changeLine as line } from './edits.js';

const FIXTURES = join(__dirname, '..', 'fixtures', 'diff');
const BASE = readFileSync(join(FIXTURES, 'base.aspl'), 'utf8');

interface Expected { kind: string; class: 'worse' | 'better' | 'neutral'; en: string; zh: string; lines: [number | null, number | null] }
interface Case { edits: Array<[string, string]>; changes: Expected[] }

const w = (kind: string, en: string, zh: string, lines: [number | null, number | null]): Expected => ({ kind, class: 'worse', en, zh, lines });
const b = (kind: string, en: string, zh: string, lines: [number | null, number | null]): Expected => ({ kind, class: 'better', en, zh, lines });
const n = (kind: string, en: string, zh: string, lines: [number | null, number | null]): Expected => ({ kind, class: 'neutral', en, zh, lines });
const one = (from: string, to: string, e: Expected): Case => ({ edits: [[from, to]], changes: [e] });

const CASES: Record<string, Case> = {
    'warranty-period-shortened': one('cover "Compressor" 3 years', 'cover "Compressor" 2 years',
        w('warranty-period-shortened', 'warranty period shortened (Compressor): 3 years → 2 years', '保修期缩短（Compressor）：3年 → 2年', [38, 38])),
    'warranty-period-lengthened': one('cover "Compressor" 3 years', 'cover "Compressor" 4 years',
        b('warranty-period-lengthened', 'warranty period lengthened (Compressor): 3 years → 4 years', '保修期延长（Compressor）：3年 → 4年', [38, 38])),
    'warranty-cover-removed': one('    cover "Whole unit" 1 year\n', '\n',
        w('warranty-cover-removed', 'part no longer under warranty (Whole unit): 1 year → (none)', '不再保修的部件（Whole unit）：1年 → （无）', [37, null])),
    'warranty-cover-added': one('    wear-parts', '    cover "Door seals" 6 months\n    wear-parts',
        b('warranty-cover-added', 'part now under warranty (Door seals): (none) → 6 months', '新增保修部件（Door seals）：（无） → 6个月', [null, 39])),
    'warranty-start-changed': one('warranty from receipt', 'warranty from purchase',
        n('warranty-start-changed', 'warranty start changed: from receipt of the goods → from purchase', '保修期起算时点变化：自签收之日起 → 自购买之日起', [36, 36])),
    'wear-part-added': one('wear-parts "Filters"', 'wear-parts "Filters", "Remote control"',
        n('wear-part-added', 'wear part listed: (none) → "Remote control"', '新增易损件：（无） → “Remote control”', [null, 39])),
    'spare-parts-period-shortened': one('spare-parts kept 6 years', 'spare-parts kept 5 years',
        w('spare-parts-period-shortened', 'spare-parts retention period shortened: 6 years → 5 years', '备件保留期缩短：6年 → 5年', [40, 40])),
    'recall-removed': one('    recall "Defective batches are recalled free of charge"\n', '\n',
        w('recall-removed', 'recall practice no longer stated: "Defective batches are recalled free of charge" → (none)', '不再写明召回制度：“Defective batches are recalled free of charge” → （无）', [41, null])),
    'repair-time-slower': one('repair-time 15 days', 'repair-time 30 days',
        w('repair-time-slower', 'repair time slower: 15 days → 30 days', '维修时限变慢：15天 → 30天', [42, 42])),
    'response-time-slower': one('respond within 4 hours', 'respond within 8 hours',
        w('response-time-slower', 'response time slower (Home repair): 4 hours → 8 hours', '响应时限变慢（Home repair）：4小时 → 8小时', [21, 21])),
    'resolution-time-faster': one('resolve within 5 working days', 'resolve within 3 working days',
        b('resolution-time-faster', 'resolution time faster (Home repair): 5 working days → 3 working days', '解决时限加快（Home repair）：5个工作日 → 3个工作日', [22, 22])),
    // 5 calendar days are never longer than 5 working days, but equal when make-up working days fill them: neutral.
    'resolution-time-recounted': one('resolve within 5 working days', 'resolve within 5 days',
        n('resolution-time-recounted', 'resolution time counted in other days (never slower) (Home repair): 5 working days → 5 days', '解决时限改变计法（不会变慢）（Home repair）：5个工作日 → 5天', [22, 22])),
    // 4 calendar days end before 5 working days can: faster in every calendar.
    'resolution-time-faster (working → calendar)': one('resolve within 5 working days', 'resolve within 4 days',
        b('resolution-time-faster', 'resolution time faster (Home repair): 5 working days → 4 days', '解决时限加快（Home repair）：5个工作日 → 4天', [22, 22])),
    // 15 working days last at least 15 calendar days: the window is never shorter, and longer in most calendars, yet not in all.
    'exchange-window-recounted': one('exchange 15 days', 'exchange 15 working days',
        n('exchange-window-recounted', 'exchange window counted in other days (never shorter): 15 days → 15 working days', '换货期限改变计法（不会缩短）：15天 → 15个工作日', [47, 47])),
    'resolution-time-may-be-slower': one('resolve within 3 days', 'resolve within 3 working days',
        w('resolution-time-may-be-slower', 'resolution time may be slower (working vs calendar days, worst case) (Complaints): 3 days → 3 working days',
            '解决时限可能变慢（工作日与自然日按最不利情况比较）（投诉）：3天 → 3个工作日', [30, 30])),
    'escalation-time-slower': one('escalate after 48 hours', 'escalate after 72 hours',
        w('escalation-time-slower', 'escalation time slower (Home repair): 48 hours → 72 hours', '升级处理时限变慢（Home repair）：48小时 → 72小时', [23, 23])),
    'escalation-target-changed': one('to "Service manager"', 'to "Service director"',
        n('escalation-target-changed', 'escalation contact changed (Home repair): "Service manager" → "Service director"', '升级处理对象变化（Home repair）：“Service manager” → “Service director”', [23, 23])),
    'refund-time-faster': one('refund within 7 days', 'refund within 5 days',
        b('refund-time-faster', 'refund time faster: 7 days → 5 days', '退款时限加快：7天 → 5天', [49, 49])),
    'refund-time-may-be-slower': one('refund within 7 days', 'refund within 7 working days',
        w('refund-time-may-be-slower', 'refund time may be slower (working vs calendar days, worst case): 7 days → 7 working days', '退款时限可能变慢（工作日与自然日按最不利情况比较）：7天 → 7个工作日', [49, 49])),
    'refund-original-method-removed': one('refund within 7 days original-method', 'refund within 7 days',
        w('refund-original-method-removed', 'refund no longer to the original payment method: yes → (none)', '不再原路退款：是 → （无）', [49, null])),
    'follow-up-time-slower': one('follow-up within 48 hours', 'follow-up within 72 hours',
        w('follow-up-time-slower', 'follow-up time slower: 48 hours → 72 hours', '回访时限变慢：48小时 → 72小时', [65, 65])),
    'fee-added': one('  fee labour "Labour" 80 CNY per hour\n', '  fee labour "Labour" 80 CNY per hour\n  fee remote "Remote-area surcharge" 30 CNY\n',
        w('fee-added', 'fee added (Remote-area surcharge): (none) → CNY 30', '新增收费（Remote-area surcharge）：（无） → 30 元', [null, 35])),
    'fee-removed': one('  fee labour "Labour" 80 CNY per hour\n', '\n',
        b('fee-removed', 'fee removed (Labour): CNY 80 → (none)', '取消收费（Labour）：80 元 → （无）', [34, null])),
    'fee-raised': one('"Call-out fee" 50 CNY', '"Call-out fee" 80 CNY',
        w('fee-raised', 'fee raised (Call-out fee): CNY 50 → CNY 80', '收费提高（Call-out fee）：50 元 → 80 元', [33, 33])),
    'fee-lowered': one('"Call-out fee" 50 CNY', '"Call-out fee" ¥30',
        b('fee-lowered', 'fee lowered (Call-out fee): CNY 50 → CNY 30', '收费降低（Call-out fee）：50 元 → 30 元', [33, 33])),
    'fee-renamed': one('"Labour" 80 CNY', '"Labour charge" 80 CNY',
        n('fee-renamed', 'fee renamed (Labour charge): "Labour" → "Labour charge"', '收费项目改名（Labour charge）：“Labour” → “Labour charge”', [34, 34])),
    'fee-unit-changed': one('80 CNY per hour', '80 CNY per visit',
        n('fee-unit-changed', 'fee unit changed (Labour): "hour" → "visit"', '计价单位变化（Labour）：“hour” → “visit”', [34, 34])),
    'fee-disclosure-removed': one('per visit disclosed-before-service', 'per visit',
        w('fee-disclosure-removed', 'fee no longer disclosed before service: yes → (none)', '不再事先告知收费：是 → （无）', [33, null])),
    'channel-removed': { edits: [['  channel store onsite "Minhang store" hours 10:00-21:00 weekends\n', '\n'], ['via hotline, store', 'via hotline']], changes: [
        w('channel-removed', 'channel removed (store): "Minhang store" → (none)', '取消服务渠道（store）：“Minhang store” → （无）', [17, null]),
        w('service-channel-removed', 'service no longer taken through a channel (Complaints): "store" → (none)', '服务不再经此渠道受理（投诉）：“store” → （无）', [28, null]),
    ] },
    'channel-added': one('  channel store', '  channel mail email "service@diff.example"\n  channel store',
        b('channel-added', 'channel added (mail): (none) → "service@diff.example"', '新增服务渠道（mail）：（无） → “service@diff.example”', [null, 17])),
    'channel-contact-changed': one('"400-100-2000" hours', '"400-100-3000" hours',
        n('channel-contact-changed', 'channel contact changed (hotline): "400-100-2000" → "400-100-3000"', '渠道联系方式变化（hotline）：“400-100-2000” → “400-100-3000”', [15, 15])),
    'channel-kind-changed': one('channel wechat online', 'channel wechat sms',
        n('channel-kind-changed', 'channel type changed (wechat): online → text message', '渠道类型变化（wechat）：在线 → 短信', [16, 16])),
    'channel-hours-reduced': one('hours 08:00-22:00 daily', 'hours 09:00-18:00 weekdays',
        w('channel-hours-reduced', 'hours reduced (hotline): 08:00-22:00 daily → 09:00-18:00 Monday to Friday', '服务时间缩短（hotline）：08:00-22:00 每天 → 09:00-18:00 周一至周五', [15, 15])),
    'channel-hours-extended': one('hours 10:00-21:00 weekends', 'hours 10:00-21:00 daily',
        b('channel-hours-extended', 'hours extended (store): 10:00-21:00 weekends → 10:00-21:00 daily', '服务时间延长（store）：10:00-21:00 周末 → 10:00-21:00 每天', [17, 17])),
    'channel-hours-removed': one('"Diff service account" hours 24/7', '"Diff service account"',
        w('channel-hours-removed', 'hours no longer stated (wechat): 24 hours a day, 7 days a week → (none)', '不再写明服务时间（wechat）：7×24 小时 → （无）', [16, null])),
    'outlet-removed': one('    outlet "Suzhou centre" authorised address "No. 8 Sample Street"\n', '\n',
        w('outlet-removed', 'outlet removed (Suzhou centre): "Suzhou centre" → (none)', '取消服务网点（Suzhou centre）：“Suzhou centre” → （无）', [12, null])),
    'outlet-added': one('  }\n\n  channel hotline', '    outlet "Hangzhou partner" contracted\n  }\n\n  channel hotline',
        b('outlet-added', 'outlet added (Hangzhou partner): (none) → "Hangzhou partner"', '新增服务网点（Hangzhou partner）：（无） → “Hangzhou partner”', [null, 13])),
    'outlet-renamed': one('outlet "Suzhou centre"', 'outlet "Suzhou service centre"',
        n('outlet-renamed', 'outlet renamed (Suzhou service centre): "Suzhou centre" → "Suzhou service centre"', '服务网点改名（Suzhou service centre）：“Suzhou centre” → “Suzhou service centre”', [12, 12])),
    'outlet-address-changed': one('"No. 8 Sample Street"', '"No. 9 Sample Street"',
        n('outlet-address-changed', 'outlet address changed (Suzhou centre): "No. 8 Sample Street" → "No. 9 Sample Street"', '网点地址变化（Suzhou centre）：“No. 8 Sample Street” → “No. 9 Sample Street”', [12, 12])),
    'outlet-kind-changed': one('"Suzhou centre" authorised', '"Suzhou centre" contracted',
        n('outlet-kind-changed', 'outlet type changed (Suzhou centre): authorised → contracted partner', '网点类型变化（Suzhou centre）：授权 → 特约', [12, 12])),
    'service-removed': one('  service complaint free {\n    via hotline, store\n    respond within 2 hours\n    resolve within 3 days\n  }\n', '\n\n\n\n\n',
        w('service-removed', 'service removed (Complaints): Complaints → (none)', '取消服务项目（投诉）：投诉 → （无）', [27, null])),
    'service-added': one('\n  fee visit', '  service installation "Installation" free {\n    via hotline\n  }\n\n  fee visit',
        b('service-added', 'service added (Installation): (none) → "Installation"', '新增服务项目（Installation）：（无） → “Installation”', [null, 32])),
    'service-relabelled': one('"Home repair"', '"Repair at home"',
        n('service-relabelled', 'service renamed (Repair at home): "Home repair" → "Repair at home"', '服务项目改名（Repair at home）：“Home repair” → “Repair at home”', [19, 19])),
    'service-now-charged': one('service complaint free', 'service complaint paid',
        w('service-now-charged', 'service now charged (Complaints): Free → Charged', '服务改为收费（投诉）：免费 → 收费', [27, 27])),
    'service-now-free': one('"Home repair" paid after-warranty', '"Home repair" free',
        b('service-now-free', 'service now free (Home repair): Charged after the warranty period → Free', '服务改为免费（Home repair）：保修期外收费 → 免费', [19, 19])),
    'service-channel-added': one('via hotline, wechat', 'via hotline, wechat, store',
        b('service-channel-added', 'service now taken through a channel (Home repair): (none) → "store"', '服务新增受理渠道（Home repair）：（无） → “store”', [null, 20])),
    'service-area-changed': one('area "Shanghai city districts"', 'area "Shanghai inner ring"',
        n('service-area-changed', 'service area changed (Home repair): "Shanghai city districts" → "Shanghai inner ring"', '服务范围变化（Home repair）：“Shanghai city districts” → “Shanghai inner ring”', [25, 25])),
    'loaner-removed': one('    loaner "Substitute unit"\n', '\n',
        w('loaner-removed', 'loaner no longer offered (Home repair): "Substitute unit" → (none)', '不再提供代用品（Home repair）：“Substitute unit” → （无）', [24, null])),
    'no-reason-window-lengthened': one('no-reason 7 days', 'no-reason 15 days',
        b('no-reason-window-lengthened', 'no-reason return window lengthened: 7 days → 15 days', '无理由退货期限延长：7天 → 15天', [46, 46])),
    'no-reason-window-shortened': one('no-reason 7 days', 'no-reason 5 days',
        w('no-reason-window-shortened', 'no-reason return window shortened: 7 days → 5 days', '无理由退货期限缩短：7天 → 5天', [46, 46])),
    'no-reason-exemption-added': one('except custom confirmed', 'except custom, perishable confirmed',
        w('no-reason-exemption-added', 'goods excluded from no-reason returns: (none) → perishable goods', '新增不适用无理由退货的商品：（无） → 鲜活易腐商品', [null, 46])),
    'no-reason-exemption-removed': one('from receipt except custom confirmed', 'from receipt confirmed',
        b('no-reason-exemption-removed', 'goods no longer excluded from no-reason returns: custom-made goods → (none)', '恢复无理由退货的商品：定制商品 → （无）', [46, null])),
    'no-reason-confirmation-removed': one('except custom confirmed-at-purchase', 'except custom',
        w('no-reason-confirmation-removed', 'exclusions no longer confirmed at purchase: yes → (none)', '不再在购买时确认除外商品：是 → （无）', [46, null])),
    'exchange-window-shortened': one('exchange 15 days', 'exchange 10 days',
        w('exchange-window-shortened', 'exchange window shortened: 15 days → 10 days', '换货期限缩短：15天 → 10天', [47, 47])),
    'defect-return-window-lengthened': one('return 7 days', 'return 10 days',
        b('defect-return-window-lengthened', 'faulty-goods return window lengthened: 7 days → 10 days', '质量问题退货期限延长：7天 → 10天', [48, 48])),
    'window-start-changed': one('exchange 15 days from receipt', 'exchange 15 days from purchase',
        n('window-start-changed', 'start of a time limit changed (exchange window): from receipt of the goods → from purchase', '期限起算时点变化（换货期限）：自签收之日起 → 自购买之日起', [47, 47])),
    'return-condition-added': one('    shipping defect', '    condition "Original packaging must be kept"\n    shipping defect',
        w('return-condition-added', 'return condition added: (none) → "Original packaging must be kept"', '新增退换货条件：（无） → “Original packaging must be kept”', [null, 51])),
    'return-condition-removed': one('    condition "Returned goods must be complete with their accessories"\n', '\n',
        b('return-condition-removed', 'return condition removed: "Returned goods must be complete with their accessories" → (none)', '删除退换货条件：“Returned goods must be complete with their accessories” → （无）', [50, null])),
    'freight-shifted-to-buyer': one('shipping defect paid-by seller', 'shipping defect paid-by buyer',
        w('freight-shifted-to-buyer', 'freight now paid by the customer (Goods with a quality problem): the business → the customer', '运费改由顾客承担（质量问题退换货）：商家 → 顾客', [51, 51])),
    'freight-shifted-to-seller': one('无理由退货 paid-by buyer', '无理由退货 paid-by seller',
        b('freight-shifted-to-seller', 'freight now paid by the business (Return without a reason): the customer → the business', '运费改由商家承担（无理由退货）：顾客 → 商家', [52, 52])),
    'freight-buyer-pays-removed': one('    shipping 无理由退货 paid-by buyer\n', '\n',
        b('freight-buyer-pays-removed', 'customer-paid freight no longer stated (Return without a reason): the customer → (none)', '不再要求顾客承担运费（无理由退货）：顾客 → （无）', [52, null])),
    'payment-method-removed': one('payment cash, card, online', 'payment cash, card',
        w('payment-method-removed', 'payment method removed: online payment → (none)', '取消支付方式：网上支付 → （无）', [55, null])),
    'payment-method-added': one('payment cash, card, online', 'payment cash, card, online, transfer',
        b('payment-method-added', 'payment method added: (none) → bank transfer', '新增支付方式：（无） → 银行转账', [null, 55])),
    'privacy-retention-lengthened': one('retention 3 years', 'retention 5 years',
        w('privacy-retention-lengthened', 'personal-data retention period lengthened: 3 years → 5 years', '个人信息保存期限延长：3年 → 5年', [59, 59])),
    'privacy-retention-shortened': one('retention 3 years', 'retention 1 year',
        b('privacy-retention-shortened', 'personal-data retention period shortened: 3 years → 1 year', '个人信息保存期限缩短：3年 → 1年', [59, 59])),
    'third-party-sharing-added': one('third-parties "Courier companies"', 'third-parties "Courier companies", "Advertising partners"',
        w('third-party-sharing-added', 'personal data shared with a new third party: (none) → "Advertising partners"', '新增个人信息接收方：（无） → “Advertising partners”', [null, 60])),
    'third-party-sharing-removed': one('    third-parties "Courier companies"\n', '\n',
        b('third-party-sharing-removed', 'personal data no longer shared with a third party: "Courier companies" → (none)', '不再向此第三方提供个人信息：“Courier companies” → （无）', [60, null])),
    'separate-consent-removed': one('    separate-consent\n', '\n',
        w('separate-consent-removed', 'separate consent no longer asked: yes → (none)', '不再单独征得同意：是 → （无）', [57, null])),
    'privacy-purpose-changed': one('"Delivery and after-sales service only"', '"Delivery, after-sales service and surveys"',
        n('privacy-purpose-changed', 'purpose of personal data changed: "Delivery and after-sales service only" → "Delivery, after-sales service and surveys"',
            '个人信息使用目的变化：“Delivery and after-sales service only” → “Delivery, after-sales service and surveys”', [58, 58])),
    'security-measure-added': one('security "Encrypted storage"', 'security "Encrypted storage", "Audit logs"',
        b('security-measure-added', 'security measure added: (none) → "Audit logs"', '新增安全措施：（无） → “Audit logs”', [null, 62])),
    'provider-changed': one('    contact "400-100-2000"', '    contact "400-100-3000"',
        n('provider-changed', 'provider details changed: "400-100-2000" → "400-100-3000"', '服务提供方信息变化：“400-100-2000” → “400-100-3000”', [7, 7])),
    'statement-added': one('  statement "Signing', '  statement "Spare parts are sold at list price."\n  statement "Signing',
        n('statement-added', 'statement added: (none) → "Spare parts are sold at list price."', '新增声明：（无） → “Spare parts are sold at list price.”', [null, 67])),
    'statement-removed': one('  statement "Signing for the goods fixes the delivery date; it does not waive any right."\n', '\n',
        n('statement-removed', 'statement removed: "Signing for the goods fixes the delivery date; it does not waive any right." → (none)',
            '删除声明：“Signing for the goods fixes the delivery date; it does not waive any right.” → （无）', [67, null])),
    // The forbidden-wording clause runs on what was added, and only on that.
    'void-wording-added': one('  statement "Signing', '  statement "本店商品一经售出概不退换"\n  statement "Signing', {
        ...w('void-wording-added', 'void standard-term wording added: (none) → "本店商品一经售出概不退换"', '新增无效格式条款表述：（无） → “本店商品一经售出概不退换”', [null, 67]),
    }),
};
// the void wording is also a statement added (neutral): listed after the worse change
CASES['void-wording-added'].changes.push(n('statement-added', 'statement added: (none) → "本店商品一经售出概不退换"', '新增声明：（无） → “本店商品一经售出概不退换”', [null, 67]));


let analyzer: Analyzer;
let base: PolicyAnalysis;
beforeAll(async () => {
    analyzer = new Analyzer({ lang: 'en' });
    base = await analyzer.analyzeText(BASE, join(FIXTURES, 'old', 'base.aspl'));
    expect(base.problems).toEqual([]);
});

describe('a fixture pair per change kind', () => {
    test.each(Object.entries(CASES))('%s', async (_, c) => {
        const now = await analyzer.analyzeText(apply(BASE, c.edits), join(FIXTURES, 'new', 'base.aspl'));
        expect(now.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const d = diffPolicies(base, now, analyzer.registry);
        expect(d.changes.map((ch) => ({
            kind: ch.kind, class: ch.class, en: changeSentence(ch, 'en'), zh: changeSentence(ch, 'zh'), lines: [line(ch, 'oldSrc'), line(ch, 'newSrc')],
        }))).toEqual(c.changes);
    });
});

test('the void wording check names its clause, and the new version introduces the finding', async () => {
    const now = await analyzer.analyzeText(apply(BASE, CASES['void-wording-added'].edits), join(FIXTURES, 'new', 'base.aspl'));
    const d = diffPolicies(base, now, analyzer.registry);
    expect(d.changes[0].clause).toEqual({ catalog: 'CN-CONSUMER-LAW', clause: 'CPL-26' });
    expect(d.compliance.introduced.map((f) => [f.ruleId, f.status, f.src.range.start.line + 1])).toEqual([['CN-CONSUMER-LAW CPL-26', 'violated', 67]]);
    expect(d.compliance.fixed).toEqual([]);
});

test('working vs calendar days: the assumption is stated with the worst case', async () => {
    const now = await analyzer.analyzeText(apply(BASE, CASES['refund-time-may-be-slower'].edits), join(FIXTURES, 'new', 'base.aspl'));
    const [c] = diffPolicies(base, now, analyzer.registry).changes;
    expect(c.assumption?.en).toBe('working and calendar days compared in the worst case: 7 working days can span weekends and one long holiday (assumed 7 days in a row), up to about 18 calendar days');
    expect(c.assumption?.zh).toBe('工作日与自然日按最不利情况比较：7个工作日可能跨越周末与一次长假（假设连续 7 天），最长约 18 个自然日');
});

test('a renamed channel still used by services is renamed, not removed and added', async () => {
    const now = await analyzer.analyzeText(apply(BASE, [['channel store onsite', 'channel shop onsite'], ['via hotline, store', 'via hotline, shop']]), join(FIXTURES, 'new', 'base.aspl'));
    const d = diffPolicies(base, now, analyzer.registry);
    expect(d.changes.map((c) => [c.kind, c.class, changeSentence(c, 'en'), line(c, 'oldSrc'), line(c, 'newSrc')])).toEqual([
        ['channel-renamed', 'neutral', 'channel renamed (shop): "store" → "shop"', 17, 17],
    ]);
});

test('a pure reformat (moved blocks, Chinese keywords, 48 hours as 2 days) is no change at all', async () => {
    const reformatted = apply(BASE, [
        // fees moved above the services, channels reordered, keywords in Chinese, whitespace changed
        ['  fee visit "Call-out fee" 50 CNY per visit disclosed-before-service\n  fee labour "Labour" 80 CNY per hour\n', ''],
        ['  service repair', '  费用 labour “Labour” ¥80 每 hour\n  fee   visit "Call-out fee" 50元 / visit 事先告知\n\n  service repair'],
        ['  channel hotline phone "400-100-2000" hours 08:00-22:00 daily\n  channel wechat online "Diff service account" hours 24/7\n',
            '  渠道 wechat online "Diff service account" 时段 7x24\n  channel hotline 电话 "400-100-2000" hours 08:00-12:00, 12:00-22:00 每天\n'],
        ['escalate after 48 hours', 'escalate after 2 days'],
        ['warranty from receipt {', '保修 自 签收 {'],
        ['payment cash, card, online', 'payment online，card、cash'],
    ]);
    const now = await analyzer.analyzeText(reformatted, join(FIXTURES, 'new', 'base.aspl'));
    expect(now.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const d = diffPolicies(base, now, analyzer.registry);
    expect(d.changes).toEqual([]);
    expect(d.compliance.fixed).toEqual([]);
    expect(d.compliance.introduced).toEqual([]);
});
