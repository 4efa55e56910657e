/**
 * Company packs: YAML only, off by default, switched on by aspl.config.yaml (found next to the
 * policy); a broken pack is reported with file, line and column and does not stop the others.
 */
import { say } from '../../server/src/i18n/message.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import { CatalogRegistry } from '../../server/src/engine/catalog/registry.js';
import { isProblem, type Finding } from '../../server/src/engine/findings.js';
import { apply, at, del } from './mutate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TELECOM_DIR = join(root, 'samples/telecom-integrator');
const TELECOM = join(TELECOM_DIR, 'lantuo-telecom.aspl');
const TELECOM_TEXT = readFileSync(TELECOM, 'utf8');
const COMPLIANT = readFileSync(join(root, 'tests/fixtures/engine/compliant.aspl'), 'utf8');
const PACKS = join(root, 'tests/fixtures/engine/packs');
const pack = (name: string) => join(PACKS, name);

const catalogsOf = (r: PolicyAnalysis) => r.evaluation!.results.map((c) => c.catalog.id);
const problems = (r: PolicyAnalysis, catalog: string) =>
    r.evaluation!.findings.filter((f) => f.catalog === catalog && isProblem(f)).map((f) => `${f.ruleId} ${f.status} ${f.severity} ${f.src.range.start.line + 1}`);
const finding = (r: PolicyAnalysis, ruleId: string): Finding => r.evaluation!.findings.find((f) => f.ruleId === ruleId)!;
/** The line of the policy marked `// ⚠ <clause>`. */
const marked = (text: string, clause: string) => text.split('\n').findIndex((l) => l.includes(`// ⚠ ${clause}`)) + 1;

describe('the Q/GSB sample pack', () => {
    it('is not in force by default', async () => {
        const analyzer = new Analyzer({ lang: 'en' });
        expect(analyzer.registry.get('Q-GSB-316.002')?.enabledByDefault).toBe(false);
        // Neither `applies` nor a config: the defaults decide.
        const r = await analyzer.analyzeText(apply(COMPLIANT, [del('适用 ')]), '/virtual/x.aspl');
        expect(r.config.file).toBeUndefined();
        expect(catalogsOf(r)).toEqual(['CABLE-AS', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'CN-SANBAO', 'GBT-AS-GENERAL', 'T-CGCC-CUSTOM']);
        // The telecom policy without its `applies` line, away from its folder: no Q/GSB either.
        const away = await analyzer.analyzeText(apply(TELECOM_TEXT, [del('适用 ')]), '/virtual/lantuo.aspl');
        expect(catalogsOf(away)).not.toContain('Q-GSB-316.002');
    });

    it('is loaded through samples/telecom-integrator/aspl.config.yaml and finds T7.1 on the marked line', async () => {
        const r = await new Analyzer({ lang: 'en' }).analyzeFile(TELECOM);
        expect(r.config.file).toBe(join(TELECOM_DIR, 'aspl.config.yaml'));
        expect(r.configProblems).toEqual([]);
        expect(r.config.packs).toEqual(['GBT-AS-GENERAL', 'Q-GSB-316.002']);
        expect(catalogsOf(r)).toEqual(['GBT-AS-GENERAL', 'Q-GSB-316.002', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'CN-SANBAO']);
        const line = marked(TELECOM_TEXT, 'T7.1');
        expect(line).toBe(at('周期 12个月')(TELECOM_TEXT));
        expect(problems(r, 'Q-GSB-316.002')).toEqual([`Q-GSB-316.002 T7.1 violated error ${line}`]);
        expect(say(finding(r, 'Q-GSB-316.002 T7.1').message, 'en')).toMatch(/12 months.*6 months/);
        expect(finding(r, 'Q-GSB-316.002 6.1')).toMatchObject({ status: 'attested' });
        expect(finding(r, 'Q-GSB-316.002 6.5.2')).toMatchObject({ status: 'satisfied' });
        // B2B only: the consumer law is in force (mandatory) but does not apply; personal-information law does.
        expect(r.evaluation!.results.find((c) => c.catalog.id === 'CN-CONSUMER-LAW')!.applicable).toBe(false);
        expect(r.evaluation!.results.find((c) => c.catalog.id === 'CN-PERSONAL-INFO')!.applicable).toBe(true);
    });

    it('comes from the config, not from the policy: the same text without `applies` still gets it in that folder', async () => {
        const text = apply(TELECOM_TEXT, [del('适用 ')]);
        const r = await new Analyzer({ lang: 'en' }).analyzeText(text, join(TELECOM_DIR, 'virtual-copy.aspl'));
        expect(catalogsOf(r)).toContain('Q-GSB-316.002');
        expect(problems(r, 'Q-GSB-316.002')).toEqual([`Q-GSB-316.002 T7.1 violated error ${marked(text, 'T7.1')}`]);
    });
});

describe('broken packs are reported with file, line and column', () => {
    const load = (name: string) => {
        const registry = new CatalogRegistry();
        const catalog = registry.addFile(pack(name));
        return { catalog, problems: registry.problemsFor(pack(name)).map((p) => ({ file: p.file, line: p.line, column: p.column, en: say(p.message, 'en') })) };
    };

    it('a misspelt key (lvel: shall)', () => {
        const { catalog, problems } = load('typo.yaml');
        expect(catalog).toBeUndefined();
        expect(problems).toContainEqual({ file: pack('typo.yaml'), line: 15, column: 5, en: "/clauses/1: missing field 'level'" });
        expect(problems.map((p) => p.en)).toContain("/clauses/1: unknown field 'lvel'");
    });

    it('a misspelt key is reported at the key itself (line 18, column 5), not at its clause', () => {
        const { problems } = load('typo.yaml');
        expect(problems).toContainEqual({ file: pack('typo.yaml'), line: 18, column: 5, en: "/clauses/1: unknown field 'lvel'" });
    });

    it('an unknown builtin name', () => {
        expect(load('bad-builtin.yaml')).toEqual({
            catalog: undefined,
            problems: [{
                file: pack('bad-builtin.yaml'), line: 15, column: 16,
                en: "unknown builtin 'defect-shipping-by-buyer'; available: defect-shipping-by-seller, no-reason-exemptions, consumer-sales, buyers-stated, distance-sale, distance-sale-returnable, sells-goods, sanbao-goods, car-return-by-rule, failed-repairs, sharing-grounds",
            }],
        });
    });

    it('an invalid YAML indentation', () => {
        expect(load('bad-indent.yaml')).toEqual({
            catalog: undefined,
            problems: [{ file: pack('bad-indent.yaml'), line: 13, column: 1, en: 'YAML error: All mapping items must start at the same column' }],
        });
    });

    it('a YAML bomb of nested aliases, refused quickly', () => {
        const started = Date.now();
        const { catalog, problems } = load('yaml-bomb.yaml');
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(catalog).toBeUndefined();
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatchObject({ file: pack('yaml-bomb.yaml'), line: 10, column: 10 });
        expect(problems[0].en).toMatch(/YAML bomb/);
    });

    it('forbiddenText patterns RE2 cannot express, each at the column of the offending part', () => {
        expect(load('unsupported-pattern.yaml')).toEqual({
            catalog: undefined,
            problems: [
                { file: pack('unsupported-pattern.yaml'), line: 18, column: 20, en: 'pattern not expressible in linear-time regular expressions (RE2): invalid escape sequence: `\\1`' },
                { file: pack('unsupported-pattern.yaml'), line: 19, column: 16, en: 'pattern not expressible in linear-time regular expressions (RE2): invalid or unsupported Perl syntax: `(?!`' },
            ],
        });
    });

    it('the good pack loads cleanly', () => {
        const { catalog, problems } = load('good.yaml');
        expect(problems).toEqual([]);
        expect(catalog).toMatchObject({ id: 'X-GOOD-PACK', enabledByDefault: false, clauseLines: { '1.1': 10, '1.2': 15 } });
    });

    it('a pack reusing the id of a shipped catalog is reported and does not replace it', () => {
        const registry = CatalogRegistry.shipped();
        registry.addFile(pack('shadow-law.yaml'));
        expect(registry.problemsFor(pack('shadow-law.yaml'))).not.toEqual([]);
        expect(registry.get('CN-CONSUMER-LAW')!.clauses).toHaveLength(16);
    });
});

describe('a config naming a broken pack and a good one', () => {
    let dir: string;
    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'aspl-packs-'));
        writeFileSync(join(dir, 'aspl.config.yaml'), `extraPacks:\n  - ${pack('typo.yaml')}\n  - ${pack('good.yaml')}\n`);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('still evaluates the good pack (and every other catalog) and records the broken one', async () => {
        const analyzer = new Analyzer({ lang: 'en' });
        const text = COMPLIANT;
        const r = await analyzer.analyzeText(text, join(dir, 'policy.aspl'));
        expect(r.configProblems).toEqual([]);
        expect(r.config.extraPacks).toEqual([pack('typo.yaml'), pack('good.yaml')]);
        expect(catalogsOf(r)).toEqual(['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'CN-SANBAO', 'X-GOOD-PACK']);
        expect(finding(r, 'X-GOOD-PACK 1.1')).toMatchObject({ status: 'satisfied' });
        const monthly = finding(r, 'X-GOOD-PACK 1.2');
        expect({ status: monthly.status, severity: monthly.severity, line: monthly.src.range.start.line + 1 })
            .toEqual({ status: 'violated', severity: 'warning', line: at('周期 3个月')(text) });
        expect(problems(r, 'GBT-AS-GENERAL')).toEqual([]);
        expect(analyzer.registry.get('X-TYPO-PACK')).toBeUndefined();
        expect(analyzer.registry.problemsFor(pack('typo.yaml')).map((p) => [p.line, p.column])).toContainEqual([15, 5]);
    });
});
