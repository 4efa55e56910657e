/**
 * Output is inert (red-team reproducers 10 and 11, and Trojan Source): policy text reaching the
 * report's Markdown or the hover is escaped (no images, links, emphasis), terminal formats never
 * print control characters raw, and source with bidi overrides gets a warning.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { aspl, assertBuilt, scratch, type JsonOutput } from '../cli/helpers.js';
import { LspClient } from '../lsp/client.js';

const s = scratch('aspl-redteam-output-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());
const md = new MarkdownIt();
/** What markup rendering the Markdown produced from the attacker's text. */
const injected = (markdown: string) => {
    const html = md.render(markdown);
    return { images: (html.match(/<img /g) ?? []).length, links: (html.match(/<a href="https:\/\/attacker/g) ?? []).length, strong: (html.match(/<strong>1<\/strong>/g) ?? []).length };
};

const HOSTILE = `policy P "Title ![pixel](https://attacker.example/t.png) [click](https://attacker.example/)" {
  version "**1** ![v](https://attacker.example/v.png)"
  channel hotline phone "400 [call](https://attacker.example/c) ![c](https://attacker.example/c.png)" hours 24/7
  attest GBT-AS-GENERAL 5.1 "we comply ![a](https://attacker.example/a.png) [login](https://attacker.example/login)"
}
`;

describe('10: Markdown injection', () => {
    it('report --format md renders no image, link or emphasis from policy text, and keeps the text', async () => {
        writeFileSync(join(s.dir, 'md.aspl'), HOSTILE);
        const r = await aspl(['report', 'md.aspl', '--format', 'md', '--lang', 'en'], { cwd: s.dir });
        expect(injected(r.stdout)).toEqual({ images: 0, links: 0, strong: 0 });
        const text = md.render(r.stdout).replace(/<[^>]+>/g, '');
        expect(text).toContain('Title ![pixel](https://attacker.example/t.png) [click](https://attacker.example/)');
        expect(text).toContain('**1** ![v](https://attacker.example/v.png)');
    });

    it('hover on a channel shows its contact as text', async () => {
        const client = await LspClient.start({ rootDir: s.dir });
        try {
            const uri = await client.open(join(s.dir, 'md.aspl'), HOSTILE);
            await client.diagnostics(uri);
            const h = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 12 } })) as Hover;
            const value = (h.contents as MarkupContent).value;
            expect(injected(value)).toEqual({ images: 0, links: 0, strong: 0 });
            expect(md.render(value).replace(/<[^>]+>/g, '')).toContain('400 [call](https://attacker.example/c) ![c](https://attacker.example/c.png)');
        } finally {
            await client.stop();
        }
    }, 60_000);
});

describe('11: terminal escape sequences', () => {
    const ansi = 'policy A "x" {\n  channel hotline phone "400" hours 24/7\n  fee remote "\x1b[2K\x1b[1A\x1b]0;owned\x07\x1b[32mAll policies compliant\x1b[0m" 30 CNY\n}\n';

    it('stylish and github print no raw control character; the source line shows � in its place', async () => {
        writeFileSync(join(s.dir, 'ansi.aspl'), ansi);
        for (const format of ['stylish', 'github']) {
            const r = await aspl(['check', 'ansi.aspl', '--format', format, '--lang', 'en'], { cwd: s.dir });
            expect(r.stdout.length, format).toBeGreaterThan(0);
            expect(r.stdout, format).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
        }
        const r = await aspl(['check', 'ansi.aspl', '--lang', 'en'], { cwd: s.dir });
        expect(r.stdout).toContain('    3 |   fee remote "�[2K�[1A�]0;owned��[32mAll policies compliant�[0m" 30 CNY');
    });

    it('messages quoting policy text show control characters as U+XXXX', async () => {
        writeFileSync(join(s.dir, 'msg.aspl'), 'policy A "x" {\n  version "1"\n  channel c\x1b[31m phone "1" hours 24/7\n}\n');
        const r = await aspl(['check', 'msg.aspl', '--lang', 'en'], { cwd: s.dir });
        expect(r.stdout).not.toMatch(/\x1b/);
        expect(r.stdout).toMatch(/Unexpected characters from U\+001B on \(2 skipped\)/);
    });
});

describe('Trojan Source: bidi controls in source are a warning where they stand', () => {
    it('each override is reported with its code point', async () => {
        writeFileSync(join(s.dir, 'bidi.aspl'), 'policy A "x" {\n  version "1"\n  statement "退款\u202e 天 7 \u202c内"\n}\n');
        const r = await aspl(['check', 'bidi.aspl', '--lang', 'en', '--format', 'json'], { cwd: s.dir });
        const problems = (JSON.parse(r.stdout) as JsonOutput).files[0].problems.filter((p) => p.ruleId === 'aspl/bidi-control');
        expect(problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
            '3:16 warning Invisible text-direction control U+202E here: it makes the text display in another order than it is read ("Trojan Source"); remove it',
            '3:22 warning Invisible text-direction control U+202C here: it makes the text display in another order than it is read ("Trojan Source"); remove it',
        ]);
    });
});
