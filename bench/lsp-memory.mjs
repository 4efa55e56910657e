// Memory after a large document closes: the real language server (out/faces/lsp, as `npm run build`
// compiles it) runs in a child process with --expose-gc, wired to a client over in-memory streams.
// Heap after start-up, with a 100,000-line policy open (and edited), and after it is closed; each
// after forced garbage collection. Two cases: an unsaved policy, and a saved file outside the
// workspace folders. `node bench/lsp-memory.mjs [outDir]` measures another build (e.g. main's).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { generatePolicy } from './lsp-policy.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LINES = 100_000;

async function child(outDir, which) {
    const require = createRequire(import.meta.url);
    const rpc = require('vscode-languageserver-protocol/node');
    const { createConnection } = require('vscode-languageserver/node');
    const { createAsplLspServices } = await import(pathToFileURL(join(outDir, 'faces/lsp/module.js')).href);
    const { startAsplLanguageServer } = await import(pathToFileURL(join(outDir, 'faces/lsp/server.js')).href);
    const { BoundedFileSystem } = await import(pathToFileURL(join(outDir, 'parse/file-system.js')).href);
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new rpc.StreamMessageReader(toServer), new rpc.StreamMessageWriter(toClient));
    const { shared, Aspl } = createAsplLspServices({ connection: server, ...BoundedFileSystem });
    startAsplLanguageServer(server, shared, Aspl);
    const client = rpc.createProtocolConnection(new rpc.StreamMessageReader(toClient), new rpc.StreamMessageWriter(toServer));
    const published = [];
    const waiters = [];
    client.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => { published.push(p); for (const w of waiters.splice(0)) w(); });
    client.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
    client.onRequest(rpc.RegistrationRequest.type, () => null);
    client.onNotification(rpc.ShowMessageNotification.type, () => undefined);
    client.listen();
    const wait = (test) => new Promise((res, rej) => {
        const t = setTimeout(() => rej(new Error('timeout')), 300_000);
        const check = () => { const p = published.find(test); if (p) { clearTimeout(t); res(p); } else waiters.push(check); };
        check();
    });
    const base = join(ROOT, 'bench', 'tmp', `memory-${process.pid}`);
    const ws = join(base, 'ws');
    mkdirSync(ws, { recursive: true });
    mkdirSync(join(base, 'elsewhere'), { recursive: true });
    const rootUri = pathToFileURL(ws).href;
    await client.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], locale: 'en', capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } } });
    await client.sendNotification(rpc.InitializedNotification.type, {});
    const heap = () => { for (let i = 0; i < 4; i++) globalThis.gc(); return Math.round(process.memoryUsage().heapUsed / 2 ** 20); };
    await new Promise((r) => setTimeout(r, 500));
    const before = heap();
    const text = generatePolicy(LINES);
    const file = which === 'unsaved' ? join(ws, 'never-saved.aspl') : join(base, 'elsewhere', 'policy.aspl');
    if (which !== 'unsaved') writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    await client.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'aspl', version: 1, text } });
    await wait((p) => p.uri === uri && p.version === 1 && !p.diagnostics.some((d) => d.data?.carried));
    let current = text;
    for (let v = 2; v <= 4; v++) {
        const at = current.indexOf('respond within ') + 'respond within '.length;
        current = current.slice(0, at) + String(v) + current.slice(at + 1);
        await client.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ text: current }] });
        await wait((p) => p.uri === uri && p.version === v && !p.diagnostics.some((d) => d.data?.carried));
        await new Promise((r) => setTimeout(r, 300));
    }
    const open = heap();
    published.length = 0;
    await client.sendNotification(rpc.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    // the close's build: diagnostics cleared (left the workspace) or published again from the file
    await wait((p) => p.uri === uri);
    await new Promise((r) => setTimeout(r, 1000));
    const closed = heap();
    rmSync(base, { recursive: true, force: true });
    process.stdout.write(JSON.stringify({ lines: LINES, heapBeforeMiB: before, heapOpenMiB: open, heapAfterCloseMiB: closed, retainedMiB: closed - before }));
    process.exit(0);
}

/** Runs the child for each case; `outDir` is the compiled server to measure. */
export function measure(outDir = join(ROOT, 'out')) {
    const figures = {};
    for (const which of ['unsaved', 'outside-workspace']) {
        const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', resolve(outDir), which], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
        if (r.status !== 0) throw new Error(`lsp-memory child failed: ${r.stderr}`);
        figures[which] = JSON.parse(r.stdout.trim().split('\n').pop());
    }
    return figures;
}

if (process.argv[2] === '--child') {
    child(process.argv[3], process.argv[4]).catch((e) => { console.error(e); process.exit(1); });
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    console.log(JSON.stringify(measure(process.argv[2]), null, 2));
}
