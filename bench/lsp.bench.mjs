// Edit-session benchmark of the language server, through the real server over stdio:
// open a generated 2,000-line policy, apply 200 scripted single-character didChange edits and
// time each edit → its publishDiagnostics (matched by the version the server puts on them),
// plus the server's memory; then a 20,000-line policy: first diagnostics and edit median.
// Needs the bundle: `node build/bundle.mjs` (npm run build does it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { generatePolicy } from './lsp-policy.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-languageserver-protocol/node');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'extension/dist/server.cjs');

/** Single-character edits that keep the policy valid: a digit of a response time, a letter in a label. */
function scriptedEdits(text, count) {
    const lines = text.split('\n');
    const respond = [];
    const labels = [];
    lines.forEach((l, i) => {
        const r = /respond within (\d)/.exec(l);
        if (r) respond.push({ line: i, character: r.index + 'respond within '.length });
        const s = /"Service number \d+/.exec(l);
        if (s) labels.push({ line: i, character: s.index + 1 });
    });
    const edits = [];
    for (let k = 0; k < count; k++) {
        if (k % 2 === 0) {
            const p = respond[(k * 37) % respond.length];
            edits.push({ range: { start: p, end: { line: p.line, character: p.character + 1 } }, text: String(1 + (k % 4)) });
        } else {
            const p = labels[(k * 53) % labels.length];
            edits.push({ range: { start: p, end: p }, text: 'x' });
        }
    }
    return edits;
}

async function startServer(rootDir) {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', process.env.LSP_DEBUG ? 'inherit' : 'ignore'] });
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

/** Opens a generated policy and applies `edits` single-character edits, one after the other. */
async function session(lines, edits) {
    const dir = join(ROOT, 'bench', 'tmp', `lsp-${lines}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'policy.aspl');
    const text = generatePolicy(lines);
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const server = await startServer(dir);
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
            const start = performance.now();
            await server.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: e.range, text: e.text }] });
            const got = await server.waitVersion(uri, version);
            times.push(got.at - start);
            const done = await server.waitVersion(uri, version, true);
            complete.push(done.at - start);
        }
        return {
            lines: text.split('\n').length - 1,
            firstDiagnosticsMs: round(first),
            // Edit → its first publishDiagnostics: language diagnostics fresh; on policies of 1,000+ lines the
            // compliance findings are the previous ones moved with the text (late-compliance.ts) ...
            editMedianMs: round(median(times)), editP95Ms: round(p95(times)),
            // ... and edit → the publication with the engine's fresh findings.
            completeMedianMs: round(median(complete)), completeP95Ms: round(p95(complete)),
            edits: times.length, rssMiB: rssMiB(server.proc.pid),
        };
    } finally {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
    }
}

export async function run() {
    if (!existsSync(SERVER)) throw new Error('extension/dist/server.cjs missing: run `node build/bundle.mjs` first');
    const small = await session(2_000, 200);
    const large = await session(20_000, 20);
    return {
        name: 'lsp',
        figures: {
            policy2k: small,
            policy20k: large,
            targets: { editMedianMs: 30, editP95Ms: 100, large: { firstDiagnosticsMs: 2000, editMedianMs: 300 } },
        },
    };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    run().then((r) => console.log(JSON.stringify(r, null, 2)), (e) => { console.error(e); process.exit(1); });
}
