/**
 * Packs and configs from a repository the user does not control (red-team reproducers 03, 07, 08):
 * patterns run in linear time, files are read only when regular and within the limit, and names
 * from a pack are data, never keys of Object.prototype.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, scratch, type JsonOutput } from '../cli/helpers.js';

const s = scratch('aspl-redteam-packs-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());

function pack(id: string, check: string): string {
    return `id: ${id}\nnumber: X-1\ntitle: { zh: 测试, en: Test }\nstatus: 企业标准\nsource: { seed: x.txt }\npartial: false\nenabledByDefault: false\nmandatory: false\n`
        + `clauses:\n  - id: "1"\n    section: { zh: 节, en: Sec }\n    summary: { zh: 摘要, en: Summary }\n    level: shall\n    check: ${check}\n`;
}

/** A folder with the pack, a config enabling it and one policy; `check --format json` there. */
async function checkWith(name: string, id: string, check: string, policy: string, extraPacks = ['./pack.yaml']) {
    const dir = join(s.dir, name);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'pack.yaml'), pack(id, check));
    writeFileSync(join(dir, 'aspl.config.yaml'), `packs: [${id}]\nextraPacks: ${JSON.stringify(extraPacks)}\n`);
    writeFileSync(join(dir, 'p.aspl'), policy);
    const r = await aspl(['check', 'p.aspl', '--lang', 'en', '--format', 'json'], { cwd: dir });
    return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as JsonOutput) : undefined };
}

const findings = (j: JsonOutput | undefined) => j!.files[0].problems.filter((p) => p.kind !== 'language').map((p) => `${p.catalog} ${p.clause} ${p.status} ${p.severity} ${p.line}`);

describe('03: pack patterns run on a linear-time engine', () => {
    it('((a+))+$ against 40 a and a "!" finishes and finds nothing (it used to run forever)', async () => {
        const r = await checkWith('redos', 'REDOS', '{ forbiddenText: { patterns: ["((a+))+$"] } }', `policy P "p" {\n  statement "${'a'.repeat(40)}!"\n}\n`);
        expect(r.stderr).toBe('');
        expect(r.json!.files[0].standards.find((x) => x.id === 'REDOS')?.counts).toMatchObject({ satisfied: 1 });
    });

    it('\\d*\\d*\\d*\\d*\\d*\\d*\\d*y over 3,000 digits: no match, then a match once the y is there', async () => {
        const digits = '1'.repeat(3000);
        const none = await checkWith('poly', 'POLY', '{ forbiddenText: { patterns: ["\\\\d*\\\\d*\\\\d*\\\\d*\\\\d*\\\\d*\\\\d*y"] } }', `policy P "p" {\n  statement "${digits}"\n}\n`);
        expect(none.json!.files[0].standards.find((x) => x.id === 'POLY')?.counts).toMatchObject({ satisfied: 1 });
        const hit = await checkWith('poly-hit', 'POLY', '{ forbiddenText: { patterns: ["\\\\d*\\\\d*\\\\d*\\\\d*\\\\d*\\\\d*\\\\d*y"] } }', `policy P "p" {\n  statement "${digits}y"\n}\n`);
        expect(findings(hit.json)).toEqual(['POLY 1 violated error 2']);
        expect(hit.code).toBe(1);
    });

    it('a pattern RE2 cannot express is a load error at file:line:column', async () => {
        const r = await checkWith('lookahead', 'LOOK', "{ forbiddenText: { patterns: ['概不(?=退)'] } }", 'policy P "p" {\n  version "1"\n}\n');
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('aspl: invalid standard pack pack.yaml:14:45: pattern not expressible in linear-time regular expressions (RE2): invalid or unsupported Perl syntax: `(?=`\n');
    });
});
