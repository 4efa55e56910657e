// `aspl check --fix` / `--fix-dry-run`: the language server's fix-all over files, on the samples.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, expectOneLineError, ROOT, scratch, type JsonOutput } from './helpers.js';

const s = scratch('aspl-cli-fix-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());

const read = (dir: string) => Object.fromEntries(globSync('**/*.aspl', { cwd: dir }).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('check --fix', () => {
    const dir = join(s.dir, 'samples');
    beforeAll(() => cpSync(join(ROOT, 'samples'), dir, { recursive: true }));

    it('--fix-dry-run reports what is left after fixing, writes nothing, and gives the fixed text in json', async () => {
        const before = read(dir);
        const r = await aspl(['check', '.', '--fix-dry-run', '--format', 'json'], { cwd: dir });
        expect(read(dir)).toEqual(before);
        expect(r.stderr).toBe('aspl: dry run: 13 problems in 7 files can be fixed (nothing written)\n');
        const out = JSON.parse(r.stdout) as JsonOutput & { files: Array<{ output?: string }> };
        // What is left needs the company's own facts — a dialable number, a price, an address, fair terms — which no
        // fix may invent; everything else the samples get wrong is fixed.
        const left = out.files.flatMap((f) => f.problems.map((p) => `${f.file} ${p.ruleId}`)).sort();
        expect(left).toEqual([
            'b2b-platform/huicaitong.aspl GBT-AS-GENERAL 4.2.3', 'b2b-platform/huicaitong.aspl GBT-AS-GENERAL 8.4.1',
            'b2b-platform/huicaitong.aspl GBT-AS-GENERAL TERMS-8.2.2', 'b2b-platform/huicaitong.aspl aspl/attest-placeholder',
            'cable-maker/minjiang-cable.aspl GBT-AS-GENERAL 5.5.1', 'digital-shop/moyu-digital.aspl CN-CONSUMER-LAW CPL-28',
            'phone-retailer/xingtu-digital.aspl CN-CONSUMER-LAW IR-18.no-invoice',
        ]);
        expect(r.code).toBe(1);
        const changed = out.files.filter((f) => f.output !== undefined).map((f) => f.file).sort();
        expect(changed).toContain('appliance-online/small-appliances.aspl');
        const appliance = out.files.find((f) => f.file === 'appliance-online/small-appliances.aspl')!.output!;
        // one value for the three clauses judging the refund time
        expect(appliance).toContain('    退款 内 5天 原路退回 // ⚠ 8.4.3 ⚠ M7-13 ⚠ M7-31\n');
        expect(appliance).toContain('  保修 自 交付 { // ⚠ IR-18\n');
        expect(appliance).not.toContain('声明 "本活动最终解释权归本公司所有"');
    });

    it('--fix writes the same text, which then checks clean and is formatted', async () => {
        const dry = JSON.parse((await aspl(['check', '.', '--fix-dry-run', '--format', 'json'], { cwd: dir })).stdout) as { files: Array<{ file: string; output?: string }> };
        const r = await aspl(['check', '.', '--fix', '--format', 'json'], { cwd: dir });
        expect(r.stderr).toBe('aspl: fixed 13 problems in 7 files\n');
        for (const f of dry.files) if (f.output !== undefined) expect(readFileSync(join(dir, f.file), 'utf8')).toBe(f.output);
        // only what needs the company's own facts is left (see the dry run)
        expect((JSON.parse(r.stdout) as JsonOutput).summary.problems).toBe(7);
        expect((await aspl(['fmt', '--check', '.'], { cwd: dir })).code).toBe(0);
        // nothing left to fix: a second run changes nothing
        const again = await aspl(['check', '.', '--fix', '--lang', 'zh'], { cwd: dir });
        expect(again.stderr).toBe('aspl：已修复 0 个文件中的 0 个问题\n');
    });

    it('a file that does not parse is left as it is', async () => {
        const broken = join(s.dir, 'broken');
        cpSync(join(ROOT, 'tests/fixtures/language/syntax-error.aspl'), join(broken, 'p.aspl'), { recursive: true });
        const text = readFileSync(join(broken, 'p.aspl'), 'utf8');
        const r = await aspl(['check', 'p.aspl', '--fix'], { cwd: broken });
        expect(r.code).toBe(1);
        expect(readFileSync(join(broken, 'p.aspl'), 'utf8')).toBe(text);
    });

    it('--fix and --fix-dry-run together are a usage error', async () => {
        expectOneLineError(await aspl(['check', '.', '--fix', '--fix-dry-run'], { cwd: dir }), /--fix or --fix-dry-run/);
    });
});
