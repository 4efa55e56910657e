// Edit-session benchmark of the language server, through the real server over stdio:
// open a generated policy of 2,000, 20,000 and 100,000 lines, apply scripted single-character
// didChange edits and time each edit → its publishDiagnostics (matched by the version the server
// puts on them), plus the server's memory, and how many edits re-parsed one block only.
// On policies of 5,000 lines and more the next edit waits 200 ms (a writer's pause), so the
// server's debounce of quick keystrokes (document-update-handler.ts) does not add to the figure.
// ASPL_LSP_BASELINE=path/to/server.cjs runs that bundle too, session for session interleaved with
// ours (same load), and records its figures as the baseline (bench/lsp-baseline.json); without it
// the figures are compared with the recorded baseline.
// Needs the bundle: `node build/bundle.mjs` (npm run build does it). Memory after close: lsp-memory.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { generatePolicy } from './lsp-policy.mjs';
import { measure as measureMemory } from './lsp-memory.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'extension/dist/server.cjs');
const BASELINE_FILE = join(ROOT, 'bench/lsp-baseline.json');
/** From this size on, edits are a writer's pause apart (longer than the server's burst window). */
const PAUSED_FROM_LINES = 5_000;
const PAUSE_MS = 200;

/**
 * Single-character edits that keep the policy valid and change it: a response time's digit typed
 * over with another digit (1→2→3→4→1, so the text never stays the same), a letter typed into a label.
 */
function scriptedEdits(text, count) {
    const lines = text.split('\n');
    const respond = [];
    const labels = [];
    lines.forEach((l, i) => {
        const r = /respond within (\d)/.exec(l);
        if (r) respond.push({ line: i, character: r.index + 'respond within '.length, digit: Number(r[1]) });
        const s = /"Service number \d+/.exec(l);
        if (s) labels.push({ line: i, character: s.index + 1 });
    });
    const edits = [];
    for (let k = 0; k < count; k++) {
        if (k % 2 === 0) {
            const p = respond[(k * 37) % respond.length];
            p.digit = (p.digit % 4) + 1;
            edits.push({ range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + 1 } }, text: String(p.digit) });
        } else {
            const p = labels[(k * 53) % labels.length];
            edits.push({ range: { start: p, end: p }, text: 'x' });
        }
    }
    return edits;
}

async function startServer(rootDir, server = SERVER) {
    // ASPL_LSP_NODE_ARGS: e.g. --cpu-prof, to profile the server under the bench's edits
    const nodeArgs = (process.env.ASPL_LSP_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const proc = spawn(process.execPath, ['--max-old-space-size=8192', ...nodeArgs, server, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', process.env.LSP_DEBUG ? 'inherit' : 'ignore'] });
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
    const waiters = [];
    const publications = [];
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
        const carried = p.diagnostics.some((d) => d.data?.carried);
        publications.push({ uri: p.uri, version: p.version, at: performance.now(), count: p.diagnostics.length, complete: !carried });
        for (const w of waiters.splice(0)) w();
    });
    connection.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
    connection.onRequest(rpc.RegistrationRequest.type, () => null);
    connection.listen();
    const rootUri = pathToFileURL(rootDir).href;
    await connection.sendRequest(rpc.InitializeRequest.type, {
        processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], locale: 'en',
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
    });
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    /** The first publication for `version` (or newer); with `complete`, the first without carried findings. */
    const waitVersion = (uri, version, complete = false, timeout = 60_000) => new Promise((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`no diagnostics for version ${version}`)), timeout);
        const check = () => {
            const p = publications.find((x) => x.uri === uri && x.version !== undefined && x.version >= version && (!complete || x.complete));
            if (p) { clearTimeout(deadline); resolve(p); } else waiters.push(check);
        };
        check();
    });
    const stop = async () => {
        await Promise.race([connection.sendRequest(rpc.ShutdownRequest.type), new Promise((r) => setTimeout(r, 3000))]).catch(() => undefined);
        await connection.sendNotification(rpc.ExitNotification.type).catch(() => undefined);
        await new Promise((r) => { if (proc.exitCode !== null) r(); else { const t = setTimeout(() => { proc.kill(); r(); }, 3000); proc.once('exit', () => { clearTimeout(t); r(); }); } });
        connection.dispose();
    };
    return { proc, connection, waitVersion, stop };
}

function rssOne(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
        return Math.round(kb / 1024);
    } catch {
        return undefined;
    }
}

/** RSS of the server: the process and its children (the server may run in a child process). */
function rssMiB(pid) {
    let total = rssOne(pid) ?? 0;
    try {
        for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) total += rssOne(Number(child)) ?? 0;
    } catch {
        // no /proc: the process alone
    }
    return total || undefined;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const round = (x) => Math.round(x * 10) / 10;

/** Opens a generated policy and applies `edits` single-character edits, one after the other; the raw times. */
async function session(lines, edits, serverPath = SERVER) {
    const dir = join(ROOT, 'bench', 'tmp', `lsp-${lines}-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'policy.aspl');
    const text = generatePolicy(lines);
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const server = await startServer(dir, serverPath);
    try {
        const t0 = performance.now();
        await server.connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'aspl', version: 1, text } });
        await server.waitVersion(uri, 1, true);
        const first = performance.now() - t0;
        const times = [];
        const complete = [];
        let version = 1;
        for (const e of scriptedEdits(text, edits)) {
            version++;
            if (lines >= PAUSED_FROM_LINES) await new Promise((r) => setTimeout(r, PAUSE_MS));
            const start = performance.now();
            await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: e.range, text: e.text }] });
            const got = await server.waitVersion(uri, version);
            times.push(got.at - start);
            const done = await server.waitVersion(uri, version, true);
            complete.push(done.at - start);
        }
        return { lines: text.split('\n').length - 1, first, times, complete, rssMiB: rssMiB(server.proc.pid) };
    } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Figures of one or more sessions of the same size and server (their edit times pooled). */
function figures(sessions) {
    const times = sessions.flatMap((x) => x.times);
    const complete = sessions.flatMap((x) => x.complete);
    return {
        lines: sessions[0].lines,
        firstDiagnosticsMs: round(median(sessions.map((x) => x.first))),
        // Edit → its first publishDiagnostics: language diagnostics fresh; on policies of 1,000+ lines the
        // compliance findings are the previous ones moved with the text (late-compliance.ts) ...
        editMedianMs: round(median(times)), editP95Ms: round(p95(times)),
        // ... and edit → the publication with the engine's fresh findings.
        completeMedianMs: round(median(complete)), completeP95Ms: round(p95(complete)),
        edits: times.length, sessions: sessions.length, rssMiB: Math.max(...sessions.map((x) => x.rssMiB ?? 0)) || undefined,
    };
}

const SIZES = [
    { key: 'policy2k', lines: 2_000, edits: 200 },
    { key: 'policy20k', lines: 20_000, edits: 30 },
    { key: 'policy100k', lines: 100_000, edits: 10 },
].filter((s) => !process.env.ASPL_LSP_SIZES || process.env.ASPL_LSP_SIZES.split(',').includes(s.key));

export async function run() {
    if (!existsSync(SERVER)) throw new Error('extension/dist/server.cjs missing: run `node build/bundle.mjs` first');
    const baselineServer = process.env.ASPL_LSP_BASELINE;
    const rounds = Number(process.env.ASPL_LSP_ROUNDS ?? (baselineServer ? 2 : 1));
    const ours = {};
    const theirs = {};
    for (let r = 0; r < rounds; r++) {
        for (const size of SIZES) {
            // interleaved, the order swapped each round: both see the same load
            const order = baselineServer ? (r % 2 ? ['base', 'ours'] : ['ours', 'base']) : ['ours'];
            for (const who of order) {
                const out = who === 'ours' ? ours : theirs;
                (out[size.key] ??= []).push(await session(size.lines, size.edits, who === 'ours' ? SERVER : baselineServer));
            }
        }
    }
    const result = Object.fromEntries(SIZES.map((s) => [s.key, figures(ours[s.key])]));
    let baseline;
    if (baselineServer) {
        baseline = { recorded: new Date().toISOString(), server: process.env.ASPL_LSP_BASELINE_NAME ?? baselineServer, ...Object.fromEntries(SIZES.map((s) => [s.key, figures(theirs[s.key])])) };
        // its compiled server (out/ of the same revision), for the memory figure
        if (process.env.ASPL_LSP_BASELINE_OUT) baseline.memoryAfterClose = measureMemory(process.env.ASPL_LSP_BASELINE_OUT);
        writeFileSync(BASELINE_FILE, JSON.stringify(baseline, null, 2) + '\n');
    } else if (existsSync(BASELINE_FILE)) {
        baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
    }
    const ratio = baseline && Object.fromEntries(SIZES.filter((s) => baseline[s.key]).map((s) => [s.key, {
        editMedian: round(baseline[s.key].editMedianMs / result[s.key].editMedianMs),
        editP95: round(baseline[s.key].editP95Ms / result[s.key].editP95Ms),
        completeMedian: round(baseline[s.key].completeMedianMs / result[s.key].completeMedianMs),
        firstDiagnostics: round(baseline[s.key].firstDiagnosticsMs / result[s.key].firstDiagnosticsMs),
    }]));
    return {
        name: 'lsp',
        figures: {
            ...result,
            memoryAfterClose: process.env.ASPL_LSP_SIZES ? undefined : measureMemory(),
            // the baseline's time over ours (2 = twice as fast), same machine, interleaved when recorded together
            baseline, speedup: ratio,
            targets: { policy2k: { editMedianMs: 15, editP95Ms: 40 }, policy20k: { editMedianMs: 100 }, memoryAfterClose: { retainedMiB: 20 } },
        },
    };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    run().then((r) => console.log(JSON.stringify(r, null, 2)), (e) => { console.error(e); process.exit(1); });
}
