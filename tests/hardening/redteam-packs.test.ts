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

// The pack's own findings: the law's catalogs (always in force) are not what these tests are about.
const LAW = new Set(['CN-CONSUMER-LAW', 'CN-PERSONAL-INFO', 'CN-SANBAO']);
const findings = (j: JsonOutput | undefined) => j!.files[0].problems.filter((p) => p.kind !== 'language' && !LAW.has(p.catalog ?? '')).map((p) => `${p.catalog} ${p.clause} ${p.status} ${p.severity} ${p.line}`);

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

describe('07: packs, configs and policies are read only when regular files within the limit', () => {
    it('extraPacks: ["/dev/zero"] is refused with a positioned reason (it used to read until memory ran out)', async () => {
        const r = await checkWith('devzero', 'GBT-AS-GENERAL', '{ exists: channels }', 'policy P "p" {\n  version "1"\n}\n', ['/dev/zero']);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('aspl: invalid standard pack /dev/zero:1:1: not a regular file (a pipe, device or folder); not read\n');
    });

    it('a FIFO as pack, as config and as the policy is refused, never waited on', async () => {
        const { execFileSync } = await import('node:child_process');
        const { mkdirSync, rmSync } = await import('node:fs');
        const dir = join(s.dir, 'fifos');
        mkdirSync(dir);
        execFileSync('mkfifo', [join(dir, 'pack.yaml'), join(dir, 'fifo.aspl')]);
        writeFileSync(join(dir, 'aspl.config.yaml'), 'extraPacks: ["./pack.yaml"]\n');
        writeFileSync(join(dir, 'p.aspl'), 'policy P "p" {\n  version "1"\n}\n');
        const pack = await aspl(['check', 'p.aspl'], { cwd: dir });
        expect([pack.code, pack.stderr]).toEqual([2, 'aspl: invalid standard pack pack.yaml:1:1: not a regular file (a pipe, device or folder); not read\n']);
        rmSync(join(dir, 'aspl.config.yaml'));
        execFileSync('mkfifo', [join(dir, 'aspl.config.yaml')]);
        const config = await aspl(['check', 'p.aspl'], { cwd: dir });
        expect([config.code, config.stderr]).toEqual([2, 'aspl: invalid config aspl.config.yaml:1:1: not a regular file (a pipe, device or folder); not read\n']);
        rmSync(join(dir, 'aspl.config.yaml'));
        const policy = await aspl(['check', 'fifo.aspl'], { cwd: dir });
        expect([policy.code, policy.stderr]).toEqual([2, 'aspl: cannot read fifo.aspl: not a regular file (a pipe, device or folder); not read\n']);
    });

    it('a policy importing a FIFO: the import is reported missing and the FIFO is not opened', async () => {
        const { execFileSync } = await import('node:child_process');
        const { mkdirSync } = await import('node:fs');
        const dir = join(s.dir, 'fifo-import');
        mkdirSync(dir);
        execFileSync('mkfifo', [join(dir, 'base.aspl')]);
        writeFileSync(join(dir, 'p.aspl'), 'import "./base.aspl"\npolicy P "p" {\n  version "1"\n}\n');
        const r = await aspl(['check', 'p.aspl', '--format', 'json'], { cwd: dir });
        const problems = (JSON.parse(r.stdout) as JsonOutput).files[0].problems.filter((p) => p.kind === 'language');
        expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual(['1:8 aspl/import-missing']);
    });
});

describe('08: names from packs are data, never Object.prototype members', () => {
    const policy = 'policy P "p" {\n  channel hotline phone "400" hours 24/7\n}\n';

    it('a pack with id "constructor" keeps its shall clause an error (it used to become info, exit 0)', async () => {
        const r = await checkWith('ctor', 'constructor', '{ exists: provider.licence }', policy);
        expect(findings(r.json)).toEqual(['constructor 1 not-addressed error 1']);
        expect(r.code).toBe(1);
    });

    it('ids __proto__, toString and valueOf work the same', async () => {
        for (const id of ['__proto__', 'toString', 'valueOf']) {
            const r = await checkWith(`id-${id}`, id, '{ exists: provider.licence }', policy);
            expect(findings(r.json), id).toEqual([`${id} 1 not-addressed error 1`]);
        }
    });

    it('builtin: constructor is an unknown builtin, refused at load with its position', async () => {
        const r = await checkWith('bproto', 'BPROTO', '{ builtin: constructor }', policy);
        expect(r.code).toBe(2);
        expect(r.stderr).toBe("aspl: invalid standard pack pack.yaml:14:23: unknown builtin 'constructor'; available: defect-shipping-by-seller, no-reason-exemptions, consumer-sales, buyers-stated, distance-sale, distance-sale-returnable, sells-goods, sanbao-goods, car-return-by-rule, failed-repairs, sharing-grounds\n");
    });

    it('a path naming an Object.prototype member is no model field: refused at load with its position, never satisfied', async () => {
        const r = await checkWith('path-ctor', 'PATHCTOR', '{ exists: constructor }', policy);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^aspl: invalid standard pack pack\.yaml:14:22: the policy has no 'constructor'; known: name, title, /);
    });

    it('a config severity for "constructor" applies to that pack only', async () => {
        const dir = join(s.dir, 'sev');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        writeFileSync(join(dir, 'pack.yaml'), pack('constructor', '{ exists: provider.licence }'));
        writeFileSync(join(dir, 'aspl.config.yaml'), 'packs: [constructor]\nextraPacks: ["./pack.yaml"]\nseverity:\n  constructor: warning\n  __proto__: info\n');
        writeFileSync(join(dir, 'p.aspl'), policy);
        const r = await aspl(['check', 'p.aspl', '--lang', 'en', '--format', 'json'], { cwd: dir });
        expect(findings(JSON.parse(r.stdout) as JsonOutput)).toEqual(['constructor 1 not-addressed warning 1']);
    });
});
