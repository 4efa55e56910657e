import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, expectOneLineError, FOCUSED, scratch, type JsonOutput } from './helpers.js';
import { FORMAT_NAMES } from '../../server/src/faces/cli/formats/index.js';

const SLOW = 'tests/fixtures/cli/focused/refund-slow.aspl';
const s = scratch('aspl-cli-errors-');

beforeAll(assertBuilt);
afterAll(() => s.cleanup());

describe('bad input: one line on stderr, exit 2, never a stack trace', () => {
    it('a missing file', async () => {
        expectOneLineError(await aspl(['check', 'no/such/policy.aspl']), /cannot access no\/such\/policy\.aspl: no such file or folder/);
    });

    it('an unreadable file', async () => {
        const dir = join(s.dir, 'unreadable');
        mkdirSync(dir, { recursive: true });
        chmodSync(s.dir, 0o755);
        chmodSync(dir, 0o755);
        const file = join(dir, 'secret.aspl');
        copyFileSync(join(FOCUSED, 'clean.aspl'), file);
        chmodSync(file, 0o000);
        // root reads anything: run the CLI as nobody then
        const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
        const r = await aspl(['check', file], { cwd: dir, ...asNobody });
        expectOneLineError(r, /cannot read .*secret\.aspl: permission denied/);
    });

    it('a folder with no policies', async () => {
        expectOneLineError(await aspl(['check', 'tests/fixtures/cli/empty-folder']), /no policy files \(\*\.aspl\) in folder tests\/fixtures\/cli\/empty-folder/);
    });

    it('a glob that matches nothing', async () => {
        expectOneLineError(await aspl(['check', 'tests/fixtures/cli/**/*.nothing.aspl']), /no policy files match/);
    });

    it('an invalid config (YAML error, unknown key, bad severity)', async () => {
        const bad = join(s.dir, 'bad.yaml');
        writeFileSync(bad, 'packs: [GBT-AS-GENERAL\n');
        expectOneLineError(await aspl(['check', SLOW, '--config', bad]), /invalid config .*bad\.yaml:\d+:\d+: YAML error/);
        const unknownKey = join(s.dir, 'unknown-key.yaml');
        writeFileSync(unknownKey, 'pack: [GBT-AS-GENERAL]\n');
        expectOneLineError(await aspl(['check', SLOW, '--config', unknownKey]), /invalid config .*unknown-key\.yaml:1:\d+: unknown config key 'pack'/);
        const badSeverity = join(s.dir, 'bad-severity.yaml');
        writeFileSync(badSeverity, 'severity:\n  "GBT-AS-GENERAL 8.4.3": loud\n');
        expectOneLineError(await aspl(['check', SLOW, '--config', badSeverity]), /invalid config .*bad-severity\.yaml:2:\d+: severity of/);
    });

    it('every problem of a config at once, one line each, with "did you mean"; warn is a severity word', async () => {
        const cfg = join(s.dir, 'several.yaml');
        writeFileSync(cfg, 'pack: [GBT-AS-GENERAL]\nseverity:\n  "GBT-AS-GENERAL 8.4.3": eror\n  "GBT-AS-GENERAL 8.4.2": warn\n');
        const r = await aspl(['check', SLOW, '--config', cfg]);
        expect(r.code).toBe(2);
        expect(r.stderr.split('\n').filter(Boolean)).toEqual([
            `aspl: invalid config ${cfg}:1:1: unknown config key 'pack' (did you mean 'packs'?); expected packs, extraPacks, severity, ignore`,
            `aspl: invalid config ${cfg}:3:27: severity of 'GBT-AS-GENERAL 8.4.3' must be error, warning (or warn), info or off (did you mean 'error'?)`,
        ]);
        const ok = join(s.dir, 'warn.yaml');
        writeFileSync(ok, 'severity:\n  "GBT-AS-GENERAL 8.4.3": warn\n');
        const warned = await aspl(['check', SLOW, '--config', ok, '--format', 'json']);
        expect((JSON.parse(warned.stdout) as JsonOutput).files[0].problems.find((p) => p.ruleId === 'GBT-AS-GENERAL 8.4.3')?.severity).toBe('warning');
        expect((await aspl(['check', SLOW, '--config', ok, '--fail-on', 'warn'])).code).toBe(1);
    });

    it('config and pack problems are rendered in --lang, each with file:line:column and "did you mean"', async () => {
        const dir = join(s.dir, 'lang');
        mkdirSync(dir, { recursive: true });
        copyFileSync(join(FOCUSED, 'clean.aspl'), join(dir, 'p.aspl'));
        writeFileSync(join(dir, 'aspl.config.yaml'), 'pack: [GBT-AS-GENERAL]\nseverity:\n  "GBT-AS-GENERAL 8.4.3": eror\n');
        const lines = async (lang: string) => (await aspl(['check', 'p.aspl', '--lang', lang], { cwd: dir })).stderr.split('\n').filter(Boolean);
        expect(await lines('zh')).toEqual([
            'aspl: 配置无效 aspl.config.yaml:1:1：未知的配置项“pack”（是否想写“packs”？）；可用：packs、extraPacks、severity、ignore',
            'aspl: 配置无效 aspl.config.yaml:3:27：“GBT-AS-GENERAL 8.4.3”的严重程度应为 error、warning（或 warn）、info 或 off（是否想写“error”？）',
        ]);
        expect(await lines('en')).toEqual([
            "aspl: invalid config aspl.config.yaml:1:1: unknown config key 'pack' (did you mean 'packs'?); expected packs, extraPacks, severity, ignore",
            "aspl: invalid config aspl.config.yaml:3:27: severity of 'GBT-AS-GENERAL 8.4.3' must be error, warning (or warn), info or off (did you mean 'error'?)",
        ]);
        const pack = join(dir, 'misspelt.yaml');
        copyFileSync(join(FOCUSED, '../../engine/packs/misspelt-path.yaml'), pack);
        writeFileSync(join(dir, 'aspl.config.yaml'), 'extraPacks: [./misspelt.yaml]\n');
        expect(await lines('zh')).toEqual(['aspl: 标准包无效 misspelt.yaml:14:22：政策没有“knowledgeBse”；是不是“knowledgeBase”？']);
        expect(await lines('en')).toEqual([`aspl: invalid standard pack misspelt.yaml:14:22: the policy has no 'knowledgeBse'; did you mean 'knowledgeBase'?`]);
    });

    it('commander\'s own errors and option values in Chinese, without stray spaces', async () => {
        const zh = { LANG: 'zh_CN.UTF-8' };
        expectOneLineError(await aspl(['chek'], { env: zh }), /^aspl: 未知的命令“chek”（是否想输入 check？）$/);
        expectOneLineError(await aspl(['check', '--formt', 'json'], { env: zh }), /^aspl: 未知的选项“--formt”（是否想输入 --format？）$/);
        expectOneLineError(await aspl(['notice'], { env: zh }), /^aspl: 缺少必需的参数“file”$/);
        expectOneLineError(await aspl(['check', SLOW, '-f', 'jsn'], { env: zh }), new RegExp(`^aspl: 未知的格式“jsn”（是否想写“json”？）；可用：${FORMAT_NAMES.join('、')}$`));
        expectOneLineError(await aspl(['check', SLOW, '--fail-on', 'eror'], { env: zh }), /^aspl: --fail-on 的取值“eror”未知（是否想写“error”？）；可用：error、warning、info$/);
        expectOneLineError(await aspl(['check', '--formt', 'json']), /^aspl: unknown option '--formt' \(Did you mean --format\?\)$/);
    });

    it('an invalid config found next to the policies', async () => {
        const dir = join(s.dir, 'with-bad-config');
        mkdirSync(dir, { recursive: true });
        copyFileSync(join(FOCUSED, 'clean.aspl'), join(dir, 'clean.aspl'));
        writeFileSync(join(dir, 'aspl.config.yaml'), 'ignore: drafts\n');
        expectOneLineError(await aspl(['check', dir]), /invalid config .*aspl\.config\.yaml:1:\d+: 'ignore' must be a list of strings/);
    });

    it('a missing config file', async () => {
        expectOneLineError(await aspl(['check', SLOW, '--config', 'nope.yaml']), /config file not found: nope\.yaml/);
    });

    it('an unknown standard id (option and config)', async () => {
        expectOneLineError(await aspl(['check', SLOW, '--standard', 'GBT-NOPE']), /unknown standard 'GBT-NOPE'; known: .*GBT-AS-GENERAL/);
        const cfg = join(s.dir, 'unknown-pack.yaml');
        writeFileSync(cfg, 'packs: [NOPE-1]\n');
        expectOneLineError(await aspl(['check', SLOW, '--config', cfg]), /unknown standard 'NOPE-1'/);
    });

    it('an unknown format', async () => {
        expectOneLineError(await aspl(['check', SLOW, '--format', 'xml']), new RegExp(`unknown format 'xml'; use one of ${FORMAT_NAMES.join(', ')}$`));
        expectOneLineError(await aspl(['report', SLOW, '--format', 'pdf']), /unknown format 'pdf'; use one of md, html, json/);
    });

    it('usage errors: unknown option, unknown command, missing argument, bad values', async () => {
        expectOneLineError(await aspl(['check', SLOW, '--frobnicate']), /unknown option '--frobnicate'/);
        expectOneLineError(await aspl(['frobnicate']), /unknown command 'frobnicate'/);
        expectOneLineError(await aspl(['report']), /missing required argument 'file'/);
        expectOneLineError(await aspl(['check', SLOW, '--shard', '3/2']), /--shard must be i\/n/);
        expectOneLineError(await aspl(['check', SLOW, '--max-warnings', 'many']), /--max-warnings must be a whole number/);
        expectOneLineError(await aspl(['check', SLOW, '--fail-on', 'fatal']), /unknown --fail-on 'fatal'/);
        expectOneLineError(await aspl(['check', SLOW, '--lang', 'fr']), /--lang must be zh or en/);
        expectOneLineError(await aspl(['report', 'tests/fixtures/cli']), /is a folder; this command takes one policy file/);
        expectOneLineError(await aspl(['check', SLOW, '--baseline', join(s.dir, 'none.json')]), /baseline file not found/);
    });

    it('an unwritable --output', async () => {
        expectOneLineError(await aspl(['check', SLOW, '--output', join(s.dir, 'no/such/dir/out.txt')]), /cannot write .*out\.txt: no such file or folder/);
    });

    it('errors in Chinese with --lang zh', async () => {
        const r = await aspl(['check', 'no/such/policy.aspl', '--lang', 'zh']);
        expectOneLineError(r, /无法访问 no\/such\/policy\.aspl：文件或文件夹不存在/);
    });

    it('aspl alone prints the help on stderr and exits 2', async () => {
        const r = await aspl([]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/Usage: aspl/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
    });
});
