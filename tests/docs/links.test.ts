/**
 * Every documentation link the faces emit lands on an anchor the docs generator wrote: LSP
 * diagnostics (findings and language problems), SARIF helpUri and `aspl rules --format json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { CatalogRegistry } from '../../server/src/engine/catalog/registry.js';
import { clauseDocUrl, languageRuleDocUrl, ruleDocUrl } from '../../server/src/engine/doc-links.js';
import { LANGUAGE_RULES } from '../../server/src/i18n/language-rules.js';
import { findingToDiagnostic, withRuleLink } from '../../server/src/faces/lsp/diagnostics.js';
import { LspOptions } from '../../server/src/faces/lsp/options.js';
import { AsplSettings } from '../../server/src/parse/settings.js';
import { aspl, assertBuilt, FOCUSED, ROOT } from '../cli/helpers.js';

/** Whether a link is a file in docs/ holding the anchor it names. */
function resolves(link: string): string | undefined {
    const url = new URL(link);
    if (url.protocol !== 'file:') return `${link}: not a file URL`;
    const file = fileURLToPath(url);
    if (!file.startsWith(join(ROOT, 'docs'))) return `${link}: outside docs/`;
    if (!existsSync(file)) return `${link}: no such page`;
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !readFileSync(file, 'utf8').includes(`<a id="${anchor}"></a>`)) return `${link}: no anchor '${anchor}'`;
    return undefined;
}
const broken = (links: string[]) => links.map(resolves).filter(Boolean);

describe('documentation links', () => {
    beforeAll(assertBuilt);

    it('every clause of every shipped catalog and pack, and every language rule, has its anchor', () => {
        const registry = CatalogRegistry.shipped();
        expect(registry.problems).toEqual([]);
        const links = registry.all().flatMap((c) => [clauseDocUrl(c.id), ...c.clauses.map((cl) => clauseDocUrl(c.id, cl.id))]);
        links.push(...Object.keys(LANGUAGE_RULES).map((code) => languageRuleDocUrl(code)));
        expect(links.length).toBeGreaterThan(150);
        expect(broken(links)).toEqual([]);
    });

    it('a link that names a missing anchor is caught', () => {
        expect(resolves(ruleDocUrl('GBT-AS-GENERAL 99.9'))).toMatch(/no anchor 'clause-99-9'/);
        expect(resolves(ruleDocUrl('aspl/no-such-rule'))).toMatch(/no anchor 'rule-no-such-rule'/);
    });

    it('LSP diagnostics: findings and language problems', async () => {
        const analyzer = new Analyzer({ lang: 'en' });
        const r = await analyzer.analyzeFile(join(FOCUSED, 'refund-slow.aspl'));
        const findings = r.evaluation!.findings;
        expect(findings.length).toBeGreaterThan(10);
        const links = findings.map((f) => findingToDiagnostic(f, 'en').codeDescription!.href);
        expect(broken(links)).toEqual([]);
        const bad = await analyzer.analyzeText('policy P "P" {\n  channel hotline phnoe "400-000-0000"\n}\n', '/virtual/p.aspl');
        const language = bad.problems.map((p) => withRuleLink({ range: p.range, message: p.message, data: { code: p.code } }).codeDescription?.href);
        expect(language).toEqual([languageRuleDocUrl('unknown-word')]);
        expect(broken(language as string[])).toEqual([]);
    });

    it('SARIF helpUri and rules --format json', async () => {
        const sarif = JSON.parse((await aspl(['check', FOCUSED, '--format', 'sarif'])).stdout);
        const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
        expect(rules.some((x) => x.id.startsWith('aspl/'))).toBe(true);
        expect(broken(rules.map((x) => x.helpUri))).toEqual([]);
        const json = JSON.parse((await aspl(['rules', '--format', 'json'])).stdout) as { catalogs: Array<{ clauses: Array<{ helpUri: string }> }> };
        const links = json.catalogs.flatMap((c) => c.clauses.map((cl) => cl.helpUri));
        expect(links.length).toBeGreaterThan(100);
        expect(broken(links)).toEqual([]);
    });

    it('aspl.docsBaseUrl moves the editor\'s links (and re-checks open policies)', async () => {
        const options = new LspOptions(new AsplSettings());
        expect(options.docsBaseUrl).toBeUndefined();
        expect(options.update({ docsBaseUrl: 'https://example.org/aspl/docs/' })).toBe(true);
        const r = await new Analyzer({ lang: 'en' }).analyzeFile(join(FOCUSED, 'refund-slow.aspl'));
        const f = r.evaluation!.findings.find((x) => x.ruleId === 'GBT-AS-GENERAL 8.4.3')!;
        expect(findingToDiagnostic(f, 'en', options.docsBaseUrl).codeDescription!.href).toBe('https://example.org/aspl/docs/standards/GBT-AS-GENERAL.md#clause-8-4-3');
        expect(withRuleLink({ range: f.src.range, message: '', data: { code: 'bad-date' } }, options.docsBaseUrl).codeDescription!.href).toBe('https://example.org/aspl/docs/language.md#rule-bad-date');
    });
});
