/**
 * The shipped catalogs travel in the bundles as build-time LoadResults (engine/catalog/precompiled.ts):
 * restored, each equals what the loader reads from its YAML now; a file edited since the build is
 * not taken from the table (its hash no longer matches), so a stale table cannot be used.
 */
import { cpSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../server/src/engine/catalog/load.js';
import { precompileCatalogs, precompiledResult, shippedFiles } from '../../server/src/engine/catalog/precompiled.js';
import { standardsDir } from '../../server/src/engine/catalog/locate.js';
import { assertBuilt, ROOT, scratch } from '../cli/helpers.js';

describe('precompiled catalogs', () => {
    const s = scratch('aspl-precompiled-');
    afterAll(() => s.cleanup());

    it('covers every shipped catalog and pack, each restored equal to the loader\'s result', () => {
        const table = JSON.parse(JSON.stringify(precompileCatalogs())) as ReturnType<typeof precompileCatalogs>;
        const files = shippedFiles();
        expect(Object.keys(table).sort()).toEqual([...readdirSync(standardsDir()).filter((f) => f.endsWith('.yaml')), ...readdirSync(join(standardsDir(), 'packs')).map((f) => `packs/${f}`)].sort());
        for (const file of files) {
            const restored = precompiledResult(file, standardsDir(), table);
            const loaded = loadCatalogFile(file);
            expect(restored, file).toEqual(loaded);
            expect(restored!.catalog, file).toBeDefined();
            // clause ids are data: the line table keeps no prototype, as the loader's
            expect(Object.getPrototypeOf(restored!.catalog!.clauseLines)).toBeNull();
        }
    });

    it('is relative to the standards folder: an installed copy elsewhere is served from the same table', () => {
        const table = precompileCatalogs();
        const copy = join(s.dir, 'standards');
        cpSync(standardsDir(), copy, { recursive: true });
        const file = join(copy, 'cn-consumer-law.yaml');
        const restored = precompiledResult(file, copy, table);
        expect(restored?.catalog?.file).toBe(file);
        expect(restored?.catalog?.id).toBe('CN-CONSUMER-LAW');
    });

    it('refuses an entry whose file changed since the build, and a file outside the standards folder', () => {
        const table = precompileCatalogs();
        const copy = join(s.dir, 'edited');
        cpSync(standardsDir(), copy, { recursive: true });
        const file = join(copy, 'gbt-as-general.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n# edited after the build\n'));
        expect(precompiledResult(file, copy, table)).toBeUndefined();
        expect(precompiledResult(join(copy, 'cn-consumer-law.yaml'), copy, table)).toBeDefined();
        expect(precompiledResult(join(s.dir, 'gbt-as-general.yaml'), copy, table)).toBeUndefined();
    });

    it('is in the CLI bundle, made from the catalogs as they are now (rebuild after editing one)', () => {
        assertBuilt();
        const bundle = readFileSync(join(ROOT, 'dist', 'aspl.cjs'), 'utf8');
        for (const [rel, entry] of Object.entries(precompileCatalogs())) {
            // esbuild writes the JSON text as a string literal; its quotes may or may not be escaped
            expect(bundle.replace(/\\"/g, '"').includes(`"${rel}":{"sha1":"${entry.sha1}"`), `${rel} in dist/aspl.cjs`).toBe(true);
        }
    });
});
