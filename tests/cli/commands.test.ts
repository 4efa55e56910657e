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
        writeFileSync(cfg, 'packs: [GBT-AS-GENERAL]\nseverity:\n  GBT-AS-GENERAL: off\n  CN-CONSUMER-LAW: off\n  "GBT-AS-GENERAL 8.4.2": warning\n');
        const warnOnly = await aspl(['check', SLOW, '--config', cfg]);
        expect(warnOnly.code).toBe(0);
        expect(warnOnly.stdout).toMatch(/1 problem \(0 errors, 1 warning\)/);
        expect((await aspl(['check', SLOW, '--config', cfg, '--fail-on', 'warning'])).code).toBe(1);
        expect((await aspl(['check', SLOW, '--config', cfg, '--max-warnings', '1'])).code).toBe(0);
        const over = await aspl(['check', SLOW, '--config', cfg, '--max-warnings', '0']);
        expect(over.code).toBe(1);
        expect(over.stderr).toMatch(/1 warnings, more than --max-warnings 0/);
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

    it('accepts globs, and config ignores apply to found files but not to named ones', async () => {
        const glob = await aspl(['check', 'tests/fixtures/cli/focused/**/*.aspl', '--format', 'json']);
        const names = (JSON.parse(glob.stdout) as JsonOutput).files.map((f) => f.file);
        expect(names).toHaveLength(4);
        expect(names.some((n) => n.includes('ignored/'))).toBe(false);
        const named = await aspl(['check', `${FOCUSED}/ignored/skipped.aspl`, '--format', 'json']);
        expect((JSON.parse(named.stdout) as JsonOutput).files).toHaveLength(1);
    });

    it('reports a syntax error as aspl/syntax and nothing else for that file', async () => {
        const r = await aspl(['check', 'tests/fixtures/cli/syntax-error.aspl', '--format', 'json']);
        expect(r.code).toBe(1);
        const out = JSON.parse(r.stdout) as JsonOutput;
        const ids = new Set(out.files[0].problems.map((p) => p.ruleId));
        expect([...ids]).toEqual(['aspl/syntax']);
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
            const expected = [...text.matchAll(/^\/\/\s+expect (\S+) (\S+) (violated|not-addressed)/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
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
        expect(html.stdout).toMatch(/<td class="status satisfied">satisfied<\/td>/);
        const data = JSON.parse(json.stdout);
        expect(data.schemaVersion).toBe(1);
        const tcgcc = data.standards.find((x: { id: string }) => x.id === 'T-CGCC-CUSTOM');
        expect(tcgcc.score).toMatchObject({ total: 100, minimum: 90, pass: true, inferred: ['5.9'] });
        const clause = tcgcc.clauses.find((c: { clause: string }) => c.clause === '5.9');
        expect(clause).toMatchObject({ status: 'attested', points: 2, earned: 2, pointsInferred: true });
        expect(clause.evidence[0].file).toBe('acme-furniture.aspl');
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

    it('fails without a certified manager even with the same points (exit 1)', async () => {
        const [ok, bad] = await Promise.all([
            aspl(['score', 'samples/furniture-custom/acme-furniture.aspl', '--format', 'json']),
            aspl(['score', 'tests/fixtures/furniture-no-manager.aspl', '--format', 'json']),
        ]);
        expect(bad.code).toBe(1);
        const a = JSON.parse(ok.stdout).scores[0];
        const b = JSON.parse(bad.stdout).scores[0];
        expect(b.earned).toBe(a.earned);
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
        expect(r.stdout).toMatch(/4\.2\.3 .*\n.*↳ .*every one of the fee items states its fee disclosure before service\n/);
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
    it('writes a starter policy and config that check without language errors, then refuses to overwrite', async () => {
        const dir = join(s.dir, 'init');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        const r = await aspl(['init'], { cwd: dir });
        expect(r.code).toBe(0);
        expect(existsSync(join(dir, 'policy.aspl'))).toBe(true);
        expect(existsSync(join(dir, 'aspl.config.yaml'))).toBe(true);
        const check = await aspl(['check', 'policy.aspl', '--format', 'json'], { cwd: dir });
        const out = JSON.parse(check.stdout) as JsonOutput;
        expect(out.files[0].problems.filter((p) => p.kind === 'language')).toEqual([]);
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
        const check = await aspl(['check', 'policy.aspl', '--format', 'json'], { cwd: dir });
        expect((JSON.parse(check.stdout) as JsonOutput).files[0].problems.filter((p) => p.kind === 'language')).toEqual([]);
    });
});
