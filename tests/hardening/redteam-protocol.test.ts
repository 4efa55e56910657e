/**
 * Protocol correctness (red-team reproducer 12 and the request before initialize): the bundle holds
 * one copy of vscode-jsonrpc, so Langium's errors go out as JSON-RPC errors, never as a successful
 * `result: { code }`; a request before `initialize` gets the protocol's ServerNotInitialized error.
 * Raw frames, so what is on the wire is what is asserted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, SERVER } from '../lsp/client.js';

interface Frame { jsonrpc: '2.0'; id?: number; method?: string; result?: unknown; error?: { code: number; message: string } }

/** The server over stdio with a frame-level reader: `request` resolves with the whole response frame. */
function rawServer() {
    const proc: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'ignore'] });
    let buf = Buffer.alloc(0);
    const waiters = new Map<number, (f: Frame) => void>();
    const notifications: Array<Frame & { params?: unknown }> = []; // everything the server sent with a method
    proc.stdout!.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        for (;;) {
            const i = buf.indexOf('\r\n\r\n');
            if (i < 0) break;
            const n = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, i).toString())![1]);
            if (buf.length < i + 4 + n) break;
            const m = JSON.parse(buf.subarray(i + 4, i + 4 + n).toString()) as Frame;
            buf = buf.subarray(i + 4 + n);
            if (m.method) notifications.push(m);
            if (m.id !== undefined && m.method) send({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? [{}] : null });
            else if (m.id !== undefined) waiters.get(m.id)?.(m);
        }
    });
    const send = (o: object) => { const s = JSON.stringify(o); proc.stdin!.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`); };
    let id = 0;
    const request = (method: string, params: unknown) => new Promise<Frame>((r) => { waiters.set(++id, r); send({ jsonrpc: '2.0', id, method, params }); });
    return { proc, send, request, notifications };
}

let current: ReturnType<typeof rawServer> | undefined;
afterEach(() => { current?.proc.kill(); current = undefined; });

describe('12: errors are sent as errors', () => {
    it('the bundle holds one copy of vscode-jsonrpc', () => {
        const map = JSON.parse(readFileSync(join(ROOT, 'extension/dist/server.cjs.map'), 'utf8')) as { sources: string[] };
        const copies = new Set(map.sources.map((s) => /^(.*node_modules\/vscode-jsonrpc)\//.exec(s)?.[1]).filter(Boolean));
        expect([...copies]).toHaveLength(1);
    });

    it('hover on an unknown document: an "error" member, no "result"', async () => {
        const s = (current = rawServer());
        await s.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
        const r = await s.request('textDocument/hover', { textDocument: { uri: 'file:///nope.aspl' }, position: { line: 0, character: 0 } });
        expect(r).not.toHaveProperty('result');
        expect(r.error).toMatchObject({ code: -32802, message: 'No document found for URI: file:///nope.aspl' });
    }, 30_000);
});

describe('a request before initialize', () => {
    it('is answered with ServerNotInitialized (-32002), and initialize still works afterwards', async () => {
        const s = (current = rawServer());
        const early = await s.request('textDocument/hover', { textDocument: { uri: 'file:///x.aspl' }, position: { line: 0, character: 0 } });
        expect(early).not.toHaveProperty('result');
        expect(early.error?.code).toBe(-32002);
        const init = await s.request('initialize', { processId: null, rootUri: null, capabilities: {} });
        expect(init.result).toHaveProperty('capabilities');
    }, 30_000);
});

describe('a workspace at the root of the disk', () => {
    it('rootUri file:/// is not indexed (a warning says so) and an open document is answered at once', async () => {
        const s = (current = rawServer());
        await s.request('initialize', { processId: null, rootUri: 'file:///', workspaceFolders: [{ uri: 'file:///', name: 'root' }], capabilities: {} });
        s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
        const uri = 'file:///tmp/aspl-root-test/p.aspl';
        s.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'aspl', version: 1, text: 'policy G "g" {\n  version "1"\n}\n' } } });
        const h = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } });
        expect(JSON.stringify(h.result)).toMatch(/version/i);
        const warning = s.notifications.find((n) => n.method === 'window/showMessageRequest');
        expect(JSON.stringify(warning)).toMatch(/is the root or home folder and is not indexed/);
    }, 30_000);
});

