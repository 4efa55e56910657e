/**
 * bin/aspl.js runs the bundle with V8's code cache (dist/aspl-<hash>-<node>-<arch>.v8cache): the
 * first run leaves it, later runs use it, and a cache V8 refuses (damaged, or made by another
 * build under the same name) is replaced, never trusted — the output is the same in every case.
 * In a copy of the package, so the shared dist/ and the other tests' runs are untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, scratch } from './helpers.js';

const s = scratch('aspl-cache-');
const pkg = join(s.dir, 'aspl');
const policy = join(ROOT, 'samples', 'digital-shop', 'moyu-digital.aspl');

function run(env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [join(pkg, 'bin', 'aspl.js'), 'check', policy, '-f', 'json'], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ASPL_NO_COMPILE_CACHE: '', ...env } });
    return { code: r.status, stdout: r.stdout.replaceAll(pkg, '<pkg>'), stderr: r.stderr };
}
const caches = () => readdirSync(join(pkg, 'dist')).filter((f) => f.endsWith('.v8cache'));

beforeAll(() => {
    assertBuilt();
    for (const part of ['bin', 'standards', 'docs', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    cpSync(join(ROOT, 'dist', 'aspl.cjs'), join(pkg, 'dist', 'aspl.cjs'));
});
afterAll(() => s.cleanup());

describe('the compile cache', () => {
    let plain: ReturnType<typeof run>;

    it('is left by the first run and used by the next, with the same output', () => {
        plain = run({ ASPL_NO_COMPILE_CACHE: '1' });
        expect(plain.code).toBe(1);
        expect(JSON.parse(plain.stdout).summary.files).toBe(1);
        expect(caches()).toEqual([]);
        expect(run()).toEqual(plain);
        const [name] = caches();
        expect(name).toMatch(new RegExp(`^aspl-[0-9a-f]{16}-${process.version}-${process.arch}\\.v8cache$`));
        const made = readFileSync(join(pkg, 'dist', name));
        expect(run()).toEqual(plain);
        // accepted, so not written again
        expect(readFileSync(join(pkg, 'dist', name)).equals(made)).toBe(true);
    });

    it('is replaced when V8 refuses it, and the run is the same', () => {
        const [name] = caches();
        const garbage = Buffer.alloc(4096, 7);
        writeFileSync(join(pkg, 'dist', name), garbage);
        expect(run()).toEqual(plain);
        expect(readFileSync(join(pkg, 'dist', name)).equals(garbage)).toBe(false);
        expect(run()).toEqual(plain);
    });

    it('of an earlier build is removed when a new bundle writes its own', () => {
        const old = 'aspl-0000000000000000-v0.0.0-x64.v8cache';
        writeFileSync(join(pkg, 'dist', old), 'old');
        const [name] = caches().filter((f) => f !== old);
        writeFileSync(join(pkg, 'dist', name), 'damaged');
        expect(run()).toEqual(plain);
        expect(caches()).toEqual([name]);
    });
});
