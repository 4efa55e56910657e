/**
 * Diagnostics as an editor receives them from the real server over stdio: every company sample's
 * documented findings (code, line, severity, link, source), findings of an imported base policy
 * attributed to the base file, configuration changes without restart, config YAML problems on
 * the YAML file, and the message language from the client's locale or the setting.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, ROOT, SERVER, fileUri } from './client.js';
import { MEMORY_REQUEST, type MemoryResult } from '../../server/src/faces/lsp/protocol.js';
import { englishEnumWords, englishWordsIn, ensureBundle, expectations, isCompliance, messageOf, tempCopy, tempDir } from './helpers.js';

beforeAll(() => ensureBundle());

const companies = globSync('samples/*/*.aspl', { cwd: ROOT, ignore: ['**/drafts/**'] })
    .filter((f) => !/^(policy|政策) \S+ ("[^"]*" )?(partial|部分)/m.test(readFileSync(join(ROOT, f), 'utf8')))
    .sort();

describe('company samples: the documented findings, as diagnostics', () => {
    let client: LspClient;
    beforeAll(async () => { client = await LspClient.start({ locale: 'en' }); });
    afterAll(async () => { await client.stop(); });

    it('covers the eight company policies', () => expect(companies.length).toBe(8));

    it.each(companies)('%s', async (file) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        const uri = await client.open(join(ROOT, file));
        const diags = await client.diagnostics(uri);
        // No syntax or language problem in a sample.
        expect(diags.filter((d) => !isCompliance(d)).map(messageOf)).toEqual([]);
        const actual = diags.filter(isCompliance).map((d) => `${d.code} @${d.range.start.line + 1}`).sort();
        const expected = expectations(text).map((e) => `${e.ruleId} @${e.line}`).sort();
        expect(actual).toEqual(expected);
        for (const d of diags.filter(isCompliance)) {
            expect(d.source).toBe('aspl');
            expect(d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning).toBe(true);
            const [catalog, clause] = String(d.code).split(' ');
            expect(d.codeDescription?.href).toMatch(new RegExp(`^file://.*/docs/standards/${catalog.replace(/\./g, '\\.')}\\.md#clause-`));
            expect(d.codeDescription?.href.endsWith(clause.toLowerCase().replace(/[^a-z0-9]+/g, '-'))).toBe(true);
            // The link lands on the clause's anchor in the generated documentation.
            const [path, anchor] = d.codeDescription!.href.split('#');
            expect(readFileSync(fileURLToPath(path), 'utf8')).toContain(`<a id="${anchor}"></a>`);
        }
        await client.close(uri);
    });

    it('small-appliances: exact codes, lines and severities', async () => {
        const uri = await client.open(join(ROOT, 'samples/appliance-online/small-appliances.aspl'));
        const diags = (await client.diagnostics(uri)).filter(isCompliance);
        const rows = diags.map((d) => [d.code, d.range.start.line + 1, d.severity]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
        expect(rows).toEqual([
            ['CN-CONSUMER-LAW CPL-24', 103, DiagnosticSeverity.Error],
            ['CN-CONSUMER-LAW CPL-26', 143, DiagnosticSeverity.Error],
            ['CN-CONSUMER-LAW IR-18', 83, DiagnosticSeverity.Error],
            ['CN-CONSUMER-LAW M7-10', 96, DiagnosticSeverity.Error],
            ['CN-CONSUMER-LAW M7-13', 100, DiagnosticSeverity.Error],
            ['CN-CONSUMER-LAW M7-31', 100, DiagnosticSeverity.Warning],
            ['GBT-AS-GENERAL 8.4.3', 100, DiagnosticSeverity.Error],
        ]);
        // The refund deadline is underlined exactly, the fix hint travels in `data`.
        const refund = diags.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3')!;
        const line = readFileSync(join(ROOT, 'samples/appliance-online/small-appliances.aspl'), 'utf8').split('\n')[99];
        expect(line.slice(refund.range.start.character, refund.range.end.character)).toBe('10个工作日');
        expect((refund.data as { fix?: { kind: string } }).fix?.kind).toBe('replace');
        await client.close(uri);
    });

    it('related information points at the other places involved', async () => {
        const uri = await client.open(join(ROOT, 'samples/appliance-online/small-appliances.aspl'));
        const diags = (await client.diagnostics(uri)).filter(isCompliance);
        const withRelated = diags.filter((d) => d.relatedInformation?.length);
        expect(withRelated.length).toBeGreaterThan(0);
        for (const d of withRelated) for (const r of d.relatedInformation!) expect(r.location.uri.startsWith('file://')).toBe(true);
        await client.close(uri);
    });

    it('closing: an unsaved policy leaves with its diagnostics; a saved one goes back to its text on disk', async () => {
        const unsaved = await client.open(join(ROOT, 'samples/never-saved.aspl'), 'policy Unsaved {\n  channel hotline phnoe "400"\n}\n');
        expect((await client.diagnostics(unsaved)).length).toBeGreaterThan(0);
        await client.close(unsaved);
        await client.waitFor(() => (client.latest(unsaved)?.length === 0 ? true : undefined));
        const file = join(ROOT, 'samples/cable-maker/minjiang-cable.aspl');
        const saved = await client.open(file, readFileSync(file, 'utf8').replace('08:00-17:30', '08:00-17:30 hours'));
        expect((await client.diagnostics(saved)).some((d) => d.severity === DiagnosticSeverity.Error && !isCompliance(d))).toBe(true);
        await client.close(saved);
        const back = await client.waitFor(() => { const d = client.latest(saved); return d && !d.some((x) => !isCompliance(x)) ? d : undefined; });
        expect(back.map((d) => d.code).sort()).toEqual(['CABLE-AS FLOW.3', 'GBT-AS-GENERAL 5.5.1']);
    });

    it('carries the document version on every publication', async () => {
        const file = join(ROOT, 'samples/cable-maker/minjiang-cable.aspl');
        const uri = await client.open(file);
        await client.diagnostics(uri);
        const v = await client.change(uri, client.text(uri).replace('08:00-17:30', '08:00-17:31'));
        const after = client.published.filter((p) => p.uri === uri).pop()!;
        await client.diagnostics(uri, v);
        expect(client.published.filter((p) => p.uri === uri).pop()!.version).toBe(v);
        expect(after.version).toBeDefined();
        await client.close(uri);
    });
});

describe('while a line is half typed', () => {
    let client: LspClient;
    beforeAll(async () => { client = await LspClient.start({ locale: 'en' }); });
    afterAll(async () => { await client.stop(); });
    const file = join(ROOT, 'samples/appliance-online/small-appliances.aspl');
    const rows = (ds: Diagnostic[]) => ds.filter(isCompliance).map((d) => `${d.code}@${d.range.start.line + 1}`).sort();
    const carried = (ds: Diagnostic[]) => ds.filter(isCompliance).every((d) => (d.data as { carried?: boolean }).carried === true);

    it('keeps the last good compliance findings beside the syntax error, moved with the text; those on the edited line are dropped', async () => {
        const text = readFileSync(file, 'utf8');
        const uri = await client.open(file, text);
        const before = rows(await client.diagnostics(uri));
        expect(before).toEqual([
            'CN-CONSUMER-LAW CPL-24@103', 'CN-CONSUMER-LAW CPL-26@143', 'CN-CONSUMER-LAW IR-18@83', 'CN-CONSUMER-LAW M7-10@96',
            'CN-CONSUMER-LAW M7-13@100', 'CN-CONSUMER-LAW M7-31@100', 'GBT-AS-GENERAL 8.4.3@100',
        ]);
        // A new line half typed in the consultation service (line 48): every finding below moves down one line.
        const lines = text.split('\n');
        const typing = [...lines.slice(0, 47), '    升级 超过', ...lines.slice(47)].join('\n');
        const v1 = await client.change(uri, typing);
        const half = await client.diagnostics(uri, v1);
        expect(half.some((d) => d.severity === DiagnosticSeverity.Error && !isCompliance(d) && d.range.start.line >= 47 && d.range.start.line <= 48)).toBe(true);
        expect(rows(half)).toEqual([
            'CN-CONSUMER-LAW CPL-24@104', 'CN-CONSUMER-LAW CPL-26@144', 'CN-CONSUMER-LAW IR-18@84', 'CN-CONSUMER-LAW M7-10@97',
            'CN-CONSUMER-LAW M7-13@101', 'CN-CONSUMER-LAW M7-31@101', 'GBT-AS-GENERAL 8.4.3@101',
        ]);
        expect(carried(half)).toBe(true);
        // The 8.4.3 underline still sits exactly on the refund deadline.
        const refund = half.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3')!;
        expect(typing.split('\n')[100].slice(refund.range.start.character, refund.range.end.character)).toBe('10个工作日');

        // Now the refund line itself is half typed as well: its three findings may no longer hold and go; the rest stay,
        // also when the first line is typed on (each edit drops only its own lines).
        const both = typing.replace('退款 内 10个工作日 原路退回', '退款 内 10个工作日 原路');
        const v2 = await client.change(uri, both);
        const kept = ['CN-CONSUMER-LAW CPL-24@104', 'CN-CONSUMER-LAW CPL-26@144', 'CN-CONSUMER-LAW IR-18@84', 'CN-CONSUMER-LAW M7-10@97'];
        expect(rows(await client.diagnostics(uri, v2))).toEqual(kept);
        const v2b = await client.change(uri, both.replace('    升级 超过\n', '    升级 超过 {\n'));
        expect(rows(await client.diagnostics(uri, v2b))).toEqual(kept);

        // Parsing again: fresh findings, none carried.
        const v3 = await client.change(uri, text);
        const fresh = await client.diagnostics(uri, v3);
        expect(rows(fresh)).toEqual(before);
        expect(fresh.filter(isCompliance).some((d) => (d.data as { carried?: boolean }).carried)).toBe(false);
        await client.close(uri);
    });

    it('a policy that never parsed has no compliance findings to keep', async () => {
        const uri = await client.open(join(tempDir(), 'new.aspl'), 'policy New {\n  returns {\n    refund within\n');
        const ds = await client.diagnostics(uri);
        expect(ds.some((d) => d.severity === DiagnosticSeverity.Error)).toBe(true);
        expect(ds.filter(isCompliance)).toEqual([]);
        await client.close(uri);
    });
});

describe('findings located in an imported base policy', () => {
    let client: LspClient;
    let dir: string;
    beforeAll(async () => {
        dir = tempDir();
        writeFileSync(join(dir, 'base.aspl'), [
            'policy Base "Shared terms" partial {',
            '  returns {',
            '    no-reason 7 days from receipt',
            '    refund within 10 working days original-method',
            '    shipping defect paid-by seller',
            '  }',
            '}',
            '',
        ].join('\n'));
        writeFileSync(join(dir, 'product.aspl'), [
            'import "./base.aspl"',
            '',
            'policy Product "Product policy" extends Base {',
            '  applies GBT-AS-GENERAL',
            '}',
            '',
        ].join('\n'));
        client = await LspClient.start({ locale: 'en', rootDir: dir });
    });
    afterAll(async () => { await client.stop(); });

    it('shows them on the import line of the checked policy and on the base file itself', async () => {
        const product = await client.open(join(dir, 'product.aspl'));
        const diags = await client.diagnostics(product);
        const refund = diags.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3');
        expect(refund, diags.map((d) => String(d.code)).join(', ')).toBeDefined();
        expect(refund!.range.start.line).toBe(0); // the import line
        expect(messageOf(refund!)).toMatch(/^In imported base\.aspl line 4: /);
        const at = refund!.relatedInformation![0].location;
        expect(at.uri).toBe(fileUri(join(dir, 'base.aspl')));
        expect(at.range.start.line).toBe(3);
        const base = fileUri(join(dir, 'base.aspl'));
        const onBase = await client.waitFor(() => client.latest(base)?.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3'));
        expect(onBase.range.start.line).toBe(3);
        expect(messageOf(onBase)).toContain('product.aspl');
    });

    it('re-checks the importing policy when the base changes', async () => {
        const product = fileUri(join(dir, 'product.aspl'));
        const base = await client.open(join(dir, 'base.aspl'));
        await client.diagnostics(base);
        await client.change(base, client.text(base).replace('10 working days', '5 working days'));
        await client.waitFor(() => {
            const latest = client.latest(product);
            return latest && !latest.some((d) => d.code === 'GBT-AS-GENERAL 8.4.3') ? true : undefined;
        });
    });
});

describe('every void sentence is a diagnostic of its own', () => {
    it('three void statements: three CPL-26 diagnostics on their lines, each with its own fix text', async () => {
        const dir = tempDir();
        const text = ['政策 测试 "测试政策" {', '  适用 CN-CONSUMER-LAW', '  声明 "本活动最终解释权归本公司所有。"', '  声明 "维修期间产生的数据丢失本公司概不负责。"', '  声明 "特价商品不退不换。"', '}', ''].join('\n');
        writeFileSync(join(dir, 'void.aspl'), text);
        const client = await LspClient.start({ locale: 'zh', rootDir: dir });
        try {
            const uri = await client.open(join(dir, 'void.aspl'), text);
            const cpl26 = () => (client.latest(uri) ?? []).filter((d) => d.code === 'CN-CONSUMER-LAW CPL-26');
            const found = await client.waitFor(() => (cpl26().length >= 3 ? cpl26() : undefined));
            expect(found.map((d) => [d.range.start.line + 1, d.severity, (d.data as { fix?: { kind: string } }).fix?.kind])).toEqual([
                [3, DiagnosticSeverity.Error, 'remove-text'], [4, DiagnosticSeverity.Error, 'remove-text'], [5, DiagnosticSeverity.Error, 'remove-text'],
            ]);
            expect(messageOf(found[1])).toMatch(/^“维修期间产生的数据丢失本公司概不负责”属于免除经营者责任/);
        } finally {
            await client.stop();
        }
    });
});

describe('findings in a base file while the importing policy is half typed', () => {
    it('stay on the base file (carried) while the importer does not parse, and are replaced once it parses again', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'base.aspl'), [
            'policy Base "Shared terms" partial {',
            '  returns {',
            '    no-reason 7 days from receipt',
            '    refund within 10 working days original-method',
            '    shipping defect paid-by buyer',
            '  }',
            '}',
            '',
        ].join('\n'));
        const product = ['import "./base.aspl"', '', 'policy Product "Product policy" extends Base {', '  applies GBT-AS-GENERAL', '}', ''].join('\n');
        writeFileSync(join(dir, 'product.aspl'), product);
        const client = await LspClient.start({ locale: 'en', rootDir: dir });
        try {
            const base = fileUri(join(dir, 'base.aspl'));
            const onBase = () => (client.latest(base) ?? []).map((d) => `${d.code}@${d.range.start.line + 1}${(d.data as { carried?: boolean }).carried ? ' carried' : ''}`).sort();
            const uri = await client.open(join(dir, 'product.aspl'), product);
            await client.diagnostics(uri);
            // No category is sold online, so M7-31 (online no-reason refunds) does not apply here.
            const before = ['CN-CONSUMER-LAW CPL-24@5', 'GBT-AS-GENERAL 8.4.3@4'];
            expect(await client.waitFor(() => (onBase().join() === before.join() ? onBase() : undefined))).toEqual(before);

            // Half typed: the syntax error is on the product; the base keeps its findings, marked carried.
            const half = product.replace('  applies GBT-AS-GENERAL\n', '  applies GBT-AS-GENERAL\n  returns {\n');
            const v1 = await client.change(uri, half);
            const typing = await client.diagnostics(uri, v1);
            expect(typing.some((d) => d.severity === DiagnosticSeverity.Error && !isCompliance(d))).toBe(true);
            const during = before.map((r) => `${r} carried`);
            expect(await client.waitFor(() => (onBase().join() === during.join() ? onBase() : undefined))).toEqual(during);

            // Parses again with returns of its own (they replace the base's): the fresh findings replace the carried ones, none left on the base.
            const v2 = await client.change(uri, product.replace('  applies GBT-AS-GENERAL\n', '  applies GBT-AS-GENERAL\n  returns {\n    refund within 5 working days original-method\n  }\n'));
            await client.diagnostics(uri, v2);
            expect(await client.waitFor(() => (onBase().length === 0 ? onBase() : undefined))).toEqual([]);

            // And back to the text that leaves the returns to the base: fresh (not carried) findings there again.
            const v3 = await client.change(uri, product);
            await client.diagnostics(uri, v3);
            expect(await client.waitFor(() => (onBase().join() === before.join() ? onBase() : undefined))).toEqual(before);
        } finally {
            await client.stop();
        }
    });
});

describe('configuration: nearest aspl.config.yaml, watched, its problems on the YAML file', () => {
    let client: LspClient;
    let dir: string;
    beforeAll(async () => {
        dir = tempCopy('samples/cable-maker');
        client = await LspClient.start({ locale: 'en', rootDir: dir });
    });
    afterAll(async () => { await client.stop(); });

    it('applies a new config without restart, and reports a broken one on the config file', async () => {
        const uri = await client.open(join(dir, 'minjiang-cable.aspl'));
        const before = await client.diagnostics(uri);
        expect(before.find((d) => d.code === 'GBT-AS-GENERAL 5.5.1')?.severity).toBe(DiagnosticSeverity.Error);
        const config = join(dir, 'aspl.config.yaml');
        writeFileSync(config, 'severity:\n  "GBT-AS-GENERAL 5.5.1": warning\n');
        const n = client.published.length;
        await client.watchedFilesChanged([{ uri: fileUri(config), type: 1 }]);
        const warned = await client.waitFor(() => client.published.slice(n).reverse().find((p) => p.uri === uri)?.diagnostics);
        expect(warned.find((d) => d.code === 'GBT-AS-GENERAL 5.5.1')?.severity).toBe(DiagnosticSeverity.Warning);

        writeFileSync(config, 'severity:\n  "GBT-AS-GENERAL 5.5.1": loud\nsurprise: 1\n');
        await client.watchedFilesChanged([{ uri: fileUri(config), type: 2 }]);
        const yaml = await client.waitFor(() => {
            const d = client.latest(fileUri(config));
            return d && d.length >= 2 ? d : undefined;
        });
        expect(yaml.map((d) => d.range.start.line).sort()).toEqual([1, 2]);
        expect(yaml.map(messageOf).join('\n')).toMatch(/surprise/);

        writeFileSync(config, 'severity:\n  "GBT-AS-GENERAL 5.5.1": "off"\n');
        await client.watchedFilesChanged([{ uri: fileUri(config), type: 2 }]);
        await client.waitFor(() => (client.latest(fileUri(config))?.length === 0 ? true : undefined));
        const off = await client.waitFor(() => {
            const d = client.latest(uri);
            return d && !d.some((x) => x.code === 'GBT-AS-GENERAL 5.5.1') ? d : undefined;
        });
        expect(off.some((d) => d.code === 'CABLE-AS FLOW.3')).toBe(true);
    });

    it('notices a changed config on the next check when the client watches no files', async () => {
        const uri = fileUri(join(dir, 'minjiang-cable.aspl'));
        writeFileSync(join(dir, 'aspl.config.yaml'), 'severity:\n  "CABLE-AS FLOW.3": "off"\n');
        const v = await client.change(uri, client.text(uri) + '\n');
        const diags = await client.diagnostics(uri, v);
        expect(diags.some((d) => d.code === 'CABLE-AS FLOW.3')).toBe(false);
        expect(diags.some((d) => d.code === 'GBT-AS-GENERAL 5.5.1')).toBe(true);
    });
});

describe('company packs and ignored files', () => {
    let client: LspClient;
    let dir: string;
    beforeAll(async () => {
        dir = tempCopy('samples/telecom-integrator');
        client = await LspClient.start({ locale: 'en', rootDir: dir });
    });
    afterAll(async () => { await client.stop(); });

    it('does not report files the config ignores (drafts/**) unless they are opened', async () => {
        const uri = await client.open(join(dir, 'lantuo-telecom.aspl'));
        const diags = await client.diagnostics(uri);
        expect(diags.map((d) => d.code)).toEqual(['Q-GSB-316.002 T7.1']);
        // The override in aspl.config.yaml holds (8.4.2 → warning) and the draft with a syntax error stays quiet.
        const draft = fileUri(join(dir, 'drafts/old.aspl'));
        expect((client.latest(draft) ?? []).length).toBe(0);
        const opened = await client.open(join(dir, 'drafts/old.aspl'));
        expect((await client.diagnostics(opened)).some((d) => d.severity === DiagnosticSeverity.Error)).toBe(true);
        await client.close(opened);
    });

    it('a broken pack named by the config: problems on the pack file, fixed without restart', async () => {
        const pack = join(dir, 'my-pack.yaml');
        writeFileSync(pack, 'id: MY-PACK\nnumber: Q/MY 1\ntitle: { zh: 我的规则, en: My rules }\nstatus: 企业标准\nsource: { seed: test }\npartial: false\nenabledByDefault: false\nmandatory: false\nclauses:\n  - id: "1"\n    section: { zh: 一, en: One }\n    summary: { zh: 写明退款时限, en: States a refund deadline }\n    level: loud\n    check: { exists: returns.refund }\n');
        const config = join(dir, 'aspl.config.yaml');
        writeFileSync(config, readFileSync(config, 'utf8').replace('extraPacks: []', 'extraPacks: [./my-pack.yaml]'));
        const uri = fileUri(join(dir, 'lantuo-telecom.aspl'));
        await client.watchedFilesChanged([{ uri: fileUri(config), type: 2 }]);
        const problems = await client.waitFor(() => { const d = client.latest(fileUri(pack)); return d?.length ? d : undefined; });
        expect(problems.map((p) => `${p.range.start.line}: ${messageOf(p)}`).join('\n')).toMatch(/^12: .*level/m);
        writeFileSync(pack, readFileSync(pack, 'utf8').replace('level: loud', 'level: shall'));
        const n = client.published.length;
        await client.watchedFilesChanged([{ uri: fileUri(pack), type: 2 }]);
        await client.waitFor(() => (client.latest(fileUri(pack))?.length === 0 ? true : undefined));
        const after = await client.waitFor(() => client.published.slice(n).reverse().find((p) => p.uri === uri)?.diagnostics);
        expect(after.some((d) => d.code === 'MY-PACK 1')).toBe(false); // the policy states its refund deadline
        expect(after.some((d) => d.code === 'Q-GSB-316.002 T7.1')).toBe(true);
    });
});

describe('node IPC transport', () => {
    it('serves the same diagnostics over --node-ipc', async () => {
        const { fork } = await import('node:child_process');
        const rpc = await import('vscode-languageserver-protocol/node');
        const proc = fork(SERVER, ['--node-ipc'], { cwd: ROOT, silent: true });
        const connection = rpc.createProtocolConnection(new rpc.IPCMessageReader(proc), new rpc.IPCMessageWriter(proc));
        const got: Array<{ uri: string; diagnostics: Array<{ code?: unknown }> }> = [];
        connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => { got.push(p); });
        connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
        connection.listen();
        const file = join(ROOT, 'samples/cable-maker/minjiang-cable.aspl');
        const rootUri = fileUri(join(ROOT, 'samples/cable-maker'));
        await connection.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'c' }], capabilities: {} });
        await connection.sendNotification(rpc.InitializedNotification.type, {});
        await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri: fileUri(file), languageId: 'aspl', version: 1, text: readFileSync(file, 'utf8') } });
        const deadline = Date.now() + 20_000;
        while (!got.some((p) => p.uri === fileUri(file)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        const diags = got.filter((p) => p.uri === fileUri(file)).pop()!.diagnostics;
        expect(diags.map((d) => d.code).sort()).toEqual(['CABLE-AS FLOW.3', 'GBT-AS-GENERAL 5.5.1']);
        await connection.sendRequest(rpc.ShutdownRequest.type);
        await connection.sendNotification(rpc.ExitNotification.type);
        connection.dispose();
        proc.kill();
    });
});

describe('editor settings', () => {
    it('aspl.standards chooses the catalogs when neither the policy nor a config does', async () => {
        const dir = tempDir();
        const client = await LspClient.start({ locale: 'en', rootDir: dir });
        try {
            const uri = await client.open(join(dir, 'plain.aspl'), 'policy Plain {\n  products {\n    category "Power cable" kind cable buyers consumers\n  }\n  channel hotline phone "400-000-0000" hours 08:00-20:00 daily\n}\n');
            const byDefault = await client.diagnostics(uri);
            expect(byDefault.some((d) => String(d.code).startsWith('GBT-AS-GENERAL '))).toBe(true);
            expect(byDefault.some((d) => String(d.code).startsWith('T-GXDSL-259 '))).toBe(false);
            const n = client.published.length;
            await client.setSettings({ standards: ['T-GXDSL-259'] });
            const chosen = await client.waitFor(() => client.published.slice(n).reverse().find((p) => p.uri === uri)?.diagnostics);
            expect(chosen.some((d) => String(d.code).startsWith('T-GXDSL-259 '))).toBe(true);
            expect(chosen.some((d) => String(d.code).startsWith('GBT-AS-GENERAL '))).toBe(false);
            expect(chosen.some((d) => String(d.code).startsWith('CN-CONSUMER-LAW '))).toBe(true); // the law always joins
        } finally {
            await client.stop();
        }
    });
});

describe('localization', () => {
    it('speaks the client locale, and the aspl.locale setting overrides it', async () => {
        const client = await LspClient.start({ locale: 'zh-cn' });
        try {
            const uri = await client.open(join(ROOT, 'samples/cable-maker/minjiang-cable.aspl'));
            const zh = (await client.diagnostics(uri)).find((d) => d.code === 'GBT-AS-GENERAL 5.5.1')!;
            expect(messageOf(zh)).toMatch(/[\u4e00-\u9fff]/);
            const lenses = await client.codeLens(uri);
            expect(lenses![0].command!.title).toMatch(/^违反 \d+ · 未涉及 \d+$/);
            const n = client.published.length;
            await client.setSettings({ locale: 'en' });
            const en = await client.waitFor(() => client.published.slice(n).reverse().find((p) => p.uri === uri)?.diagnostics.find((d) => d.code === 'GBT-AS-GENERAL 5.5.1'));
            expect(messageOf(en)).not.toMatch(/[\u4e00-\u9fff]{4}/);
            expect(messageOf(en)).toMatch(/channel/i);
            const lensesEn = await client.codeLens(uri);
            expect(lensesEn![0].command!.title).toMatch(/^\d+ violated · \d+ not addressed$/);
        } finally {
            await client.stop();
        }
    });
    it('config and pack problems on their YAML files in the client locale, re-rendered when it changes', async () => {
        const dir = tempDir();
        writeFileSync(join(dir, 'aspl.config.yaml'), 'pack: [GBT-AS-GENERAL]\nextraPacks: [./misspelt.yaml]\nseverity:\n  "GBT-AS-GENERAL 8.4.3": eror\n');
        writeFileSync(join(dir, 'misspelt.yaml'), readFileSync(join(ROOT, 'tests/fixtures/engine/packs/misspelt-path.yaml'), 'utf8'));
        const client = await LspClient.start({ locale: 'zh-cn', rootDir: dir });
        try {
            const shown = (file: string) => client.waitFor(() => {
                const d = client.latest(fileUri(join(dir, file)));
                return d?.length ? d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${messageOf(x)}`) : undefined;
            });
            await client.open(join(dir, 'p.aspl'), readFileSync(join(ROOT, 'tests/fixtures/engine/compliant.aspl'), 'utf8'));
            expect(await shown('aspl.config.yaml')).toEqual([
                '1:1 未知的配置项“pack”（是否想写“packs”？）；可用：packs、extraPacks、severity、ignore',
                '4:27 “GBT-AS-GENERAL 8.4.3”的严重程度应为 error、warning（或 warn）、info 或 off（是否想写“error”？）',
            ]);
            expect(await shown('misspelt.yaml')).toEqual(['14:22 政策没有“knowledgeBse”；是不是“knowledgeBase”？', '24:52 “services”的“kind”没有取值“delivry”；是不是“delivery”？']);
            const n = client.published.length;
            await client.setSettings({ locale: 'en' });
            const again = (file: string) => client.waitFor(() => client.published.slice(n).reverse().find((p) => p.uri === fileUri(join(dir, file)))?.diagnostics.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${messageOf(x)}`));
            expect(await again('aspl.config.yaml')).toEqual([
                "1:1 unknown config key 'pack' (did you mean 'packs'?); expected packs, extraPacks, severity, ignore",
                "4:27 severity of 'GBT-AS-GENERAL 8.4.3' must be error, warning (or warn), info or off (did you mean 'error'?)",
            ]);
            expect(await again('misspelt.yaml')).toEqual(["14:22 the policy has no 'knowledgeBse'; did you mean 'knowledgeBase'?", "24:52 'services': 'kind' has no value 'delivry'; did you mean 'delivery'?"]);
        } finally {
            await client.stop();
        }
    });
    it('Chinese diagnostics of every sample carry no English enum word (units, kinds, events, statuses), related information neither', async () => {
        const words = await englishEnumWords();
        expect(words).toEqual(expect.arrayContaining(['delivery', 'installation', 'receipt', 'complaint', 'violated', 'hours']));
        // The check itself: the half-English sentences of issue 16 are caught, codes and file names are not words.
        expect(englishWordsIn('起算应为 delivery、installation、receipt 之一（GBT-AS-GENERAL 5.2 · base.aspl）', words).sort()).toEqual(['delivery', 'installation', 'receipt']);
        expect(englishWordsIn('“complaint 投诉受理”', words)).toEqual(['complaint']);
        expect(englishWordsIn('退款时限超过 CN-CONSUMER-LAW M7-13 的要求（small-appliances.aspl）', words)).toEqual([]);
        const client = await LspClient.start({ locale: 'zh-cn' });
        try {
            const found: string[] = [];
            for (const f of globSync('samples/*/*.aspl', { cwd: ROOT, absolute: true })) {
                const uri = await client.open(f);
                for (const d of await client.diagnostics(uri)) {
                    for (const text of [messageOf(d), ...(d.relatedInformation ?? []).map((r) => r.message)]) {
                        const english = englishWordsIn(text, words);
                        if (english.length) found.push(`${f.split('/').pop()}:${d.range.start.line + 1} ${d.code}: ${english.join(', ')} in “${text}”`);
                    }
                }
                await client.close(uri);
            }
            expect(found).toEqual([]);
        } finally {
            await client.stop();
        }
    });

    it('a locale change renders the diagnostics again in the new language without validating again', async () => {
        const client = await LspClient.start({ locale: 'zh-cn' });
        try {
            const policy = await client.open(join(ROOT, 'samples/cable-maker/minjiang-cable.aspl'));
            const lang = await client.open(join(ROOT, 'tests/fixtures/language/unknown-word-unit.aspl'));
            const syntax = await client.open(join(ROOT, 'tests/fixtures/language/syntax-error.aspl'));
            const unresolved = await client.open(join(ROOT, 'tests/fixtures/language/unresolved-reference.aspl'));
            const first = async (uri: string) => (await client.diagnostics(uri))[0];
            const zh = { policy: (await client.diagnostics(policy)).find((d) => d.code === 'GBT-AS-GENERAL 5.5.1')!, lang: await first(lang), syntax: await first(syntax), unresolved: await first(unresolved) };
            expect(messageOf(zh.lang)).toMatch(/^未知的时长单位“/);
            expect(messageOf(zh.syntax)).toMatch(/^此处应为 /);
            expect(messageOf(zh.unresolved)).toBe('找不到名为“hotlien”的渠道');
            const memory = async () => (await client.connection.sendRequest(MEMORY_REQUEST)) as MemoryResult;
            // Opening documents may start further builds (imports, the workspace index): wait until none runs.
            let before = (await memory()).validations;
            for (let settled = 0; settled < 3;) {
                await new Promise((r) => setTimeout(r, 300));
                const now = (await memory()).validations;
                settled = now === before ? settled + 1 : 0;
                before = now;
            }
            expect(before).toBeGreaterThanOrEqual(4);
            const n = client.published.length;
            await client.setSettings({ locale: 'en' });
            const after = (uri: string) => client.waitFor(() => client.published.slice(n).reverse().find((p) => p.uri === uri)?.diagnostics);
            const en = { policy: (await after(policy)).find((d) => d.code === 'GBT-AS-GENERAL 5.5.1')!, lang: (await after(lang))[0], syntax: (await after(syntax))[0], unresolved: (await after(unresolved))[0] };
            expect(messageOf(en.policy)).toMatch(/channel/i);
            expect(messageOf(en.policy)).not.toMatch(/[\u4e00-\u9fff]{4}/);
            expect(messageOf(en.lang)).toMatch(/^Unknown duration unit '/);
            expect(messageOf(en.syntax)).toMatch(/^Expected /);
            expect(messageOf(en.unresolved)).toBe("No channel named 'hotlien'");
            // Same problems, same places: only the words changed.
            for (const k of ['policy', 'lang', 'syntax', 'unresolved'] as const) {
                expect([en[k].code, en[k].range]).toEqual([zh[k].code, zh[k].range]);
                expect(messageOf(en[k])).not.toBe(messageOf(zh[k]));
            }
            expect((await memory()).validations).toBe(before);
        } finally {
            await client.stop();
        }
    });
});
