/**
 * The check primitives as one registry: the schema's check definition, the loader's path checks,
 * the descriptions `aspl rules` and the docs print, and the clause index all come from it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CatalogRegistry } from '../../server/src/engine/catalog/registry.js';
import { loadCatalogFile } from '../../server/src/engine/catalog/load.js';
import { checkPaths, checkSchema, checksIn, describeCheck, PRIMITIVE_KEYS, PRIMITIVES, primitivesTable } from '../../server/src/engine/checks/registry.js';
import { resolveModelPath } from '../../server/src/engine/model-paths.js';
import { Analyzer } from '../../server/src/analysis.js';
import { say } from '../../server/src/i18n/message.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PACK = join(root, 'tests/fixtures/engine/packs/misspelt-path.yaml');
const shipped = CatalogRegistry.shipped();

/** Loads a one-off pack whose clauses "1", "2" … carry these checks (the pack's header fills lines 1–7). */
function loadPack(id: string, checks: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'aspl-prim-'));
    const file = join(dir, 'pack.yaml');
    writeFileSync(file, [
        `id: ${id}`, 'number: Q/T 1', 'title: { zh: 甲, en: A }', 'status: 企业标准', 'source: { note: { zh: 甲, en: A } }', 'enabledByDefault: false', 'clauses:',
        ...checks.map((check, i) => `  - { id: "${i + 1}", section: { zh: 甲, en: A }, summary: { zh: 甲, en: A }, level: shall, check: ${check} }`),
        '',
    ].join('\n'));
    try {
        return loadCatalogFile(file);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

describe('the registry', () => {
    it('is what catalog.schema.json says a check is (npm run build regenerates it)', () => {
        const schema = JSON.parse(readFileSync(join(root, 'standards/catalog.schema.json'), 'utf8')) as { $defs: { check: unknown } };
        expect(schema.$defs.check).toEqual(checkSchema());
        expect((checkSchema() as { oneOf: Array<{ required: string[] }> }).oneOf.map((b) => b.required[0])).toEqual(PRIMITIVE_KEYS);
    });

    it('describes allHave with its path and field, in the reader\'s language', () => {
        const check = { allHave: { path: 'services', field: 'respond' } };
        expect(describeCheck(check)).toEqual({ zh: '每项服务项目都写明响应时限', en: 'every one of the services states its response time' });
    });

    it('describes a filtered path in words, never as the path', () => {
        expect(describeCheck({ exists: 'services[kind=delivery]' })).toEqual({ zh: '写明配送服务', en: 'states the delivery service' });
        expect(describeCheck({ exists: 'staff.manager[certified=true]' })).toEqual({ zh: '写明售后服务管理师（持证）', en: 'states the after-sales service manager (certified)' });
        expect(describeCheck({ maxDuration: { path: 'returns.refund', limit: '5 working days' } }).en).toBe('the refund deadline is at most 5 working days');
        expect(describeCheck({ oneOf: { path: 'returns.noReason.window.start', values: ['receipt', 'delivery'] } }))
            .toEqual({ zh: '无理由退货起算时点为 签收、交付 之一', en: 'the start of the no-reason window is one of receipt, delivery' });
    });

    it('no shipped clause is described with a raw model path', () => {
        const raw = /[[\]=]|\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]/;
        const bad: string[] = [];
        for (const cat of shipped.all()) {
            for (const cl of cat.clauses) {
                const d = describeCheck(cl.check);
                for (const text of [d.zh, d.en]) if (raw.test(text.replace(/不得含有：.*|may contain: .*/, ''))) bad.push(`${cat.id} ${cl.id}: ${text}`);
            }
        }
        expect(bad).toEqual([]);
    });

    it('gives the clause index allHave\'s path with its field', () => {
        expect(checkPaths({ all: [{ allHave: { path: 'fees', field: 'disclosed' } }, { builtin: 'defect-shipping-by-seller' }] })).toEqual(['fees.disclosed', 'returns.shipping']);
        expect([...checksIn({ when: { if: { exists: 'fees' }, then: { any: [{ exists: 'services' }] } } })].map((c) => c.at)).toEqual([[], ['when', 'if'], ['when', 'then'], ['when', 'then', 'any', 0]]);
    });
});

describe('the table of checks in standards/README.md', () => {
    it('is the primitives\' own rows: every primitive documented once, in registry order (absent and priced were missing)', () => {
        const readme = readFileSync(join(root, 'standards/README.md'), 'utf8').split('\n');
        const start = readme.findIndex((l) => l.startsWith('<!-- checks:'));
        const end = readme.indexOf('<!-- /checks -->');
        expect(readme.slice(start + 1, end)).toEqual(primitivesTable());
        const keys = primitivesTable().slice(2).map((row) => /^\| `(\w+)`/.exec(row)![1]);
        expect([...new Set(keys)]).toEqual(PRIMITIVE_KEYS);
        expect(keys).toEqual(expect.arrayContaining(['absent', 'priced']));
        for (const key of PRIMITIVE_KEYS) expect(PRIMITIVES[key].doc[0].form, key).toMatch(new RegExp(`^\`${key}: `));
    });
});

describe('paths are checked against the PolicyModel on load', () => {
    it('says where a path breaks and what was meant', () => {
        expect(say(resolveModelPath('knowledgeBse').error!, 'en')).toBe("the policy has no 'knowledgeBse'; did you mean 'knowledgeBase'?");
        expect(say(resolveModelPath('services[kind=delivry]').error!, 'en')).toBe("'services': 'kind' has no value 'delivry'; did you mean 'delivery'?");
        expect(say(resolveModelPath('services.respnd').error!, 'zh')).toBe('“services”没有“respnd”；是不是“respond”？');
        expect(resolveModelPath('returns.noReason.window.duration')).toMatchObject({ field: { duration: true } });
    });

    it('a misspelt path is a positioned error; the pack\'s other clauses still load', () => {
        const { catalog, problems } = loadCatalogFile(PACK);
        expect(problems.map((p) => ({ line: p.line, column: p.column, en: say(p.message, 'en') }))).toEqual([
            { line: 14, column: 22, en: "the policy has no 'knowledgeBse'; did you mean 'knowledgeBase'?" },
            { line: 24, column: 52, en: "'services': 'kind' has no value 'delivry'; did you mean 'delivery'?" },
        ]);
        expect(catalog?.clauses.map((c) => c.id)).toEqual(['1.2']);
    });

    it('its message is an id with parameters, rendered in each language only when shown (it survives the precompiled table\'s JSON)', () => {
        const [first] = loadCatalogFile(PACK).problems;
        expect(first.message).toEqual({ id: 'modelPath.didYouMean', params: { what: { id: 'modelPath.policy' }, name: 'knowledgeBse', near: 'knowledgeBase' } });
        const carried = JSON.parse(JSON.stringify(first)) as typeof first;
        expect(say(carried.message, 'zh')).toBe('政策没有“knowledgeBse”；是不是“knowledgeBase”？');
        expect(say(carried.message, 'en')).toBe("the policy has no 'knowledgeBse'; did you mean 'knowledgeBase'?");
    });

    it('and no false "not addressed" reaches the policy', async () => {
        const analyzer = new Analyzer({ lang: 'en' });
        analyzer.registry.addFile(PACK);
        const text = readFileSync(join(root, 'tests/fixtures/engine/compliant.aspl'), 'utf8').replace(/适用 ([^\n]*)/, '适用 $1, X-MISSPELT-PACK');
        const r = await analyzer.analyzeText(text, '/virtual/policy.aspl');
        const ours = r.evaluation!.findings.filter((f) => f.catalog === 'X-MISSPELT-PACK').map((f) => `${f.clause} ${f.status}`);
        // 1.2 is judged (the fixture surveys every 3 months); 1.1 and 1.3 are left out, not "not addressed".
        expect(ours).toEqual(['1.2 violated']);
    });

    it('a duration check on a field that is not a duration, and a value the field never takes', () => {
        const { catalog, problems } = loadPack('X-KINDS', ['{ maxDuration: { path: staff.uniform, limit: 1 month } }', '{ oneOf: { path: warranty.start, values: [receipt, recieved] } }']);
        expect(catalog).toBeUndefined();
        expect(problems.map((p) => `${p.line}:${p.column} ${say(p.message, 'en')}`)).toEqual([
            "8:114 'staff.uniform' is not a duration; it cannot be compared with a limit",
            "9:142 'warranty.start' has no value 'recieved'; known: installation, delivery, acceptance, purchase, receipt, invoice, shipment, manufacture",
        ]);
    });
});

describe('regular: a duty done regularly, with no period set by the clause (GB/T 5.1.7.3, 5.2.4, 9.1.1; T/CGCC 9.3, 9.4)', () => {
    const FREQ = readFileSync(join(root, 'tests/fixtures/constructs/frequencies.aspl'), 'utf8');
    const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const judge = async (text: string, clause: string, lang: 'zh' | 'en' = 'en') => {
        const r = await new Analyzer({ lang }).analyzeText(text, '/virtual/frequencies.aspl');
        const f = r.evaluation!.findings.find((x) => `${x.catalog} ${x.clause}` === clause)!;
        return { status: f.status, severity: f.severity, line: f.src.range.start.line + 1, message: f.message ? say(f.message, lang) : undefined };
    };

    it('不定期 is violated at its words, with the fix to 定期; the message says what the policy wrote against what the clause asks', async () => {
        expect(await judge(FREQ, 'GBT-AS-GENERAL 5.1.7.3')).toMatchObject({ status: 'violated', severity: 'error', line: lineOf(FREQ, '评估 周期 不定期') });
        expect((await judge(FREQ, 'GBT-AS-GENERAL 5.1.7.3', 'zh')).message).toBe('政策写明供应商评估周期为“不定期”，本条要求定期进行：写明周期，或写明“定期”');
        expect((await judge(FREQ, 'GBT-AS-GENERAL 5.1.7.3')).message).toBe("The policy states the supplier evaluation as 'from time to time' (不定期), where the clause asks for it regularly: state a period, or 'regularly'");
    });

    it('a period (1季度) and the clause\'s own word (定期) both satisfy it, each at its line', async () => {
        expect(await judge(FREQ, 'GBT-AS-GENERAL 5.2.4')).toMatchObject({ status: 'satisfied', line: lineOf(FREQ, '培训 周期 1季度') });
        const regular = FREQ.replace('培训 周期 1季度', '培训 周期 定期');
        expect(await judge(regular, 'GBT-AS-GENERAL 5.2.4')).toMatchObject({ status: 'satisfied', line: lineOf(regular, '培训 周期 定期') });
        expect(await judge(FREQ, 'GBT-AS-GENERAL 9.1.1')).toMatchObject({ status: 'satisfied' });
    });

    it('silence is not addressed, at the block where the period belongs', async () => {
        const silent = FREQ.replace('    培训 周期 1季度\n', '    统一着装\n');
        expect(await judge(silent, 'GBT-AS-GENERAL 5.2.4')).toMatchObject({ status: 'not-addressed', line: lineOf(silent, '人员 {'), message: "The policy does not state the training frequency (a period, or 'regularly')" });
    });

    it('is refused on load for a path with no wording beside it, and described in words', () => {
        const { catalog, problems } = loadPack('X-REGULAR', ['{ regular: satisfaction.reportEvery }']);
        expect(catalog).toBeUndefined();
        expect(problems.map((p) => say(p.message, 'en'))).toEqual([expect.stringContaining("'reportEveryVague'")]);
        expect(describeCheck({ regular: 'staff.training' })).toEqual({ zh: '定期进行：写明培训周期或“定期”，不为“不定期”', en: "done regularly: states the training frequency or 'regularly', never 'from time to time'" });
    });
});

describe('maxNumber: a number a rule caps (the car rule\'s repeat repairs, art. 24(iv); its use-charge coefficient, art. 27)', () => {
    it('is described in words, with its unit; a negative cap or an unknown unit is refused on load', () => {
        expect(describeCheck({ maxNumber: { path: 'returns.carRepairLimit.repeats', atMost: 4 } }))
            .toEqual({ zh: '换车退车的同一问题修理次数门槛不超过4', en: 'the same-problem repair count for a car exchange or refund is at most 4' });
        expect(describeCheck({ maxNumber: { path: 'returns.usageCompensation', atMost: 0.5, unit: '%' } }))
            .toEqual({ zh: '使用补偿系数不超过0.5%', en: 'the use-charge coefficient is at most 0.5%' });
        for (const bad of ['{ maxNumber: { path: returns.carRepairLimit.repeats, atMost: -1 } }', '{ maxNumber: { path: returns.usageCompensation, atMost: 0.5, unit: permille } }']) {
            const { catalog, problems } = loadPack('X-NUMBER', [bad]);
            expect(catalog, bad).toBeUndefined();
            expect(problems.length, bad).toBeGreaterThan(0);
        }
        // the car rule's own use: a percentage cap behind a [field!=value] filter
        const { problems } = loadPack('X-NUMBER', ['{ when: { if: { exists: "products.categories[kind=vehicle][condition!=used]" }, then: { maxNumber: { path: returns.usageCompensation, atMost: 0.5, unit: "%" } } } }']);
        expect(problems).toEqual([]);
    });

    it('above the cap is violated at the number with the fix to the cap; at it satisfied; silence not addressed', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'aspl-prim-'));
        const file = join(dir, 'number.yaml');
        writeFileSync(file, [
            'id: X-NUMBER', 'number: Q/T 1', 'title: { zh: 甲, en: A }', 'status: 企业标准', 'source: { note: { zh: 甲, en: A } }', 'enabledByDefault: false', 'clauses:',
            '  - { id: "1", section: { zh: 甲, en: A }, summary: { zh: 甲, en: A }, level: shall, check: { maxNumber: { path: returns.carRepairLimit.repeats, atMost: 4 } } }',
            '  - { id: "2", section: { zh: 甲, en: A }, summary: { zh: 甲, en: A }, level: shall, check: { maxNumber: { path: returns.usageCompensation, atMost: 0.5, unit: "%" } } }', '',
        ].join('\n'));
        const analyzer = new Analyzer({ lang: 'en', standards: ['X-NUMBER'] });
        try {
            expect(analyzer.registry.addFile(file)).toBeDefined();
            const run = async (id: string, text: string) => (await analyzer.analyzeText(text, '/virtual/number.aspl')).evaluation!.findings.find((f) => f.ruleId === `X-NUMBER ${id}`)!;
            const over = await run('1', 'policy P {\n  returns {\n    car-repair-limit 30 days or 6 times\n  }\n}\n');
            expect([over.status, over.src.range.start.line + 1, over.src.range.start.character, over.fix]).toMatchObject(['violated', 3, 32, { kind: 'replace' }]);
            expect(say(over.message!, 'en')).toBe('The same-problem repair count for a car exchange or refund is 6, above the cap of 4');
            expect((await run('1', 'policy P {\n  returns {\n    car-repair-limit 30 days or 4 times\n  }\n}\n')).status).toBe('satisfied');
            expect((await run('1', 'policy P {\n  returns {\n    car-repair-limit 30 days\n  }\n}\n')).status).toBe('not-addressed');

            const pct = await run('2', 'policy P {\n  returns {\n    usage-compensation 0.8%\n  }\n}\n');
            expect([pct.status, pct.src.range.start.line + 1, say(pct.message!, 'en'), say(pct.message!, 'zh')])
                .toEqual(['violated', 3, 'The use-charge coefficient is 0.8%, above the cap of 0.5%', '使用补偿系数为0.8%，高于规定的上限0.5%']);
            expect(pct.fix).toMatchObject({ kind: 'replace', text: { en: '0.5%' } });
            expect((await run('2', 'policy P {\n  returns {\n    usage-compensation 0.5%\n  }\n}\n')).status).toBe('satisfied');
            expect((await run('2', 'policy P {\n  returns {\n    refund within 7 days\n  }\n}\n')).status).toBe('not-addressed');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
