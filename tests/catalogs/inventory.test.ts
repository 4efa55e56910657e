/**
 * The standards catalogs as data: every file validates against catalog.schema.json, each catalog
 * holds exactly the clauses of its source (lists written out here from the seed texts), the T/CGCC
 * points are table 1's row by row, and every path a check uses names a real PolicyModel field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import AjvModule from 'ajv';
import ts from 'typescript';
import { checkPathUses, checksIn, type Check as RegistryCheck } from '../../server/src/engine/checks/registry.js';
import { runCheck } from '../../server/src/engine/checks/run.js';
import type { VoidWordingSpec } from '../../server/src/engine/checks/void-wording.js';
import { compilePattern } from '../../server/src/engine/patterns.js';
import type { PolicyModel } from '../../server/src/model/types.js';
import type { PathUse } from '../../server/src/engine/checks/primitive.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const standards = join(root, 'standards');
const Ajv = (AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule;

type Bilingual = { zh: string; en: string };
type Check = Record<string, unknown>;
interface Clause {
    id: string; section: Bilingual; summary: Bilingual; level: string;
    points?: number; pointsInferred?: boolean; confidence?: string; cite?: string; note?: Bilingual; check?: Check;
}
interface Catalog {
    id: string; status: string; partial?: boolean; enabledByDefault: boolean; mandatory?: boolean;
    source: { seed?: string }; appliesWhen?: Check;
    scoring?: { total: number; pass: { minimum: number; requires?: Check }; sections: Array<{ id: string; points: number }> };
    clauses: Clause[];
}

function yamlFiles(dir: string): string[] {
    return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
}
const files = [...yamlFiles(standards), ...yamlFiles(join(standards, 'packs'))];
const catalogs = new Map<string, Catalog>(files.map((f) => {
    const c = parse(readFileSync(f, 'utf8')) as Catalog;
    return [c.id, c];
}));
const catalog = (id: string): Catalog => {
    const c = catalogs.get(id);
    if (!c) throw new Error(`catalog ${id} not found`);
    return c;
};
const ids = (id: string) => catalog(id).clauses.map((c) => c.id);

// ---------------------------------------------------------------- the clause lists, from the seeds

/** 004 GB/T 售后服务规范 总则: every numbered requirement clause; 5.7's items as the draft prints them. */
const GBT = [
    '4.1.1', '4.1.2', '4.1.3', '4.2.1', '4.2.2', '4.2.3',
    '5.1', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.3.1', '5.3.2', '5.4.1', '5.4.2', '5.5.1', '5.5.2',
    '5.6.1.1', '5.6.1.2', '5.6.1.3', '5.6.2.1', '5.6.2.2', '5.6.2.3', '5.6.2.4',
    '5.1.7.1', '5.1.7.2', '5.1.7.3',
    '6.1.1', '6.1.2', '6.2.1', '6.2.2', '6.2.3',
    '7.1', '7.2', '7.3',
    '8.1', '8.2.1', '8.2.2', 'TERMS-8.2.2', '8.3.1', '8.3.2', '8.4.1', '8.4.2', '8.4.3',
    '9.1.1', '9.1.2', '9.1.3', '9.2',
];

/** 002 T/CGCC 定制商品售后服务规范, table 1: section, its printed total, and each row's points. */
const CGCC_TABLE: Array<{ section: string; total: number; rows: Array<[string, number]> }> = [
    { section: '基础保障', total: 16, rows: [['4.1', 4], ['4.2', 2], ['4.3', 2], ['4.4', 2], ['4.5', 2], ['4.6', 2], ['4.7', 2]] },
    { section: '前期服务', total: 19, rows: [['5.1', 2], ['5.2', 2], ['5.3', 1], ['5.4', 2], ['5.5', 3], ['5.6', 3], ['5.7', 2], ['5.8', 2]] },
    { section: '技术支持', total: 15, rows: [['6.1', 1], ['6.2', 2], ['6.3', 3], ['6.4', 2], ['6.5', 3], ['6.6', 2], ['6.7', 2]] },
    { section: '维修服务', total: 13, rows: [['7.1', 2], ['7.2', 2], ['7.3', 2], ['7.4', 2], ['7.5', 2], ['7.6', 3]] },
    { section: '事件处理', total: 20, rows: [['8.1', 2], ['8.2', 2], ['8.3', 2], ['8.4', 2], ['8.5', 3], ['8.6', 3], ['8.7', 3], ['8.8', 3]] },
    { section: '服务提升', total: 17, rows: [['9.1', 2], ['9.2', 3], ['9.3', 2], ['9.4', 3], ['9.5', 3], ['9.6', 4]] },
];
/** Clauses of the text without a row in table 1. */
const CGCC_UNSCORED = ['5.9'];
const CGCC = [
    '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7',
    '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9',
    '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7',
    '7.1', '7.2', '7.3', '7.4', '7.5', '7.6',
    '8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8',
    '9.1', '9.2', '9.3', '9.4', '9.5', '9.6',
];

/** 001 T/GXDSL 259: terms 四(一)…四(十) and the principles paragraph of 五 (the text breaks off there). */
const GXDSL = ['T4.1', 'T4.2', 'T4.3', 'T4.4', 'T4.5', 'T4.6', 'T4.7', 'T4.8', 'T4.9', 'T4.10', 'P5'];

/** 000 cable drafting note, items (三)…(七) — ids of our own. */
const CABLE = ['FLOW.1', 'FLOW.2', 'FLOW.3', 'FLOW.4', 'ARCH.1', 'CONTRACT.1', 'CONTRACT.2', 'CRM.1', 'CRM.2', 'CRM.3', 'CRM.4', 'QA.1'];

/** 003 Q/GSB GSB/C 316.002: the policy-relevant clauses and the five rows of table 1 (chapter 7). */
const QGSB = ['6.1', '6.3.3', '6.3.4', '6.4', '6.5.1', '6.5.2', '6.5.3', '6.5.4', '6.6.1', '6.6.2', 'T7.1', 'T7.2', 'T7.3', 'T7.4', 'T7.5'];

/** The legal baseline's rows that a policy can be checked against. */
const LAW = [
    'CPL-2', 'CPL-23', 'CPL-24', 'CPL-25', 'CPL-25.exemptions', 'M7-10', 'M7-13', 'M7-14', 'M7-31', 'IR-18', 'IR-18.no-invoice', 'SB-SPARE',
    'CPL-26', 'CPL-28', 'CBEC-486', 'IR-44',
];
/** The personal-information duties: in force whoever the buyers are. */
const PII = ['CPL-29', 'PIPL-19', 'PIPL-23', 'PIPL-50'];

const EXPECTED: Record<string, string[]> = {
    'GBT-AS-GENERAL': GBT, 'T-CGCC-CUSTOM': CGCC, 'T-GXDSL-259': GXDSL, 'CABLE-AS': CABLE,
    'Q-GSB-316.002': QGSB, 'CN-CONSUMER-LAW': LAW, 'CN-PERSONAL-INFO': PII,
};

// ---------------------------------------------------------------- checks, walked

/** Every primitive used, walked by the registry (so a new combinator's children are walked too). */
function allChecks(cat: Catalog): Array<{ where: string; check: Check }> {
    const out: Array<{ where: string; check: Check }> = [];
    const add = (where: string, c: Check | undefined) => { for (const x of checksIn(c as RegistryCheck | undefined)) out.push({ where, check: x.check as unknown as Check }); };
    add(`${cat.id} appliesWhen`, cat.appliesWhen);
    add(`${cat.id} scoring`, cat.scoring?.pass.requires);
    for (const cl of cat.clauses) { add(`${cat.id} ${cl.id}`, cl.check); add(`${cat.id} ${cl.id} caveat`, (cl as { caveat?: { unless: Check } }).caveat?.unless); }
    return out;
}
/** Every model path the catalog's checks read, as each primitive declares them (allHave's path.field included). */
function allPathUses(cat: Catalog): Array<{ where: string; use: PathUse }> {
    const out: Array<{ where: string; use: PathUse }> = [];
    const add = (where: string, c: Check | undefined) => { for (const use of checkPathUses(c as RegistryCheck | undefined)) out.push({ where, use }); };
    add(`${cat.id} appliesWhen`, cat.appliesWhen);
    add(`${cat.id} scoring`, cat.scoring?.pass.requires);
    for (const cl of cat.clauses) { add(`${cat.id} ${cl.id}`, cl.check); add(`${cat.id} ${cl.id} caveat`, (cl as { caveat?: { unless: Check } }).caveat?.unless); }
    return out;
}

// ---------------------------------------------------------------- tests

describe('catalog files', () => {
    it('all seven catalogs are present, one per id', () => {
        expect(files.length).toBe(catalogs.size);
        for (const id of Object.keys(EXPECTED)) expect(catalogs.has(id), id).toBe(true);
    });

    it('every catalog validates against catalog.schema.json', () => {
        const schema = JSON.parse(readFileSync(join(standards, 'catalog.schema.json'), 'utf8')) as object;
        const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
        for (const f of files) {
            const ok = validate(parse(readFileSync(f, 'utf8')));
            expect(validate.errors ?? [], f).toEqual([]);
            expect(ok, f).toBe(true);
        }
    });

    it('the schema rejects typos and malformed checks', () => {
        const schema = JSON.parse(readFileSync(join(standards, 'catalog.schema.json'), 'utf8')) as object;
        const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
        const base = structuredClone(catalog('GBT-AS-GENERAL')) as unknown as Record<string, unknown>;
        const clause = (patch: Record<string, unknown>) => ({ ...base, clauses: [{ id: '1.1', section: { zh: '甲', en: 'A' }, summary: { zh: '甲', en: 'A' }, level: 'shall', ...patch }] });
        expect(validate(base)).toBe(true);
        expect(validate({ ...base, enabledByDefualt: true })).toBe(false);
        expect(validate(clause({ levle: 'shall' }))).toBe(false);
        expect(validate(clause({ level: 'must' }))).toBe(false);
        expect(validate(clause({ summary: { zh: '只有中文' } }))).toBe(false);
        expect(validate(clause({ id: '7.T1' }))).toBe(false);
        expect(validate(clause({ confidence: 'X' }))).toBe(false);
        expect(validate(clause({ check: { exists: 'a', count: { path: 'b', atLeast: 1 } } }))).toBe(false);
        expect(validate(clause({ check: { exist: 'provider' } }))).toBe(false);
        expect(validate(clause({ check: { count: { path: 'channels', atleast: 2 } } }))).toBe(false);
        expect(validate(clause({ check: { when: { if: { exists: 'fees' }, than: { exists: 'fees' } } } }))).toBe(false);
        expect(validate(clause({ check: { all: [{ exists: 'fees' }, { bogus: 1 }] } }))).toBe(false);
        expect(validate(clause({ check: { maxDuration: { path: 'returns.refund', limit: 'soon' } } }))).toBe(false);
        expect(validate(clause({ check: { forbiddenText: { patterns: ['x'.repeat(201)] } } }))).toBe(false);
        expect(validate(clause({ pointsInferred: true }))).toBe(false);
        expect(validate(clause({ check: { when: { if: { exists: 'services[pricing=paid]' }, then: { any: [{ exists: 'fees[disclosed=true]' }, { builtin: 'no-reason-exemptions' }] } } } }))).toBe(true);
    });

    it('each catalog holds exactly the clauses of its source, each once', () => {
        for (const [id, expected] of Object.entries(EXPECTED)) {
            const got = ids(id);
            expect(new Set(got).size, `${id} has duplicate ids`).toBe(got.length);
            expect([...got].sort(), id).toEqual([...expected].sort());
        }
    });

    it('only the draft-misnumbered 5.7 items carry 5.1.7.x ids, with a note saying so', () => {
        for (const id of ['5.1.7.1', '5.1.7.2', '5.1.7.3']) {
            const c = catalog('GBT-AS-GENERAL').clauses.find((x) => x.id === id)!;
            expect(c.note?.en, id).toMatch(/5\.7/);
            expect(c.note?.zh, id).toMatch(/5\.7/);
        }
    });

    it('levels: 宜 clauses are should, and so are interpretations (descriptive text 4.2.1, 4.2.2, 6.2.1, 8.1; 9.1.3 what determines satisfaction); the rest of GB/T is shall', () => {
        const should = catalog('GBT-AS-GENERAL').clauses.filter((c) => c.level === 'should').map((c) => c.id).sort();
        expect(should).toEqual(['4.2.1', '4.2.2', '5.6.1.2', '6.2.1', '8.1', '8.4.2', '9.1.3']);
        for (const id of ['4.2.1', '4.2.2', '6.2.1']) expect(catalog('GBT-AS-GENERAL').clauses.find((c) => c.id === id)!.note?.en, id).toMatch(/Interpretation: .*hence should/);
        expect(catalog('GBT-AS-GENERAL').clauses.find((c) => c.id === '9.1.3')!.note?.en).toMatch(/^Interpretation: .*the level is should\.$/);
        expect(catalog('GBT-AS-GENERAL').clauses.find((c) => c.id === '8.1')!.note?.en).toMatch(/interpretation, hence should/);
        expect(catalog('GBT-AS-GENERAL').clauses.find((c) => c.id === '8.4.3')!.check).toEqual({ maxDuration: { path: 'returns.refund', limit: '5 working days' } });
    });

    it('identity: status, defaults and applicability', () => {
        const facts = Object.fromEntries([...catalogs.values()].map((c) => [c.id, [c.status, c.enabledByDefault, !!c.mandatory, !!c.partial]]));
        expect(facts).toMatchObject({
            'GBT-AS-GENERAL': ['征求意见稿', true, false, false],
            'T-CGCC-CUSTOM': ['公示稿', true, false, false],
            'T-GXDSL-259': ['现行', false, false, true],
            'CABLE-AS': ['编制说明', true, false, true],
            'Q-GSB-316.002': ['企业标准', false, false, false],
            'CN-CONSUMER-LAW': ['法律', true, true, false],
            'CN-PERSONAL-INFO': ['法律', true, true, false],
        });
        expect(catalog('T-CGCC-CUSTOM').appliesWhen).toEqual({ exists: 'products.categories[custom=true]' });
        expect(catalog('CABLE-AS').appliesWhen).toEqual({ exists: 'products.categories[kind=cable]' });
        // Out of scope only when every category names business buyers only (silence keeps the law on).
        expect(catalog('CN-CONSUMER-LAW').appliesWhen).toEqual({ builtin: 'consumer-sales' });
        expect(catalog('CN-PERSONAL-INFO').appliesWhen).toBeUndefined();
        for (const c of catalog('CABLE-AS').clauses) expect(c.note?.en, c.id).toMatch(/drafting note/);
        // (三) lists the process stages without 应: reading each as a service the policy must offer is ours, so should;
        // (四)–(七) say 应 (or state a plain requirement) and stay shall.
        const levels = Object.fromEntries(catalog('CABLE-AS').clauses.map((c) => [c.id, c.level]));
        expect(levels).toEqual({
            'FLOW.1': 'should', 'FLOW.2': 'should', 'FLOW.3': 'should', 'FLOW.4': 'should', 'ARCH.1': 'shall', 'CONTRACT.1': 'shall',
            'CONTRACT.2': 'shall', 'CRM.1': 'shall', 'CRM.2': 'shall', 'CRM.3': 'shall', 'CRM.4': 'shall', 'QA.1': 'shall',
        });
    });

    it('every summary and note is bilingual and not the same text twice', () => {
        for (const cat of catalogs.values()) {
            for (const c of cat.clauses) {
                expect(c.summary.zh, `${cat.id} ${c.id}`).toMatch(/[\u4e00-\u9fff]/);
                expect(c.summary.en, `${cat.id} ${c.id}`).toMatch(/^[\x20-\x7e\u2014\u2013\u2019…\u4e00-\u9fff()（）]+$/);
                expect(c.summary.en).not.toBe(c.summary.zh);
            }
        }
    });
});

describe('T/CGCC scoring (table 1)', () => {
    const cat = catalog('T-CGCC-CUSTOM');
    const byId = new Map(cat.clauses.map((c) => [c.id, c]));

    it('points match table 1 row by row, in the right section', () => {
        for (const s of CGCC_TABLE) {
            for (const [id, points] of s.rows) {
                const c = byId.get(id);
                expect(c, id).toBeDefined();
                expect(c!.points, id).toBe(points);
                expect(c!.section.zh, id).toBe(s.section);
                expect(c!.pointsInferred ?? false, id).toBe(false);
            }
        }
    });

    it('table 1 as printed: each section but 前期服务 adds up to its total', () => {
        for (const s of CGCC_TABLE) {
            const sum = s.rows.reduce((n, [, p]) => n + p, 0);
            if (s.section === '前期服务') expect(sum).toBe(17); else expect(sum, s.section).toBe(s.total);
        }
    });

    it('5.9 is the only inferred clause, with 2 points and a note', () => {
        expect(cat.clauses.filter((c) => c.pointsInferred).map((c) => c.id)).toEqual(CGCC_UNSCORED);
        const c = byId.get('5.9')!;
        expect(c.points).toBe(2);
        expect(c.section.zh).toBe('前期服务');
        expect(c.note?.zh).toMatch(/19/);
        expect(c.note?.en).toMatch(/17/);
    });

    it('the catalog sections carry the stated totals and the clauses add up to them', () => {
        expect(cat.scoring!.total).toBe(100);
        expect(cat.scoring!.pass.minimum).toBe(90);
        expect(cat.scoring!.pass.requires).toEqual({ exists: 'staff.manager[certified=true]' });
        expect(cat.scoring!.sections.map((s) => [s.id, s.points])).toEqual(CGCC_TABLE.map((s) => [s.section, s.total]));
        for (const s of cat.scoring!.sections) {
            const sum = cat.clauses.filter((c) => c.section.zh === s.id).reduce((n, c) => n + (c.points ?? 0), 0);
            expect(sum, s.id).toBe(s.points);
        }
        expect(cat.clauses.reduce((n, c) => n + (c.points ?? 0), 0)).toBe(100);
        expect(cat.clauses.every((c) => cat.scoring!.sections.some((s) => s.id === c.section.zh))).toBe(true);
    });

    it('8.3 holds complaints to a record, a 2-hour response and a stated resolution time', () => {
        expect(byId.get('8.3')!.check).toEqual({
            all: [
                { exists: 'services[kind=complaint]' },
                { exists: 'services[kind=complaint].record' },
                { maxDuration: { path: 'services[kind=complaint].respond', limit: '2 hours' } },
                { exists: 'services[kind=complaint].resolve' },
            ],
        });
    });
});

describe('the law catalog', () => {
    const law = catalog('CN-CONSUMER-LAW');

    it('every clause cites its law and states the baseline confidence; S/R clauses say so in their summary', () => {
        for (const c of law.clauses) {
            expect(c.cite, c.id).toMatch(/法|规定|条例|办法|通知/);
            expect(['V', 'S', 'R'], c.id).toContain(c.confidence);
            if (c.confidence !== 'V') {
                expect(c.summary.zh, c.id).toContain(`置信度 ${c.confidence}`);
                expect(c.summary.en, c.id).toContain(`confidence ${c.confidence}`);
            }
        }
        expect(law.clauses.filter((c) => c.confidence !== 'V').map((c) => c.id)).toEqual(['SB-SPARE', 'CBEC-486']);
    });

    it('uses only the builtins the engine provides', () => {
        const names = [...catalogs.values()].flatMap(allChecks).map((x) => x.check.builtin).filter((b): b is string => typeof b === 'string');
        expect([...new Set(names)].sort()).toEqual(['buyers-stated', 'car-return-by-rule', 'consumer-sales', 'defect-shipping-by-seller', 'distance-sale', 'distance-sale-returnable', 'failed-repairs', 'no-reason-exemptions', 'sanbao-goods', 'sells-goods', 'sharing-grounds']);
    });

    it('CPL-26 catches void terms and their rewordings, not harmless look-alikes', () => {
        const check = law.clauses.find((c) => c.id === 'CPL-26')!.check!;
        const spec = (check as { voidWording: VoidWordingSpec }).voidWording;
        for (const p of [...(spec.unless ?? []), ...spec.kinds.flatMap((k) => [...k.patterns, ...(k.unless ?? [])])]) {
            expect(p.length, p).toBeLessThanOrEqual(200);
            expect(compilePattern(p).ok, p).toBe(true);
        }
        const src = { uri: 'memory:/t', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
        const fires = (t: string) => runCheck({ texts: [{ value: t, src }], head: src } as unknown as PolicyModel, check).status === 'violated';
        const voids = [
            '本活动最终解释权归本公司所有。', '本公司保留对本政策的最终解释权', '本政策的修改和解释权归本公司', '本公司拥有更新及解释权',
            '解释权归本公司所有', '本条款解释权归商家所有', '商家享有本活动的解释权', '全部解释权属于本店',
            '售出概不退换', '商品一经售出，概不退换。', '一经售出，恕不退换', '特价商品售出不退换', '一经拆封不予退货',
            '签收即视为商品质量合格', '签收即视为认可', '顾客签收即表示商品完好无损', '收货后视为无异议',
            '顾客不得投诉', '不得向消费者协会投诉', '用户不得提起诉讼', '视为放弃投诉权利', '顾客同意放弃诉讼',
        ];
        const harmless = [
            '签收即视为交付', '签收即视为交付，保修期自签收次日起算', '签收不代表认可商品质量，发现问题仍可退换',
            '定制商品除质量问题外，概不退换', '本公司不享有所谓“最终解释权”', '我们绝不搞“售出概不退换”',
            '不得向顾客收取投诉处理费', '不会要求顾客放弃诉讼权利', '我们不得拒绝顾客的投诉', '顾客有权依法投诉和起诉',
            '本政策由本公司负责解释并依法接受监督', '签收前请当面验货', '员工不得拖延处理投诉',
        ];
        for (const t of voids) expect(fires(t), t).toBe(true);
        for (const t of harmless) expect(fires(t), t).toBe(false);
    });
});

// ---------------------------------------------------------------- paths against PolicyModel

describe('paths', () => {
    const program = ts.createProgram([join(root, 'server/src/model/types.ts')], {
        strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, noEmit: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(join(root, 'server/src/model/types.ts'))!;
    const decl = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'PolicyModel')!;
    const policyModel = checker.getTypeAtLocation(decl);

    const strip = (t: ts.Type): ts.Type => checker.getNonNullableType(t);
    const element = (t: ts.Type): ts.Type => {
        const s = strip(t);
        return checker.isArrayType(s) ? strip(checker.getTypeArguments(s as ts.TypeReference)[0]) : s;
    };
    const prop = (t: ts.Type, name: string): ts.Type | undefined => {
        const p = checker.getPropertyOfType(t, name);
        return p ? checker.getTypeOfSymbol(p) : undefined;
    };
    /** The literal values a field may compare equal to: a vocabulary word's canonical values, a string union, or true/false. */
    const literals = (t: ts.Type): string[] | undefined => {
        let s = element(t);
        const v = prop(s, 'value');
        if (v && !(s.flags & ts.TypeFlags.BooleanLike)) s = strip(v);
        const parts = s.isUnion() ? s.types : [s];
        const out: string[] = [];
        for (const p of parts) {
            if (p.isStringLiteral()) out.push(p.value);
            else if (p.flags & ts.TypeFlags.BooleanLiteral) out.push(checker.typeToString(p));
            else if (p.flags & ts.TypeFlags.Boolean) out.push('true', 'false');
            else return undefined;
        }
        return out;
    };

    /** Walks a path; returns the type it ends on, or a message saying where it breaks. */
    function walk(path: string): { type?: ts.Type; error?: string } {
        let t = policyModel;
        for (const seg of path.split('.')) {
            const m = /^(\w+)((?:\[\w+!?=[^\]]+\])*)$/.exec(seg);
            if (!m) return { error: `bad segment '${seg}'` };
            const next = prop(element(t), m[1]);
            if (!next) return { error: `no field '${m[1]}' on ${checker.typeToString(element(t))}` };
            t = next;
            for (const f of m[2].matchAll(/\[(\w+)!?=([^\]]+)\]/g)) {
                const field = prop(element(t), f[1]);
                if (!field) return { error: `no filter field '${f[1]}' on ${checker.typeToString(element(t))}` };
                const allowed = literals(field);
                if (!allowed) return { error: `filter field '${f[1]}' has no literal values` };
                if (!allowed.includes(f[2])) return { error: `'${f[2]}' is not a value of '${f[1]}' (${allowed.join(', ')})` };
            }
        }
        return { type: t };
    }

    const uses = [...catalogs.values()].flatMap(allPathUses);

    it('walks every primitive\'s paths, allHave\'s included', () => {
        for (const k of ['exists', 'absent', 'count', 'allHave', 'maxDuration', 'minDuration', 'minDistance', 'maxNumber', 'oneOf', 'noneOf', 'format', 'priced', 'voidWording', 'builtin']) {
            expect(uses.some((u) => u.use.at.includes(k)), k).toBe(true);
        }
        expect(uses.map((u) => u.use.path)).toEqual(expect.arrayContaining(['services.respond', 'services.resolve', 'fees.disclosed']));
    });

    it('every path names a PolicyModel field and every filter value is in its vocabulary', () => {
        const problems: string[] = [];
        for (const { where, use } of uses) {
            const r = walk(use.path);
            if (r.error) problems.push(`${where}: ${use.path}: ${r.error}`);
        }
        expect(problems).toEqual([]);
    });

    it('a priced check addresses fees', () => {
        const paths = uses.filter((u) => u.use.at.includes('priced')).map((u) => u.use.path);
        expect(paths.length).toBe(4);
        for (const p of paths) expect(checker.typeToString(element(walk(p).type!))).toBe('Fee');
    });

    it('duration checks address Durations, value checks use the field\'s own values', () => {
        const problems: string[] = [];
        for (const { where, use } of uses) {
            const t = walk(use.path).type;
            if (use.expect?.kind === 'duration' && (!t || !/^Duration$/.test(checker.typeToString(element(t))))) problems.push(`${where}: ${use.path} is not a Duration`);
            if (use.expect?.kind === 'values') {
                const allowed = t && literals(t);
                for (const v of use.expect.values) if (!allowed?.includes(String(v))) problems.push(`${where}: ${v} is not a value of ${use.path}`);
            }
        }
        expect(problems).toEqual([]);
    });
});
