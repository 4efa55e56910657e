/**
 * Our descriptions of named nodes (parse/descriptions.ts) and the channel-scope cache
 * (parse/workspace-cache.ts) change how objects are kept, not what they hold: a description gives
 * what Langium's gives, field by field, and cached scopes are dropped on every workspace change.
 */
import { DefaultAstNodeDescriptionProvider, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAsplCoreServices } from '../../server/src/parse/aspl-module.js';
import { WorkspaceMapCache } from '../../server/src/parse/workspace-cache.js';
import type { Document } from '../../server/src/parse/generated/ast.js';

const POLICY = 'policy shop "Shop" {\n  channel hotline phone "400-1" hours always\n  channel mail email "a@b.c" hours always\n  service repair {\n    via hotline, mail\n  }\n}\n';

describe('node descriptions', () => {
    const { shared, Aspl } = createAsplCoreServices(EmptyFileSystem);
    const ours = Aspl.workspace.AstNodeDescriptionProvider;
    const langium = new DefaultAstNodeDescriptionProvider(Aspl);
    const doc = shared.workspace.LangiumDocumentFactory.fromString<Document>(POLICY, URI.file('/d/shop.aspl'));
    const policy = doc.parseResult.value.policy!;
    const fields = (d: ReturnType<typeof ours.createDescription>) => ({
        node: d.node, name: d.name, nameSegment: d.nameSegment, selectionSegment: d.selectionSegment, type: d.type, documentUri: d.documentUri, path: d.path,
    });

    it('describes a policy and its channels as Langium does', () => {
        const nodes: AstNode[] = [policy, ...policy.members.filter((m) => m.$type === 'Channel')];
        expect(nodes).toHaveLength(3);
        for (const n of nodes) {
            const mine = ours.createDescription(n, undefined, doc as LangiumDocument);
            expect(fields(mine)).toEqual(fields(langium.createDescription(n, undefined, doc as LangiumDocument)));
            expect(mine.nameSegment?.range.start.line).toBe(n === policy ? 0 : nodes.indexOf(n));
        }
        // the same own fields (Langium's name segment is a getter; ours is on the prototype)
        expect(Object.keys(ours.createDescription(policy, 'shop'))).toEqual(['node', 'name', 'selectionSegment', 'type', 'documentUri', 'path']);
    });

    it('refuses a node without a name as Langium does', () => {
        const service = policy.members.find((m) => m.$type === 'Service')!;
        expect(() => ours.createDescription(service, undefined, doc as LangiumDocument)).toThrow(/^Node at path .* has no name\.$/);
        expect(() => langium.createDescription(service, undefined, doc as LangiumDocument)).toThrow(/^Node at path .* has no name\.$/);
    });
});

describe('workspace map cache', () => {
    it('keeps a value until the workspace changes, then computes it again', async () => {
        const { shared } = createAsplCoreServices(EmptyFileSystem);
        const cache = new WorkspaceMapCache<string, number>(shared);
        let computed = 0;
        expect(cache.get('a', () => ++computed)).toBe(1);
        expect(cache.get('a', () => ++computed)).toBe(1);
        const doc = shared.workspace.LangiumDocumentFactory.fromString(POLICY, URI.file('/d/x.aspl'));
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc]);
        expect(cache.get('a', () => ++computed)).toBe(2);
        await shared.workspace.DocumentBuilder.update([], [doc.uri]);
        expect(cache.get('a', () => ++computed)).toBe(3);
        expect(cache.get('b', () => 10)).toBe(10);
    });
});
