import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, copyFocused, scratch, type JsonOutput } from './helpers.js';

const s = scratch('aspl-cli-baseline-');
let dir: string;

beforeAll(() => {
    assertBuilt();
    dir = copyFocused(s.dir);
});
afterAll(() => s.cleanup());

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const problems = (r: { stdout: string }) =>
    (JSON.parse(r.stdout) as JsonOutput).files.flatMap((f) => f.problems.map((p) => `${f.file}:${p.line} ${p.ruleId}`));

describe('--baseline / --update-baseline', () => {
    it('records current problems keyed by file, ruleId and fingerprint, then hides them', async () => {
        const baseline = join(s.dir, 'aspl-baseline.json');
        const up = await aspl(['check', 'focused', '--update-baseline', '--baseline', baseline], { cwd: s.dir });
        expect(up.code).toBe(0);
        expect(up.stderr).toMatch(/recorded 4 problems in the baseline/);
        const data = JSON.parse(readFileSync(baseline, 'utf8'));
        expect(data).toMatchObject({ version: 1, tool: 'aspl' });
        expect(data.entries).toHaveLength(4);
        for (const e of data.entries) {
            expect(Object.keys(e).sort()).toEqual(['count', 'file', 'fingerprint', 'ruleId']);
            expect(e.file).toMatch(/^focused\//); // relative to the baseline's folder
            expect(e.fingerprint).toMatch(/^[0-9a-f]{16}$/);
            expect(JSON.stringify(e)).not.toMatch(/"line"/);
        }
        const again = await aspl(['check', 'focused', '--baseline', baseline, '--format', 'json'], { cwd: s.dir });
        expect(again.code).toBe(0);
        const out = JSON.parse(again.stdout) as JsonOutput;
        expect(out.summary.problems).toBe(0);
        expect(out.summary.suppressedByBaseline).toBe(4);
        const stylish = await aspl(['check', 'focused', '--baseline', baseline], { cwd: s.dir });
        expect(stylish.code).toBe(0);
        expect(stylish.stdout).toMatch(/4 known problems hidden by the baseline/);
    });

    it('keeps matching after edits elsewhere in the file, and shows a new finding', async () => {
        const baseline = join(s.dir, 'aspl-baseline.json');
        const file = join(dir, 'refund-slow.aspl');
        const original = readFileSync(file, 'utf8');
        // Lines added above move every finding down: the baseline still matches (no line numbers in it).
        const shifted = original.replace('policy RefundSlow "Slow refunds" {', 'policy RefundSlow "Slow refunds" {\n  version "2026.4"\n  effective 2026-04-01\n\n  // a comment\n');
        writeFileSync(file, shifted.replace('    refund within', '      refund   within'));
        const moved = await aspl(['check', 'focused', '--baseline', baseline, '--format', 'json'], { cwd: s.dir });
        expect(problems(moved)).toEqual([]);
        expect(moved.code).toBe(0);
        // A new problem shows up, the recorded ones stay hidden.
        const withFee = shifted.replace('  payment cash', '  fee visit "Call-out fee" -5 CNY per visit\n\n  payment cash');
        writeFileSync(file, withFee);
        const added = await aspl(['check', 'focused', '--baseline', baseline, '--format', 'json'], { cwd: s.dir });
        expect(added.code).toBe(1);
        expect(problems(added)).toEqual([`focused/refund-slow.aspl:${lineOf(withFee, '-5 CNY')} aspl/negative-money`]);
        // Changing the offending line itself is a different finding: it is reported again.
        const slower = shifted.replace('refund within 10 working days', 'refund within 12 working days');
        writeFileSync(file, slower);
        const changed = await aspl(['check', 'focused', '--baseline', baseline, '--format', 'json'], { cwd: s.dir });
        expect(problems(changed)).toEqual([`focused/refund-slow.aspl:${lineOf(slower, '12 working days')} GBT-AS-GENERAL 8.4.3`]);
        writeFileSync(file, original);
    });

    it('refuses --update-baseline with --shard', async () => {
        const r = await aspl(['check', 'focused', '--update-baseline', '--shard', '1/2'], { cwd: s.dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/cannot be combined with --shard/);
    });

    it('rejects a file that is not a baseline', async () => {
        const bad = join(s.dir, 'bad-baseline.json');
        writeFileSync(bad, '{"entries": 3}');
        const r = await aspl(['check', 'focused', '--baseline', bad], { cwd: s.dir });
        expect(r.code).toBe(2);
        expect(r.stderr.trim()).toMatch(/^aspl: .*is not an aspl baseline file$/);
    });
});
