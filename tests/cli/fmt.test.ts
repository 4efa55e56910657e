import { chmodSync, chownSync, copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, FIXTURES, scratch } from './helpers.js';

const s = scratch('aspl-cli-fmt-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());

function copy(name: string): string {
    const to = join(s.dir, name);
    copyFileSync(join(FIXTURES, name), to);
    return to;
}

describe('aspl fmt', () => {
    it('prints the formatted text of one file', async () => {
        const r = await aspl(['fmt', 'tests/fixtures/cli/unformatted.aspl']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('policy Messy "Messy layout" {\n  applies GBT-AS-GENERAL\n');
        expect(r.stdout).toContain('  payment cash, card\n');
    });

    it('--check lists the files that would change and exits 1; formatted files pass', async () => {
        const r = await aspl(['fmt', '--check', 'tests/fixtures/cli/unformatted.aspl', 'tests/fixtures/cli/focused/clean.aspl']);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('tests/fixtures/cli/unformatted.aspl\n');
        expect(r.stderr).toMatch(/1 file would be reformatted/);
        const ok = await aspl(['fmt', '--check', 'tests/fixtures/cli/focused/clean.aspl']);
        expect(ok.code).toBe(0);
        expect(ok.stdout).toBe('');
    });

    it('--write replaces the file atomically, keeps its mode, and is idempotent', async () => {
        const file = copy('unformatted.aspl');
        chmodSync(file, 0o640);
        const r = await aspl(['fmt', '--write', file]);
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/formatted .*unformatted\.aspl/);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain('  payment cash, card\n');
        expect(statSync(file).mode & 0o777).toBe(0o640);
        expect(readdirSync(s.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        const again = await aspl(['fmt', '--check', file]);
        expect(again.code).toBe(0);
    });

    it('--write leaves a file with a syntax error byte-for-byte unchanged and says why', async () => {
        const file = copy('syntax-error.aspl');
        const before = readFileSync(file);
        const mtime = statSync(file).mtimeMs;
        const r = await aspl(['fmt', '--write', file]);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/^aspl: .*syntax-error\.aspl:4:19: cannot format, file left unchanged: .*within/);
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(statSync(file).mtimeMs).toBe(mtime);
        expect(readdirSync(s.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('--write in a folder it cannot write to leaves the file unchanged', async () => {
        if (process.getuid?.() === 0) {
            // root writes anywhere: run as nobody on a world-readable copy instead
            const dir = join(s.dir, 'readonly');
            const { mkdirSync } = await import('node:fs');
            mkdirSync(dir);
            chmodSync(s.dir, 0o755);
            copyFileSync(join(FIXTURES, 'unformatted.aspl'), join(dir, 'unformatted.aspl'));
            chmodSync(join(dir, 'unformatted.aspl'), 0o644);
            chownSync(join(dir, 'unformatted.aspl'), 65534, 65534); // the file is theirs, the folder is not
            chmodSync(dir, 0o555);
            const before = readFileSync(join(dir, 'unformatted.aspl'));
            const r = await aspl(['fmt', '--write', 'unformatted.aspl'], { cwd: dir, uid: 65534, gid: 65534 });
            expect(r.code).toBe(2);
            expect(r.stderr).toMatch(/cannot write unformatted\.aspl, file left unchanged: permission denied/);
            expect(readFileSync(join(dir, 'unformatted.aspl')).equals(before)).toBe(true);
            chmodSync(dir, 0o755);
        }
    });

    it('refuses --check with --write, and several files without either', async () => {
        const both = await aspl(['fmt', '--check', '--write', 'tests/fixtures/cli/unformatted.aspl']);
        expect(both.code).toBe(2);
        const many = await aspl(['fmt', 'tests/fixtures/cli/focused']);
        expect(many.code).toBe(2);
        expect(many.stderr).toMatch(/use --check or --write/);
    });
});
