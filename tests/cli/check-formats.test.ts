import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, ROOT, type JsonOutput } from './helpers.js';

const FOCUSED = 'tests/fixtures/cli/focused';
const SLOW = `${FOCUSED}/refund-slow.aspl`;

beforeAll(assertBuilt);

describe('check --format json', () => {
    const validateOutput = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/cli/check-output.schema.json'), 'utf8')));

    it('reports the exact findings of the focused fixtures, with the documented shape', async () => {
        const r = await aspl(['check', FOCUSED, '--format', 'json']);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe('');
        const out = JSON.parse(r.stdout) as JsonOutput;
        expect(validateOutput(out), JSON.stringify(validateOutput.errors?.slice(0, 3))).toBe(true);
        expect(out.schemaVersion).toBe(1);
        expect(out.tool.name).toBe('aspl');
        expect(out.tool.version).toMatch(/^\d+\.\d+\.\d+/);
        // ignored/** is skipped by the folder's aspl.config.yaml
        expect(out.files.map((f) => f.file)).toEqual([
            `${FOCUSED}/clean.aspl`, `${FOCUSED}/negative-fee.aspl`, `${FOCUSED}/refund-slow.aspl`, `${FOCUSED}/退款慢.aspl`,
        ]);
        const found = out.files.flatMap((f) => f.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.ruleId}`));
        expect(found).toEqual([
            `${FOCUSED}/negative-fee.aspl:5:28 error aspl/negative-money`,
            `${FOCUSED}/refund-slow.aspl:7:19 error GBT-AS-GENERAL 8.4.3`,
            `${FOCUSED}/refund-slow.aspl:10:11 warning GBT-AS-GENERAL 8.4.2`,
            `${FOCUSED}/退款慢.aspl:6:10 error GBT-AS-GENERAL 8.4.3`,
        ]);
        expect(out.summary).toEqual({ files: 4, filesWithProblems: 3, problems: 4, errors: 3, warnings: 1, infos: 0, suppressedByBaseline: 0 });
        const slow = out.files.find((f) => f.file.endsWith('refund-slow.aspl'))!;
        expect(slow).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 0 });
        expect(slow.problems[0]).toMatchObject({
            ruleId: 'GBT-AS-GENERAL 8.4.3', kind: 'standard', catalog: 'GBT-AS-GENERAL', clause: '8.4.3', status: 'violated', level: 'shall',
            line: 7, column: 19, endLine: 7, endColumn: 34,
        });
        expect(slow.problems[0].message).toMatch(/10 working days/);
        expect(slow.problems[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
        const gbt = slow.standards.find((s) => s.id === 'GBT-AS-GENERAL')!;
        expect(gbt.applicable).toBe(true);
        expect(gbt.counts.violated).toBeGreaterThanOrEqual(1);
        const neg = out.files.find((f) => f.file.endsWith('negative-fee.aspl'))!;
        expect(neg.problems[0]).toMatchObject({ kind: 'language', ruleId: 'aspl/negative-money' });
        expect(neg.problems[0]).not.toHaveProperty('catalog');
    });

    it('matches the documented schema on every sample', async () => {
        const r = await aspl(['check', 'samples', 'tests/fixtures/cli/syntax-error.aspl', '--format', 'json']);
        const out = JSON.parse(r.stdout) as JsonOutput;
        expect(validateOutput(out), JSON.stringify(validateOutput.errors?.slice(0, 3))).toBe(true);
        expect(out.summary.problems).toBe(out.files.reduce((n, f) => n + f.problems.length, 0));
    });

    it('finds GBT-AS-GENERAL 8.4.3 on the line of `refund within 10 working days`', async () => {
        const r = await aspl(['check', SLOW, '--format', 'json']);
        const out = JSON.parse(r.stdout) as JsonOutput;
        const text = readFileSync(join(ROOT, SLOW), 'utf8').split('\n');
        const p = out.files[0].problems.find((x) => x.ruleId === 'GBT-AS-GENERAL 8.4.3')!;
        expect(text[p.line - 1]).toContain('refund within 10 working days');
        expect(text[p.line - 1].slice(p.column - 1, p.endColumn - 1)).toBe('10 working days');
    });
});

describe('check --format stylish', () => {
    it('groups by file: line:col, severity, message, ruleId, the line with a caret, and the summary', async () => {
        const r = await aspl(['check', SLOW]);
        expect(r.code).toBe(1);
        const lines = r.stdout.split('\n');
        expect(lines).toContain(SLOW);
        const finding = lines.findIndex((l) => /^\s+7:19\s+error\s+.*10 working days.*\s{2}GBT-AS-GENERAL 8\.4\.3$/.test(l));
        expect(finding).toBeGreaterThan(0);
        expect(lines[finding + 1]).toMatch(/^\s+7 \| {5}refund within 10 working days original-method$/);
        // the caret sits under "10 working days"
        const src = lines[finding + 1];
        const caret = lines[finding + 2];
        expect(caret.indexOf('^')).toBe(src.indexOf('10 working days'));
        expect(caret.trim().replace(/^\|\s*/, '')).toBe('^'.repeat('10 working days'.length));
        expect(lines.some((l) => /^\s+10:11\s+warning\s+.*GBT-AS-GENERAL 8\.4\.2$/.test(l))).toBe(true);
        expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning)');
        // no colours when stdout is not a terminal
        expect(r.stdout).not.toMatch(/\u001b\[/);
    });

    it('puts carets under CJK text by terminal width', async () => {
        const r = await aspl(['check', `${FOCUSED}/退款慢.aspl`]);
        const lines = r.stdout.split('\n');
        const i = lines.findIndex((l) => l.includes('退款 内 10个工作日'));
        const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
        const src = lines[i];
        const caret = lines[i + 1];
        expect(caret.indexOf('^')).toBe(width(src.slice(0, src.indexOf('10个工作日'))));
        expect(caret.trim().replace(/^\|\s*/, '')).toBe('^'.repeat(width('10个工作日')));
    });

    it('is silent and exits 0 on a clean policy', async () => {
        const r = await aspl(['check', `${FOCUSED}/clean.aspl`]);
        expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('speaks Chinese with --lang zh and with LANG=zh_CN', async () => {
        const a = await aspl(['check', SLOW, '--lang', 'zh']);
        expect(a.stdout).toContain('✖ 2 个问题（1 个错误，1 个警告）');
        expect(a.stdout).toMatch(/退款/);
        const b = await aspl(['check', SLOW], { env: { LANG: 'zh_CN.UTF-8' } });
        expect(b.stdout).toBe(a.stdout);
    });

    it('colours only when asked on a non-terminal (FORCE_COLOR), and NO_COLOR wins', async () => {
        const forced = await aspl(['check', SLOW], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
        expect(forced.stdout).toMatch(/\u001b\[/);
        const none = await aspl(['check', SLOW], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
        expect(none.stdout).not.toMatch(/\u001b\[/);
    });
});

describe('check --format sarif', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    // The schema is draft-07; one of its patterns is not valid with the `u` flag.
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);

    it('validates against the SARIF 2.1.0 schema and carries what code scanning needs', async () => {
        const r = await aspl(['check', FOCUSED, '--format', 'sarif']);
        expect(r.code).toBe(1);
        const log = JSON.parse(r.stdout);
        expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(log.version).toBe('2.1.0');
        const run = log.runs[0];
        expect(run.tool.driver).toMatchObject({ name: 'aspl', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:\/\//) });
        const rules = run.tool.driver.rules as Array<{ id: string; shortDescription: { text: string }; helpUri: string }>;
        const rule = rules.find((x) => x.id === 'GBT-AS-GENERAL 8.4.3')!;
        expect(rule.shortDescription.text).toMatch(/5 working days/);
        // Absolute, and the anchor the docs generator writes (it used to be a relative `…#8-4-3`).
        expect(rule.helpUri).toBe(pathToFileURL(join(ROOT, 'docs/standards/GBT-AS-GENERAL.md')).href + '#clause-8-4-3');
        const based = JSON.parse((await aspl(['check', FOCUSED, '--format', 'sarif', '--docs-base-url', 'https://example.org/aspl/docs'])).stdout);
        expect(based.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'GBT-AS-GENERAL 8.4.3').helpUri).toBe('https://example.org/aspl/docs/standards/GBT-AS-GENERAL.md#clause-8-4-3');
        expect(based.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'aspl/negative-money').helpUri).toBe('https://example.org/aspl/docs/language.md#rule-negative-money');
        expect(rules.find((x) => x.id === 'aspl/negative-money')).toBeTruthy();
        expect(run.results).toHaveLength(4);
        for (const res of run.results) {
            expect(rules[res.ruleIndex].id).toBe(res.ruleId);
            expect(res.partialFingerprints['asplFingerprint/v1']).toMatch(/^[0-9a-f]{16}$/);
        }
        const slow = run.results.find((x: { ruleId: string; level: string }) => x.ruleId === 'GBT-AS-GENERAL 8.4.3' && x.level === 'error');
        expect(slow.locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: `${FOCUSED}/refund-slow.aspl` },
            region: { startLine: 7, startColumn: 19, endLine: 7, endColumn: 34 },
        });
        expect(run.results.find((x: { level: string }) => x.level === 'warning').ruleId).toBe('GBT-AS-GENERAL 8.4.2');
        // non-ASCII paths are percent-encoded URI references
        const cjk = run.results.find((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri.includes('%'));
        expect(decodeURIComponent(cjk.locations[0].physicalLocation.artifactLocation.uri)).toBe(`${FOCUSED}/退款慢.aspl`);
    });

    it('validates on every sample too', async () => {
        const r = await aspl(['check', 'samples', '--format', 'sarif']);
        expect([0, 1]).toContain(r.code);
        const log = JSON.parse(r.stdout);
        expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(log.runs[0].results.length).toBeGreaterThan(0);
    });
});

describe('check --format junit', () => {
    it('parses as XML: one testsuite per file, one testcase per file × ruleId, failures for problems', async () => {
        const r = await aspl(['check', FOCUSED, '--format', 'junit']);
        expect(r.code).toBe(1);
        const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'testsuite' || name === 'testcase' || name === 'failure' });
        const doc = parser.parse(r.stdout, true);
        const suites = doc.testsuites.testsuite as Array<{ '@name': string; '@tests': string; '@failures': string; testcase: Array<{ '@name': string; '@classname': string; failure?: Array<{ '@type': string; '#text': string }> }> }>;
        expect(suites.map((s) => s['@name'])).toEqual([
            `${FOCUSED}/clean.aspl`, `${FOCUSED}/negative-fee.aspl`, `${FOCUSED}/refund-slow.aspl`, `${FOCUSED}/退款慢.aspl`,
        ]);
        const slow = suites[2];
        const names = slow.testcase.map((t) => t['@name']);
        expect(new Set(names).size).toBe(names.length);
        expect(names).toContain('GBT-AS-GENERAL 8.4.3');
        expect(names).toContain('GBT-AS-GENERAL 4.1.1'); // a passing (turned-off) clause is still a testcase
        const failed = slow.testcase.filter((t) => t.failure);
        expect(failed.map((t) => t['@name']).sort()).toEqual(['GBT-AS-GENERAL 8.4.2', 'GBT-AS-GENERAL 8.4.3']);
        expect(Number(slow['@failures'])).toBe(2);
        expect(Number(slow['@tests'])).toBe(slow.testcase.length);
        expect(failed.find((t) => t['@name'] === 'GBT-AS-GENERAL 8.4.3')!.failure![0]['#text']).toContain(`${FOCUSED}/refund-slow.aspl:7:19 error`);
        const neg = suites[1].testcase.filter((t) => t.failure);
        expect(neg.map((t) => t['@name'])).toEqual(['aspl/negative-money']);
        expect(Number(doc.testsuites['@failures'])).toBe(4);
    });
});

describe('check --format github', () => {
    it('prints one workflow annotation per problem', async () => {
        const r = await aspl(['check', FOCUSED, '--format', 'github']);
        expect(r.code).toBe(1);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(4);
        expect(lines[1]).toMatch(new RegExp(`^::error file=${FOCUSED}/refund-slow\\.aspl,line=7,col=19,title=GBT-AS-GENERAL 8\\.4\\.3,endColumn=34::The refund deadline is 10 working days, longer than the required 5 working days`));
        expect(lines[2]).toMatch(/^::warning file=.*refund-slow\.aspl,line=10,col=11,title=GBT-AS-GENERAL 8\.4\.2,/);
        expect(lines[0]).toMatch(/^::error file=.*negative-fee\.aspl,line=5,col=28,title=aspl\/negative-money,.*::An amount cannot be negative/);
        for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=[^,:]+(,end\w+=\d+)?::.+$/);
    });
});

describe('check --output', () => {
    it('writes the result to a file and nothing to stdout', async () => {
        const { scratch } = await import('./helpers.js');
        const s = scratch();
        try {
            const out = join(s.dir, 'result.sarif');
            const r = await aspl(['check', SLOW, '--format', 'sarif', '--output', out]);
            expect(r.code).toBe(1);
            expect(r.stdout).toBe('');
            expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
        } finally {
            s.cleanup();
        }
    });
});
