// `npm run fuzz`: every fuzz property with ≥ 10,000 cases (ASPL_FUZZ_RUNS to change), results in bench/fuzz-results.json.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, ASPL_FUZZ_RUNS: process.env.ASPL_FUZZ_RUNS ?? '10000', ASPL_FUZZ_REPORT: `${root}bench/fuzz-results.json` };
const run = spawnSync('npx', ['vitest', 'run', 'tests/fuzz'], { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
