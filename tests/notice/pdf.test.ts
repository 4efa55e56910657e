/**
 * renderPdf without a browser, playwright-core kept out of the CLI bundle (loaded only for a PDF),
 * and one printer: the extension's PDF export goes through this module, it spawns no browser itself.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, renderPdf } from '../../server/src/faces/notice/index.js';
import { ROOT } from './samples.js';

describe('notice PDF', () => {
    const saved = process.env.ASPL_CHROMIUM;
    afterEach(() => {
        if (saved === undefined) delete process.env.ASPL_CHROMIUM;
        else process.env.ASPL_CHROMIUM = saved;
    });

    it('says how to install Chromium when there is none', async () => {
        process.env.ASPL_CHROMIUM = '/nonexistent/chromium';
        expect(findChromium()).toBeUndefined();
        const r = await renderPdf('<!DOCTYPE html><html lang="en"><title>x</title></html>', join(ROOT, 'tests/artifacts/never.pdf'));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.reason.en).toContain('sudo apt-get install chromium');
        expect(r.reason.zh).toContain('sudo apt-get install chromium');
        expect(r.reason.en).toContain('/nonexistent/chromium');
    });

    it('does not pull playwright-core into a bundle of the notice module', async () => {
        const result = await build({
            entryPoints: [join(ROOT, 'server/src/faces/notice/index.ts')], bundle: true, platform: 'node', format: 'esm',
            write: false, metafile: true, logLevel: 'silent', external: ['langium', 'vscode-*'],
        });
        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs.filter((i) => i.includes('playwright'))).toEqual([]);
        expect(result.outputFiles[0].text).toMatch(/["']playwright-core["']/);
    });

    it('is the only printer: the extension\'s export bundles this module and starts no process of its own', async () => {
        const result = await build({
            entryPoints: [join(ROOT, 'extension/src/extension.ts')], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'cjs',
            write: false, metafile: true, logLevel: 'silent', external: ['vscode'],
        });
        const inputs = result.metafile.inputs;
        expect(inputs['extension/src/export.ts'].imports.map((i) => i.path)).toContain('server/src/faces/notice/pdf.ts');
        const spawning = Object.entries(inputs).filter(([, v]) => v.imports.some((i) => i.path === 'node:child_process' || i.path === 'child_process')).map(([k]) => k);
        expect(spawning.filter((f) => f.startsWith('extension/'))).toEqual([]);
        expect(inputs['server/src/faces/notice/pdf.ts']).toBeDefined();
    });
});
