import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, ROOT, scratch, type JsonOutput } from './helpers.js';

const SLOW = 'tests/fixtures/cli/focused/refund-slow.aspl';
const FOCUSED = 'tests/fixtures/cli/focused';
const s = scratch('aspl-cli-commands-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());

describe('help and version', () => {
    it('--version prints the package version', async () => {
        const r = await aspl(['--version']);
        expect(r.code).toBe(0);
        expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    });

    it('--help works on the program and on every command', async () => {
        const top = await aspl(['--help']);
        expect(top.code).toBe(0);
        const commands = ['check', 'report', 'score', 'fmt', 'rules', 'export', 'init', 'notice', 'lsp'];
        for (const c of commands) expect(top.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
        expect(top.stdout).toMatch(/Exit codes: 0 clean; 1 .*; 2 usage or I\/O error/);
        const each = await Promise.all(commands.map((c) => aspl([c, '--help'])));
        each.forEach((r, i) => {
            expect(r.code, commands[i]).toBe(0);
            expect(r.stdout).toMatch(new RegExp(`^Usage: aspl ${commands[i]}`));
            if (commands[i] !== 'lsp') expect(r.stdout).toMatch(/--lang <lang>/);
        });
        const zh = await aspl(['check', '--help', '--lang', 'zh']);
        expect(zh.stdout).toMatch(/按标准检查政策文件/);
    });
});

describe('check: exit codes and selection', () => {
    it('0 clean, 1 on errors, --fail-on and --max-warnings', async () => {
        expect((await aspl(['check', `${FOCUSED}/clean.aspl`])).code).toBe(0);
        expect((await aspl(['check', SLOW])).code).toBe(1);
        // only a warning: passes by default, fails with --fail-on warning or --max-warnings 0
        const cfg = join(s.dir, 'warn-only.yaml');
        writeFileSync(cfg, 'packs: [GBT-AS-GENERAL]\nseverity:\n  GBT-AS-GENERAL: off\n  CN-CONSUMER-LAW: off\n  CN-PERSONAL-INFO: off\n  "GBT-AS-GENERAL 8.4.2": warning\n');
        const warnOnly = await aspl(['check', SLOW, '--config', cfg]);
        expect(warnOnly.code).toBe(0);
        expect(warnOnly.stdout).toMatch(/1 problem \(0 errors, 1 warning\)/);
        expect((await aspl(['check', SLOW, '--config', cfg, '--fail-on', 'warning'])).code).toBe(1);
        expect((await aspl(['check', SLOW, '--config', cfg, '--max-warnings', '1'])).code).toBe(0);
        const over = await aspl(['check', SLOW, '--config', cfg, '--max-warnings', '0']);
        expect(over.code).toBe(1);
        expect(over.stderr).toMatch(/: 1 warning, more than --max-warnings 0/);
    });

    it('--standard forces the catalogs checked', async () => {
        const r = await aspl(['check', 'samples/appliance-online/small-appliances.aspl', '--standard', 'GBT-AS-GENERAL', '--format', 'json']);
        const out = JSON.parse(r.stdout) as JsonOutput;
        expect(out.files[0].standards.map((x) => x.id)).toEqual(['GBT-AS-GENERAL']);
        expect(out.files[0].problems.every((p) => p.kind === 'language' || p.catalog === 'GBT-AS-GENERAL')).toBe(true);
        expect(out.files[0].problems.map((p) => p.ruleId)).toContain('GBT-AS-GENERAL 8.4.3');
    });

    it('--shard i/n splits the files into disjoint shards covering all of them', async () => {
        const files = async (shard?: string) => {
            const r = await aspl(['check', FOCUSED, '--format', 'json', ...(shard ? ['--shard', shard] : [])]);
            return (JSON.parse(r.stdout) as JsonOutput).files.map((f) => f.file);
        };
        const [all, a, b, c] = await Promise.all([files(), files('1/3'), files('2/3'), files('3/3')]);
        expect([...a, ...b, ...c].sort()).toEqual(all);
        expect(a.length + b.length + c.length).toBe(all.length);
        expect(a.length).toBeGreaterThan(0);
    });

    it('accepts globs; config ignores apply to found files, and a named ignored file is skipped with a warning', async () => {
        const glob = await aspl(['check', 'tests/fixtures/cli/focused/**/*.aspl', '--format', 'json']);
        const names = (JSON.parse(glob.stdout) as JsonOutput).files.map((f) => f.file);
        expect(names).toHaveLength(4);
        expect(names.some((n) => n.includes('ignored/'))).toBe(false);
        // as ESLint does: a pre-commit hook passing every staged file gets a warning, exit 0
        const named = await aspl(['check', `${FOCUSED}/ignored/skipped.aspl`, '--format', 'json']);
        expect(named.code).toBe(0);
        expect((JSON.parse(named.stdout) as JsonOutput).files).toHaveLength(0);
        expect(named.stderr).toBe(`aspl: warning: ${FOCUSED}/ignored/skipped.aspl is ignored by the config's ignore globs and was not checked (use --no-ignore to check it)\n`);
        const forced = await aspl(['check', `${FOCUSED}/ignored/skipped.aspl`, '--format', 'json', '--no-ignore']);
        expect((JSON.parse(forced.stdout) as JsonOutput).files).toHaveLength(1);
        expect(forced.stderr).toBe('');
    });

    it('reports a syntax error as syntax rules (the parser\'s aspl/syntax, the lexer\'s own codes) and nothing else for that file', async () => {
        const r = await aspl(['check', 'tests/fixtures/cli/syntax-error.aspl', '--format', 'json']);
        expect(r.code).toBe(1);
        const out = JSON.parse(r.stdout) as JsonOutput;
        const ids = new Set(out.files[0].problems.map((p) => p.ruleId));
        expect([...ids]).toEqual(['aspl/syntax', 'aspl/unexpected-characters']);
        expect(out.files[0].problems[0]).toMatchObject({ line: 4, column: 19, kind: 'language', severity: 'error' });
    });

    it('runs many files over worker threads with the same results as in one thread', async () => {
        const { mkdirSync, copyFileSync } = await import('node:fs');
        const dir = join(s.dir, 'many');
        mkdirSync(dir);
        copyFileSync(join(ROOT, FOCUSED, 'aspl.config.yaml'), join(dir, 'aspl.config.yaml'));
        const names = ['clean.aspl', 'refund-slow.aspl', 'negative-fee.aspl', '退款慢.aspl'];
        for (let i = 0; i < 60; i++) copyFileSync(join(ROOT, FOCUSED, names[i % 4]), join(dir, `p${String(i).padStart(2, '0')}-${names[i % 4]}`));
        const [threads, single] = await Promise.all([
            aspl(['check', 'many', '--format', 'json'], { cwd: s.dir }),
            aspl(['check', 'many', '--format', 'json', '--jobs', '0'], { cwd: s.dir }),
        ]);
        expect(threads.code).toBe(1);
        expect(threads.stderr).toBe(''); // no progress line: stderr is not a terminal
        expect(threads.stdout).toBe(single.stdout);
        const out = JSON.parse(threads.stdout) as JsonOutput;
        expect(out.summary).toMatchObject({ files: 60, problems: 60, errors: 45, warnings: 15 });
    });
});

/** The samples document their deliberate faults as `expect <catalog> <clause> <status>` lines. */
describe('check on the samples: exactly the documented findings', () => {
    const samples = ['samples/appliance-online/small-appliances.aspl', 'samples/cable-maker/minjiang-cable.aspl', 'samples/telecom-integrator/lantuo-telecom.aspl', 'samples/furniture-custom/acme-furniture.aspl'];
    for (const sample of samples) {
        it(sample, async () => {
            if (!existsSync(join(ROOT, sample))) return;
            const text = readFileSync(join(ROOT, sample), 'utf8');
            const expected = [...text.matchAll(/^\/\/\s+expect (\S+) (\S+) (violated|not-addressed|caveat)/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
            const r = await aspl(['check', sample, '--format', 'json']);
            const out = JSON.parse(r.stdout) as JsonOutput;
            const found = out.files[0].problems;
            expect(found.map((p) => p.ruleId).sort()).toEqual(expected);
            expect(r.code).toBe(found.some((p) => p.severity === 'error') ? 1 : 0);
            // each finding sits on the line carrying its ⚠ marker
            const lines = text.split('\n');
            for (const p of found) expect(lines[p.line - 1], p.ruleId).toMatch(new RegExp(`⚠ ${p.clause!.replace(/\./g, '\\.')}\\b`));
        });
    }
});

describe("the README's first command", () => {
    it('check samples reports only the documented faults; fmt --check passes on samples and tours', async () => {
        const { globSync } = await import('tinyglobby');
        const files = globSync('samples/**/*.aspl', { cwd: ROOT, ignore: ['**/drafts/**'] });
        const documented = files.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/^\/\/\s+expect (\S+) (\S+) (violated|not-addressed|caveat)/gm)]
            .map((m) => `${f} ${m[1]} ${m[2]}`)).sort();
        const r = await aspl(['check', 'samples', '--format', 'json']);
        expect(r.code).toBe(1);
        const out = JSON.parse(r.stdout) as JsonOutput;
        const found = out.files.flatMap((f) => f.problems.map((p) => `${f.file} ${p.ruleId}`)).sort();
        expect(found).toEqual(documented);
        // eight company samples, each with its few deliberate faults
        expect(found.length).toBeLessThan(25);
        expect((await aspl(['fmt', '--check', 'samples', 'docs/tour'])).code).toBe(0);
    });
});

describe('report', () => {
    it('renders the compliance matrix as Markdown, HTML and JSON', async () => {
        const sample = 'samples/furniture-custom/acme-furniture.aspl';
        const [md, html, json] = await Promise.all(['md', 'html', 'json'].map((f) => aspl(['report', sample, '--format', f])));
        expect(md.code).toBe(0);
        expect(md.stdout).toMatch(/^# Compliance report: /);
        expect(md.stdout).toMatch(/^## T-CGCC-CUSTOM: /m);
        expect(md.stdout).toMatch(/^\| 8\.4\.3 \| .* \| shall \| ✓ satisfied \| acme-furniture\.aspl:\d+ \|/m);
        expect(md.stdout).toMatch(/\*\*PASS\*\*/);
        expect(md.stdout).toMatch(/5\.9/);
        expect(html.code).toBe(0);
        expect(html.stdout).toMatch(/^<!doctype html>/);
        expect(html.stdout).toMatch(/<td class="status satisfied" data-label="Status">satisfied<\/td>/);
        const data = JSON.parse(json.stdout);
        expect(data.schemaVersion).toBe(1);
        const tcgcc = data.standards.find((x: { id: string }) => x.id === 'T-CGCC-CUSTOM');
        expect(tcgcc.score).toMatchObject({ total: 100, minimum: 90, pass: true, inferred: ['5.9'] });
        const clause = tcgcc.clauses.find((c: { clause: string }) => c.clause === '5.9');
        expect(clause).toMatchObject({ status: 'attested', points: 2, earned: 2, pointsInferred: true });
        expect(clause.evidence[0].file).toBe('acme-furniture.aspl');
    });

    it('leads with the summary line, lists problems first, filters by status, and says where it comes from', async () => {
        const sample = 'samples/appliance-online/small-appliances.aspl';
        const env = { SOURCE_DATE_EPOCH: '1780000000' }; // reproducible: 2026-05-28 20:26:40 UTC
        const md = (await aspl(['report', sample], { env })).stdout.split('\n');
        expect(md[2]).toBe('**✗ 7 of 96 clauses need work (violated 7)**');
        expect(md[6]).toMatch(/^_Generated by aspl \d+\.\d+\.\d+ on 2026-05-28 20:26 UTC · catalogs: GBT-AS-GENERAL \(GB\/T XXXXX—XXXX, 征求意见稿, sha256 [0-9a-f]{12}\); CN-CONSUMER-LAW \(/);
        // in each standard's table the problems come first
        const gbtRows = md.slice(md.findIndex((l) => l.startsWith('## GBT-AS-GENERAL'))).filter((l) => /^\| \d/.test(l));
        expect(gbtRows.slice(0, 2).map((l) => l.split(' | ')[4])).toEqual(['✗ violated', '✓ satisfied']);
        const json = JSON.parse((await aspl(['report', sample, '--format', 'json', '--status', 'problems'], { env })).stdout);
        expect(json.summary).toMatchObject({ clauses: 96, problems: 7, counts: { violated: 7 } });
        expect(json.provenance.generated).toBe('2026-05-28T20:26:40.000Z');
        expect(json.provenance.catalogs.map((c: { id: string }) => c.id)).toEqual(['GBT-AS-GENERAL', 'CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'CN-SANBAO']);
        expect(json.statusFilter).toEqual(['violated', 'not-addressed']);
        // how sure each violation is: 10 working days may run past 15 calendar days; they do exceed 5 working days
        const clauseOf = (id: string, clause: string) => json.standards.find((x: { id: string }) => x.id === id).clauses.find((c: { clause: string }) => c.clause === clause);
        expect([clauseOf('CN-CONSUMER-LAW', 'M7-31').certainty, clauseOf('GBT-AS-GENERAL', '8.4.3').certainty]).toEqual(['possible', 'definite']);
        const shown = json.standards.flatMap((s: { clauses: Array<{ status: string }> }) => s.clauses.map((c) => c.status));
        expect(shown.length).toBe(7);
        expect(new Set(shown)).toEqual(new Set(['violated']));
        // the counts stay complete
        expect(json.standards[0].counts.satisfied).toBeGreaterThan(10);
        const zh = (await aspl(['report', sample, '--lang', 'zh', '--status', 'violated'], { env })).stdout;
        expect(zh).toContain('**✗ 96 条条款中有 7 条需要处理（违反 7）**');
        expect(zh).toContain('_表中只列出：违反_');
        expect((await aspl(['report', sample, '--status', 'broken'])).code).toBe(2);
        // a phone screen: each row becomes a card, cells under their headings
        const html = (await aspl(['report', sample, '--format', 'html'], { env })).stdout;
        expect(html).toMatch(/@media \(max-width:40rem\)/);
        expect(html).toMatch(/<td class="status violated" data-label="Status">violated<\/td>/);
        expect(html).toMatch(/<p class="summary problems">✗ 7 of 96 clauses need work/);
    });

    it('shows violations with where they are', async () => {
        const r = await aspl(['report', SLOW, '--format', 'json']);
        const gbt = JSON.parse(r.stdout).standards.find((x: { id: string }) => x.id === 'GBT-AS-GENERAL');
        expect(gbt.clauses.find((c: { clause: string }) => c.clause === '8.4.3')).toMatchObject({ status: 'violated', problem: true, at: { file: 'refund-slow.aspl', line: 7, column: 19 } });
    });
});

describe('score', () => {
    it('passes the compliant furniture sample (exit 0), with sections and the inferred-points note', async () => {
        const r = await aspl(['score', 'samples/furniture-custom/acme-furniture.aspl']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^T-CGCC-CUSTOM — /);
        expect(r.stdout).toMatch(/Pre-sale service/);
        expect(r.stdout).toMatch(/Result: PASS — pass rule: at least 90 points/);
        expect(r.stdout).toMatch(/certified after-sales service manager.*\(met\)/);
        expect(r.stdout).toMatch(/does not print the points of 5\.9; the points used here are inferred/);
    });

    it('fails without a certified manager, who is also what 4.1 asks for (exit 1)', async () => {
        const [ok, bad] = await Promise.all([
            aspl(['score', 'samples/furniture-custom/acme-furniture.aspl', '--format', 'json']),
            aspl(['score', 'tests/fixtures/furniture-no-manager.aspl', '--format', 'json']),
        ]);
        expect(bad.code).toBe(1);
        const a = JSON.parse(ok.stdout).scores[0];
        const b = JSON.parse(bad.stdout).scores[0];
        // 4.1 asks for the same qualification: its 4 points are lost, the score stays above 90.
        expect(b.earned).toBe(a.earned - 4);
        expect(b.earned).toBeGreaterThanOrEqual(90);
        expect(b.requirement.met).toBe(false);
        expect(b.pass).toBe(false);
        const zh = await aspl(['score', 'tests/fixtures/furniture-no-manager.aspl', '--lang', 'zh']);
        expect(zh.stdout).toMatch(/结果: 不达标/);
    });

    it('says so when the scored standard does not apply (no custom goods)', async () => {
        const r = await aspl(['score', 'samples/appliance-online/small-appliances.aspl']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/T-CGCC-CUSTOM .*does not apply to this policy/);
    });
});

describe('rules, export', () => {
    it('a pack with a misspelt path stops the run with its position and what was meant (it used to load silently)', async () => {
        const { dir, cleanup } = scratch();
        try {
            writeFileSync(join(dir, 'aspl.config.yaml'), `extraPacks:\n  - ${join(ROOT, 'tests/fixtures/engine/packs/misspelt-path.yaml')}\n`);
            writeFileSync(join(dir, 'p.aspl'), readFileSync(join(ROOT, 'tests/fixtures/engine/compliant.aspl'), 'utf8'));
            const r = await aspl(['check', 'p.aspl'], { cwd: dir });
            expect(r.code).toBe(2);
            expect(r.stderr).toMatch(/misspelt-path\.yaml:14:22: the policy has no 'knowledgeBse'; did you mean 'knowledgeBase'\?/);
        } finally { cleanup(); }
    });

    it('rules lists catalogs and clauses with level and how each is checked', async () => {
        const r = await aspl(['rules', '--standard', 'GBT-AS-GENERAL']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^GBT-AS-GENERAL {2}/);
        expect(r.stdout).toMatch(/8\.4\.3 +shall +.*5 working days/);
        // In the writer's words, never the model path; allHave with its field (it used to print a bare `allHave`).
        expect(r.stdout).toMatch(/↳ the refund deadline is at most 5 working days/);
        expect(r.stdout).toMatch(/4\.2\.3 .*\n.*↳ .*every one of the fee items states its fee disclosure before service/);
        expect(r.stdout).not.toMatch(/↳ allHave|returns\.refund/);
        expect(r.stdout).toMatch(/↳ attestation only/);
        const json = JSON.parse((await aspl(['rules', '--format', 'json'])).stdout);
        const ids = json.catalogs.map((c: { id: string }) => c.id);
        expect(ids).toEqual(expect.arrayContaining(['GBT-AS-GENERAL', 'T-CGCC-CUSTOM', 'CN-CONSUMER-LAW']));
        expect((await aspl(['rules', '--standard', 'NOPE'])).code).toBe(2);
    });

    it('export prints the PolicyModel as JSON', async () => {
        const r = await aspl(['export', SLOW]);
        expect(r.code).toBe(0);
        const model = JSON.parse(r.stdout);
        expect(model.name).toBe('RefundSlow');
        expect(model.returns.refund).toMatchObject({ amount: 10, kind: 'working' });
        expect(model.returns.refund.src.range.start).toEqual({ line: 6, character: 18 });
    });
});

describe('init', () => {
    it('writes a starter policy and config that pass their own check, then refuses to overwrite', async () => {
        const dir = join(s.dir, 'init');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        const r = await aspl(['init'], { cwd: dir });
        expect(r.code).toBe(0);
        expect(existsSync(join(dir, 'policy.aspl'))).toBe(true);
        expect(existsSync(join(dir, 'aspl.config.yaml'))).toBe(true);
        const check = await aspl(['check', 'policy.aspl', '--format', 'json'], { cwd: dir });
        const out = JSON.parse(check.stdout) as JsonOutput;
        // Only what the company must still fill in is reported: the attestation stubs as one warning, and the
        // provider and contact placeholders (TODO), which stay errors because a notice must never print them.
        const problems = out.files[0].problems;
        expect(problems.filter((p) => p.ruleId === 'aspl/attest-placeholder').map((p) => p.severity)).toEqual(['warning']);
        expect(problems.filter((p) => p.ruleId !== 'aspl/attest-placeholder').every((p) => /contains the placeholder 'TODO'/.test(p.message))).toBe(true);
        expect(problems.length).toBeLessThanOrEqual(5);
        expect(check.code).toBe(problems.some((p) => p.severity === 'error') ? 1 : 0);
        expect((await aspl(['fmt', '--check', 'policy.aspl'], { cwd: dir })).code).toBe(0);
        const before = readFileSync(join(dir, 'policy.aspl'));
        const again = await aspl(['init'], { cwd: dir });
        expect(again.code).toBe(2);
        expect(again.stderr.trim()).toMatch(/^aspl: policy\.aspl and aspl\.config\.yaml already exist; not overwriting$/);
        expect(readFileSync(join(dir, 'policy.aspl')).equals(before)).toBe(true);
    });

    it('writes a Chinese starter with --lang zh', async () => {
        const dir = join(s.dir, 'init-zh');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        expect((await aspl(['init', '--lang', 'zh'], { cwd: dir })).code).toBe(0);
        expect(readFileSync(join(dir, 'policy.aspl'), 'utf8')).toMatch(/^政策 /m);
        const check = await aspl(['check', 'policy.aspl', '--format', 'json', '--lang', 'zh'], { cwd: dir });
        const problems = (JSON.parse(check.stdout) as JsonOutput).files[0].problems;
        expect(problems.filter((p) => p.ruleId !== 'aspl/attest-placeholder').every((p) => /含占位文字/.test(p.message))).toBe(true);
        expect(problems.filter((p) => p.ruleId === 'aspl/attest-placeholder')).toHaveLength(1);
        expect((await aspl(['fmt', '--check', 'policy.aspl'], { cwd: dir })).code).toBe(0);
    });

    it('writes the starter for a product type and company, and rejects an unknown type', async () => {
        const dir = join(s.dir, 'init-furniture');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        expect((await aspl(['init', '--product', 'furniture', '--company', 'Acme Home Co., Ltd.'], { cwd: dir })).code).toBe(0);
        const text = readFileSync(join(dir, 'policy.aspl'), 'utf8');
        expect(text).toContain('provider "Acme Home Co., Ltd."');
        expect(text).toMatch(/^ {2}attest T-CGCC-CUSTOM /m);
        const check = await aspl(['check', 'policy.aspl', '--format', 'json'], { cwd: dir });
        expect((JSON.parse(check.stdout) as JsonOutput).files[0].problems.filter((p) => p.ruleId !== 'aspl/attest-placeholder' && !/placeholder 'TODO'/.test(p.message))).toEqual([]);
        const bad = await aspl(['init', '--product', 'boat'], { cwd: join(s.dir, 'init-furniture') });
        expect(bad.code).toBe(2);
    });

    it('writes a starter that passes its check when the company facts are given', async () => {
        const dir = join(s.dir, 'init-facts');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        const facts = ['--license', '91330106MA2H7Q3L54', '--scope', '家用电器的销售与售后服务', '--address', '浙江省杭州市西湖区文三路398号', '--phone', '400-828-6611', '--email', 'service@demo.example'];
        expect((await aspl(['init', '--lang', 'zh', '--product', 'appliance', '--company', '杭州星河电器有限公司', ...facts], { cwd: dir })).code).toBe(0);
        const check = await aspl(['check', '.', '--format', 'json', '--lang', 'zh'], { cwd: dir });
        const problems = (JSON.parse(check.stdout) as JsonOutput).files[0].problems;
        expect(problems.map((p) => `${p.severity} ${p.ruleId}`)).toEqual(['warning aspl/attest-placeholder']);
        expect(check.code).toBe(0);
        const help = await aspl(['init', '--help']);
        expect(help.stdout).toMatch(/--license <text> +unified social credit code \(default: a TODO placeholder\)/);
    });
});
