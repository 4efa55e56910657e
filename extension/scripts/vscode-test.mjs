// `npm run test:vscode`: the extension-host suite (extension/test/suite) in a downloaded VS Code,
// through @vscode/test-electron. Where VS Code cannot be downloaded (no network to its update
// service), it says so in one line and exits 0 with "skipped"; the code-server specs
// (`npm run test:e2e`) are the real-VS-Code proof on such machines.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const version = process.env.ASPL_VSCODE_VERSION ?? 'stable';

let vscodeExecutablePath;
try {
    // A quiet reporter: the outcome is said in one line below.
    const reporter = { report() {}, error() {} };
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, timeout: 30_000, reporter });
} catch (e) {
    const why = String(e?.code ?? e?.message ?? e).split('\n')[0];
    console.log(`test:vscode: VS Code ${version} could not be downloaded (${why}): the extension-host suite was skipped`);
    process.exit(0);
}

execFileSync(process.execPath, [join(root, 'build', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
const testsOut = join(root, 'out', 'vscode-test', 'suite', 'index.cjs');
await build({
    entryPoints: [join(root, 'extension', 'test', 'suite', 'index.ts')], outfile: testsOut, bundle: true, platform: 'node',
    format: 'cjs', target: 'node20', external: ['vscode'], sourcemap: true, logLevel: 'warning',
});
const workspace = join(mkdtempSync(join(tmpdir(), 'aspl-vscode-ws-')), 'appliance-online');
cpSync(join(root, 'samples', 'appliance-online'), workspace, { recursive: true });

try {
    await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: join(root, 'extension'),
        extensionTestsPath: testsOut,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    console.log('test:vscode: passed');
} catch (e) {
    console.error(`test:vscode: failed: ${e?.message ?? e}`);
    process.exit(1);
}
