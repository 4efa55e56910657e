// The extension's static contributions and the server's snippets: every snippet expands to ASPL that parses, the manifest
// names what VS Code needs, the language configuration's word pattern covers CJK, the config schema
// accepts the sample configs and rejects unknown keys.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { SNIPPETS } from '../../server/src/faces/lsp/snippets.js';
import { say } from '../../server/src/i18n/message.js';

const root = join(__dirname, '..', '..');
const ext = join(root, 'extension');
const json = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

/** A snippet body with every placeholder at its default (first choice), variables filled, $0 dropped. */
function expand(body: string[]): string {
    return body.join('\n')
        .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-01-01')
        .replace(/\$\{\d+\|([^|]*)\|\}/g, (_m, choices: string) => choices.split(/(?<!\\),/)[0].replace(/\\,/g, ','))
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

describe('snippets', () => {
    const analyzer = new Analyzer({ lang: 'en' });
    const entries = SNIPPETS.flatMap((s) => (['en', 'zh'] as const).map((l) => [say(s.title, l), s[l]] as const));

    it('has a whole policy and every section in both keyword languages', () => {
        const prefixes = entries.flatMap(([, s]) => [s.prefix].flat());
        for (const p of ['policy', '政策', 'service', '服务', 'warranty', '保修', 'returns', '退换货', 'privacy', '隐私', 'attest', '承诺']) expect(prefixes).toContain(p);
        expect(entries.length).toBeGreaterThanOrEqual(40);
        for (const s of SNIPPETS) for (const l of ['zh', 'en'] as const) expect(say(s.description, l)).toBeTruthy();
    });
    it('are the server\'s alone: the extension contributes none (VS Code would offer them in every block)', () => {
        expect(json(join(ext, 'package.json')).contributes.snippets).toBeUndefined();
    });

    it.each(entries.map(([name, s]) => ({ name, body: s.body })))('$name expands to ASPL without syntax errors', async ({ name, body }) => {
        const text = expand(body);
        const whole = /^(policy|政策) /.test(text);
        const isImport = /^(import|导入) /.test(text);
        const isChannel = /^(channel|渠道) /.test(text);
        const channels = isChannel ? '' : '  channel hotline phone "1" hours 7x24\n  channel 客服热线 电话 "1" hours 7x24\n';
        const source = whole ? text
            : isImport ? `${text}\npolicy P {\n}\n`
            : `policy P {\n${channels}${text.split('\n').map((l) => `  ${l}`).join('\n')}\n}\n`;
        const a = await analyzer.analyzeText(source, `/tmp/aspl-snippets/${encodeURIComponent(name)}.aspl`);
        // Every language error counts, but an import snippet points at a file that does not exist here.
        const syntax = a.problems.filter((p) => p.severity === 'error' && !(isImport && p.message.includes('base.aspl')));
        expect(syntax.map((p) => `${p.line}: ${p.message}\n${source}`)).toEqual([]);
    });
});

describe('manifest', () => {
    const pkg = json(join(ext, 'package.json'));
    it('activates on the language explicitly and on every command', () => {
        expect(pkg.activationEvents).toContain('onLanguage:aspl');
        for (const c of pkg.contributes.commands) expect(pkg.activationEvents).toContain(`onCommand:${c.command}`);
        for (const id of ['aspl.previewNotice', 'aspl.showComplianceReport', 'aspl.exportNotice', 'aspl.newPolicy', 'aspl.restartServer']) {
            expect(pkg.contributes.commands.map((c: { command: string }) => c.command)).toContain(id);
        }
    });
    it('has the identity, engine and entry point the marketplace and VS Code need', () => {
        expect(pkg).toMatchObject({ publisher: 'aspl', name: 'aspl', main: './dist/extension.cjs', engines: { vscode: '^1.91.0' } });
        expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
        // every setting the server reads (lsp/options.ts), with the same default as the server and Neovim (auto),
        // plus the client's own toggles of the code lens and the language-status item
        expect(Object.keys(pkg.contributes.configuration.properties).sort()).toEqual([
            'aspl.canonicalizeKeywords', 'aspl.codeLens.enabled', 'aspl.docsBaseUrl', 'aspl.enable', 'aspl.format.keywordLanguage', 'aspl.importRoots', 'aspl.keywordLanguage',
            'aspl.locale', 'aspl.run', 'aspl.standards', 'aspl.status.enabled', 'aspl.trace.server',
        ]);
        expect(pkg.contributes.configuration.properties['aspl.keywordLanguage'].default).toBe('auto');
        // enable and run as ESLint has them (eslint.enable, eslint.run): on by default, on type by default, settable per folder
        const props = pkg.contributes.configuration.properties;
        expect(props['aspl.enable']).toMatchObject({ type: 'boolean', default: true, scope: 'resource' });
        expect(props['aspl.run']).toMatchObject({ type: 'string', enum: ['onType', 'onSave'], default: 'onType', scope: 'resource' });
        // the values the server reads (lsp/options.ts) are the ones offered
        const options = readFileSync(join(root, 'server/src/faces/lsp/options.ts'), 'utf8');
        for (const v of props['aspl.run'].enum) expect(options).toContain(`'${v}'`);
        // full-width Chinese punctuation （，） is not boxed as ambiguous Unicode in policies
        expect(pkg.contributes.configurationDefaults['[aspl]']['editor.unicodeHighlight.ambiguousCharacters']).toBe(false);
    });
    it('has a walkthrough for policy writers: open, see a finding, fix, preview, export — each step\'s page and command exist', () => {
        const [w] = pkg.contributes.walkthroughs;
        expect(w.steps.map((s: { id: string }) => s.id)).toEqual(['open', 'findings', 'fix', 'notice', 'export']);
        const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
        for (const step of w.steps as Array<{ media: { markdown: string }; completionEvents: string[] }>) {
            const page = readFileSync(join(ext, step.media.markdown), 'utf8');
            expect(page).toMatch(/[\u4e00-\u9fff]/); // both languages on the page
            const cmd = /^onCommand:(.+)$/.exec(step.completionEvents[0])?.[1];
            if (cmd) expect(commands.has(cmd), cmd).toBe(true);
        }
        expect(readFileSync(join(ext, 'scripts', 'package.mjs'), 'utf8')).toContain("'walkthrough'");
    });
    it('localizes every %key% in English and Chinese', () => {
        const keys = [...readFileSync(join(ext, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
        for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
            const texts = json(join(ext, nls));
            for (const k of keys) expect(texts[k], `${nls}: ${k}`).toBeTruthy();
        }
    });
    it('README images render on the marketplace (absolute URLs into the repository, packaged without rewriting) and on GitHub', () => {
        // vsce runs with --no-rewrite-relative-links: a relative image is broken on the extension page
        expect(readFileSync(join(ext, 'scripts', 'package.mjs'), 'utf8')).toContain('--no-rewrite-relative-links');
        const home = /HOMEPAGE = '(https:\/\/github\.com\/[^']+)'/.exec(readFileSync(join(root, 'server/src/package-info.ts'), 'utf8'))![1];
        const raw = `${home.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/`;
        const images = (file: string) => [...readFileSync(file, 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
        const onPage = images(join(ext, 'README.md'));
        expect(onPage.length).toBeGreaterThan(0);
        for (const url of onPage) {
            expect(url.startsWith(raw), url).toBe(true);
            expect(statSync(join(root, url.slice(raw.length))).isFile(), url).toBe(true);
        }
        // the repository's README shows the same picture, by a path GitHub resolves
        expect(images(join(root, 'README.md'))).toEqual(onPage.map((u) => u.slice(raw.length)));
    });
    it('points at files that exist (icons, grammar, language configuration)', () => {
        const lang = pkg.contributes.languages[0];
        for (const p of [pkg.icon, lang.configuration, lang.icon.light, lang.icon.dark, pkg.contributes.grammars[0].path]) {
            expect(statSync(join(ext, p)).isFile(), p).toBe(true);
        }
    });
});

describe('language configuration', () => {
    const conf = json(join(ext, 'language-configuration.json'));
    const word = new RegExp(conf.wordPattern, 'g');
    it('selects CJK names, Latin ids with dashes and dots, and numbers as words', () => {
        expect('渠道 客服热线 电话'.match(word)).toEqual(['渠道', '客服热线', '电话']);
        expect('applies Q-GSB-316.002'.match(word)).toEqual(['applies', 'Q-GSB-316.002']);
        expect('目标 92.5%'.match(word)).toEqual(['目标', '92.5%']);
    });
    it('auto-closes Chinese quotes and corner brackets', () => {
        const pairs = conf.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
        expect(pairs).toEqual(expect.arrayContaining(['“”', '「」', '{}', '""']));
        expect(conf.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });
});

describe('aspl.config.yaml schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(json(join(root, 'standards', 'config.schema.json')));
    const configs: string[] = [];
    const walk = (dir: string) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
            if (e.isDirectory() && e.name !== 'node_modules') walk(join(dir, e.name));
            else if (e.name === 'aspl.config.yaml') configs.push(join(dir, e.name));
        }
    };
    walk(join(root, 'samples'));
    it('accepts the sample configs', () => {
        expect(configs.length).toBeGreaterThan(0);
        for (const f of configs) expect(validate(parseYaml(readFileSync(f, 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    });
    it('rejects what loadConfig rejects', () => {
        expect(validate({ pack: ['GBT-AS-GENERAL'] })).toBe(false);
        expect(validate({ severity: { 'GBT-AS-GENERAL 8.4.2': 'hint' } })).toBe(false);
        expect(validate({ ignore: 'drafts/**' })).toBe(false);
        expect(validate({ packs: ['GBT-AS-GENERAL'], extraPacks: ['packs/a.yaml'], severity: { 'T-GXDSL-259': 'off' }, ignore: ['drafts/**'] })).toBe(true);
    });
});
