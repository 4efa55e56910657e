/**
 * The extension in a real VS Code (code-server + chromium): the .vsix from `npm run package` is
 * installed into a fresh code-server, the appliance-online sample is opened, and a writer's path
 * is followed: squiggle and Problems row with the clause code → hover with the clause summary →
 * quick fix makes the problem disappear → notice preview shows the provider → compliance report
 * row click moves the cursor → Compare with HEAD lists the edits, a row moves the cursor → the
 * walkthrough opens → the language-status item shows the T/CGCC score → with aspl.locale zh the
 * Problems panel has no English enum word → "Fix All ASPL Problems" clears a copy of the sample →
 * Export Notice… writes a PDF.
 * Screenshots go to tests/artifacts/e2e/.
 *
 * Run by `npm run test:e2e` (after `bash build/e2e-setup.sh` and `npm run package`); skipped in
 * the ordinary `vitest run`, which does not set ASPL_E2E.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cursorLine, missing, notificationTexts, openFile, runCommand, shot, start, waitForFrameWith, waitForFrameWithText, type Session } from './code-server.js';
import { englishEnumWords, englishWordsIn } from '../lsp/helpers.js';

const enabled = !!process.env.ASPL_E2E;
const PROVIDER = '深圳市优居智能电器科技有限公司';
const CODE = 'GBT-AS-GENERAL 8.4.3';

function clauseSummary(id: string): { zh: string; en: string } {
    const catalog = parseYaml(readFileSync(join(ROOT, 'standards', 'gbt-as-general.yaml'), 'utf8')) as { clauses: Array<{ id: string; summary: { zh: string; en: string } }> };
    return catalog.clauses.find((c) => c.id === id)!.summary;
}

describe.skipIf(!enabled)('ASPL extension in code-server', () => {
    let s: Session;
    const times: Record<string, number> = {};
    let t0 = 0;
    const mark = (what: string) => { times[what] = Date.now() - t0; console.log(`[e2e] ${(times[what] / 1000).toFixed(1)} s ${what}`); };

    beforeAll(async () => {
        const why = missing();
        if (why) throw new Error(why);
        t0 = Date.now();
        s = await start('samples/appliance-online');
        for (const [k, v] of Object.entries(s.timings)) console.log(`[e2e] ${(v / 1000).toFixed(1)} s ${k}`);
    }, 240_000);

    afterEach(async (ctx) => {
        if (s && ctx.task.result?.state === 'fail') await shot(s.page, `fail-${ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    });

    afterAll(async () => {
        if (s) {
            await shot(s.page, '99-final').catch(() => undefined);
            await s.stop();
        }
        console.log('[e2e] timings (ms since start):', JSON.stringify(times));
    });

    it('opens the policy: error squiggle and a Problems row carrying the clause code', async () => {
        const { page } = s;
        const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'small-appliances.aspl' });
        await row.waitFor({ timeout: 60_000 });
        await row.click();
        await page.waitForSelector('.monaco-editor .view-lines', { timeout: 60_000 });
        mark('editor open');
        await expect.poll(() => page.locator('[id="status.editor.mode"]').innerText(), { timeout: 10_000 }).toMatch(/ASPL|aspl/);

        await page.keyboard.press('Control+Shift+M');
        const problem = page.locator('.markers-panel .monaco-list-row', { hasText: CODE }).first();
        await problem.waitFor({ timeout: 90_000 });
        const text = (await problem.innerText()).replace(/\s+/g, ' ');
        console.log(`[e2e] Problems row: ${text}`);
        expect(text).toContain(CODE);
        mark('problems row');
        // Squiggles are drawn for visible lines only: reveal the finding, then look for it.
        await problem.click();
        await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 30_000 });
        mark('error squiggle');
        // The language-status entry ({} beside the language mode) holds the ASPL item; no status-bar item repeats the counts.
        await page.locator('[id="status.languageStatus"]').waitFor({ timeout: 30_000 });
        expect(await page.locator('[id$="aspl.status"]').count()).toBe(0);
        await shot(page, '01-squiggle-and-problems');
    });

    /** The text under the 8.4.3 squiggle ("10个工作日" on the refund line), revealed in the editor. */
    async function findingText() {
        const { page } = s;
        await page.locator('.markers-panel .monaco-list-row', { hasText: CODE }).first().click();
        const span = page.locator('.part.editor .view-line', { hasText: '原路退回' }).locator('span span', { hasText: '工作日' }).first();
        await span.waitFor({ timeout: 10_000 });
        return span;
    }

    it('hover on the finding shows the clause summary', async () => {
        const { page } = s;
        await page.keyboard.press('Escape');
        const target = await findingText();
        const summary = clauseSummary('8.4.3');
        // Mouse hover on the squiggled text: the diagnostic and the server's hover (clauses resting on it).
        await target.hover();
        const hover = page.locator('.monaco-hover:visible').filter({ hasText: /8\.4\.3/ }).first();
        await hover.waitFor({ timeout: 20_000 });
        // the text as last read by the poll: the hover may close once it has matched, so it is not read again
        let seen = '';
        await expect.poll(async () => (seen = (await hover.innerText()).replace(/\s+/g, ' ')), { timeout: 20_000 })
            .toMatch(new RegExp(`${escape(summary.en.slice(0, 30))}|${escape(summary.zh.slice(0, 10))}`));
        console.log(`[e2e] hover: ${seen.slice(0, 400)}`);
        await shot(page, '02-hover-clause-summary');
        await page.keyboard.press('Escape');
        mark('hover');
    });

    it('a quick fix makes the problem disappear', async () => {
        const { page } = s;
        await page.keyboard.press('Escape');
        const target = await findingText();
        await target.click();
        await page.keyboard.press('Control+.');
        const item = page.locator('.action-widget [role="option"], .action-widget .monaco-list-row, .context-view [role="menuitem"]', { hasText: '8.4.3' }).first();
        await item.waitFor({ timeout: 20_000 });
        console.log(`[e2e] quick fix: ${(await item.innerText()).replace(/\s+/g, ' ')}`);
        await shot(page, '03-quick-fix-menu');
        await item.click();
        await expect.poll(() => page.locator('.markers-panel .monaco-list-row', { hasText: CODE }).count(), { timeout: 60_000 }).toBe(0);
        const fixed = await page.locator('.view-line', { hasText: '原路退回' }).first().innerText();
        console.log(`[e2e] after the fix: ${fixed.replace(/\s+/g, ' ')}`);
        await shot(page, '04-after-quick-fix');
        mark('quick fix applied');
    });

    it('the notice preview shows the provider inside the webview', async () => {
        const { page } = s;
        await page.keyboard.press('Escape');
        await editorLines(page).click({ position: { x: 300, y: 8 } });
        await runCommand(page, 'ASPL: Preview Customer Notice');
        const frame = await waitForFrameWithText(page, PROVIDER, 90_000);
        const body = await frame.evaluate(() => document.body.innerText);
        expect(body).toContain(PROVIDER);
        // The CSP of the webview document: no inline script allowed beyond our nonce.
        const policy = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
        expect(policy).toMatch(/script-src 'nonce-[A-Za-z0-9]+'/);
        expect(policy).not.toContain('unsafe-inline');
        await frame.locator(`text=${PROVIDER}`).first().scrollIntoViewIfNeeded();
        await page.keyboard.press('Control+J'); // hide the panel: more room for the preview
        await shot(page, '05-notice-preview');
        mark('notice preview');

        // zh/en toggle: the notice switches to Chinese, the provider stays.
        await frame.locator('button[data-lang="zh"]').click();
        await expect.poll(() => frame.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe('zh-CN');
        await expect.poll(() => frame.evaluate(() => document.body.innerText), { timeout: 30_000 }).toMatch(/售后服务/);
        expect(await frame.evaluate(() => document.body.innerText)).toContain(PROVIDER);

        // Live update: edit the version in the editor, the preview follows without saving.
        const versionLine = readFileSync(join(ROOT, 'samples', 'appliance-online', 'small-appliances.aspl'), 'utf8').split('\n').findIndex((l) => l.includes('版本 "2026.3"')) + 1;
        await goToLine(page, versionLine);
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.type('-rc1');
        // the edit is in the editor first, so a stale preview cannot be mistaken for lost keystrokes
        await expect.poll(() => editorLines(page).innerText(), { timeout: 10_000 }).toContain('2026.3-rc1');
        await expect.poll(() => frame.evaluate(() => document.body.innerText), { timeout: 30_000 }).toContain('2026.3-rc1');
        await frame.locator(`text=${PROVIDER}`).first().scrollIntoViewIfNeeded();
        await shot(page, '06-notice-preview-zh-live');
        mark('notice live update');
        await page.keyboard.press('Control+J');
    });

    it('the compliance report opens from the code lens and a row click moves the cursor', async () => {
        const { page } = s;
        // Back to the policy editor, on the policy header where the code lenses are.
        await page.keyboard.press('Escape');
        await page.locator('.tab', { hasText: 'small-appliances.aspl' }).first().click();
        const header = readFileSync(join(ROOT, 'samples', 'appliance-online', 'small-appliances.aspl'), 'utf8').split('\n').findIndex((l) => l.startsWith('政策 ')) + 1;
        await goToLine(page, header);
        const before = header;
        const lens = page.locator('.codelens-decoration a', { hasText: /violated|违反/ }).first();
        let viaLens = true;
        try {
            await lens.waitFor({ timeout: 30_000 });
            await lens.click();
        } catch {
            viaLens = false;
            await runCommand(page, 'ASPL: Show Compliance Report');
        }
        console.log(`[e2e] report opened via ${viaLens ? 'the code lens' : 'the command palette'}`);
        const frame = await waitForFrameWith(page, 'tr.row', 90_000);
        await expect.poll(() => frame.locator('tr.row').count(), { timeout: 30_000 }).toBeGreaterThan(3);
        // It opens with what needs work, as aspl report does: "✗ 4 of … clauses need work (violated 4)".
        await expect.poll(() => frame.locator('p.summary').first().textContent(), { timeout: 30_000 }).toMatch(/^✗ \d+ of \d+ clauses need work \(violated \d+/);
        await shot(page, '07-compliance-report');
        // A row whose evidence lies far from the cursor.
        const rows = frame.locator('tr.row');
        const n = await rows.count();
        let target = -1;
        let targetLine = 0;
        for (let i = 0; i < n; i++) {
            const l = Number(await rows.nth(i).getAttribute('data-line'));
            if (Math.abs(l - before) > 10 && (await rows.nth(i).getAttribute('data-own')) === 'true') { target = i; targetLine = l; break; }
        }
        expect(target).toBeGreaterThanOrEqual(0);
        console.log(`[e2e] clicking report row ${target} (line ${targetLine}); cursor was on line ${before}`);
        await rows.nth(target).click();
        await expect.poll(() => cursorLine(page), { timeout: 30_000 }).toBe(targetLine);
        expect(targetLine).not.toBe(before);
        await shot(page, '08-report-row-jump');
        mark('report jump');

        // The README screenshot (extension/images/screenshot.png is copied from it): squiggles, the report at the
        // violated clauses of the consumer law, Problems with clause codes and the language-status item at once.
        await frame.locator('h2', { hasText: 'CN-CONSUMER-LAW' }).first().evaluate((h) => h.scrollIntoView({ block: 'start' }));
        await goToLine(page, 92);
        await page.waitForTimeout(500);
        await shot(page, 'readme-screenshot');
        expect(viaLens).toBe(true);
    });

    it('Compare with HEAD lists the edits made above as classified changes, and a row moves the cursor', async () => {
        const { page } = s;
        await page.locator('.tab', { hasText: 'small-appliances.aspl' }).first().click();
        // One more edit whose class is certain: the whole-unit warranty shortened from 1 year to 6 months.
        const lines = readFileSync(join(ROOT, 'samples', 'appliance-online', 'small-appliances.aspl'), 'utf8').split('\n');
        const cover = lines.findIndex((l) => l.includes('覆盖 "整机" 1年')) + 1;
        await goToLine(page, cover);
        await page.keyboard.press('End');
        await page.keyboard.press('Shift+Home');
        await page.keyboard.type('    覆盖 "整机" 6个月');
        await runCommand(page, 'ASPL: Compare with HEAD: What Changed for Customers');
        const frame = await waitForFrameWith(page, 'main#diff tr.row', 90_000);
        await expect.poll(() => frame.locator('tr.row.cl-worse').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        expect(await frame.locator('main#diff').innerText()).toContain('warranty-period-shortened');
        await shot(page, '09-compare-with-head');
        const row = frame.locator('tr.row', { hasText: 'warranty-period-shortened' }).first();
        const target = Number(await row.getAttribute('data-line'));
        expect(target).toBe(cover);
        await goToLine(page, 1);
        await row.click();
        await expect.poll(() => cursorLine(page), { timeout: 30_000 }).toBe(target);
        mark('compare with HEAD');
    });

    it('the walkthrough opens with its five steps', async () => {
        const { page } = s;
        await page.keyboard.press('Escape');
        await runCommand(page, 'Welcome: Open Walkthrough...');
        const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Your first checked policy' }).first();
        await pick.waitFor({ timeout: 30_000 });
        await pick.click();
        const editor = page.locator('.part.editor');
        await expect.poll(() => editor.innerText().catch(() => ''), { timeout: 30_000 }).toContain('Open or create a policy');
        const text = await editor.innerText();
        for (const step of ['See a finding', 'Apply a fix', 'Preview the customer notice', 'Export']) expect(text).toContain(step);
        await shot(page, '10-walkthrough');
        mark('walkthrough');
    });

    /** Shows the Problems panel (Ctrl+Shift+M toggles it, so only when it is hidden). */
    async function showProblems(): Promise<void> {
        const panel = s.page.locator('.markers-panel');
        if (!(await panel.isVisible().catch(() => false))) await s.page.keyboard.press('Control+Shift+M');
        await panel.waitFor({ state: 'visible', timeout: 15_000 });
    }

    /** The items of the language-status hover ({} beside the language mode) of the active editor. */
    async function languageStatus(): Promise<string> {
        const { page } = s;
        const entry = page.locator('[id="status.languageStatus"]');
        await entry.waitFor({ timeout: 30_000 });
        const hover = page.locator('.monaco-hover:visible', { hasText: /T\/CGCC|ASPL/ }).first();
        for (let i = 0; i < 5 && !(await hover.isVisible().catch(() => false)); i++) {
            await entry.hover();
            await page.waitForTimeout(800);
            if (!(await hover.isVisible().catch(() => false))) await entry.click();
            await page.waitForTimeout(500);
        }
        return (await hover.innerText({ timeout: 10_000 })).replace(/\s+/g, ' ');
    }

    it('the language-status item shows the T/CGCC score and the standards in force', async () => {
        const { page } = s;
        await page.keyboard.press('Escape');
        copyFileSync(join(ROOT, 'samples', 'furniture-custom', 'acme-furniture.aspl'), join(s.workspace, 'acme-furniture.aspl'));
        await openFile(page, 'acme-furniture.aspl');
        let text = '';
        await expect.poll(async () => (text = await languageStatus()), { timeout: 90_000 }).toMatch(/T\/CGCC 100\/100 pass/);
        console.log(`[e2e] language status: ${text}`);
        expect(text).toMatch(/In force: [^.]*GBT-AS-GENERAL, T-CGCC-CUSTOM, CN-CONSUMER-LAW/);
        await shot(page, '11-language-status-score');
        await page.keyboard.press('Escape');
        mark('language status');
    });

    it('with aspl.locale zh the Problems panel shows no English enum word, and the status item speaks Chinese', async () => {
        const { page } = s;
        // The workspace's own settings file (VS Code watches the workspace folder and applies it at once).
        mkdirSync(join(s.workspace, '.vscode'), { recursive: true });
        writeFileSync(join(s.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'aspl.locale': 'zh' }, null, 2));
        await page.locator('.tab', { hasText: 'small-appliances.aspl' }).first().click();
        await showProblems();
        const rows = page.locator('.markers-panel .monaco-list-row');
        // Re-published in Chinese once the setting reaches the server.
        await expect.poll(async () => (await rows.allInnerTexts()).filter((t) => /CN-CONSUMER-LAW|GBT-AS-GENERAL/.test(t) && /[\u4e00-\u9fff]{4}/.test(t)).length, { timeout: 90_000 }).toBeGreaterThan(2);
        await runCommand(page, 'View: Toggle Maximized Panel');
        await page.waitForTimeout(500);
        const words = await englishEnumWords();
        const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
        console.log(`[e2e] Problems (zh): ${texts.length} rows, e.g. ${texts.find((t) => /[\u4e00-\u9fff]/.test(t))?.slice(0, 160)}`);
        const english = texts.map((t) => ({ t, w: englishWordsIn(t.replace(/\[Ln \d+, Col \d+\]/g, ''), words) })).filter((x) => x.w.length);
        expect(english).toEqual([]);
        expect(texts.filter((t) => /[\u4e00-\u9fff]/.test(t)).length).toBeGreaterThan(2);
        await shot(page, '12-problems-zh');
        await runCommand(page, 'View: Toggle Maximized Panel');
        await openFile(page, 'acme-furniture.aspl');
        await expect.poll(() => languageStatus(), { timeout: 60_000 }).toMatch(/T\/CGCC 100\/100 通过.*适用标准：/);
        await shot(page, '13-language-status-zh');
        await page.keyboard.press('Escape');
        mark('chinese problems');
    });

    it('"Fix All ASPL Problems" clears a sample', async () => {
        const { page } = s;
        copyFileSync(join(ROOT, 'samples', 'appliance-online', 'small-appliances.aspl'), join(s.workspace, 'fix-all.aspl'));
        await openFile(page, 'fix-all.aspl');
        await showProblems();
        const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
        await filter.waitFor({ timeout: 15_000 });
        await filter.fill('fix-all.aspl');
        const rows = page.locator('.markers-panel .monaco-list-row');
        await expect.poll(() => rows.count(), { timeout: 90_000 }).toBeGreaterThan(5);
        console.log(`[e2e] before Fix All: ${await rows.count()} Problems rows for fix-all.aspl`);
        await shot(page, '14-before-fix-all');
        await page.locator('.tab', { hasText: 'fix-all.aspl' }).first().click();
        await runCommand(page, 'ASPL: Fix All ASPL Problems');
        await expect.poll(() => rows.count(), { timeout: 90_000 }).toBe(0);
        await shot(page, '15-after-fix-all');
        await filter.fill('');
        mark('fix all');
    });

    it('Export Notice… prints a PDF through the one PDF printer (playwright-core inside the .vsix)', async () => {
        const { page } = s;
        await page.keyboard.press('Escape');
        await openFile(page, 'acme-furniture.aspl');
        await runCommand(page, 'ASPL: Export Notice…');
        // code-server's save dialog is a quick input holding a path.
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 15_000 });
        const out = join(s.workspace, 'acme-notice.pdf');
        // The dialog proposes <policy folder>/acme-furniture.notice.<lang>.html. Only the file name is
        // retyped, as a user would: filling the whole path raced the dialog's own completion, which
        // once took the typed absolute path as relative and wrote <workspace>/tmp/…/acme-notice.pdf.
        await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toMatch(/acme-furniture\.notice\.\w+\.html$/);
        const proposed = await input.inputValue();
        expect(proposed.slice(0, proposed.lastIndexOf('/') + 1)).toBe(`${s.workspace}/`);
        await input.press('End');
        for (let i = proposed.length - proposed.lastIndexOf('/') - 1; i > 0; i--) await input.press('Backspace');
        await input.pressSequentially('acme-notice.pdf');
        await expect.poll(() => input.inputValue(), { timeout: 5_000 }).toBe(out);
        await input.press('Enter');
        // The dialog may ask once more (a new file name is confirmed with a second Enter).
        await page.waitForTimeout(1000);
        if (await input.isVisible().catch(() => false)) await input.press('Enter');
        const pdfHead = () => (existsSync(out) ? readFileSync(out).subarray(0, 5).toString('latin1') : '');
        await expect.poll(pdfHead, { timeout: 90_000 }).toBe('%PDF-').catch(async (e: unknown) => {
            const pdfs = readdirSync(s.workspace, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf'));
            console.log(`[e2e] no PDF at ${out}; PDFs in the workspace: ${JSON.stringify(pdfs)}; notifications: ${JSON.stringify(await notificationTexts(page))}`);
            throw e;
        });
        console.log(`[e2e] exported ${out}: ${statSync(out).size} bytes`);
        await shot(page, '16-export-pdf');
        mark('export pdf');
    });
});

/**
 * Puts the cursor on a line of the active editor with Go to Line, and waits until the status bar
 * says it is there. A click that lands while a webview beside the editor re-renders can leave the
 * focus in the webview, where the keystrokes go nowhere: then the whole step is tried once more.
 */
async function goToLine(page: Session['page'], line: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
        await editorLines(page).click({ position: { x: 300, y: 8 } });
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10_000 });
        await page.keyboard.type(String(line));
        await page.keyboard.press('Enter');
        try {
            await expect.poll(() => cursorLine(page), { timeout: 10_000 }).toBe(line);
            return;
        } catch (e) {
            if (attempt === 2) throw e;
            console.log(`[e2e] Go to Line ${line} did not move the cursor; trying once more`);
            await page.keyboard.press('Escape');
        }
    }
}

/** The visible text area of the editor group (not the Problems filter, not the output view). */
function editorLines(page: Session['page']) {
    return page.locator('.part.editor .monaco-editor .overflow-guard >> visible=true').first();
}

function escape(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
