/**
 * Langium's WorkspaceCache (values kept until the workspace changes), emptied by starting a new map.
 *
 * Why not Map.prototype.clear: V8 keeps the cleared hash table, with its entries, linked to the new
 * one (for iterators still walking it). A map that lives through the whole run sits in the old
 * generation, and so does each table it drops; the minor collector counts everything such a table
 * holds as alive until a full collection, so each cleared table kept the scopes of the document
 * before — its channels and with them its whole syntax tree — and linked the next table, and so on:
 * most of every checked policy outlived it (1,000 policies: ~170 MB copied into the old generation,
 * V8's --trace-gc-nvp; ~40 MB with a new map per clear). Long-lived maps elsewhere are emptied the same way.
 */
import type { LangiumSharedCoreServices } from 'langium';

export class WorkspaceMapCache<K, V> {
    private map = new Map<K, V>();

    constructor(shared: LangiumSharedCoreServices) {
        shared.workspace.DocumentBuilder.onUpdate(() => this.clear());
    }

    get(key: K, provider: () => V): V {
        if (this.map.has(key)) return this.map.get(key)!;
        const value = provider();
        this.map.set(key, value);
        return value;
    }

    clear(): void {
        this.map = new Map();
    }
}
