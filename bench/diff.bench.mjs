// `aspl diff` on two 2,000-line policies: the two analyses (parse → model → engine, what
// `aspl check` does for each) and, apart, the diff itself (commitments + compliance delta +
// wording checks on added text); then the CLI end to end. Warm, in process, median of rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPolicy } from './synthetic.mjs';
import { Analyzer } from '../out/analysis.js';
import { diffPolicies } from '../out/diff/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The new version: every 10th fee raised, every 7th channel's hours cut, every 5th service slower, a statement added. */
function changed(text) {
    let n = 0;
    return text.split('\n').map((line) => {
        n++;
        if (/^\s+fee f\d+ /.test(line) && n % 10 === 0) return line.replace('50 CNY', '80 CNY');
        if (/^\s+channel c\d+ /.test(line) && n % 7 === 0) return line.replace('08:00-22:00 daily', '09:00-18:00 weekdays');
        if (/respond within 4 hours/.test(line) && n % 5 === 0) return line.replace('4 hours', '8 hours');
        if (line === '}') return '  statement "本版起上门费按新标准收取"\n}';
        return line;
    }).join('\n');
}

export async function run() {
    const oldText = syntheticPolicy(2000);
    const newText = changed(oldText);
    const analyzer = new Analyzer({ lang: 'en' });
    const analyse = [];
    const diff = [];
    let changes = 0;
    const rounds = 10;
    for (let r = 0; r < rounds + 3; r++) {
        const t0 = performance.now();
        const before = await analyzer.analyzeText(oldText, '/bench/old/policy.aspl');
        const after = await analyzer.analyzeText(newText, '/bench/new/policy.aspl');
        const t1 = performance.now();
        const d = diffPolicies(before, after, analyzer.registry);
        const t2 = performance.now();
        if (r >= 3) { analyse.push(t1 - t0); diff.push(t2 - t1); }
        changes = d.changes.length;
    }
    // the CLI as a user runs it: one process, both files from disk
    const dir = mkdtempSync(join(tmpdir(), 'aspl-bench-diff-'));
    writeFileSync(join(dir, 'old.aspl'), oldText);
    writeFileSync(join(dir, 'new.aspl'), newText);
    const cli = [];
    for (let r = 0; r < 3; r++) {
        const t0 = performance.now();
        const p = spawnSync(process.execPath, [join(ROOT, 'bin', 'aspl.js'), 'diff', 'old.aspl', 'new.aspl', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
        cli.push(performance.now() - t0);
        if (p.status !== 0) throw new Error(`aspl diff failed: ${p.stderr}`);
    }
    rmSync(dir, { recursive: true, force: true });
    return {
        name: 'diff',
        figures: {
            '2000 lines, twice': {
                lines: oldText.split('\n').length - 1,
                changes,
                twoAnalysesMs: +median(analyse).toFixed(1),
                diffMs: +median(diff).toFixed(1),
                cliWallMs: Math.round(median(cli)),
                rounds,
            },
        },
    };
}
