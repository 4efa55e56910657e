// CI conventions of `aspl check` (as ESLint and Spectral users expect them): several outputs in
// one run, the GitHub step summary, annotations capped with a pointer, --quiet, --stdin,
// --no-error-on-unmatched-pattern, --prune-baseline.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, expectOneLineError, FOCUSED, ROOT, scratch, type JsonOutput } from './helpers.js';

const s = scratch('aspl-cli-ci-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());

const APPLIANCE = 'samples/appliance-online/small-appliances.aspl';
const MANY = 'tests/fixtures/lsp/minimal-en.aspl'; // 86 errors, 6 warnings

describe('several outputs in one run', () => {
    it('-f sarif -o FILE -f github: SARIF to the file, annotations to stdout, one exit code', async () => {
        const sarif = join(s.dir, 'aspl.sarif');
        const r = await aspl(['check', APPLIANCE, '-f', 'sarif', '-o', sarif, '-f', 'github']);
        expect(r.code).toBe(1);
        const log = JSON.parse(readFileSync(sarif, 'utf8'));
        expect(log.version).toBe('2.1.0');
        expect(log.runs[0].results).toHaveLength(7);
        expect(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length).toBe(6);
        expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning ')).length).toBe(1);
    });

    it('two formats on stdout are a usage error; -o before any -f belongs to stylish', async () => {
        expectOneLineError(await aspl(['check', APPLIANCE, '-f', 'json', '-f', 'github']), /only one format can go to stdout/);
        const out = join(s.dir, 'stylish.txt');
        const r = await aspl(['check', APPLIANCE, '-o', out]);
        expect(r.stdout).toBe('');
        expect(readFileSync(out, 'utf8')).toMatch(/✖ 7 problems \(6 errors, 1 warning\)/);
    });
});

describe('GitHub Actions', () => {
    it('appends a step summary when GITHUB_STEP_SUMMARY is set', async () => {
        const summary = join(s.dir, 'summary.md');
        writeFileSync(summary, '# earlier step\n');
        const r = await aspl(['check', 'samples', '-f', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
        expect(r.code).toBe(1);
        const md = readFileSync(summary, 'utf8');
        expect(md.startsWith('# earlier step\n### ASPL check\n\n✖ 19 problems (14 errors, 5 warnings) — in 7 of 10 policies\n')).toBe(true);
        expect(md).toContain('| samples/appliance-online/small-appliances.aspl | 6 | 1 | 0 |');
        expect(md).toContain('| samples/cable-maker/minjiang-cable.aspl:41:14 | error | GBT-AS-GENERAL 5.5.1 |');
        const zh = join(s.dir, 'summary-zh.md');
        await aspl(['check', 'samples/furniture-custom', '--lang', 'zh'], { env: { GITHUB_STEP_SUMMARY: zh } });
        expect(readFileSync(zh, 'utf8')).toBe('### ASPL 检查\n\n✔ 1 个政策，没有问题\n\n');
        // no variable, no file
        const none = join(s.dir, 'none.md');
        await aspl(['check', APPLIANCE], { env: { GITHUB_STEP_SUMMARY: '' } });
        expect(existsSync(none)).toBe(false);
    });

    it('annotations: at most 10 per type; the rest as log lines, and one notice pointing to them', async () => {
        const r = await aspl(['check', MANY, '-f', 'github']);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
        expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(6);
        const plain = lines.filter((l) => !l.startsWith('::'));
        expect(plain.length).toBe(76);
        expect(plain[0]).toMatch(/^tests\/fixtures\/lsp\/minimal-en\.aspl:\d+:\d+: error: .+ \[[A-Z][\w.-]+ [\w.-]+\]$/);
        expect(lines[lines.length - 1]).toBe("::notice title=aspl::76 more problems are not shown as annotations (GitHub shows 10 of each type per step); the full list is in this step's log and summary");
        expect(lines.length).toBe(10 + 6 + 76 + 1);
    });
});

describe('selection and reporting options', () => {
    it('--quiet reports errors only; warnings neither shown nor counted', async () => {
        const r = await aspl(['check', APPLIANCE, '--quiet', '--format', 'json', '--fail-on', 'warn']);
        const out = JSON.parse(r.stdout) as JsonOutput;
        expect(out.files[0].problems.map((p) => p.severity)).toEqual(Array(6).fill('error'));
        const warningsOnly = await aspl(['check', `${FOCUSED}/refund-slow.aspl`, '--quiet', '--max-warnings', '0', '--config', `${FOCUSED}/aspl.config.yaml`, '--standard', 'GBT-AS-GENERAL']);
        expect(warningsOnly.code).toBe(1);
        expect(warningsOnly.stdout).not.toMatch(/\d+:\d+\s+warning/);
        expect(warningsOnly.stderr).toBe('');
    });

    it('--stdin --stdin-filename checks standard input as that file (config, imports, name)', async () => {
        const text = readFileSync(join(ROOT, APPLIANCE), 'utf8');
        const fromFile = JSON.parse((await aspl(['check', APPLIANCE, '--format', 'json'])).stdout) as JsonOutput;
        const r = await aspl(['check', '--stdin', '--stdin-filename', APPLIANCE, '--format', 'json'], { input: text });
        expect(r.code).toBe(1);
        const fromStdin = JSON.parse(r.stdout) as JsonOutput;
        expect(fromStdin.files.map((f) => f.file)).toEqual([APPLIANCE]);
        expect(fromStdin.files[0].problems).toEqual(fromFile.files[0].problems);
        // an ignored name: a warning, nothing checked, exit 0 (lint-staged)
        const ignored = await aspl(['check', '--stdin', '--stdin-filename', `${FOCUSED}/ignored/x.aspl`], { input: text });
        expect(ignored.code).toBe(0);
        expect(ignored.stderr).toMatch(/^aspl: warning: .*ignored\/x\.aspl is ignored by the config's ignore globs/);
        // --fix-dry-run on stdin gives the fixed text; --fix cannot write it back
        const dry = JSON.parse((await aspl(['check', '--stdin', '--stdin-filename', APPLIANCE, '--fix-dry-run', '--format', 'json'], { input: text })).stdout) as { files: Array<{ output?: string }> };
        expect(dry.files[0].output).toContain('退款 内 5天 原路退回');
        expectOneLineError(await aspl(['check', '--stdin', '--fix'], { input: text }), /--fix-dry-run/);
        expectOneLineError(await aspl(['check', APPLIANCE, '--stdin'], { input: text }), /--stdin cannot be combined with paths/);
    });

    it('--no-error-on-unmatched-pattern: a path or glob without policies is not an error', async () => {
        expectOneLineError(await aspl(['check', 'nowhere/**/*.aspl']), /no policy files match nowhere/);
        const r = await aspl(['check', 'nowhere/**/*.aspl', 'missing.aspl', '--no-error-on-unmatched-pattern', '--format', 'json']);
        expect(r.code).toBe(0);
        expect((JSON.parse(r.stdout) as JsonOutput).files).toEqual([]);
        const mixed = await aspl(['check', 'nowhere/*.aspl', APPLIANCE, '--no-error-on-unmatched-pattern', '--format', 'json']);
        expect((JSON.parse(mixed.stdout) as JsonOutput).files.map((f) => f.file)).toEqual([APPLIANCE]);
    });

    it('--prune-baseline drops the recorded problems that no longer occur', async () => {
        const dir = join(s.dir, 'prune');
        cpSync(FOCUSED, dir, { recursive: true });
        const baseline = join(dir, 'aspl-baseline.json');
        expect((await aspl(['check', '.', '--update-baseline'], { cwd: dir })).stderr).toMatch(/recorded 4 problems/);
        // fix the slow refund: its 8.4.3 entry no longer hides anything
        const file = join(dir, 'refund-slow.aspl');
        writeFileSync(file, readFileSync(file, 'utf8').replace('within 10 working days', 'within 5 working days'));
        const r = await aspl(['check', '.', '--baseline', baseline, '--prune-baseline'], { cwd: dir });
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('aspl: pruned 1 problem no longer found from the baseline aspl-baseline.json\n');
        const entries = JSON.parse(readFileSync(baseline, 'utf8')).entries as Array<{ file: string; ruleId: string }>;
        expect(entries.map((e) => `${e.file} ${e.ruleId}`).sort()).not.toContain('refund-slow.aspl GBT-AS-GENERAL 8.4.3');
        expect(entries.length).toBe(3);
        expectOneLineError(await aspl(['check', '.', '--prune-baseline', '--shard', '1/2'], { cwd: dir }), /--prune-baseline cannot be combined with --shard/);
    });
});
