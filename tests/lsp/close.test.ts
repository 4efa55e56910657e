/**
 * Closing a document frees what the server kept for it: a closed policy the workspace does not
 * hold (unsaved, or a file outside the workspace folders) leaves every per-document map of
 * Langium's and ours; one inside the workspace goes back to its text on disk, without the editing
 * state (text copy for carried findings, re-parse record, keystroke times). The heap itself is
 * measured in `npm run bench` (bench/lsp-memory.mjs), not here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePolicy } from '../../bench/lsp-policy.mjs';
import { InProcessServer } from './in-process.js';

/** The names of the server's per-document maps that still hold `uri`. */
function holders(server: InProcessServer, uri: string): string[] {
    const ws = server.shared.workspace as unknown as Record<string, unknown> & typeof server.shared.workspace;
    const priv = (o: unknown) => o as Record<string, unknown>;
    const index = priv(ws.IndexManager);
    const lsp = server.aspl.asplLsp;
    const maps: Record<string, Map<string, unknown> | undefined> = {
        'LangiumDocuments': new Map(ws.LangiumDocuments.all.map((d) => [d.uri.toString(), d]).toArray()),
        'TextDocuments': new Map(ws.TextDocuments.keys().map((k) => [k, true])),
        'DocumentBuilder.buildState': priv(ws.DocumentBuilder).buildState as Map<string, unknown>,
        'DocumentBuilder.parsedVersions': priv(ws.DocumentBuilder).parsedVersions as Map<string, unknown>,
        'IndexManager.symbolIndex': index.symbolIndex as Map<string, unknown>,
        'IndexManager.referenceIndex': index.referenceIndex as Map<string, unknown>,
        'IndexManager.pending': index.pending as Map<string, unknown>,
        'DocumentFactory.lastReparse': server.factory.lastReparse,
        'DocumentUpdateHandler.lastChange': priv(server.shared.lsp.DocumentUpdateHandler).lastChange as Map<string, unknown>,
        'DocumentUpdateHandler.pending': new Map([...(priv(server.shared.lsp.DocumentUpdateHandler).pending as Set<string>)].map((k) => [k, true])),
        'Compliance.results': priv(lsp.Compliance).results as Map<string, unknown>,
        'LateCompliance.last': priv(lsp.Late).last as Map<string, unknown>,
        'ForeignFindings.byTarget': priv(lsp.Foreign).byTarget as Map<string, unknown>,
        'Settings.encodingIssues': server.aspl.aspl.Settings.encodingIssues,
    };
    return Object.entries(maps).filter(([, m]) => m?.has(uri)).map(([name]) => name);
}

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function workspace(): { root: string; inside: string; outside: string } {
    const base = mkdtempSync(join(tmpdir(), 'aspl-close-'));
    dirs.push(base);
    const root = join(base, 'ws');
    mkdirSync(root);
    mkdirSync(join(base, 'elsewhere'));
    return { root, inside: join(root, 'policy.aspl'), outside: join(base, 'elsewhere', 'policy.aspl') };
}

describe('closing a document', () => {
    // 2,000 lines: large enough for carried findings (late-compliance.ts) and block re-parses
    const text = generatePolicy(2_000);
    const edited = text.replace('respond within 1 hours', 'respond within 3 hours');

    it('an unsaved large policy: no map keeps it after didClose', async () => {
        const { root } = workspace();
        const server = new InProcessServer({ incremental: true, folders: [root] });
        const uri = pathToFileURL(join(root, 'never-saved.aspl')).href;
        await server.edit(uri, text);
        await server.edit(uri, edited);
        // while open: the maps that hold it are the ones checked below (so the list is not vacuous)
        expect(holders(server, uri)).toEqual(expect.arrayContaining([
            'LangiumDocuments', 'TextDocuments', 'DocumentBuilder.buildState', 'DocumentBuilder.parsedVersions', 'IndexManager.pending',
            'DocumentFactory.lastReparse', 'Compliance.results', 'LateCompliance.last',
        ]));
        expect(server.factory.lastReparse.get(uri)).toEqual({ block: expect.any(Number) });
        await server.close(uri);
        expect(holders(server, uri)).toEqual([]);
        expect(server.diagnostics(uri)).toEqual([]);
    });

    it('the parser and lexer keep nothing of the last text they read', async () => {
        const server = new InProcessServer({ incremental: true });
        const uri = 'untitled:Untitled-1';
        await server.edit(uri, text);
        await server.edit(uri, edited);
        const parser = server.aspl.parser.LangiumParser as unknown as { wrapper: { input: unknown[] }; nodeBuilder: { rootNode?: unknown } };
        expect(parser.wrapper.input).toEqual([]);
        expect(parser.nodeBuilder.rootNode).toBeUndefined();
        const scan = (server.aspl.parser.TokenBuilder as unknown as { state: { text?: string; ascii?: unknown } }).state;
        expect(scan.text).toBeUndefined();
        expect(scan.ascii).toBeUndefined();
        await server.close(uri);
        expect(holders(server, uri)).toEqual([]);
    });

    it('a saved policy outside the workspace folders leaves too', async () => {
        const { root, outside } = workspace();
        writeFileSync(outside, text);
        const server = new InProcessServer({ incremental: true, folders: [root] });
        const uri = pathToFileURL(outside).href;
        await server.edit(uri, edited);
        expect(holders(server, uri)).toContain('LangiumDocuments');
        await server.close(uri);
        expect(holders(server, uri)).toEqual([]);
    });

    it('a saved policy inside the workspace goes back to its text on disk, without editing state', async () => {
        const { root, inside } = workspace();
        writeFileSync(inside, text);
        const server = new InProcessServer({ incremental: true, folders: [root] });
        const uri = pathToFileURL(inside).href;
        await server.edit(uri, text);
        await server.edit(uri, edited);
        await server.close(uri);
        const doc = server.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
        expect(doc?.textDocument.getText()).toBe(text);
        const kept = holders(server, uri);
        expect(kept).not.toContain('TextDocuments');
        expect(kept).not.toContain('LateCompliance.last');
        expect(kept).not.toContain('DocumentFactory.lastReparse');
        expect(kept).not.toContain('DocumentUpdateHandler.lastChange');
        expect(kept).toContain('Compliance.results');
    });
});
