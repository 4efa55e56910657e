/**
 * The editor features of the real server over stdio: hover, completion, outline, folding,
 * links, definition / references / rename, semantic tokens, code lens and its command,
 * formatting (whole and range, idempotent, comments kept), and the large-document debounce.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { LspClient, ROOT, applyEdits, fileUri } from './client.js';
import type { ReportResult } from '../../server/src/faces/lsp/protocol.js';
import { ensureBundle, errorKeys, isCompliance, tempDir } from './helpers.js';
// @ts-expect-error plain ESM helper shared with the bench
import { generatePolicy } from '../../bench/lsp-policy.mjs';

const SMALL = join(ROOT, 'samples/appliance-online/small-appliances.aspl');
const BASE = join(ROOT, 'samples/appliance-online/base.aspl');
const TOUR_EN = join(ROOT, 'docs/tour/tour-en.aspl');
const TOUR_ZH = join(ROOT, 'docs/tour/tour-zh.aspl');
const FURNITURE = join(ROOT, 'samples/furniture-custom/acme-furniture.aspl');

let client: LspClient;
beforeAll(async () => {
    ensureBundle();
    client = await LspClient.start({ locale: 'en' });
});
afterAll(async () => { await client.stop(); });

/** Position of the `nth` occurrence of `needle` in the file's text (plus `delta` characters). */
function at(file: string, needle: string, delta = 0, nth = 0): Position {
    const lines = readFileSync(file, 'utf8').split('\n');
    let seen = 0;
    for (let line = 0; line < lines.length; line++) {
        let from = 0;
        for (;;) {
            const i = lines[line].indexOf(needle, from);
            if (i < 0) break;
            if (seen++ === nth) return { line, character: i + delta };
            from = i + 1;
        }
    }
    throw new Error(`${needle} not in ${file}`);
}
const md = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('hover', () => {
    it('a keyword: its meaning and the clauses resting on it', async () => {
        const uri = await client.open(SMALL);
        await client.diagnostics(uri);
        const h = md(await client.hover(uri, at(SMALL, '退款 内 10', 1)));
        expect(h).toContain('**退款** · refund');
        expect(h).toContain('refund deadline (`returns.refund`)');
        expect(h).toMatch(/\[`GBT-AS-GENERAL 8\.4\.3`\]\(file:.*GBT-AS-GENERAL\.md#clause-8-4-3\) .* — violated/);
    });
    it('a 三包 keyword lists the 三包 clauses resting on it; a law finding states its source and confidence', async () => {
        const phone = join(ROOT, 'tests/fixtures/sanbao/phone.aspl');
        const uri = await client.open(phone);
        await client.diagnostics(uri);
        const h = md(await client.hover(uri, at(phone, '性能故障', 1)));
        expect(h).toContain('performance-fault');
        expect(h).toContain('`CN-SANBAO PHONE-7`');
        expect(h).toContain('confidence S');
        const small = await client.open(SMALL);
        await client.diagnostics(small);
        const f = md(await client.hover(small, at(SMALL, '本活动最终解释权归本公司所有"', 3)));
        expect(f).toContain('source 消费者权益保护法 第二十六条');
        expect(f).toContain('confidence V: checked against the full text');
    });
    it('a duration: its normalized value, with the calendar span of working days', async () => {
        const uri = fileUri(SMALL);
        const h = md(await client.hover(uri, at(SMALL, '10个工作日', 1)));
        expect(h).toContain('Normalized: **10 working days**');
        expect(h).toMatch(/Counted in working days: 10–\d+ calendar days/);
        // Inside a finding's range: the clause, its level, points and status.
        expect(h).toMatch(/\*\*\[GBT-AS-GENERAL 8\.4\.3\]\(.*\)\*\*/);
        expect(h).toMatch(/level: shall \(required\).*status: violated/);
    });
    it('a clause id in attest and a catalog id in applies', async () => {
        const uri = await client.open(TOUR_EN);
        await client.diagnostics(uri);
        const clause = md(await client.hover(uri, at(TOUR_EN, 'attest T-CGCC-CUSTOM 4.7', 'attest T-CGCC-CUSTOM '.length)));
        expect(clause).toMatch(/\*\*\[T-CGCC-CUSTOM 4\.7\]\(.*\)\*\*/);
        expect(clause).toMatch(/points: \d+/);
        expect(clause).toContain('status: attested');
        const catalog = md(await client.hover(uri, at(TOUR_EN, 'applies GBT-AS-GENERAL', 'applies '.length + 2)));
        expect(catalog).toMatch(/GBT-AS-GENERAL.*After-sales service specification/);
        expect(catalog).toMatch(/satisfied \d+ · violated \d+/);
    });
});

describe('the constructs real policies needed (refusals, regions, fee bases)', () => {
    it('hover on a refusal, a region word, a fee basis and after-arrival names the model field', async () => {
        const uri = await client.open(TOUR_EN);
        await client.diagnostics(uri);
        expect(md(await client.hover(uri, at(TOUR_EN, 'loaner none', 8)))).toContain('that no loaner is lent (`services.loanerRefused`)');
        expect(md(await client.hover(uri, at(TOUR_EN, 'after-arrival', 1)))).toContain('resolution counted from arrival (`services.resolveFromArrival`)');
        expect(md(await client.hover(uri, at(TOUR_EN, 'quoted-after-inspection', 1)))).toContain('how the fee is set (`fees.basis`)');
        expect(md(await client.hover(uri, at(TOUR_EN, 'amend-on-publication', 1)))).toContain('(`agreement.amendOnPublication`)');
        expect(md(await client.hover(uri, at(TOUR_EN, 'third-parties', 'third-parties "Contracted installers", "Courier companies" b'.length)))).toContain('grounds for sharing other than consent (contract, legal duty or entrusted processing) (`privacy.sharingBases`)');
    });
    it('completes region words after a regional time and the refusal keyword after no-reason', async () => {
        const dir = tempDir();
        const file = join(dir, 'regions.aspl');
        const text = 'policy R {\n  service repair free {\n    respond 2 hours \n  }\n  returns {\n    no-reason \n  }\n}\n';
        const uri = await client.open(file, text);
        await client.diagnostics(uri);
        const regions = (await client.completion(uri, { line: 2, character: 20 })).map((i) => i.label);
        expect(regions).toEqual(expect.arrayContaining(['city', 'county', 'remote']));
        const refusal = (await client.completion(uri, { line: 5, character: 14 })).map((i) => i.label);
        expect(refusal).toContain('none');
        await client.close(uri);
    });
});

describe('completion', () => {
    it('keywords in the chosen keyword language only', async () => {
        const uri = await client.open(TOUR_EN);
        await client.diagnostics(uri);
        const pos = at(TOUR_EN, '  version "2026.1"');
        const keywords = async () => (await client.completion(uri, pos)).filter((i) => i.kind === 14).map((i) => i.label);
        const items = await keywords();
        expect(items).toContain('channel');
        expect(items).toContain('warranty');
        expect(items.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(false);
        await client.setSettings({ keywordLanguage: 'zh' });
        const zh = await keywords();
        expect(zh).toContain('渠道');
        expect(zh).toContain('保修');
        expect(zh).not.toContain('warranty');
        await client.setSettings({});
    });
    it('section snippets in the policy, the whole-policy snippet at the top only', async () => {
        const uri = fileUri(TOUR_EN);
        const items = await client.completion(uri, at(TOUR_EN, '  version "2026.1"'));
        const warranty = items.find((i) => i.label === 'Section: warranty')!;
        expect(warranty.kind).toBe(15);
        expect(warranty.insertTextFormat).toBe(2);
        expect(warranty.insertText).toMatch(/^warranty from \$\{1\|receipt,delivery,installation\|\} \{\n/);
        expect(warranty.filterText).toMatch(/^warranty\b/);
        expect(warranty.detail).toBe('ASPL section `warranty`');
        const labels = items.map((i) => i.label);
        expect(labels).toEqual(expect.arrayContaining(['Section: service', 'Service on site (arrival, regional times)', 'Section: attest']));
        expect(labels).not.toContain('Policy (English keywords)');
        expect(labels).not.toContain('Section: import');
    });
    it('inside a block: its members only, no top-level keyword or snippet', async () => {
        const file = join(tempDir(), 'blocks.aspl');
        const text = [
            'policy P {',
            '  service repair free {',
            '    ',
            '  }',
            '  warranty from receipt {',
            '    ',
            '  }',
            '  suppliers {',
            '    ',
            '  }',
            '  ',
            '}',
            '',
        ].join('\n');
        const uri = await client.open(file, text);
        await client.diagnostics(uri);
        const inService = await client.completion(uri, { line: 2, character: 4 });
        expect(inService.map((i) => i.label)).toEqual(expect.arrayContaining(['via', 'respond', 'resolve', 'escalate']));
        expect(inService.filter((i) => i.kind === 15)).toEqual([]);
        expect(inService.map((i) => i.label)).not.toEqual(expect.arrayContaining(['warranty']));
        expect(inService.map((i) => i.label).filter((l) => ['service', 'warranty', 'returns', 'provider', 'policy', 'import', 'attest'].includes(l))).toEqual([]);
        const inWarranty = (await client.completion(uri, { line: 5, character: 4 })).map((i) => i.label);
        expect(inWarranty).toEqual(expect.arrayContaining(['cover', 'spare-parts', 'repair-time']));
        expect(inWarranty.filter((l) => /^Section|^Service|^Policy|^service$|^channel$/.test(l))).toEqual([]);
        // `agreement` inside suppliers is a word of that block, not the head of an agreement section.
        const inSuppliers = await client.completion(uri, { line: 8, character: 4 });
        expect(inSuppliers.filter((i) => i.kind === 15)).toEqual([]);
        const top = (await client.completion(uri, { line: 10, character: 2 })).map((i) => i.label);
        expect(top).toEqual(expect.arrayContaining(['service', 'warranty', 'Section: warranty', 'Section: returns']));
        await client.close(uri);
    });
    it('an empty file: the whole-policy snippets and import, nothing of a section', async () => {
        const uri = await client.open(join(tempDir(), 'empty.aspl'), '\n');
        await client.diagnostics(uri);
        const labels = (await client.completion(uri, { line: 0, character: 0 })).map((i) => i.label);
        expect(labels).toEqual(expect.arrayContaining(['policy', 'import', 'Policy (English keywords)', 'Section: import']));
        expect(labels.filter((l) => /^Section: (?!import)/.test(l))).toEqual([]);
        await client.close(uri);
    });
    it('keyword language auto: a Chinese policy gets Chinese keywords and snippets, whatever the message language', async () => {
        const uri = await client.open(join(tempDir(), 'zh.aspl'), '政策 P {\n  服务 维修 免费 {\n    \n  }\n  \n}\n');
        await client.diagnostics(uri);
        const inService = (await client.completion(uri, { line: 2, character: 4 })).map((i) => i.label);
        expect(inService).toEqual(expect.arrayContaining(['通过', '响应']));
        expect(inService).not.toContain('via');
        const top = await client.completion(uri, { line: 4, character: 2 });
        const section = top.find((i) => i.label === '段落：保修')!;
        expect(section.insertText).toMatch(/^保修 自 /);
        // The description follows the message language (here English), the body the document's keywords.
        expect(section.detail).toBe('ASPL section `warranty`');
        expect(top.map((i) => i.label)).not.toContain('Section: warranty');
        await client.close(uri);
    });
    it('channel names after via, catalog ids after applies, clause ids with summaries after attest, units', async () => {
        const dir = tempDir();
        const file = join(dir, 'draft.aspl');
        const text = [
            'policy Draft {',
            '  applies ',
            '  channel hotline phone "400-000-0000"',
            '  service repair {',
            '    via ',
            '    respond within 2 ',
            '  }',
            '  attest GBT-AS-GENERAL ',
            '}',
            '',
        ].join('\n');
        const uri = await client.open(file, text);
        await client.diagnostics(uri);
        const labels = async (line: number, character: number) => (await client.completion(uri, { line, character })).map((i) => i.label);
        expect(await labels(4, 8)).toContain('hotline');
        expect(await labels(1, 10)).toEqual(expect.arrayContaining(['GBT-AS-GENERAL', 'CN-CONSUMER-LAW', 'T-CGCC-CUSTOM']));
        const clauses = await client.completion(uri, { line: 7, character: 24 });
        const c843 = clauses.find((i) => i.label === '8.4.3')!;
        expect(c843.detail).toMatch(/refund/i);
        expect(await labels(5, 21)).toEqual(expect.arrayContaining(['hours', 'days', 'workdays']));
        await client.close(uri);
    });
    it('vocabulary words in the writer\'s language', async () => {
        const uri = await client.open(TOUR_ZH);
        await client.diagnostics(uri);
        const pos = at(TOUR_ZH, '渠道 客服热线 电话', '渠道 客服热线 '.length);
        const labels = (await client.completion(uri, pos)).map((i) => i.label);
        expect(labels).toEqual(expect.arrayContaining(['电话', '在线', '邮件']));
    });
});

describe('navigation and structure', () => {
    it('document symbols: the outline of a policy', async () => {
        const uri = await client.open(TOUR_EN);
        const symbols = await client.symbols(uri);
        expect(symbols.map((s) => s.name)).toEqual(['import ../../samples/base/company-base.aspl', 'policy TourEn']);
        const members = symbols[1].children!.map((c) => c.name);
        expect(members).toEqual(expect.arrayContaining(['hotline', 'service complaint', 'fee visit', 'warranty', 'returns', 'attest T-CGCC-CUSTOM 4.7']));
        const network = symbols[1].children!.find((c) => c.name === 'network')!;
        expect(network.children!.map((c) => c.name)).toContain('Minhang flagship store');
        expect(network.children!.map((c) => [c.name, c.detail])).toContainEqual(['outlets 40', 'authorised']);
        const warranty = symbols[1].children!.find((c) => c.name === 'warranty')!;
        expect(warranty.children!.map((c) => [c.name, c.detail])).toContainEqual(['Hardware', '36 months 2026-01-01']);
    });
    it('folding: blocks and the comment header', async () => {
        const uri = await client.open(SMALL);
        const ranges = (await client.folding(uri)) ?? [];
        expect(ranges.some((r) => r.startLine === 0 && r.kind === 'comment' && r.endLine > 10)).toBe(true);
        const returns = at(SMALL, '退换货 {').line;
        expect(ranges.some((r) => r.startLine === returns)).toBe(true);
    });
    it('document links and definition on an import', async () => {
        const uri = await client.open(SMALL);
        await client.diagnostics(uri);
        const links = (await client.links(uri)) ?? [];
        expect(links.map((l) => l.target)).toEqual([fileUri(BASE)]);
        const def = await client.definition(uri, at(SMALL, '"./base.aspl"', 3));
        expect(JSON.stringify(def)).toContain(fileUri(BASE));
    });
    it('definition of a catalog id and of a clause id: the standard\'s YAML', async () => {
        const uri = await client.open(FURNITURE);
        await client.diagnostics(uri);
        const yaml = join(ROOT, 'standards/t-cgcc-custom.yaml');
        const lines = readFileSync(yaml, 'utf8').split('\n');
        const onCatalog = (await client.definition(uri, at(FURNITURE, 'GBT-AS-GENERAL、T-CGCC-CUSTOM', 18))) as Array<{ targetUri: string; targetRange: { start: Position } }>;
        expect(onCatalog[0].targetUri).toBe(fileUri(yaml));
        expect(lines[onCatalog[0].targetRange.start.line]).toMatch(/^id: T-CGCC-CUSTOM/);
        const waiveLine = readFileSync(FURNITURE, 'utf8').split('\n').findIndex((l) => /(waive|豁免) T-CGCC-CUSTOM 5\.8/.test(l));
        const clauseCol = readFileSync(FURNITURE, 'utf8').split('\n')[waiveLine].indexOf('5.8') + 1;
        const onClause = (await client.definition(uri, { line: waiveLine, character: clauseCol })) as Array<{ targetUri: string; targetRange: { start: Position } }>;
        expect(lines[onClause[0].targetRange.start.line]).toMatch(/- id: "5\.8"/);
    });
    it('definition and references of a channel across the base policy', async () => {
        const uri = fileUri(SMALL);
        const pos = at(SMALL, '通过 客服热线', 4);
        const def = (await client.definition(uri, pos)) as Array<{ targetUri: string; targetRange: { start: Position } }>;
        expect(def[0].targetUri).toBe(fileUri(BASE));
        expect(def[0].targetRange.start.line).toBe(at(BASE, '渠道 客服热线').line);
        const refs = (await client.references(uri, pos)) ?? [];
        expect(refs.filter((r) => r.uri === uri).length).toBeGreaterThan(2);
        expect(refs.some((r) => r.uri === fileUri(BASE))).toBe(true);
    });
    it('rename a channel: declaration in the base, uses in the product policy; both still check', async () => {
        const uri = fileUri(SMALL);
        const before = await client.diagnostics(uri);
        const edit = await client.rename(uri, at(SMALL, '通过 客服热线', 4), '售后热线');
        const changes = edit!.changes!;
        expect(Object.keys(changes).sort()).toEqual([fileUri(BASE), uri].sort());
        const base = await client.open(BASE);
        await client.diagnostics(base);
        await client.change(base, applyEdits(client.text(base), changes[fileUri(BASE)]));
        const v = await client.change(uri, applyEdits(client.text(uri), changes[uri]));
        const after = await client.diagnostics(uri, v);
        expect(client.text(uri)).toContain('售后热线');
        expect(client.text(uri).replace(/\/\/.*$/gm, '')).not.toContain('客服热线');
        expect(errorKeys(after).filter((k) => !errorKeys(before).includes(k))).toEqual([]);
        await client.change(base, readFileSync(BASE, 'utf8'));
        await client.change(uri, readFileSync(SMALL, 'utf8'));
        await client.close(base);
    });
    it('rename a base policy: its name and the `extends` of the importing policy', async () => {
        const uri = fileUri(SMALL);
        const edit = await client.rename(fileUri(SMALL), at(SMALL, '继承 优居集团基础政策', 4), '集团基础');
        expect(Object.keys(edit!.changes!).sort()).toEqual([fileUri(BASE), uri].sort());
    });
    it('semantic tokens colour Chinese-only keywords', async () => {
        const uri = await client.open(TOUR_ZH);
        await client.diagnostics(uri);
        const tokens = await client.semanticTokens(uri);
        const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
        const data = tokens!.data;
        const decoded: Array<{ line: number; char: number; length: number; type: string }> = [];
        let line = 0;
        let char = 0;
        for (let i = 0; i < data.length; i += 5) {
            line += data[i];
            char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
            decoded.push({ line, char, length: data[i + 2], type: legend.tokenTypes[data[i + 3]] });
        }
        const policy = at(TOUR_ZH, '政策 ');
        expect(decoded).toContainEqual({ line: policy.line, char: policy.character, length: 2, type: 'keyword' });
        const warranty = at(TOUR_ZH, '保修 ');
        expect(decoded.find((t) => t.line === warranty.line && t.char === warranty.character)?.type).toBe('keyword');
        expect(decoded.some((t) => t.type === 'string')).toBe(true);
        expect(decoded.some((t) => t.type === 'enumMember')).toBe(true);
    });
});

describe('code lens on the policy header', () => {
    it('one short lens: violated and not addressed over the standards in force, the T/CGCC score; details in its tooltip; the report command', async () => {
        const uri = await client.open(FURNITURE);
        await client.diagnostics(uri);
        const lenses = (await client.codeLens(uri))!;
        expect(lenses).toHaveLength(1);
        const [lens] = lenses;
        expect(lens.command!.title).toMatch(/^(\d+ violated · \d+ not addressed|all \d+ clauses met) · T\/CGCC \d+\/100 (pass|fail)$/);
        const tooltip = (lens.command as { tooltip?: string }).tooltip!.split('\n');
        expect(tooltip.some((t) => /^GBT-AS-GENERAL: \d+ satisfied · \d+ violated · \d+ not addressed$/.test(t))).toBe(true);
        expect(tooltip.some((t) => /^T-CGCC-CUSTOM score \d+\/100 \(pass \d+\): (pass|fail)$/.test(t))).toBe(true);
        expect(tooltip.at(-1)).toBe('Click for the compliance report.');
        expect(lens.range.start.line).toBe(at(FURNITURE, '政策 ').line);
        expect(lens.command!.command).toBe('aspl.showComplianceReport');
        expect(lens.command!.arguments).toEqual([uri]);
        const report = (await client.executeCommand('aspl.showComplianceReport', [uri])) as { markdown: string; standards: Array<{ id: string }> };
        expect(report.standards.map((s) => s.id)).toContain('T-CGCC-CUSTOM');
        expect(report.markdown).toMatch(/^# Compliance report: /);
    });
    it('the counts match the diagnostics', async () => {
        const uri = await client.open(SMALL);
        const diags = (await client.diagnostics(uri)).filter(isCompliance);
        const title = (await client.codeLens(uri))![0].command!.title;
        const m = /^(\d+) violated · (\d+) not addressed$/.exec(title)!;
        const status = (s: string) => diags.filter((d) => (d.data as { status: string }).status === s).length;
        expect([Number(m[1]), Number(m[2])]).toEqual([status('violated'), status('not-addressed')]);
        expect(Number(m[1])).toBe(7);
    });
    it('fits a narrow editor: at most 48 columns (a CJK character is two) for every sample, in both languages', async () => {
        const zh = await LspClient.start({ locale: 'zh-cn' });
        try {
            for (const f of globSync('samples/*/*.aspl', { cwd: ROOT, absolute: true })) {
                for (const c of [client, zh]) {
                    const uri = await c.open(f);
                    await c.diagnostics(uri);
                    for (const l of (await c.codeLens(uri))!) expect(stringWidth(l.command!.title), `${f}: ${l.command!.title}`).toBeLessThanOrEqual(48);
                    await c.close(uri);
                }
            }
        } finally {
            await zh.stop();
        }
    });
    it('while the policy does not parse: the last counts, marked, and why in the tooltip', async () => {
        const uri = await client.open(SMALL);
        await client.diagnostics(uri);
        const v = await client.change(uri, readFileSync(SMALL, 'utf8').replace('  退换货 {', '  退换货 {\n    退款 内'));
        await client.diagnostics(uri, v);
        const [lens] = (await client.codeLens(uri))!;
        expect(lens.command!.title).toBe('7 violated · 0 not addressed (last parsed)');
        expect((lens.command as { tooltip?: string }).tooltip!.split('\n')[0]).toBe('The policy has syntax errors: the counts are those of the last text that parsed.');
        await client.change(uri, readFileSync(SMALL, 'utf8'));
        await client.close(uri);
    });
});

describe('custom requests of the VS Code extension (protocol.ts)', () => {
    it('aspl/report: the matrix of the text in the editor; aspl/notice: the customer notice', async () => {
        const uri = await client.open(FURNITURE);
        await client.diagnostics(uri);
        const report = (await client.connection.sendRequest('aspl/report', { uri, lang: 'en' })) as ReportResult;
        expect(report.standards.find((s) => s.id === 'T-CGCC-CUSTOM')?.clauses.length).toBeGreaterThan(0);
        expect(report.standards.find((s) => s.id === 'T-CGCC-CUSTOM')?.score?.total).toBe(100);
        // One report shape: the request returns what `aspl report --format json` prints for the same file
        // (the generation time aside, which is the moment each was made).
        const cli = spawnSync(process.execPath, [join(ROOT, 'bin/aspl.js'), 'report', FURNITURE, '--format', 'json', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8' });
        expect(cli.status, cli.stderr).toBe(0);
        const printed = JSON.parse(cli.stdout) as ReportResult;
        const untimed = (r: ReportResult) => ({ ...r, provenance: { ...r.provenance, generated: '' } });
        expect(untimed(report)).toEqual(untimed(printed));
        expect(printed.standards.reduce((n, s) => n + s.clauses.length, 0)).toBeGreaterThan(50);
        const notice = (await client.connection.sendRequest('aspl/notice', { uri, format: 'md', lang: 'zh' })) as { ok: boolean; text?: string };
        expect(notice.ok).toBe(true);
        expect(notice.text).toMatch(/[\u4e00-\u9fff]/);
        // The editor's text, not the file on disk: an unsaved change shows in the notice.
        const v = await client.change(uri, client.text(uri).replace(/(政策 \S+ ")([^"]*)"/, '$1未保存的标题"'));
        await client.diagnostics(uri, v);
        const edited = (await client.connection.sendRequest('aspl/notice', { uri, format: 'md', lang: 'zh' })) as { ok: boolean; text?: string };
        expect(edited.text).toContain('未保存的标题');
        await client.change(uri, readFileSync(FURNITURE, 'utf8'));
    });

    it('aspl/starter: the wizard gets the starter `aspl init` writes, stubs included', async () => {
        const params = { company: '测试家居有限公司', product: 'furniture', channels: ['offline'], keywords: 'zh' as const };
        const { text } = (await client.connection.sendRequest('aspl/starter', params)) as { text: string };
        const { Analyzer } = await import('../../server/src/analysis.js');
        const { starterWithStubs } = await import('../../server/src/starter/index.js');
        const today = new Date().toISOString().slice(0, 10);
        expect(text).toBe(await starterWithStubs({ ...params, product: 'furniture', channels: ['offline'], effective: today }, new Analyzer({ lang: 'zh' })));
        expect(text).toMatch(/^ {2}承诺 T-CGCC-CUSTOM \S+ "待填写：说明如何做到"$/m);
    });
});

describe('formatting', () => {
    const samples = globSync(['samples/**/*.aspl', 'docs/tour/*.aspl'], { cwd: ROOT, ignore: ['**/drafts/**'] }).sort();
    const comments = (t: string) => (t.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).length;

    it.each(samples)('%s: twice gives the same text as once, comments kept', async (file) => {
        const uri = await client.open(join(ROOT, file));
        await client.diagnostics(uri);
        const original = client.text(uri);
        const once = applyEdits(original, (await client.format(uri)) ?? []);
        const v = await client.change(uri, once);
        await client.diagnostics(uri, v);
        const twice = applyEdits(once, (await client.format(uri)) ?? []);
        expect(twice).toBe(once);
        expect(comments(once)).toBe(comments(original));
        await client.change(uri, original);
        await client.close(uri);
    });

    it('range formatting touches only the lines of the range', async () => {
        const dir = tempDir();
        const file = join(dir, 'messy.aspl');
        const text = [
            'policy Messy "Messy" {',
            '      version   "1.0"',
            '  channel   hotline phone "400"   hours 08:00-20:00 daily',
            '          channel fax  fax "021"',
            '}',
            '',
        ].join('\n');
        const uri = await client.open(file, text);
        await client.diagnostics(uri);
        const edits = (await client.formatRange(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } }))!;
        const out = applyEdits(text, edits).split('\n');
        expect(out[1]).toBe('      version   "1.0"');
        expect(out[2]).toBe('  channel hotline phone "400" hours 08:00-20:00 daily');
        expect(out[3]).toBe('          channel fax  fax "021"');
        const whole = applyEdits(text, (await client.format(uri))!);
        expect(whole).toBe('policy Messy "Messy" {\n  version "1.0"\n  channel hotline phone "400" hours 08:00-20:00 daily\n  channel fax fax "021"\n}\n');
        await client.close(uri);
    });

    it('optional canonicalization of keywords and value words to one language', async () => {
        const dir = tempDir();
        const file = join(dir, 'mixed.aspl');
        const uri = await client.open(file, 'policy Mixed {\n  版本 "1.0"\n  channel hotline phone "400"\n}\n');
        await client.diagnostics(uri);
        await client.setSettings({ format: { keywordLanguage: 'zh' } });
        const out = applyEdits(client.text(uri), (await client.format(uri))!);
        expect(out).toBe('政策 Mixed {\n  版本 "1.0"\n  渠道 hotline 电话 "400"\n}\n');
        await client.setSettings({ keywordLanguage: 'en', canonicalizeKeywords: true });
        expect(applyEdits(client.text(uri), (await client.format(uri))!)).toBe('policy Mixed {\n  version "1.0"\n  channel hotline phone "400"\n}\n');
        await client.setSettings({});
        await client.close(uri);
    });
});

describe('large documents', () => {
    it('compliance findings of a 1,500-line policy follow the edit\'s language diagnostics, moved with the text meanwhile', async () => {
        const dir = tempDir();
        const file = join(dir, 'late.aspl');
        const text: string = generatePolicy(1_500);
        const uri = await client.open(file, text);
        const first = await client.diagnostics(uri, undefined, 60_000);
        const refund = text.split('\n').findIndex((l) => l.includes('refund within 5 days'));
        expect(first.some((d) => d.code === 'GBT-AS-GENERAL 8.4.3')).toBe(false);
        // A line inserted above everything, and the refund deadline broken.
        const edited = text.replace('refund within 5 days', 'refund within 9 days').replace('  version "1.0"\n', '  version "1.0"\n  // a new comment line\n');
        const n = client.published.length;
        const v = await client.change(uri, edited);
        const pubs = await client.waitFor(() => {
            const mine = client.published.slice(n).filter((p) => p.uri === uri && p.version === v);
            return mine.some((p) => p.diagnostics.some((d) => d.code === 'GBT-AS-GENERAL 8.4.3')) ? mine : undefined;
        }, 60_000);
        const [early] = pubs;
        expect(early.diagnostics.filter(isCompliance).every((d) => (d.data as { carried?: boolean }).carried)).toBe(true);
        const late = pubs[pubs.length - 1];
        const finding = late.diagnostics.find((d) => d.code === 'GBT-AS-GENERAL 8.4.3')!;
        expect(finding.range.start.line).toBe(refund + 1);
        expect(late.diagnostics.some((d) => (d.data as { carried?: boolean } | undefined)?.carried)).toBe(false);
        // Carried findings moved down with the inserted line.
        const below = first.find((d) => isCompliance(d) && d.range.start.line > 3)!;
        expect(below).toBeDefined();
        expect(early.diagnostics.find((d) => d.code === below.code)!.range.start.line).toBe(below.range.start.line + 1);
        await client.close(uri);
    });

    it('a burst of keystrokes on a 6,000-line policy is debounced into few re-checks, ending with the last version', async () => {
        const dir = tempDir();
        const file = join(dir, 'large.aspl');
        const text: string = generatePolicy(6_000);
        const uri = await client.open(file, text);
        await client.diagnostics(uri, undefined, 60_000);
        const line = text.split('\n').findIndex((l) => l.includes('"Service number 7"'));
        const col = text.split('\n')[line].indexOf('"') + 1;
        const n = client.published.length;
        let v = 0;
        for (let i = 0; i < 8; i++) v = await client.edit(uri, { start: { line, character: col }, end: { line, character: col } }, 'x');
        const final = await client.diagnostics(uri, v, 60_000);
        const publications = client.published.slice(n).filter((p) => p.uri === uri);
        expect(publications.length).toBeLessThan(8);
        expect(final.filter((d) => !isCompliance(d) && d.severity === 1)).toEqual([]);
        await client.close(uri);
    });
});
