/**
 * `aspl.enable` and `aspl.run` as an editor meets them over stdio (VS Code, Neovim, Helix alike:
 * the server reads them through workspace/configuration or the pushed notification): what is
 * published on didChange and on didSave, and what a folder that turns ASPL off still gets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, ROOT, fileUri } from './client.js';
import { ensureBundle, isCompliance, tempCopy } from './helpers.js';

beforeAll(() => ensureBundle());

const FILE = 'small-appliances.aspl';
const rows = (ds: Diagnostic[]) => ds.filter(isCompliance).map((d) => `${d.code}@${d.range.start.line + 1}`).sort();
const carried = (ds: Diagnostic[]) => ds.filter(isCompliance).map((d) => (d.data as { carried?: boolean }).carried === true);
const language = (ds: Diagnostic[]) => ds.filter((d) => !isCompliance(d)).map((d) => `${d.code}@${d.range.start.line + 1}`);
const FINDINGS = [
    'CN-CONSUMER-LAW CPL-24@103', 'CN-CONSUMER-LAW CPL-26@143', 'CN-CONSUMER-LAW IR-18@83', 'CN-CONSUMER-LAW M7-10@96',
    'CN-CONSUMER-LAW M7-13@100', 'CN-CONSUMER-LAW M7-31@100', 'GBT-AS-GENERAL 8.4.3@100',
];
const WITHOUT_M7_10 = FINDINGS.filter((r) => !r.includes('M7-10'));

let client: LspClient | undefined;
afterEach(async () => {
    await client?.stop();
    client = undefined;
});

async function start(settings: Record<string, unknown>, scoped?: (dir: string) => Record<string, Record<string, unknown>>, files: Record<string, string> = {}) {
    const dir = tempCopy('samples/appliance-online');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    client = await LspClient.start({ locale: 'en', rootDir: dir, settings, scoped: scoped?.(dir) });
    const text = readFileSync(join(dir, FILE), 'utf8');
    const uri = await client.open(join(dir, FILE), text);
    return { c: client, dir, uri, text };
}

/** The return window counted from receipt instead of purchase (M7-10 is then met). */
const fixReturnStart = (text: string) => text.replace('无理由 7天 自 购买', '无理由 7天 自 签收');
/** One line inserted at the top of the policy body: every finding below moves down one line. */
const insertLine = (text: string, line: string) => {
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^(政策|policy) /.test(l)) + 1;
    return [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
};

describe('aspl.run', () => {
    it('onType (default): each edit publishes the findings of its text', async () => {
        const { c, uri, text } = await start({});
        expect(rows(await c.diagnostics(uri))).toEqual(FINDINGS);
        const v = await c.change(uri, fixReturnStart(text));
        expect(rows(await c.diagnostics(uri, v))).toEqual(WITHOUT_M7_10);
    });

    it('onSave: an edit keeps the last findings (moved, carried) and still reports language problems; the save publishes the fresh findings', async () => {
        const { c, uri, text } = await start({ run: 'onSave' });
        const opened = await c.diagnostics(uri);
        expect(rows(opened)).toEqual(FINDINGS);
        expect(carried(opened).every((x) => !x)).toBe(true);

        // The fix is typed: the findings stay as they were, M7-10 included.
        const fixed = fixReturnStart(text);
        const v1 = await c.change(uri, fixed);
        const typed = await c.diagnostics(uri, v1);
        expect(rows(typed)).toEqual(FINDINGS);
        expect(carried(typed).every((x) => x)).toBe(true);
        expect(language(typed)).toEqual([]);
        // Their fixes were placed in the judged text: none is offered until the save (ESLint: fixes only for the version it linted).
        const refund = (ds: Diagnostic[]) => ds.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3')!;
        expect(await c.codeActions(uri, refund(typed).range, [refund(typed)])).toEqual([]);

        // A comment line above them and an impossible date: the language error comes at once, the findings move down with the text.
        const v2 = await c.change(uri, insertLine(fixed, '  // 草稿').replace('生效 2026-04-01', '生效 2026-13-01'));
        const moved = await c.diagnostics(uri, v2);
        expect(language(moved)).toEqual(['bad-date@29']);
        expect(rows(moved)).toEqual(FINDINGS.map((r) => r.replace(/@(\d+)$/, (_, n) => `@${Number(n) + 1}`)));

        // Back to the fixed text and saved: the engine judges it, M7-10 goes, nothing is carried.
        const v3 = await c.change(uri, fixed);
        expect(rows(await c.diagnostics(uri, v3))).toEqual(FINDINGS);
        const n = c.published.length;
        await c.save(uri);
        const saved = await c.waitFor(() => c.published.slice(n).find((p) => p.uri === uri)?.diagnostics);
        expect(rows(saved)).toEqual(WITHOUT_M7_10);
        expect(carried(saved).every((x) => !x)).toBe(true);
        expect((await c.codeActions(uri, refund(saved).range, [refund(saved)])).map((a) => a.title)).toEqual([
            "Change to '5天' (GBT-AS-GENERAL 8.4.3, CN-CONSUMER-LAW M7-13, CN-CONSUMER-LAW M7-31)", 'Fix all of this kind in the file (5)',
        ]);
        expect(c.published.slice(n).filter((p) => p.uri === uri).pop()!.version).toBe(v3);
    });

    it('onType → onSave → onType without a reload: switching back judges the current text', async () => {
        const { c, uri, text } = await start({});
        await c.diagnostics(uri);
        let n = c.published.length;
        await c.setSettings({ run: 'onSave' });
        // the switch re-checks the open file (its judgement is the one edits then carry)
        await c.waitFor(() => c.published.slice(n).find((p) => p.uri === uri));
        const v = await c.change(uri, fixReturnStart(text));
        expect(rows(await c.diagnostics(uri, v))).toEqual(FINDINGS);
        n = c.published.length;
        await c.setSettings({ run: 'onType' });
        const back = await c.waitFor(() => c.published.slice(n).find((p) => p.uri === uri)?.diagnostics);
        expect(rows(back)).toEqual(WITHOUT_M7_10);
    });
});

describe('aspl.enable', () => {
    it('false: no diagnostics (language ones neither) and no code lens; true again re-checks the open file without a reload', async () => {
        const { c, uri, text } = await start({});
        expect(rows(await c.diagnostics(uri))).toEqual(FINDINGS);
        expect((await c.codeLens(uri))?.length).toBe(1);

        let n = c.published.length;
        await c.setSettings({ enable: false });
        expect(await c.waitFor(() => c.published.slice(n).find((p) => p.uri === uri)?.diagnostics)).toEqual([]);
        expect(await c.codeLens(uri)).toEqual([]);
        // Typing, even a syntax error, publishes nothing; colouring goes on (semantic tokens).
        const v = await c.change(uri, insertLine(text, '  保修 整机 {'));
        expect(await c.diagnostics(uri, v)).toEqual([]);
        expect((await c.semanticTokens(uri))?.data.length).toBeGreaterThan(0);

        const v2 = await c.change(uri, fixReturnStart(text));
        expect(await c.diagnostics(uri, v2)).toEqual([]);
        n = c.published.length;
        await c.setSettings({ enable: true });
        const on = await c.waitFor(() => c.published.slice(n).find((p) => p.uri === uri)?.diagnostics);
        expect(rows(on)).toEqual(WITHOUT_M7_10);
        expect(carried(on).every((x) => !x)).toBe(true);
        expect((await c.codeLens(uri))?.length).toBe(1);
    });

    it('false: the problems of a config file in the folder go too, and come back with true', async () => {
        const { c, dir, uri } = await start({}, undefined, { 'aspl.config.yaml': 'packz: [GBT-AS-GENERAL]\n' });
        const config = fileUri(join(dir, 'aspl.config.yaml'));
        const codes = () => (c.latest(config) ?? []).map((d) => `${d.code}@${d.range.start.line + 1}`);
        await c.diagnostics(uri);
        expect(await c.waitFor(() => (codes().length ? codes() : undefined))).toEqual(['config@1']);
        await c.setSettings({ enable: false });
        expect(await c.waitFor(() => (c.latest(config)?.length === 0 ? codes() : undefined))).toEqual([]);
        await c.setSettings({ enable: true });
        expect(await c.waitFor(() => (codes().length ? codes() : undefined))).toEqual(['config@1']);
    });

    it('a workspace folder that sets enable: false for itself (workspace/configuration with its scopeUri) is not checked', async () => {
        const { c, uri } = await start({ enable: true }, (dir) => ({ [fileUri(dir)]: { enable: false } }));
        expect(await c.diagnostics(uri)).toEqual([]);
        expect(await c.codeLens(uri)).toEqual([]);
        const n = c.published.length;
        await c.setSettings({ enable: true }, {});
        const on = await c.waitFor(() => c.published.slice(n).find((p) => p.uri === uri)?.diagnostics);
        expect(rows(on)).toEqual(FINDINGS);
    });
});

it('the server asks for didSave (aspl.run: onSave needs it)', async () => {
    client = await LspClient.start({ locale: 'en', rootDir: join(ROOT, 'samples') });
    const sync = client.initializeResult.capabilities.textDocumentSync as { save?: unknown };
    expect(sync.save).toBe(true);
});
