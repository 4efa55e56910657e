/** The PolicyModel of two samples, field by field: values normalized, every value with its source. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import type { PolicyModel, Src } from '../../server/src/model/types.js';

const root = join(__dirname, '../..');
const analyzer = new Analyzer({ lang: 'en' });
const at = (s: Src | undefined) => (s ? `${s.uri.split('/').pop()}:${s.range.start.line + 1}:${s.range.start.character + 1}` : undefined);

async function model(file: string): Promise<PolicyModel> {
    const a = await analyzer.analyzeFile(join(root, file));
    expect(a.problems).toEqual([]);
    return a.model!;
}

describe('custom furniture sample', async () => {
    const m = await model('samples/furniture-custom/acme-furniture.aspl');

    it('header and provider', () => {
        expect([m.name, m.title?.value, m.version?.value, m.effective?.value, m.partial]).toEqual(['艾克美定制家居', '苏州艾克美全屋定制家居售后服务政策', '2026.2', '2026-03-01', false]);
        expect(m.provider?.name.value).toBe('苏州艾克美全屋定制家居有限公司');
        expect(m.provider?.licence?.value).toBe('91320506MA7H3K2Q5Y');
        expect(at(m.provider?.licence?.src)).toBe('acme-furniture.aspl:18:10');
        expect(m.applies.map((a) => a.value)).toEqual(['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW']);
    });

    it('products with custom flag, sales channels, buyers and kind as canonical words', () => {
        expect(m.products?.categories.map((c) => [c.name.value, c.custom, c.sales.map((s) => s.value), c.buyers.map((b) => b.value), c.kind?.value])).toEqual([
            ['全屋定制衣柜、橱柜、书柜', true, ['online', 'offline'], ['consumers'], 'furniture'],
            ['成品家居饰品', false, ['online', 'offline'], ['consumers'], 'furniture'],
        ]);
    });

    it('channels: kind, contact, hours and name position', () => {
        expect(m.channels.map((c) => [c.name, c.kind.value, c.contact.value, c.hours?.always ?? null, c.hours?.ranges.map((r) => `${r.start}-${r.end}`) ?? null, c.hours?.days?.value ?? null, at(c.nameSrc)])).toEqual([
            ['售后热线', 'phone', '400-826-3377', false, ['08:00-21:00'], 'daily', 'acme-furniture.aspl:40:6'],
            ['服务号', 'online', '艾克美全屋定制服务号', true, [], null, 'acme-furniture.aspl:41:6'],
            ['体验中心', 'onsite', '各地体验中心服务台（地址见服务网络）', false, ['10:00-21:00'], 'daily', 'acme-furniture.aspl:42:6'],
            ['客服邮箱', 'email', 'service@acme-home.example', true, [], null, 'acme-furniture.aspl:43:6'],
            ['回访短信', 'sms', '1069 0826 3377', null, null, null, 'acme-furniture.aspl:44:6'],
        ]);
    });

    it('services: pricing, channels used, durations normalized with their unit kind', () => {
        const complaint = m.services.find((s) => s.kind.value === 'complaint')!;
        expect(complaint.pricing).toBe('free');
        expect(complaint.channels.map((c) => c.value)).toEqual(['售后热线', '服务号', '体验中心', '客服邮箱']);
        expect([complaint.respond?.amount, complaint.respond?.unit, complaint.respond?.kind, complaint.respond?.minutes]).toEqual([2, 'hour', 'calendar', 120]);
        expect([complaint.resolve?.amount, complaint.resolve?.unit, complaint.resolve?.kind]).toEqual([3, 'workday', 'working']);
        expect(at(complaint.src)).toBe('acme-furniture.aspl:91:3');
        expect(m.services.map((s) => `${s.kind.value}/${s.pricing}`)).toEqual([
            'consultation/free', 'measurement/paid', 'delivery/free', 'installation/free', 'repair/free', 'repair/paid-after-warranty', 'maintenance/free', 'complaint/free',
        ]);
    });

    it('fees in fen with currency and unit', () => {
        expect(m.fees.map((f) => [f.name, f.amount.fen, f.amount.currency, f.per?.value, f.disclosed])).toEqual([
            ['设计', 30000, 'CNY', '次', true], ['上门', 5000, 'CNY', '次', true], ['人工', 8000, 'CNY', '小时', true],
            ['远程', 200, 'CNY', '公里', true], ['拆装', 15000, 'CNY', '延米', true],
        ]);
    });

    it('warranty and returns', () => {
        expect(m.warranty?.start?.value).toBe('installation');
        expect(m.warranty?.covers.map((c) => `${c.part.value}:${c.period.amount} ${c.period.unit}`)).toEqual([
            '柜体板材:5 year', '台面（石英石、岩板）:3 year', '五金件（铰链、滑轨、拉篮）:3 year', '电器类配件（感应灯带）:1 year',
        ]);
        expect([m.warranty?.spareParts?.amount, m.warranty?.spareParts?.unit]).toEqual([10, 'year']);
        const r = m.returns!;
        expect([r.noReason?.window.duration.amount, r.noReason?.window.duration.unit, r.noReason?.window.start?.value]).toEqual([7, 'day', 'receipt']);
        expect(r.noReason?.exemptions.map((e) => e.kind)).toEqual(['custom']);
        expect([r.refund?.amount, r.refund?.unit, r.refund?.kind, r.refund?.minutes, at(r.refund?.src)]).toEqual([5, 'day', 'calendar', 7200, 'acme-furniture.aspl:123:10']);
        expect(r.shipping.map((s) => `${s.case.value}:${s.payer.value}`)).toEqual(['defect:seller', 'no-reason:buyer']);
    });

    it('staff, satisfaction, claims', () => {
        expect([m.staff?.manager?.name.value, m.staff?.manager?.certified]).toEqual(['周文静', true]);
        expect([m.satisfaction?.every?.amount, m.satisfaction?.every?.unit, m.satisfaction?.target?.value]).toEqual([3, 'month', 95]);
        expect(m.attestations).toHaveLength(38);
        expect(m.waivers.map((w) => `${w.catalog} ${w.clause}`)).toEqual(['T-CGCC-CUSTOM 5.8']);
        expect(m.waivers[0].text).toMatch(/不涉及原产地证明/);
    });
});

describe('online appliance sample: imports merged with the base policy', async () => {
    const m = await model('samples/appliance-online/small-appliances.aspl');

    it('inherits provider and channels from the base, keeping the base file as their source', () => {
        expect(m.base).toBe('优居集团基础政策');
        expect(m.imports.map((i) => i.path)).toEqual(['./base.aspl']);
        expect(m.provider?.name.value).toBe('深圳市优居智能电器科技有限公司');
        expect(at(m.provider?.licence?.src)).toBe('base.aspl:15:10');
        expect(m.channels.map((c) => `${c.name}@${at(c.nameSrc)}`)).toEqual([
            '客服热线@base.aspl:22:6', '在线客服@base.aspl:23:6', '客服邮箱@base.aspl:24:6', '服务短信@base.aspl:25:6',
        ]);
        expect(m.partial).toBe(false);
    });

    it('its own blocks: the faults stay as written', () => {
        expect(m.warranty?.start?.value).toBe('shipment');
        expect(m.returns?.noReason?.window.start?.value).toBe('purchase');
        expect([m.returns?.refund?.amount, m.returns?.refund?.unit, m.returns?.refund?.kind]).toEqual([10, 'workday', 'working']);
        expect(m.returns?.shipping.map((s) => `${s.case.value}:${s.payer.value}`)).toEqual(['defect:buyer', 'no-reason:buyer']);
        expect(m.statements.map((s) => s.value)).toEqual(['签收即视为交付，运输风险自签收起转移', '本活动最终解释权归本公司所有']);
        expect(m.services.find((s) => s.kind.value === 'complaint')?.resolve).toBeUndefined();
        expect(m.fees.map((f) => `${f.name}:${f.amount.fen}/${f.per?.value}`)).toEqual(['检测:3000/次', '人工:6000/次', '寄修:2000/单']);
    });
});

describe('exemptions that are also product kinds', () => {
    it('are spelled as the kind is: 除外 数字商品 / 软件 / 生鲜食品 / 期刊 name the statutory exclusions', async () => {
        const a = await analyzer.analyzeText('政策 P "示例" {\n  退换货 {\n    无理由 7天 自 签收 除外 数字商品、软件、生鲜食品、newspaper、"特价商品"\n  }\n}\n');
        expect(a.problems.filter((p) => p.code !== undefined && /unknown/.test(p.code)).map((p) => p.code)).toEqual([]);
        expect(a.model?.returns?.noReason?.exemptions.map((e) => e.kind ?? e.text)).toEqual(['digital', 'digital', 'perishable', 'periodicals', '特价商品']);
    });
});
