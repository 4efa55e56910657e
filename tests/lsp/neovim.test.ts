/**
 * A second, independent real client: Neovim's built-in LSP client (Debian's neovim, headless),
 * started on `aspl lsp --stdio`, opens a faulty sample and receives the expected diagnostics.
 * .ci/run installs Neovim; without it (outside CI) the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './client.js';
import { ensureBundle, expectations, tempDir } from './helpers.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;
const PROBE = join(ROOT, 'tests/fixtures/lsp/nvim-probe.lua');

interface ProbeResult {
    nvim: string; got_diagnostics: boolean; wait_ms: number; hover: string; log: string[];
    diagnostics: Array<{ lnum: number; col: number; severity: number; message: string; source: string; code: string | null }>;
}

function probe(file: string, env: Record<string, string>): ProbeResult {
    const out = join(tempDir(), 'diagnostics.json');
    const r = spawnSync('timeout', ['60', 'nvim', '--headless', '--clean', '-c', `luafile ${PROBE}`], {
        cwd: ROOT, encoding: 'utf8', input: '',
        env: { ...process.env, FILE: file, OUT: out, LSP_CMD: `${process.execPath} ${join(ROOT, 'bin/aspl.js')} lsp --stdio`, TIMEOUT_MS: '30000', ...env },
    });
    expect(r.status, `nvim exited ${r.status}: ${r.stderr}`).toBe(0);
    return JSON.parse(readFileSync(out, 'utf8')) as ProbeResult;
}

describe.skipIf(!haveNvim && !process.env.CI)('Neovim (built-in LSP client) on `aspl lsp --stdio`', () => {
    beforeAll(() => ensureBundle());

    it('opens a faulty sample and receives its documented findings', () => {
        const file = join(ROOT, 'samples/appliance-online/small-appliances.aspl');
        const expected = expectations(readFileSync(file, 'utf8'));
        const refund = expected.find((e) => e.ruleId === 'GBT-AS-GENERAL 8.4.3')!;
        const result = probe(file, { MIN_DIAGNOSTICS: String(expected.length), HOVER_LINE: String(refund.line! - 1), HOVER_COL: '12' });
        expect(result.got_diagnostics).toBe(true);
        expect(result.log).toContain('initialized: caps ok');
        const got = result.diagnostics.map((d) => `${d.code} @${d.lnum + 1}`).sort();
        expect(got).toEqual(expected.map((e) => `${e.ruleId} @${e.line}`).sort());
        for (const d of result.diagnostics) expect(d.source).toBe('aspl');
        const m731 = result.diagnostics.find((d) => d.code === 'CN-CONSUMER-LAW M7-31')!;
        expect(m731.severity).toBe(2); // vim.diagnostic.severity.WARN
        expect(result.diagnostics.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3')!.severity).toBe(1);
        expect(result.hover).toContain('10 working days');
    });

    it('speaks Chinese when the setting asks for it', () => {
        const file = join(ROOT, 'samples/cable-maker/minjiang-cable.aspl');
        const result = probe(file, { MIN_DIAGNOSTICS: '2', ASPL_LOCALE: 'zh' });
        expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['CABLE-AS FLOW.3', 'GBT-AS-GENERAL 5.5.1']);
        expect(result.diagnostics.every((d) => /[\u4e00-\u9fff]/.test(d.message))).toBe(true);
    });
});
