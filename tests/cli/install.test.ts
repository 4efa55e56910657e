/**
 * The package a policies repository installs: `npm pack`, then `npm install <tarball>` into a
 * fresh folder from the local npm cache (no network), then `aspl check`, `aspl notice --format
 * pdf` and `aspl lsp --stdio` from there — and the README's GitHub Actions commands, as written.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, scratch } from './helpers.js';

const s = scratch('aspl-install-');
const consumer = join(s.dir, 'policies-repo');
const bin = join(consumer, 'node_modules', '.bin', 'aspl');
let tarball = '';

const env = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', GITHUB_STEP_SUMMARY: '' };
const run = (args: string[], cwd = consumer) => spawnSync(bin, args, { cwd, env, encoding: 'utf8' });

beforeAll(() => {
    assertBuilt();
    const out = execFileSync('npm', ['pack', '--pack-destination', s.dir, '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
    tarball = join(s.dir, (JSON.parse(out) as Array<{ filename: string }>)[0].filename);
    cpSync(join(ROOT, 'samples'), join(consumer, 'policies'), { recursive: true });
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'policies-repo', private: true }));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], { cwd: consumer, env: { ...process.env, npm_config_loglevel: 'error' } });
}, 180_000);
afterAll(() => s.cleanup());

describe('the packed package', () => {
    it('ships the bundle, the catalogs and the docs — no source map, no .vsix, no sources', () => {
        const listing = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
        expect(listing).toContain('package/dist/aspl.cjs');
        expect(listing).toContain('package/bin/aspl.js');
        expect(listing).toContain('package/standards/gbt-as-general.yaml');
        expect(listing.filter((f) => /\.map$|\.vsix$|\/server\/src\/|\/extension\//.test(f))).toEqual([]);
        const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/aspl/package.json'), 'utf8'));
        expect(pkg.private).toBeUndefined();
        // everything at run time is in the bundle: a consumer installs nothing else (PDF: one optional package)
        expect(pkg.dependencies ?? {}).toEqual({});
        expect(Object.keys(pkg.optionalDependencies)).toEqual(['playwright-core']);
        expect(readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.') && n !== 'playwright-core')).toEqual(['aspl']);
    });

    it('aspl check runs from the installed package', () => {
        const r = run(['check', 'policies']);
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/✖ 19 problems \(14 errors, 5 warnings\)\n$/);
        expect(run(['check', 'policies/furniture-custom']).status).toBe(0);
    });

    it('aspl notice --format pdf prints a PDF, or says which optional piece is missing', () => {
        const r = run(['notice', 'policies/furniture-custom/acme-furniture.aspl', '--format', 'pdf', '--output', 'notice.pdf']);
        const hasPlaywright = existsSync(join(consumer, 'node_modules/playwright-core'));
        const hasChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => existsSync(p)) || !!process.env.ASPL_CHROMIUM;
        if (r.status === 0) {
            expect(readFileSync(join(consumer, 'notice.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        } else {
            expect(r.status).toBe(2);
            expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
            if (!hasChromium) expect(r.stderr).toMatch(/^aspl: Printing a PDF needs Chromium, which was not found/);
            else if (!hasPlaywright) expect(r.stderr).toMatch(/^aspl: Printing a PDF needs playwright-core, the optional dependency of aspl, which is not installed\. Run in the project where aspl is installed: npm install playwright-core/);
            else throw new Error(`PDF failed with Chromium and playwright-core present: ${r.stderr}`);
        }
        if (!hasPlaywright) {
            // a browser is there (any executable stands for it): the missing optional package is named
            const noPw = spawnSync(bin, ['notice', 'policies/furniture-custom/acme-furniture.aspl', '--format', 'pdf'], { cwd: consumer, env: { ...env, ASPL_CHROMIUM: process.execPath }, encoding: 'utf8' });
            expect(noPw.status).toBe(2);
            expect(noPw.stderr).toMatch(/^aspl: Printing a PDF needs playwright-core, the optional dependency of aspl, which is not installed\. Run in the project where aspl is installed: npm install playwright-core/);
        }
    });

    it('aspl lsp --stdio answers initialize', async () => {
        const proc = spawn(bin, ['lsp', '--stdio'], { cwd: consumer, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        const reply = await new Promise<string>((done) => {
            let out = '';
            proc.stdout.setEncoding('utf8').on('data', (d: string) => {
                out += d;
                const m = /Content-Length: (\d+)\r\n\r\n/.exec(out);
                if (m && Buffer.byteLength(out.slice(m.index + m[0].length)) >= Number(m[1])) done(out.slice(m.index + m[0].length));
            });
        });
        proc.kill();
        const result = JSON.parse(reply) as { id: number; result: { capabilities: Record<string, unknown>; serverInfo?: { name: string } } };
        expect(result.id).toBe(1);
        expect(result.result.capabilities.codeActionProvider).toBeTruthy();
        expect(result.result.capabilities.textDocumentSync).toBeTruthy();
    });

    it("runs the README's GitHub Actions commands as written", () => {
        const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
        const workflow = /```yaml\n(name: policies[\s\S]*?)```/.exec(readme)![1];
        const commands = [...workflow.matchAll(/- run: (npx aspl .+?)\s*(?:#.*)?$/gm)].map((m) => m[1]);
        expect(commands).toEqual(['npx aspl check policies -f sarif -o aspl.sarif -f github']);
        // the install step of the README is what this test did: aspl from the release tarball in devDependencies
        expect(workflow).toMatch(/- run: npm ci/);
        expect(readme).toMatch(/npm install --save-dev \S*aspl-<version>\.tgz/);
        const summary = join(consumer, 'summary.md');
        writeFileSync(summary, '');
        const r = spawnSync('sh', ['-c', commands[0]], { cwd: consumer, env: { ...env, GITHUB_STEP_SUMMARY: summary }, encoding: 'utf8' });
        expect(r.status).toBe(1);
        expect(JSON.parse(readFileSync(join(consumer, 'aspl.sarif'), 'utf8')).runs[0].results).toHaveLength(19);
        expect(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length).toBe(10);
        expect(readFileSync(summary, 'utf8')).toMatch(/^### ASPL check\n\n✖ 19 problems/);
    });
});
