/**
 * The real language server under abuse: 5,000 rapid edits with random content, malformed and
 * cancelled requests. Afterwards it answers every valid request, and its memory returns to
 * within 20 % of the start once the documents are closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CancellationTokenSource, DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type Hover,
} from 'vscode-languageserver-protocol';
import { MEMORY_REQUEST, type MemoryResult } from '../../server/src/faces/lsp/protocol.js';
import { LspClient, ROOT, SERVER } from '../lsp/client.js';

const SAMPLE = join(ROOT, 'samples/appliance-online/small-appliances.aspl');
const TEXT = readFileSync(SAMPLE, 'utf8');

/** The server's live heap after a full collection (RSS alone depends on when V8 returns pages). */
async function heapMB(client: LspClient): Promise<number> {
    const m = (await client.connection.sendRequest(MEMORY_REQUEST)) as MemoryResult;
    expect(m.collected).toBe(true);
    return m.heapUsedMB;
}

describe('the server under abuse', () => {
    let client: LspClient;
    beforeAll(async () => { client = await LspClient.start({ command: [process.execPath, '--expose-gc', SERVER, '--stdio'] }); });
    afterAll(async () => { await client?.stop(); });

    it('survives 5,000 rapid random edits, malformed and cancelled requests, and still answers', async () => {
        // Warm up: one full round of open → diagnostics → close, so the start figure includes loaded code.
        const warm = await client.open(SAMPLE, TEXT);
        await client.diagnostics(warm);
        await client.close(warm);
        await new Promise((r) => setTimeout(r, 500));
        const start = await heapMB(client);

        const uri = await client.open(join(ROOT, 'samples/appliance-online/abuse.aspl'), TEXT);
        await client.diagnostics(uri);
        const edits = fc.sample(fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.string({ maxLength: 12, unit: 'binary' })), { numRuns: 5000, seed: 42 });
        let text = TEXT;
        for (const [at, del, ins] of edits) {
            const p = text.length ? at % text.length : 0;
            text = text.slice(0, p) + ins + text.slice(p + del);
            if (text.length > 40_000) text = text.slice(0, 20_000);
            void client.change(uri, text); // no awaiting: as fast as the pipe takes them
        }
        const last = await client.change(uri, TEXT);
        const final = await client.diagnostics(uri, last, 60_000);
        expect(final.map((d) => d.code)).toContain('GBT-AS-GENERAL 8.4.3');

        // Malformed requests get answers (a result or an error), never a dead server.
        const c = client.connection;
        const settle = (p: Promise<unknown>) => p.then(() => 'answered', () => 'error');
        expect(await settle(c.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere/unknown.aspl' }, position: { line: 0, character: 0 } }))).toMatch(/answered|error/);
        expect(await settle(c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 99_999, character: 99_999 } }))).toMatch(/answered|error/);
        expect(await settle(c.sendRequest(HoverRequest.type, { textDocument: { uri } } as never))).toMatch(/answered|error/);
        expect(await settle(c.sendRequest('textDocument/doesNotExist', { x: 1 }))).toBe('error');
        const source = new CancellationTokenSource();
        const cancelled = settle(c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token));
        source.cancel();
        expect(await cancelled).toMatch(/answered|error/);

        // Valid requests still get correct answers.
        const symbols = (await c.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
        expect(symbols.length).toBeGreaterThan(0);
        const refundLine = TEXT.split('\n').findIndex((l) => l.includes('10个工作日'));
        const hover = (await c.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: refundLine, character: TEXT.split('\n')[refundLine].indexOf('10个工作日') + 1 } })) as Hover | null;
        expect(JSON.stringify(hover)).toMatch(/10|working/);

        await client.close(uri);
        // Pending work (debounced checks, caches dropped on close) settles within a few seconds.
        let after = await heapMB(client);
        for (let i = 0; i < 10 && after > start * 1.2; i++) {
            await new Promise((r) => setTimeout(r, 1000));
            after = await heapMB(client);
        }
        console.log(`server heap after GC: start ${start.toFixed(1)} MB, after abuse and close ${after.toFixed(1)} MB`);
        expect(after).toBeLessThanOrEqual(start * 1.2);
    }, 240_000);
});
