/**
 * Imports stay inside the workspace (red-team reproducer 09): the CLI's roots are the config's
 * folder and the common folder of the given paths (widened by --import-root), the language
 * server's are the workspace folders (widened by the user setting aspl.importRoots). An import
 * outside is the positioned error import-outside, and nothing of the file outside is read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_REQUEST, type NoticeResult } from '../../server/src/faces/lsp/protocol.js';
import { aspl, assertBuilt, scratch, type JsonOutput } from '../cli/helpers.js';
import { LspClient } from '../lsp/client.js';

const s = scratch('aspl-redteam-imports-');
const ws = join(s.dir, 'ws');
const SECRET = 'policy Secret "s" partial {\n  channel leak phone "SECRET-400-123" hours 24/7\n  provider "SECRET CORP" { licence "SECRET-LICENCE" }\n}\n';
const text = () => `import "../secret/outside.aspl"\nimport "${s.dir}/secret/outside.aspl"\npolicy P "p" extends Secret {\n  version "1"\n}\n`;

beforeAll(() => {
    assertBuilt();
    mkdirSync(ws);
    mkdirSync(join(s.dir, 'secret'));
    writeFileSync(join(s.dir, 'secret/outside.aspl'), SECRET);
    writeFileSync(join(ws, 'p.aspl'), text());
});
afterAll(() => s.cleanup());

const outside = (problems: JsonOutput['files'][0]['problems']) => problems.filter((p) => p.ruleId === 'aspl/import-outside').map((p) => `${p.line}:${p.column} ${p.message}`);

describe('09: the CLI confines imports', () => {
    it('check: both imports (relative and absolute) are import-outside errors', async () => {
        const r = await aspl(['check', 'ws/p.aspl', '--format', 'json', '--lang', 'en'], { cwd: s.dir });
        const out = JSON.parse(r.stdout) as JsonOutput;
        expect(outside(out.files[0].problems)).toEqual([
            "1:8 Imported path '../secret/outside.aspl' points outside the workspace",
            `2:8 Imported path '${s.dir}/secret/outside.aspl' points outside the workspace`,
        ]);
        expect(r.stdout).not.toMatch(/SECRET/);
        expect(r.code).toBe(1);
    });

    it('notice --draft holds nothing of the file outside', async () => {
        const r = await aspl(['notice', join(ws, 'p.aspl'), '--draft', '--format', 'md', '--lang', 'en'], { cwd: s.dir });
        expect(r.stdout).not.toMatch(/SECRET/);
    });

    it('--import-root widens the workspace: the base policy is then read and merged', async () => {
        const r = await aspl(['check', 'ws/p.aspl', '--format', 'json', '--import-root', join(s.dir, 'secret')], { cwd: s.dir });
        expect(outside((JSON.parse(r.stdout) as JsonOutput).files[0].problems)).toEqual([]);
        const n = await aspl(['notice', 'ws/p.aspl', '--draft', '--format', 'md', '--lang', 'en', '--import-root', join(s.dir, 'secret')], { cwd: s.dir });
        expect(n.stdout).toMatch(/SECRET-400-123/);
    });

    it('checking both folders at once makes their common folder the workspace', async () => {
        const r = await aspl(['check', 'ws', 'secret', '--format', 'json'], { cwd: s.dir });
        expect((JSON.parse(r.stdout) as JsonOutput).files.flatMap((f) => outside(f.problems))).toEqual([]);
    });
});

describe('09: the language server confines imports to the workspace folders', () => {
    let client: LspClient;
    beforeAll(async () => { client = await LspClient.start({ rootDir: ws }); });
    afterAll(async () => { await client?.stop(); });

    it('import-outside on both imports, and the notice holds nothing of the file outside', async () => {
        const uri = await client.open(join(ws, 'p.aspl'), text());
        const d = await client.diagnostics(uri);
        expect(d.filter((x) => x.code === 'import-outside').map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1}`)).toEqual(['1:8', '2:8']);
        const n = (await client.connection.sendRequest(NOTICE_REQUEST, { uri, format: 'md', lang: 'en', draft: true })) as NoticeResult;
        expect(JSON.stringify(n)).not.toMatch(/SECRET/);
    }, 60_000);
});
