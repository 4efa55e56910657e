/**
 * Files on disk: `aspl fmt --write` replaces atomically (temp file + rename), keeps the mode,
 * never follows a symlink out of the given paths and leaves a file untouched on any error;
 * and no command writes anywhere it was not told to.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'bin/aspl.js');
const UNFORMATTED = 'policy P "t" {  version "1"\n      effective 2026-01-01 }\n';

function aspl(cwd: string, args: string[], env: Record<string, string> = {}) {
    return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env } });
}

/** Every file under a folder with its size and modification time. */
function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
            const p = join(d, e.name);
            if (e.isDirectory()) walk(p);
            else { const st = statSync(p, { throwIfNoEntry: false }); out[relative(dir, p)] = st ? `${st.size}:${st.mtimeMs}` : 'dangling'; }
        }
    };
    walk(dir);
    return out;
}

describe('aspl fmt --write', () => {
    it('replaces the file by rename (a new inode) and keeps its mode', () => {
        const dir = mkdtempSync(join(tmpdir(), 'aspl-fmt-'));
        const file = join(dir, 'p.aspl');
        writeFileSync(file, UNFORMATTED);
        chmodSync(file, 0o640);
        const before = statSync(file);
        const r = aspl(dir, ['fmt', '--write', 'p.aspl']);
        expect(r.status).toBe(0);
        const after = statSync(file);
        expect(readFileSync(file, 'utf8')).toBe('policy P "t" {\n  version "1"\n  effective 2026-01-01\n}\n');
        expect(after.ino).not.toBe(before.ino);
        expect(after.mode & 0o777).toBe(0o640);
        expect(readdirSync(dir)).toEqual(['p.aspl']); // no temporary file left behind
    });

    it('leaves a file with a syntax error byte-for-byte unchanged and says why', () => {
        const dir = mkdtempSync(join(tmpdir(), 'aspl-fmt-'));
        const bytes = Buffer.from('policy P {\n  version 2026\n}\r\n');
        writeFileSync(join(dir, 'bad.aspl'), bytes);
        const r = aspl(dir, ['fmt', '--write', 'bad.aspl']);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/bad\.aspl:2:11: cannot format, file left unchanged/);
        expect(readFileSync(join(dir, 'bad.aspl')).equals(bytes)).toBe(true);
    });

    it('does not follow a symlink out of the folder it was given', () => {
        const base = mkdtempSync(join(tmpdir(), 'aspl-fmt-'));
        mkdirSync(join(base, 'outside'));
        mkdirSync(join(base, 'policies'));
        writeFileSync(join(base, 'outside/secret.aspl'), UNFORMATTED);
        writeFileSync(join(base, 'policies/own.aspl'), UNFORMATTED);
        symlinkSync(join(base, 'outside/secret.aspl'), join(base, 'policies/link.aspl'));
        symlinkSync(join(base, 'outside'), join(base, 'policies/linked-dir'));
        symlinkSync(join(base, 'policies'), join(base, 'policies/loop')); // a symlink loop: never a hang
        const r = aspl(base, ['fmt', '--write', 'policies']);
        expect(r.status).toBe(0);
        expect(readFileSync(join(base, 'outside/secret.aspl'), 'utf8')).toBe(UNFORMATTED);
        expect(readFileSync(join(base, 'policies/own.aspl'), 'utf8')).not.toBe(UNFORMATTED);
    });
});

describe('commands write only where they are told', () => {
    it('check, report, score, export, rules, notice and fmt --check leave the disk as it was', () => {
        const base = mkdtempSync(join(tmpdir(), 'aspl-ro-'));
        const home = join(base, 'home');
        const work = join(base, 'work');
        mkdirSync(home);
        cpSync(join(ROOT, 'samples'), work, { recursive: true });
        const before = snapshot(base);
        const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), TMPDIR: join(base, 'tmp-not-used') };
        const policy = 'furniture-custom/acme-furniture.aspl';
        for (const args of [
            ['check', '.'], ['check', '.', '--format', 'sarif'], ['check', '.', '--format', 'junit'], ['report', policy, '--format', 'html'],
            ['score', policy], ['export', policy], ['rules'], ['notice', policy, '--format', 'html'], ['fmt', '--check', '.'],
        ]) {
            const r = aspl(work, args, env);
            expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBeLessThanOrEqual(1);
        }
        expect(snapshot(base)).toEqual(before);
    });

    it('--output writes exactly the file named', () => {
        const work = mkdtempSync(join(tmpdir(), 'aspl-out-'));
        cpSync(join(ROOT, 'samples/cable-maker'), work, { recursive: true });
        const before = Object.keys(snapshot(work));
        const r = aspl(work, ['check', '.', '--format', 'json', '--output', 'result.json']);
        expect(r.status).toBe(1);
        expect(Object.keys(snapshot(work)).sort()).toEqual([...before, 'result.json'].sort());
    });
});
