/**
 * `aspl diff` end to end on the built CLI: two files, git revisions of a file and a folder in a
 * repository made here (two commits, the old version importing its old base), formats, exit codes,
 * and the documented GitHub Actions steps run against such a repository.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { aspl, assertBuilt, BIN, expectOneLineError, ROOT, scratch } from './helpers.js';

const BASE = readFileSync(join(ROOT, 'tests', 'fixtures', 'diff', 'base.aspl'), 'utf8');
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=ASPL Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

/** A repository: commit 1 = the fixture policy importing a base; commit 2 shortens a cover and raises a fee of the imported base. */
function makeRepo(dir: string): void {
    mkdirSync(join(dir, 'policies'), { recursive: true });
    const child = BASE.replace('policy DiffBase "Diff fixture policy" {', 'import "./company.aspl"\npolicy DiffBase "Diff fixture policy" {')
        .replace('  fee visit "Call-out fee" 50 CNY per visit disclosed-before-service\n', '\n');
    const company = (amount: string) => `policy Company "Company base" partial {\n  fee visit "Call-out fee" ${amount} CNY per visit disclosed-before-service\n}\n`;
    writeFileSync(join(dir, 'policies', 'policy.aspl'), child);
    writeFileSync(join(dir, 'policies', 'company.aspl'), company('50'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'policy 2026.1');
    // what actions/checkout gives with fetch-depth 0: the base branch as a remote-tracking ref
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(dir, 'checkout', '-q', '-b', 'change');
    writeFileSync(join(dir, 'policies', 'policy.aspl'), child.replace('cover "Compressor" 3 years', 'cover "Compressor" 2 years'));
    writeFileSync(join(dir, 'policies', 'company.aspl'), company('80'));
    git(dir, 'commit', '-q', '-am', 'policy 2026.2');
}

let repo: { dir: string; cleanup: () => void };
beforeAll(() => {
    assertBuilt();
    repo = scratch('aspl-diff-');
    makeRepo(repo.dir);
});
afterAll(() => repo.cleanup());

describe('two files', () => {
    test('stylish in English and Chinese, exit 0 without --fail-on, 1 with --fail-on worse', async () => {
        const s = scratch();
        writeFileSync(join(s.dir, 'old.aspl'), BASE);
        writeFileSync(join(s.dir, 'new.aspl'), BASE.replace('"Call-out fee" 50 CNY', '"Call-out fee" 80 CNY'));
        const en = await aspl(['diff', 'old.aspl', 'new.aspl', '--lang', 'en'], { cwd: s.dir });
        expect(en.code).toBe(0);
        expect(en.stdout).toBe([
            'old.aspl → new.aspl',
            '  33:28   worse   fee raised (Call-out fee): CNY 50 → CNY 80 (was line 33)  fee-raised',
            '',
            '1 worse, 0 better, 0 neutral; 0 compliance problems fixed, 0 introduced',
            '',
        ].join('\n'));
        const zh = await aspl(['diff', 'old.aspl', 'new.aspl', '--lang', 'zh', '--fail-on', 'worse'], { cwd: s.dir });
        expect(zh.code).toBe(1);
        expect(zh.stdout).toContain('  33:28   不利    收费提高（Call-out fee）：50 元 → 80 元（原第 33 行）  fee-raised');
        expect(zh.stdout).toContain('1 项不利、0 项有利、0 项中性；合规问题修正 0 项、新出现 0 项');
        const same = await aspl(['diff', 'old.aspl', 'old.aspl', '--fail-on', 'worse'], { cwd: s.dir });
        expect(same.code).toBe(0);
        expect(same.stdout).toContain('no change to any commitment');
        s.cleanup();
    });

    test('a side with syntax errors is refused, not read as commitments removed', async () => {
        const s = scratch();
        writeFileSync(join(s.dir, 'old.aspl'), BASE);
        writeFileSync(join(s.dir, 'new.aspl'), BASE.replace('  warranty from receipt {', '  warranty from receipt {{'));
        expectOneLineError(await aspl(['diff', 'old.aspl', 'new.aspl', '--lang', 'en'], { cwd: s.dir }), /new\.aspl has syntax errors, so it cannot be compared \(see aspl check\)/);
        s.cleanup();
    });

    test('neither a file nor a revision is a one-line usage error', async () => {
        const r = await aspl(['diff', 'no-such-thing', 'policy.aspl', '--lang', 'en'], { cwd: repo.dir });
        expectOneLineError(r, /'no-such-thing' is neither a policy file nor a git revision/);
    });
});

describe('git revisions', () => {
    test('REV FILE: the old policy with its old import; json schema', async () => {
        const r = await aspl(['diff', 'HEAD~1', 'policies/policy.aspl', '--format', 'json', '--lang', 'en'], { cwd: repo.dir });
        expect(r.code).toBe(0);
        const out = JSON.parse(r.stdout);
        expect(out.schemaVersion).toBe(1);
        expect(out.files).toHaveLength(1);
        expect(out.files[0].old).toBe('HEAD~1:policies/policy.aspl');
        expect(out.files[0].new).toBe('policies/policy.aspl');
        const brief = out.files[0].changes.map((c: Record<string, any>) => [c.kind, c.class, c.oldText, c.newText, c.oldRange?.file, c.oldRange?.line, c.newRange?.file, c.newRange?.line]);
        expect(brief).toEqual([
            ['fee-raised', 'worse', 'CNY 50', 'CNY 80', 'HEAD~1:policies/company.aspl', 2, 'policies/company.aspl', 2],
            ['warranty-period-shortened', 'worse', '3 years', '2 years', 'HEAD~1:policies/policy.aspl', 39, 'policies/policy.aspl', 39],
        ]);
        expect(out.summary).toEqual({ worse: 2, better: 0, neutral: 0, fixed: 0, introduced: 0 });
    });

    test('REV -- FOLDER: each policy paired by path; the partial base is compared as itself', async () => {
        // a policy only in the work tree (not yet committed) is a policy added
        writeFileSync(join(repo.dir, 'policies', 'extra.aspl'), 'policy Extra "Extra" partial {\n}\n');
        const r = await aspl(['diff', 'main', '--format', 'markdown', '--lang', 'zh', '--', 'policies'], { cwd: repo.dir });
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('### `policies/company.aspl`');
        expect(r.stdout).toContain('### `policies/policy.aspl`');
        expect(r.stdout).toContain('| 保修期缩短 — Compressor `warranty-period-shortened` | 3年 | 2年 | L39 → L39 |');
        expect(r.stdout).toContain('| 收费提高 — Call-out fee `fee-raised` | 50 元 | 80 元 | L2 → L2 |');
        expect(r.stdout).toContain('### `policies/extra.aspl`\n\n比较 `main:policies/extra.aspl` → `policies/extra.aspl`\n\n#### 中性 (1)\n\n| 变化 | 原 | 新 | 行 |\n|---|---|---|---|\n| 新增政策文件 `policy-added` | （无） | “Extra” | — → L1 |');
        rmSync(join(repo.dir, 'policies', 'extra.aspl'));
    });

    test('sarif: worse changes as notes on the new lines', async () => {
        const r = await aspl(['diff', 'HEAD~1', 'policies/policy.aspl', '--format', 'sarif', '--lang', 'en'], { cwd: repo.dir });
        const log = JSON.parse(r.stdout);
        expect(log.runs[0].results.map((x: any) => [x.ruleId, x.level, x.message.text, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
            ['aspl-diff/fee-raised', 'note', 'fee raised (Call-out fee): CNY 50 → CNY 80', 'policies/company.aspl', 2],
            ['aspl-diff/warranty-period-shortened', 'note', 'warranty period shortened (Compressor): 3 years → 2 years', 'policies/policy.aspl', 39],
        ]);
    });
});

describe('aspl notice --since', () => {
    test('the notice opens with what changed for customers, in its language; renames are left out', async () => {
        const s = scratch();
        writeFileSync(join(s.dir, 'old.aspl'), BASE);
        writeFileSync(join(s.dir, 'new.aspl'), BASE.replace('retention 3 years', 'retention 1 year')
            .replace('channel store onsite', 'channel shop onsite').replace('via hotline, store', 'via hotline, shop'));
        const en = await aspl(['notice', 'new.aspl', '--since', 'old.aspl', '--format', 'md', '--lang', 'en', '--draft'], { cwd: s.dir });
        expect(en.code).toBe(0);
        expect(en.stdout).toContain('## What changed in this version\n\nCompared with the previous version, these terms have changed:\n\n- personal-data retention period shortened: 3 years → 1 year\n\n## ');
        expect(en.stdout).not.toContain('renamed');
        const zh = await aspl(['notice', 'new.aspl', '--since', 'old.aspl', '--format', 'md', '--lang', 'zh', '--draft'], { cwd: s.dir });
        expect(zh.stdout).toContain('## 本版变化\n\n与上一版本相比，以下服务条款有所变化：\n\n- 个人信息保存期限缩短：3年 → 1年\n\n## ');
        const plain = await aspl(['notice', 'new.aspl', '--format', 'md', '--lang', 'zh', '--draft'], { cwd: s.dir });
        expect(plain.stdout).not.toContain('本版变化');
        s.cleanup();
    });

    test('a git revision as OLD', async () => {
        const r = await aspl(['notice', 'policies/policy.aspl', '--since', 'HEAD~1', '--format', 'md', '--lang', 'en', '--draft'], { cwd: repo.dir });
        expect(r.stdout).toContain('- fee raised (Call-out fee): CNY 50 → CNY 80\n- warranty period shortened (Compressor): 3 years → 2 years\n');
    });
});

describe('the documented GitHub Actions steps', () => {
    test('run against a two-commit repository: the Markdown is posted, the gate fails on worse', async () => {
        const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
        const yaml = /<!-- aspl-diff-workflow[^>]*-->\n```yaml\n([\s\S]*?)```/.exec(doc)![1];
        const steps = (parse(yaml).jobs.diff.steps as Array<{ run?: string; env?: Record<string, string> }>).filter((s) => s.run && s.run !== 'npm ci');
        expect(steps).toHaveLength(3);
        // npx runs the installed package; gh is a stand-in that records the comment it was asked to post
        const bin = join(repo.dir, '.bin');
        mkdirSync(bin, { recursive: true });
        writeFileSync(join(bin, 'npx'), `#!/bin/sh\n[ "$1" = aspl ] && shift\nexec "${process.execPath}" "${BIN}" "$@"\n`);
        writeFileSync(join(bin, 'gh'), `#!/bin/sh\necho "$@" >> "${join(repo.dir, '.gh-calls')}"\n[ "$6" = --edit-last ] && exit 1\ncat "$5" > "${join(repo.dir, '.gh-body')}"\n`);
        chmodSync(join(bin, 'npx'), 0o755);
        chmodSync(join(bin, 'gh'), 0o755);
        const github = { 'github.base_ref': 'main', 'github.token': 'not-a-token', 'github.event.pull_request.number': '7' } as Record<string, string>;
        const codes: number[] = [];
        for (const step of steps) {
            const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, e: string) => github[e])]));
            try {
                execFileSync('bash', ['-e', '-c', step.run!], { cwd: repo.dir, env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}`, LANG: 'en_US.UTF-8', LC_ALL: '' }, stdio: 'pipe' });
                codes.push(0);
            } catch (e) { codes.push((e as { status: number }).status); }
        }
        expect(codes).toEqual([0, 0, 1]);
        expect(readFileSync(join(repo.dir, '.gh-calls'), 'utf8')).toBe('pr comment 7 --body-file aspl-diff.md --edit-last\npr comment 7 --body-file aspl-diff.md\n');
        const body = readFileSync(join(repo.dir, '.gh-body'), 'utf8');
        expect(body).toContain('## What changed for customers');
        expect(body).toContain('| warranty period shortened — Compressor `warranty-period-shortened` | 3 years | 2 years | L39 → L39 |');
        expect(body.indexOf('#### Worse')).toBeGreaterThan(0);
    });
});
