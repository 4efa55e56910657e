/**
 * CI runs the fuzz properties with a reduced count; `npm run fuzz` runs ≥ 10,000 cases each and
 * writes bench/fuzz-results.json. A failure is shrunk and saved under tests/fixtures/fuzz/regressions,
 * and every saved regression replays on each run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyPolicy, arbitraries, CASE_BUDGET_MS, properties } from './properties.js';

const runs = Number(process.env.ASPL_FUZZ_RUNS ?? 150);
const seed = Number(process.env.ASPL_FUZZ_SEED ?? 20261122);
const report = process.env.ASPL_FUZZ_REPORT;
const regressions = join(__dirname, '../fixtures/fuzz/regressions');
const results: Record<string, unknown> = {};

describe('fuzz properties', () => {
    for (const [name, property] of Object.entries(properties)) {
        it(`${name} (${runs} cases)`, async () => {
            const started = Date.now();
            // the slowest case is recorded for the bench to hold against the budget; no timing is asserted here
            let maxCaseMs = 0;
            const timed = async (t: string) => {
                const t0 = performance.now();
                try { await property(t); } finally { maxCaseMs = Math.max(maxCaseMs, performance.now() - t0); }
            };
            const out = await fc.check(fc.asyncProperty(arbitraries[name] ?? anyPolicy, timed), { numRuns: runs, seed });
            const failure = out.failed ? String(out.counterexample?.[0] ?? '') : undefined;
            if (failure !== undefined) {
                const file = join(regressions, `${name}-${createHash('sha256').update(failure).digest('hex').slice(0, 12)}.aspl`);
                writeFileSync(file, failure);
            }
            results[name] = {
                cases: out.numRuns, failed: out.failed, seconds: (Date.now() - started) / 1000, seed,
                maxCaseMs: Math.round(maxCaseMs), caseBudgetMs: CASE_BUDGET_MS[name], error: out.errorInstance ? String(out.errorInstance) : undefined,
            };
            expect(out.failed, `${name} failed: ${String(out.errorInstance)}\ncounterexample: ${JSON.stringify(failure)}`).toBe(false);
        }, 3_600_000);
        it(`${name}: saved regressions`, async () => {
            for (const f of readdirSync(regressions).filter((x) => x.endsWith('.aspl'))) await property(readFileSync(join(regressions, f), 'utf8'));
        });
    }
    afterAll(() => {
        if (!report) return;
        const previous = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : {};
        // a run of some properties (-t) keeps the others' last results
        writeFileSync(report, JSON.stringify({ ...previous, date: new Date().toISOString(), node: process.version, properties: { ...previous.properties, ...results } }, null, 2) + '\n');
    });
});
