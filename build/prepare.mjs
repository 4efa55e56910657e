// npm's `prepare`: runs on `npm install github:…/aspl` (in npm's clone of the repository), on
// `npm pack` and on `npm ci` / `npm install` here. It builds the CLI bundle when it is missing, so
// an install from git gives a working `aspl`. `npm ci` in a clone is left alone (the README's
// first command and .ci/run build right after it), and a built clone is not rebuilt.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const built = existsSync(new URL('../dist/aspl.cjs', import.meta.url));
if (!built && process.env.npm_command !== 'ci') {
    execSync('npm run build', { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
}
