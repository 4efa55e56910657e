import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, ROOT } from './helpers.js';

/** Runs the CLI on a pseudo-terminal (util-linux `script`): stdout and stderr are both TTYs. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
    const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const e: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', ...env };
    delete e.NO_COLOR;
    delete e.FORCE_COLOR;
    if (env.NO_COLOR !== undefined) e.NO_COLOR = env.NO_COLOR;
    return new Promise((done, fail) => {
        const child = spawn('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
        child.on('error', fail);
        child.on('close', () => done(out));
    });
}

const hasScript = existsSync('/usr/bin/script') || existsSync('/bin/script');

describe.skipIf(!hasScript)('on a terminal', () => {
    beforeAll(assertBuilt);

    it('shows a progress line on stderr and colours on stdout', async () => {
        const out = await onTerminal(['check', 'tests/fixtures/cli/focused']);
        expect(out).toMatch(/\rchecking \d+\/4 policies\u001b\[K/);
        expect(out).toMatch(/\u001b\[31merror/);
        expect(out).toMatch(/✖ 4 problems \(3 errors, 1 warning\)/);
    });

    it('respects NO_COLOR on a terminal', async () => {
        const out = await onTerminal(['check', 'tests/fixtures/cli/focused/refund-slow.aspl'], { NO_COLOR: '1' });
        expect(out).toMatch(/7:19/);
        expect(out).not.toMatch(/\u001b\[(3\d|2|4)m/);
    });
});
