// Hostile inputs of the red-team round (../shared/redteam): each must take time linear in its size.
// Also holds `npm run fuzz`'s slowest case per property against its budget (bench/fuzz-results.json).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Analyzer } from '../out/analysis.js';

const here = fileURLToPath(new URL('.', import.meta.url));

async function timed(fn) {
    const t0 = performance.now();
    await fn();
    return Math.round(performance.now() - t0);
}

export async function run() {
    const analyzer = new Analyzer({ lang: 'en' });
    const figures = { ms: {} };
    const text = (name, t) => analyzer.analyzeText(t, `/bench/${name}.aspl`);
    for (const n of [50_000, 100_000, 200_000]) {
        figures.ms[`unclosed “ ×${n}`] = await timed(() => text('quotes', 'policy N "n" {\n statement ' + '“'.repeat(n) + '\n}\n'));
        figures.ms[`unclosed "\\ ×${n / 2}`] = await timed(() => text('ascii', 'policy N "n" {\n statement ' + '"\\'.repeat(n / 2) + '\n}\n'));
        figures.ms[`unclosed /* ×${n / 4}`] = await timed(() => text('comments', 'policy N "n" {\n' + ' /*'.repeat(n / 4) + '\n}\n'));
    }
    for (const n of [65_000, 130_000]) figures.ms[`comment lines ×${n}`] = await timed(() => text('lines', 'policy N "n" {\n' + '//c\n'.repeat(n) + '  version "1"\n}\n'));
    const dir = mkdtempSync(join(tmpdir(), 'aspl-bench-chain-'));
    try {
        for (const n of [500, 1000, 2000]) {
            for (let i = 0; i < n; i++) writeFileSync(join(dir, `c${n}-${i}.aspl`), `${i + 1 < n ? `import "./c${n}-${i + 1}.aspl"\n` : ''}policy C${i} "c" partial { version "1" }\n`);
            const a = new Analyzer({ lang: 'en' });
            figures.ms[`import chain ×${n}`] = await timed(() => a.analyzeFile(join(dir, `c${n}-0.aspl`)));
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    const fuzz = join(here, 'fuzz-results.json');
    if (existsSync(fuzz)) {
        const { properties = {} } = JSON.parse(readFileSync(fuzz, 'utf8'));
        figures.fuzzSlowestCase = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, { maxCaseMs: v.maxCaseMs, budgetMs: v.caseBudgetMs, within: v.maxCaseMs === undefined ? 'not recorded' : v.maxCaseMs <= v.caseBudgetMs }]));
        const over = Object.entries(figures.fuzzSlowestCase).filter(([, v]) => v.within === false);
        if (over.length) { console.error(`bench: fuzz cases over their time budget: ${over.map(([k, v]) => `${k} ${v.maxCaseMs} ms > ${v.budgetMs} ms`).join(', ')}`); process.exitCode = 1; }
    }
    return { name: 'hostile', figures };
}
