/** renderPdf without a browser, and playwright-core kept out of the CLI bundle (loaded only for a PDF). */
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
});
