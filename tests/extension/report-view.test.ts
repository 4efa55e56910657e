/**
 * The editor's compliance report renders the one report shape: for a sample, the view built from
 * the server's `aspl/report` answer has the rows of `aspl report --format json` in the same order
 * (problems first), the same counts, the summary and provenance lines of `aspl report` (Markdown),
 * and the same status and level words as the CLI's tables.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportContent } from '../../extension/src/report-table.js';
import type { ReportResult } from '../../server/src/faces/lsp/protocol.js';
import { LspClient, ROOT } from '../lsp/client.js';
import { ensureBundle } from '../lsp/helpers.js';

const CABLE = join(ROOT, 'samples/cable-maker/minjiang-cable.aspl');
/** One generation time for every output, so their provenance lines can be compared. */
const EPOCH = '1764580000';

function cli(format: string, lang: string): string {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/aspl.js'), 'report', CABLE, '--format', format, '--lang', lang], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
}

const unescapeMd = (s: string) => s.replace(/\\(.)/g, '$1');
const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const textOf = (html: string, cls: string) => unescapeHtml(new RegExp(`<p class="${cls}">([^<]*)</p>`).exec(html)?.[1] ?? '');

interface ViewRow { catalog: string; clause: string; status: string; label: string; level: string; line: number }

/** The view's clause rows: catalog, clause, status, its status and level words, line. */
function viewRows(html: string): ViewRow[] {
    return [...html.matchAll(/<tr class="row st-[^"]*" tabindex="0" data-index="\d+" data-line="(\d+)" data-own="(?:true|false)" data-catalog="([^"]*)" data-clause="([^"]*)" data-status="([^"]*)">.*?<span class="badge st-[^"]*">([^<]*)<\/span><\/td><td class="nowrap">([^<]*)<\/td>/g)]
        .map((m) => ({ catalog: m[2], clause: unescapeHtml(m[3]), status: m[4], label: unescapeHtml(m[5]), level: unescapeHtml(m[6]), line: Number(m[1]) }));
}

let client: LspClient;
let editor: ReportResult;
beforeAll(async () => {
    ensureBundle();
    client = await LspClient.start({ locale: 'zh-cn', settings: {} });
    const uri = await client.open(CABLE);
    await client.diagnostics(uri);
    editor = (await client.connection.sendRequest('aspl/report', { uri, lang: 'zh' })) as ReportResult;
}, 120_000);
afterAll(async () => { await client?.stop(); });

describe('the compliance report view renders aspl/report, as aspl report prints it', () => {
    it('same rows in the same order (problems first), same counts, same words as the CLI', () => {
        const json = JSON.parse(cli('json', 'zh')) as ReportResult;
        // the editor's report is the CLI's (its language problems were once the compliance findings again)
        const untimed = (r: ReportResult) => ({ ...r, provenance: { ...r.provenance, generated: '' } });
        expect(untimed(editor)).toEqual(untimed(json));
        expect(editor.languageProblems).toEqual([]);
        const { html, targets } = reportContent(editor, 'zh', 'minjiang-cable.aspl');
        const rows = viewRows(html);
        // every clause of every standard, in the JSON's order
        expect(rows.map((r) => [r.catalog, r.clause, r.status, r.line])).toEqual(json.standards.flatMap((s) => s.clauses.map((c) => [s.id, c.clause, c.status, c.at.line])));
        expect(targets).toEqual(json.standards.flatMap((s) => s.clauses.map((c) => c.at)));
        // problems first within each standard
        const cable = json.standards.find((s) => s.clauses.some((c) => c.problem))!;
        const firstMet = cable.clauses.findIndex((c) => !c.problem);
        expect(firstMet).toBeGreaterThan(0);
        expect(cable.clauses.slice(firstMet).some((c) => c.problem)).toBe(false);
        // counts: the report's own, per standard
        for (const s of json.standards) {
            const badges = [...html.slice(html.indexOf(`<h2 id="std-${s.id}">`)).split('</p>')[0].matchAll(/data-status="([^"]*)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
            expect(Object.fromEntries(badges)).toEqual(s.counts);
        }
        // status and level words: those of the CLI's Markdown tables, row by row
        const md = cli('md', 'zh');
        const mdRows = md.split('\n').filter((l) => /^\| [^-|]/.test(l) && !/^\| (条款|位置) \|/.test(l)).map((l) => l.split(/(?<!\\) \| /));
        expect(rows.map((r) => [r.clause, r.label, r.level])).toEqual(mdRows.map((c) => [unescapeMd(c[0].slice(2)), c[4].replace(/^\S+ /, ''), c[3]]));
        expect(rows.find((r) => r.status === 'attested')?.label).toBe('已声明（未核验）');
        // summary and provenance: the CLI report's lines
        expect(textOf(html, 'summary')).toBe(unescapeMd(/^\*\*(.*)\*\*$/m.exec(md)![1]));
        const provenance = textOf(html, 'provenance');
        expect(provenance.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/, 'DATE')).toBe(unescapeMd(/^_(由 aspl .*)_$/m.exec(md)![1]).replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/, 'DATE'));
        expect(provenance).toMatch(new RegExp(`sha256 ${json.provenance.catalogs[0].sha256}`));
    });

    it('English too: the words of the CLI\'s English report', () => {
        const { html } = reportContent(JSON.parse(cli('json', 'en')) as ReportResult, 'en', 'minjiang-cable.aspl');
        const md = cli('md', 'en');
        expect(textOf(html, 'summary')).toBe(unescapeMd(/^\*\*(.*)\*\*$/m.exec(md)![1]));
        expect(textOf(html, 'provenance')).toBe(unescapeMd(/^_(Generated by aspl .*)_$/m.exec(md)![1]));
        expect(viewRows(html).find((r) => r.status === 'attested')).toMatchObject({ label: 'claimed, not verified', level: expect.stringMatching(/^(shall|should|may)$/) });
    });

    it('language problems come first, as rows that jump to their place', () => {
        const json = JSON.parse(cli('json', 'en')) as ReportResult;
        const problem = { ruleId: 'aspl/unknown-word', severity: 'warning', message: "unknown word 'dayly'", file: 'minjiang-cable.aspl', line: 7, column: 3 };
        const { html, targets } = reportContent({ ...json, languageProblems: [problem] }, 'en', 'minjiang-cable.aspl');
        expect(targets[0]).toEqual({ file: 'minjiang-cable.aspl', line: 7, column: 3 });
        expect(targets.length).toBe(1 + json.standards.reduce((n, s) => n + s.clauses.length, 0));
        expect(html).toContain('<tr class="row problem sev-warning" tabindex="0" data-index="0" data-line="7" data-own="true"><td class="where">line 7</td><td class="nowrap">warning</td><td><code>aspl/unknown-word</code></td><th scope="row">unknown word &#39;dayly&#39;</th></tr>');
        expect(html.indexOf('Language problems')).toBeLessThan(html.indexOf('<h2 id="std-'));
    });
});
