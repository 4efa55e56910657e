/**
 * HTML notice → A4 PDF through headless Chromium (Debian's `chromium`), driven by playwright-core.
 * Both are optional at run time: playwright-core is imported only when a PDF is asked for, and a
 * missing browser gives a message saying how to install it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import type { Bilingual } from '../../i18n/locale.js';

/** Flags for a quiet, offline, throw-away browser. */
export const CHROMIUM_ARGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
    '--no-first-run', '--disable-component-update', '--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to use: $ASPL_CHROMIUM, else Debian's /usr/bin/chromium; undefined when none exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
    if (env.ASPL_CHROMIUM) return existsSync(env.ASPL_CHROMIUM) ? env.ASPL_CHROMIUM : undefined;
    return CANDIDATES.find((p) => existsSync(p));
}

export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): Bilingual {
    const set = env.ASPL_CHROMIUM;
    return set
        ? {
            zh: `环境变量 ASPL_CHROMIUM 指向的浏览器不存在：${set}。请改为 Chromium 的路径，或安装 Chromium：sudo apt-get install chromium`,
            en: `ASPL_CHROMIUM points to a browser that does not exist: ${set}. Point it to Chromium, or install Chromium: sudo apt-get install chromium`,
        }
        : {
            zh: '生成 PDF 需要 Chromium，但没有找到（/usr/bin/chromium）。请安装：sudo apt-get install chromium，或用环境变量 ASPL_CHROMIUM 指定浏览器路径。',
            en: 'Printing a PDF needs Chromium, which was not found (/usr/bin/chromium). Install it: sudo apt-get install chromium, or set ASPL_CHROMIUM to the browser\'s path.',
        };
}

type Playwright = typeof import('playwright-core');

/**
 * playwright-core (a CommonJS package), loaded on demand from where this code lies (a variable
 * specifier keeps bundlers from pulling it in). Required rather than imported: bin/aspl.js runs the
 * CLI bundle through vm.Script, where import() needs an experimental Node flag.
 */
export async function loadPlaywright(): Promise<Playwright | undefined> {
    const name = 'playwright-core';
    try {
        const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
        const mod = createRequire(here)(name) as Playwright & { default?: Playwright };
        return mod.chromium ? mod : mod.default;
    } catch {
        return undefined;
    }
}

/** playwright-core is aspl's one optional dependency: only PDF output needs it. */
const NO_PLAYWRIGHT: Bilingual = {
    zh: '生成 PDF 需要 aspl 的可选依赖 playwright-core，但它没有安装。请在安装 aspl 的项目中运行：npm install playwright-core（不会下载浏览器；使用本机的 Chromium）',
    en: 'Printing a PDF needs playwright-core, the optional dependency of aspl, which is not installed. Run in the project where aspl is installed: npm install playwright-core (it downloads no browser; the local Chromium is used)',
};

/**
 * A fresh headless Chromium with its own user-data-dir; `close` also removes that folder.
 * `bypassCSP` is for tests that inject a checker (axe-core) into a notice.
 */
export async function launchChromium(options: { bypassCSP?: boolean } = {}): Promise<{ ok: true; context: BrowserContext; close: () => Promise<void> } | { ok: false; reason: Bilingual }> {
    const executablePath = findChromium();
    if (!executablePath) return { ok: false, reason: chromiumMissing() };
    const pw = await loadPlaywright();
    if (!pw) return { ok: false, reason: NO_PLAYWRIGHT };
    const dir = mkdtempSync(join(tmpdir(), 'aspl-chromium-'));
    try {
        const context = await pw.chromium.launchPersistentContext(dir, {
            executablePath, headless: true, args: CHROMIUM_ARGS, timeout: 60_000, serviceWorkers: 'block', acceptDownloads: false,
            bypassCSP: options.bypassCSP ?? false,
        });
        const close = async () => {
            await context.close().catch(() => undefined);
            rmSync(dir, { recursive: true, force: true });
        };
        return { ok: true, context, close };
    } catch (e) {
        rmSync(dir, { recursive: true, force: true });
        const msg = (e as Error).message.split('\n')[0];
        return { ok: false, reason: { zh: `无法启动 Chromium（${executablePath}）：${msg}`, en: `cannot start Chromium (${executablePath}): ${msg}` } };
    }
}

/** Prints a self-contained HTML notice to an A4 PDF. No network: every request is refused. */
export async function renderPdf(html: string, outFile: string): Promise<{ ok: true } | { ok: false; reason: Bilingual }> {
    const launched = await launchChromium();
    if (!launched.ok) return launched;
    try {
        const page = launched.context.pages()[0] ?? (await launched.context.newPage());
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
        writeFileSync(outFile, pdf);
        return { ok: true };
    } catch (e) {
        const msg = (e as Error).message.split('\n')[0];
        return { ok: false, reason: { zh: `PDF 生成失败：${msg}`, en: `PDF printing failed: ${msg}` } };
    } finally {
        await launched.close();
    }
}
