/**
 * `aspl/diff` on the bundled server: the editor's unsaved text against HEAD of a repository made
 * here, against a text the client sends, and outside a repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DiffResult } from '../../server/src/faces/lsp/protocol.js';
import { LspClient, ROOT } from './client.js';
import { ensureBundle } from './helpers.js';

const BASE = readFileSync(join(ROOT, 'tests', 'fixtures', 'diff', 'base.aspl'), 'utf8');
let dir: string;
let client: LspClient;

beforeAll(async () => {
    ensureBundle();
    dir = mkdtempSync(join(tmpdir(), 'aspl-lsp-diff-'));
    writeFileSync(join(dir, 'policy.aspl'), BASE);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    client = await LspClient.start({ locale: 'en', rootDir: dir });
});
afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
});

it('compares the unsaved text with HEAD: rows in the asked language, positions in the new text', async () => {
    const uri = await client.open(join(dir, 'policy.aspl'));
    await client.diagnostics(uri);
    const v = await client.change(uri, BASE.replace('cover "Compressor" 3 years', 'cover "Compressor" 2 years').replace('retention 3 years', 'retention 1 year'));
    await client.diagnostics(uri, v);
    const r = (await client.connection.sendRequest('aspl/diff', { uri, lang: 'zh' })) as DiffResult;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.base).toBe('HEAD:policy.aspl');
    expect(r.rows.map((x) => [x.kind, x.class, x.classLabel, x.title, x.subject, x.oldText, x.newText, x.uri, x.line, x.oldLine])).toEqual([
        ['warranty-period-shortened', 'worse', '不利', '保修期缩短', 'Compressor', '3年', '2年', uri, 37, 37],
        ['privacy-retention-shortened', 'better', '有利', '个人信息保存期限缩短', undefined, '3年', '1年', uri, 58, 58],
    ]);
    expect(r.summary).toBe('1 项不利、1 项有利、0 项中性；合规问题修正 0 项、新出现 0 项');
});

it('compares with a text the client sends, and says why when there is no revision', async () => {
    const uri = await client.open(join(dir, 'policy.aspl'));
    const r = (await client.connection.sendRequest('aspl/diff', { uri, lang: 'en', oldText: BASE.replace('refund within 7 days', 'refund within 3 days') })) as DiffResult;
    expect(r.ok && r.rows.map((x) => [x.kind, x.oldText, x.newText, x.line])).toEqual([['refund-time-slower', '3 days', '7 days', 48]]);
    const none = (await client.connection.sendRequest('aspl/diff', { uri, lang: 'en', base: 'no-such-branch' })) as DiffResult;
    expect(none).toEqual({ ok: false, reason: { zh: 'policy.aspl 不在 git 仓库中，或没有版本 no-such-branch', en: 'policy.aspl is not in a git repository, or it has no revision no-such-branch' } });
});
