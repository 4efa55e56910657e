/**
 * A small mocha-style harness (suite / test / suiteSetup / suiteTeardown) for the extension-host
 * suite: the project ships no mocha, and the VS Code test runner only needs a `run()` that resolves
 * or rejects.
 */
type Fn = () => unknown | Promise<unknown>;
interface Test { title: string; fn: Fn; timeout: number }
interface Suite { title: string; tests: Test[]; setup: Fn[]; teardown: Fn[] }

const suites: Suite[] = [];
let current: Suite | undefined;

export function suite(title: string, body: () => void): void {
    current = { title, tests: [], setup: [], teardown: [] };
    suites.push(current);
    body();
    current = undefined;
}
export function test(title: string, fn: Fn, timeout = 60_000): void {
    if (!current) throw new Error('test() outside suite()');
    current.tests.push({ title, fn, timeout });
}
export function suiteSetup(fn: Fn): void { current!.setup.push(fn); }
export function suiteTeardown(fn: Fn): void { current!.teardown.push(fn); }

function withTimeout(p: Promise<unknown>, ms: number, what: string): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout>;
    return Promise.race([p, new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${what}: timed out after ${ms} ms`)), ms); })])
        .finally(() => clearTimeout(timer));
}

/** Runs every registered suite; returns the number of failures. */
export async function runAll(log: (line: string) => void = console.log): Promise<number> {
    let failures = 0;
    let passes = 0;
    for (const s of suites) {
        log(`  ${s.title}`);
        try {
            for (const f of s.setup) await withTimeout(Promise.resolve().then(f), 120_000, 'suiteSetup');
        } catch (e) {
            log(`    ✗ suiteSetup: ${(e as Error).stack ?? e}`);
            failures += s.tests.length;
            continue;
        }
        for (const t of s.tests) {
            const t0 = Date.now();
            try {
                await withTimeout(Promise.resolve().then(t.fn), t.timeout, t.title);
                passes++;
                log(`    ✓ ${t.title} (${Date.now() - t0} ms)`);
            } catch (e) {
                failures++;
                log(`    ✗ ${t.title}\n      ${String((e as Error).stack ?? e).replace(/\n/g, '\n      ')}`);
            }
        }
        for (const f of s.teardown) await Promise.resolve().then(f).catch((e) => log(`    (teardown: ${e})`));
    }
    log(`  ${passes} passing, ${failures} failing`);
    return failures;
}
