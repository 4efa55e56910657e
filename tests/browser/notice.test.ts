/**
 * The HTML notice in real headless Chromium (Debian's /usr/bin/chromium or $ASPL_CHROMIUM, driven by
 * playwright-core): no horizontal scrolling on a phone or a desktop, hostile policy text stays text and
 * runs nothing, axe-core finds no serious accessibility problem, a screenshot of every sample is kept in
 * tests/artifacts/notice/, and renderPdf prints an A4 PDF.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { findChromium, launchChromium, renderPdf } from '../../server/src/faces/notice/pdf.js';
import { analyzeText, FIXTURES, HOSTILE_POLICY, LANGS, PAYLOAD, PAYLOADS } from '../notice/helpers.js';
import { discoverSamples, renderSample, ROOT } from '../notice/samples.js';

const CHROMIUM = findChromium();
const ARTIFACTS = join(ROOT, 'tests/artifacts/notice');
const SKIP = 'skipped: no Chromium at /usr/bin/chromium (install it: sudo apt-get install chromium, or set ASPL_CHROMIUM)';
if (!CHROMIUM) console.warn(`notice browser tests ${SKIP}`);

const samples = discoverSamples();

/** What a page did while we watched: dialogs, console errors, uncaught errors, requests. */
interface Watch { dialogs: string[]; errors: string[]; requests: string[] }

async function open(context: BrowserContext, html: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage();
    const watch: Watch = { dialogs: [], errors: [], requests: [] };
    page.on('dialog', (d) => { watch.dialogs.push(d.message()); void d.dismiss(); });
    page.on('console', (m) => { if (m.type() === 'error') watch.errors.push(m.text()); });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    await page.route('**', (route) => { watch.requests.push(route.request().url()); return route.abort(); });
    await page.setViewportSize(viewport);
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForTimeout(200); // let onerror / onload handlers fire, were there any
    return { page, watch };
}

async function hostileHtml(lang: 'zh' | 'en'): Promise<string> {
    const a = await analyzeText(HOSTILE_POLICY, `${FIXTURES}/hostile.aspl`);
    const r = renderNotice(a, { format: 'html', lang, draft: true });
    if (!r.ok) throw new Error(r.reason.en);
    return r.text;
}

describe.skipIf(!CHROMIUM)(`notice in headless Chromium${CHROMIUM ? '' : ` (${SKIP})`}`, () => {
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    let context: BrowserContext;

    beforeAll(async () => {
        mkdirSync(ARTIFACTS, { recursive: true });
        browser = await launchChromium();
        if (!browser.ok) throw new Error(browser.reason.en);
        context = browser.context;
    });
    afterAll(async () => { if (browser?.ok) await browser.close(); });

    for (const s of samples) {
        for (const lang of LANGS) {
            it(`${s.name}.${lang}: fits 360 px and 1280 px without horizontal scrolling, quietly; screenshots kept`, async () => {
                const html = await renderSample(s.file, lang, 'html');
                for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
                    const { page, watch } = await open(context, html, viewport);
                    const size = await page.evaluate(() => ({
                        scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, inner: window.innerWidth,
                        styled: getComputedStyle(document.querySelector('main h2')!).borderLeftStyle,
                    }));
                    expect(size.scroll, `${viewport.width}px: page is ${size.scroll}px wide`).toBeLessThanOrEqual(size.inner);
                    expect(size.body).toBeLessThanOrEqual(size.inner);
                    // The stylesheet ran under the page's own Content-Security-Policy (its hash matches).
                    expect(size.styled).toBe('solid');
                    expect(watch).toEqual({ dialogs: [], errors: [], requests: [] });
                    await page.screenshot({ path: join(ARTIFACTS, `${s.name}.${lang}.${viewport.width}.png`), fullPage: true });
                    await page.close();
                }
            });
        }
    }

    for (const lang of LANGS) {
        it(`${lang}: a hostile policy shows its attacks as text and runs nothing`, async () => {
            const { page, watch } = await open(context, await hostileHtml(lang), { width: 360, height: 740 });
            const seen = await page.evaluate(() => ({
                text: document.body.innerText,
                display: getComputedStyle(document.body).display,
                scripts: document.scripts.length,
                styles: document.querySelectorAll('style').length,
                injected: document.querySelectorAll('img, svg, iframe, object, embed, script, link, [onerror], [onload], [style]').length,
                hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
                scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
            }));
            expect(watch).toEqual({ dialogs: [], errors: [], requests: [] });
            expect(seen.display).toBe('block');
            expect(seen.scripts).toBe(0);
            expect(seen.styles).toBe(1);
            expect(seen.injected).toBe(0);
            for (const h of seen.hrefs) expect(h).toMatch(/^#[a-z]+$/);
            expect(seen.text).toContain(PAYLOAD);
            for (const p of PAYLOADS) expect(seen.text).toContain(p);
            expect(seen.scroll).toBeLessThanOrEqual(seen.inner);
            await page.screenshot({ path: join(ARTIFACTS, `hostile.${lang}.360.png`), fullPage: true });
            await page.close();
        });
    }

    it('renderPdf prints a sample to an A4 PDF', async () => {
        const s = samples.find((x) => x.name === 'furniture-custom') ?? samples[0];
        const out = join(ARTIFACTS, `${s.name}.zh.pdf`);
        const r = await renderPdf(await renderSample(s.file, 'zh', 'html'), out);
        expect(r).toEqual({ ok: true });
        const pdf = readFileSync(out);
        expect(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'the file starts with %PDF-').toBe(true);
        expect(statSync(out).size).toBeGreaterThan(10_000);
        // A4 is 595 × 842 points (Chromium writes 594.96 × 841.92).
        const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
        expect(boxes.length).toBeGreaterThan(0);
        for (const [w, h] of boxes) {
            expect(Math.abs(w - 595)).toBeLessThan(1);
            expect(Math.abs(h - 842)).toBeLessThan(1);
        }
    });
});

describe.skipIf(!CHROMIUM)(`notice accessibility and escaping without the CSP safety net${CHROMIUM ? '' : ` (${SKIP})`}`, () => {
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    let context: BrowserContext;
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

    beforeAll(async () => {
        // bypassCSP lets axe-core in; it also proves that escaping alone keeps hostile text inert.
        browser = await launchChromium({ bypassCSP: true });
        if (!browser.ok) throw new Error(browser.reason.en);
        context = browser.context;
    });
    afterAll(async () => { if (browser?.ok) await browser.close(); });

    for (const lang of LANGS) {
        it(`${lang}: hostile text is inert even with the Content-Security-Policy switched off`, async () => {
            const { page, watch } = await open(context, await hostileHtml(lang));
            const scripts = await page.evaluate(() => document.querySelectorAll('script, img, svg, [onerror], [onload]').length);
            expect(scripts).toBe(0);
            expect(watch).toEqual({ dialogs: [], errors: [], requests: [] });
            await page.close();
        });
    }

    const scan = [...samples.map((s) => ({ name: s.name, html: () => renderSample(s.file, 'zh', 'html') })), { name: 'hostile', html: () => hostileHtml('en') }];
    for (const target of scan) {
        for (const width of [360, 1280]) {
            it(`axe-core: ${target.name} at ${width} px has no serious or critical violation`, async () => {
                const { page } = await open(context, await target.html(), { width, height: 800 });
                await page.addScriptTag({ content: axe });
                const result = await page.evaluate(async () => {
                    const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } })
                        .axe.run({ resultTypes: ['violations'] });
                    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
                });
                const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
                expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
                await page.close();
            });
        }
    }
});
