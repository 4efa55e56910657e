/** Hostile imports each give one clear diagnostic and never hang: cycles, symlink loops, missing, outside, not ASPL. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';

const base = mkdtempSync(join(tmpdir(), 'aspl-imports-'));
const ws = join(base, 'ws');
mkdirSync(ws);
const policy = (imports: string[]) => `${imports.map((i) => `import "${i}"`).join('\n')}\npolicy P "p" {\n  version "1"\n}\n`;
const analyzer = new Analyzer({ lang: 'en', roots: [ws] });
const codes = async (file: string) => (await analyzer.analyzeFile(file)).problems.map((p) => `${p.range.start.line + 1}:${p.code}`);

describe('hostile imports', () => {
    it('a symlink loop is reported as a missing file, not followed', async () => {
        symlinkSync(join(ws, 'loop-b.aspl'), join(ws, 'loop-a.aspl'));
        symlinkSync(join(ws, 'loop-a.aspl'), join(ws, 'loop-b.aspl'));
        writeFileSync(join(ws, 'uses-loop.aspl'), policy(['./loop-a.aspl']));
        expect(await codes(join(ws, 'uses-loop.aspl'))).toEqual(['1:import-missing']);
    });

    it('a three-file cycle is reported on each import that closes it', async () => {
        writeFileSync(join(ws, 'a.aspl'), policy(['./b.aspl']));
        writeFileSync(join(ws, 'b.aspl'), policy(['./c.aspl']));
        writeFileSync(join(ws, 'c.aspl'), policy(['./a.aspl']));
        const a = await analyzer.analyzeFile(join(ws, 'a.aspl'));
        expect(a.problems.map((p) => p.code)).toEqual(['import-cycle']);
        expect(a.problems[0].message).toBe('Import cycle: a.aspl → b.aspl → c.aspl → a.aspl');
        expect(a.model?.name).toBe('P');
    });

    it('a path leaving the workspace, even through a symlink, is refused and not read', async () => {
        writeFileSync(join(base, 'outside.aspl'), policy([]));
        symlinkSync(join(base, 'outside.aspl'), join(ws, 'inside-link.aspl'));
        writeFileSync(join(ws, 'escape.aspl'), policy(['../outside.aspl', './inside-link.aspl']));
        expect(await codes(join(ws, 'escape.aspl'))).toEqual(['1:import-outside', '2:import-outside']);
    });

    it('a folder, a text file and a missing file', async () => {
        mkdirSync(join(ws, 'folder.aspl'));
        writeFileSync(join(ws, 'notes.txt'), 'hello');
        writeFileSync(join(ws, 'odd.aspl'), policy(['./folder.aspl', './notes.txt', './nope.aspl']));
        expect(await codes(join(ws, 'odd.aspl'))).toEqual(['1:import-missing', '2:import-not-aspl', '3:import-missing']);
    });
});
