/**
 * A second, independent real client: Neovim's built-in LSP client (Debian's neovim, headless),
 * started on `aspl lsp --stdio`, opens a faulty sample and receives the expected diagnostics.
 * .ci/run installs Neovim; without it (outside CI) the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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

    it("the README's init.lua as written (0.7 and 0.8+), with aspl.run onSave: typing keeps the findings, :write judges the text", () => {
        const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
        const lua = /Neovim \(0\.7 and 0\.8\+; `init\.lua`\):\n\n```lua\n([\s\S]*?)```/.exec(readme)![1];
        const command = "cmd = { 'npx', 'aspl', 'lsp', '--stdio' }";
        expect(lua).toContain(command);
        // this checkout's server instead of npx, and the setting as the README says to pass it (settings from 0.8, init_options on 0.7)
        const init = lua.replace(command, `cmd = { '${process.execPath}', '${join(ROOT, 'bin/aspl.js')}', 'lsp', '--stdio' }, settings = { aspl = { run = 'onSave' } }, init_options = { run = 'onSave' }`)
            + readFileSync(join(ROOT, 'tests/fixtures/lsp/nvim-readme-onsave.lua'), 'utf8');
        expect(readme).toContain("settings = { aspl = { run = 'onSave' } }");
        expect(readme).toContain("init_options = { run = 'onSave' }");
        const dir = tempDir();
        writeFileSync(join(dir, 'init.lua'), init);
        for (const f of ['base.aspl', 'small-appliances.aspl']) copyFileSync(join(ROOT, 'samples/appliance-online', f), join(dir, f));
        const text = readFileSync(join(dir, 'small-appliances.aspl'), 'utf8');
        const fixLine = text.split('\n').findIndex((l) => l.includes('无理由 7天 自 购买')) + 1;
        const out = join(dir, 'out.json');
        const r = spawnSync('timeout', ['60', 'nvim', '--headless', '-u', join(dir, 'init.lua'), 'small-appliances.aspl'], {
            cwd: dir, encoding: 'utf8', input: '', env: { ...process.env, OUT: out, FIX_LINE: String(fixLine), XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir },
        });
        expect(r.status, `nvim exited ${r.status}: ${r.stderr}`).toBe(0);
        const got = JSON.parse(readFileSync(out, 'utf8')) as { opened: string[]; typed: string[]; saved: string[] };
        const all = ['100 CN-CONSUMER-LAW M7-13', '100 CN-CONSUMER-LAW M7-31', '100 GBT-AS-GENERAL 8.4.3', '103 CN-CONSUMER-LAW CPL-24', '143 CN-CONSUMER-LAW CPL-26', '83 CN-CONSUMER-LAW IR-18', `${fixLine} CN-CONSUMER-LAW M7-10`].sort();
        expect(got.opened).toEqual(all);
        expect(got.typed).toEqual(all);
        expect(got.saved).toEqual(all.filter((c) => !c.endsWith('M7-10')));
    });
});
