import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, BIN, expectOneLineError, ROOT, scratch } from './helpers.js';

const s = scratch('aspl-cli-notice-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());

describe('aspl notice', () => {
    it('renders the notice of a compliant policy', async () => {
        const r = await aspl(['notice', 'samples/furniture-custom/acme-furniture.aspl', '--format', 'md']);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/^# 苏州艾克美全屋定制家居售后服务政策/);
        const html = await aspl(['notice', 'samples/furniture-custom/acme-furniture.aspl', '--format', 'html', '--output', join(s.dir, 'notice.html')]);
        expect(html.code).toBe(0);
        expect(readFileSync(join(s.dir, 'notice.html'), 'utf8')).toMatch(/<html/i);
    });

    it('refuses a policy with compliance errors in one line (exit 1, a finding, not a usage error) unless --draft', async () => {
        const policy = 'tests/fixtures/cli/focused/refund-slow.aspl';
        const refused = await aspl(['notice', policy, '--format', 'md']);
        expect(refused.code).toBe(1);
        expect(refused.stdout).toBe('');
        expectOneLineError({ ...refused, code: 2 }, /GBT-AS-GENERAL 8\.4\.3.*--draft/);
        const draft = await aspl(['notice', policy, '--format', 'md', '--draft']);
        expect(draft.code).toBe(0);
        expect(draft.stdout).toMatch(/DRAFT|草稿/);
        expectOneLineError(await aspl(['notice', policy, '--format', 'docx']), /unknown format 'docx'/);
    });

    it('writes a PDF to --output, or says in one line why it cannot', async () => {
        const out = join(s.dir, 'notice.pdf');
        const r = await aspl(['notice', 'samples/furniture-custom/acme-furniture.aspl', '--format', 'pdf', '--output', out]);
        if (r.code === 0) {
            expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
            expect(r.stderr).toMatch(/wrote .*notice\.pdf/);
        } else {
            expectOneLineError(r);
            expect(existsSync(out)).toBe(false);
        }
    });
});

describe('aspl lsp --stdio', () => {
    it('answers initialize over stdin/stdout', async () => {
        const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
        const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        const reply = await new Promise<string>((done, fail) => {
            let out = '';
            const timer = setTimeout(() => fail(new Error(`no initialize reply: ${out}`)), 30_000);
            child.stdout.on('data', (d: Buffer) => {
                out += d.toString('utf8');
                const m = /Content-Length: (\d+)\r\n\r\n/.exec(out);
                if (m && Buffer.byteLength(out.slice(m.index + m[0].length)) >= Number(m[1])) {
                    clearTimeout(timer);
                    done(out.slice(m.index + m[0].length));
                }
            });
        });
        child.kill();
        const msg = JSON.parse(reply);
        expect(msg.id).toBe(1);
        expect(msg.result.capabilities).toBeTruthy();
    });
});
