/**
 * Numbers, empty files and small things (red-team reproducers 14, 15, 17d, 17e): out-of-range
 * numbers are errors where written, -0 is zero, a file without a policy is a finding, `score`
 * fails when nothing was scored, an unreadable folder says so, absurd --shard values are refused.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { aspl, assertBuilt, scratch } from '../cli/helpers.js';

const s = scratch('aspl-redteam-misc-');
beforeAll(assertBuilt);
afterAll(() => { chmodSync(s.dir, 0o700); s.cleanup(); });
const analyzer = new Analyzer({ lang: 'en' });
const at = (p: { range: { start: { line: number; character: number } }; code?: string | number; message: string }) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.code}`;

describe('14: numbers are range-checked', () => {
    it('beyond 10^9 of a unit and 10^12 of money: errors where written; -0 is zero, not negative', async () => {
        const a = await analyzer.analyzeText([
            'policy A "x" {',
            '  channel hotline phone "400" hours 08:00-22:00 daily',
            '  service complaint free { via hotline respond within 99999999999999999999 hours resolve within 100000000000000000000 days }',
            '  fee visit "v" 99999999999999999999999999999999999999 CNY per visit disclosed-before-service',
            '  fee big "b" 999999999999 CNY per visit disclosed-before-service',
            '  fee zero "z" -0 CNY disclosed-before-service',
            `  warranty from installation { cover "x" ${'9'.repeat(400)} years }`,
            '}',
        ].join('\n'));
        expect(a.problems.map(at)).toEqual(['3:55 number-too-large', '3:97 number-too-large', '4:17 number-too-large', '7:42 number-too-large']);
        expect(a.problems[0].message).toBe('The number 99999999999999999999 is too large (at most 10^9): state the real figure');
        expect(a.problems[3].message).toBe('The number 999999999999… is too large (at most 10^9): state the real figure');
        expect(a.model?.fees.find((f) => f.name === 'zero')?.amount.fen).toBe(0);
        expect(Object.is(a.model?.fees.find((f) => f.name === 'zero')?.amount.fen, -0)).toBe(false);
    });

    it('the first number past 10^9 (ten digits) is an error, 10^9 itself and a ten-digit phone in a string are not', async () => {
        const a = await analyzer.analyzeText([
            'policy A "x" {',
            '  channel hotline phone "4008001234" hours 08:00-22:00 daily',
            '  service complaint free { via hotline respond within 1000000000 hours resolve within 1000000001 days }',
            '}',
        ].join('\n'));
        expect(a.problems.map(at)).toEqual(['3:87 number-too-large']);
        const none = await analyzer.analyzeText('policy A "x" {\n  channel hotline phone "4008001234" hours 08:00-22:00 daily\n  service complaint free { via hotline respond within 999999999 hours }\n}\n');
        expect(none.problems.filter((p) => p.code === 'number-too-large')).toEqual([]);
    });

    it('-0 minutes is a zero duration (warning), not a negative one', async () => {
        const a = await analyzer.analyzeText('policy A "x" {\n  service repair free { respond within -0 hours }\n}\n');
        expect(a.problems.map(at)).toEqual(['2:40 zero-duration']);
    });
});

describe('15: a file without a policy is a finding', () => {
    it('empty and comment-only files: error "no policy in this file", check exits 1', async () => {
        writeFileSync(join(s.dir, 'empty.aspl'), '');
        writeFileSync(join(s.dir, 'comment.aspl'), '// TODO\n');
        const r = await aspl(['check', 'empty.aspl', 'comment.aspl', '--lang', 'en'], { cwd: s.dir });
        expect(r.code).toBe(1);
        expect(r.stdout.match(/1:1 {2}error {2}No policy in this file \(it is empty, or holds only comments or imports\) {2}aspl\/no-policy/g)).toHaveLength(2);
    });

    it('score exits 1 when nothing could be scored (a broken or empty file)', async () => {
        writeFileSync(join(s.dir, 'broken.aspl'), 'policy { { { ] ) ; @@@ "unterminated\n');
        const r = await aspl(['score', 'broken.aspl', '--lang', 'en'], { cwd: s.dir });
        expect(r.code).toBe(1);
        const e = await aspl(['score', 'empty.aspl', '--lang', 'en'], { cwd: s.dir });
        expect(e.code).not.toBe(0);
    });
});

describe('17: an unreadable folder and absurd shards', () => {
    it.skipIf(process.getuid?.() !== 0)('a folder the user may not list: "permission denied", not "no policy files"', async () => {
        chmodSync(s.dir, 0o755);
        mkdirSync(join(s.dir, 'locked'));
        writeFileSync(join(s.dir, 'locked/p.aspl'), 'policy L "l" { version "1" }\n');
        chmodSync(join(s.dir, 'locked'), 0o000);
        const r = await aspl(['check', 'locked'], { cwd: s.dir, uid: 65534, gid: 65534 });
        expect([r.code, r.stderr]).toEqual([2, 'aspl: cannot read folder locked: permission denied\n']);
    });

    it('--shard beyond exact integers is a usage error (it used to check nothing and pass)', async () => {
        mkdirSync(join(s.dir, 'pol'));
        writeFileSync(join(s.dir, 'pol/s.aspl'), 'policy S "s" { version "1" }\n');
        const r = await aspl(['check', 'pol', '--shard', '99999999999999999999/99999999999999999999'], { cwd: s.dir });
        expect([r.code, r.stderr]).toEqual([2, "aspl: --shard must be i/n with 1 ≤ i ≤ n, not '99999999999999999999/99999999999999999999'\n"]);
    });

    it('--output - writes to standard output, not to a file named "-"', async () => {
        const { existsSync } = await import('node:fs');
        const r = await aspl(['check', 'pol', '--format', 'json', '--output', '-'], { cwd: s.dir });
        expect(JSON.parse(r.stdout)).toHaveProperty('files');
        expect(existsSync(join(s.dir, '-'))).toBe(false);
    });
});
