/**
 * `aspl fmt --write` never loses a byte (red-team reproducers 01, 02, 13 and 17c): a short write
 * (file size limit, disk full) leaves the original untouched and exits 2 with the reason; a file
 * that is not UTF-8 is never rewritten; a file the user may not write, or whose owner a
 * replacement would change, is refused; line endings come out consistent, comments included.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspl, assertBuilt, BIN, scratch } from '../cli/helpers.js';

const s = scratch('aspl-fmt-write-');
beforeAll(assertBuilt);
afterAll(() => s.cleanup());
const isRoot = process.getuid?.() === 0;

function bigPolicy(): string {
    const lines = ['policy Big "big" {'];
    for (let i = 0; i < 4000; i++) lines.push(`  channel   c${i}   phone "400-000-0000"   hours 08:00 - 22:00 daily   // note ${i}`);
    return lines.join('\n') + '\n}\n';
}

describe('fmt --write under a file size limit (short write, EFBIG)', () => {
    it('leaves the policy byte-for-byte as it was, removes its temp file and exits 2 with the reason', () => {
        const file = join(s.dir, 'big.aspl');
        const before = Buffer.from(bigPolicy());
        writeFileSync(file, before);
        // RLIMIT_FSIZE of 200 blocks (100 KB) with SIGXFSZ ignored: write() comes back short, then EFBIG, as on a full disk.
        const r = spawnSync('bash', ['-c', `trap "" XFSZ; ulimit -f 200; exec "${process.execPath}" "${BIN}" fmt --write big.aspl --lang en`], { cwd: s.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe('aspl: cannot write big.aspl, file left unchanged: file too large for the file system or the file size limit\n');
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(readdirSync(s.dir).filter((f) => f.includes('big.aspl') && f !== 'big.aspl')).toEqual([]);
    });
});

describe('fmt --write on bytes that are not UTF-8', () => {
    it('never rewrites a GBK / Latin-1 file: positioned error with the first bad byte and how to convert', async () => {
        const file = join(s.dir, 'gbk.aspl');
        // "café" in Latin-1 (e9) then "你好" in GBK (c4 e3 ba c3), in an otherwise unformatted policy
        const before = Buffer.from('policy A "caf\xe9 GBK:\xc4\xe3\xba\xc3" {\n    version    "1"\n}\n', 'latin1');
        writeFileSync(file, before);
        const mtime = statSync(file).mtimeMs;
        for (const lang of ['en', 'zh']) {
            const r = await aspl(['fmt', '--write', 'gbk.aspl', '--lang', lang], { cwd: s.dir });
            expect(r.code).toBe(2);
            expect(r.stdout).toBe('');
            expect(r.stderr).toBe(lang === 'en'
                ? 'aspl: gbk.aspl:1:14: not valid UTF-8 (byte 0xE9 at offset 13), file left unchanged; if it is GBK, convert it first: iconv -f GBK -t UTF-8 gbk.aspl > converted.aspl\n'
                : 'aspl：gbk.aspl:1:14：不是有效的 UTF-8（第 13 字节处为 0xE9），文件未改动；若为 GBK 编码，请先转换：iconv -f GBK -t UTF-8 gbk.aspl > 新文件.aspl\n');
        }
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(statSync(file).mtimeMs).toBe(mtime);
    });

    it('--check and plain fmt refuse it the same way (nothing is printed as if formatted)', async () => {
        writeFileSync(join(s.dir, 'latin.aspl'), Buffer.from('policy A "x" {\n  version "\xe9"\n}\n', 'latin1'));
        const r = await aspl(['fmt', 'latin.aspl'], { cwd: s.dir });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^aspl: latin\.aspl:2:12: not valid UTF-8 \(byte 0xE9 at offset 26\)/);
    });
});

describe('fmt --write respects permissions and owner', () => {
    it('refuses a read-only file (mode 444), even for root, and leaves it as it was', async () => {
        const file = join(s.dir, 'ro.aspl');
        writeFileSync(file, 'policy   A "x" {   version "1" }\n');
        chmodSync(file, 0o444);
        const before = statSync(file);
        const r = await aspl(['fmt', '--write', 'ro.aspl'], { cwd: s.dir });
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('aspl: cannot write ro.aspl, file left unchanged: the file is read-only for you (no write permission); not replaced\n');
        const after = statSync(file);
        expect([after.ino, after.mode, readFileSync(file, 'utf8')]).toEqual([before.ino, before.mode, 'policy   A "x" {   version "1" }\n']);
    });

    it.skipIf(!isRoot)('refuses, as another user, a root-owned 444 file and a root-owned 666 file (owner would change)', async () => {
        const dir = join(s.dir, 'shared');
        const { mkdirSync } = await import('node:fs');
        mkdirSync(dir);
        chmodSync(s.dir, 0o711);
        chmodSync(dir, 0o777);
        for (const [name, mode, why] of [
            ['ro.aspl', 0o444, 'the file is read-only for you (no write permission); not replaced'],
            ['rw.aspl', 0o666, 'the file belongs to another user or group and replacing it would change its owner; not replaced'],
        ] as const) {
            const file = join(dir, name);
            writeFileSync(file, 'policy   A "x" {   version "1" }\n');
            chownSync(file, 0, 0);
            chmodSync(file, mode);
            const r = await aspl(['fmt', '--write', name], { cwd: dir, uid: 65534, gid: 65534 });
            expect(r.code).toBe(2);
            expect(r.stderr).toBe(`aspl: cannot write ${name}, file left unchanged: ${why}\n`);
            const st = statSync(file);
            expect([st.uid, st.mode & 0o777, readFileSync(file, 'utf8')]).toEqual([0, mode, 'policy   A "x" {   version "1" }\n']);
        }
        expect(readdirSync(dir).sort()).toEqual(['ro.aspl', 'rw.aspl']);
    });
});

describe('fmt --write and line endings', () => {
    it('a CRLF file comes out LF everywhere, block comments included (no mixed line endings)', async () => {
        const file = join(s.dir, 'crlf.aspl');
        writeFileSync(file, 'policy A "x" {\r\n    version    "1"\r\n  /* block\r\n     comment */\r\n}\r\n');
        const r = await aspl(['fmt', '--write', 'crlf.aspl'], { cwd: s.dir });
        expect(r.code).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe('policy A "x" {\n  version "1"\n  /* block\n     comment */\n}\n');
    });
});

describe('fmt messages in the reader language (17a)', () => {
    it('a syntax error is explained in English under --lang en, in Chinese under --lang zh', async () => {
        writeFileSync(join(s.dir, 'broken.aspl'), 'policy A "x" {\n  version "1"\n  this is broken {{{\n}\n');
        const en = await aspl(['fmt', 'broken.aspl', '--lang', 'en'], { cwd: s.dir, env: { LANG: 'zh_CN.UTF-8' } });
        expect(en.stderr).toMatch(/^aspl: broken\.aspl:3:3: cannot format, file left unchanged: [\x20-\x7e]+$/m);
        const zh = await aspl(['fmt', 'broken.aspl', '--lang', 'zh'], { cwd: s.dir });
        expect(zh.stderr).toMatch(/^aspl：broken\.aspl:3:3：无法格式化，文件未改动：.*[\u4e00-\u9fff]/);
    });
});
