/**
 * Messages never show a model path ("does not state the staff.headcount"): every path a shipped
 * catalog or pack reads has a label in the writer's words, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { CatalogRegistry } from '../../server/src/engine/catalog/registry.js';
import { checkPathUses } from '../../server/src/engine/checks/registry.js';
import { labelOf } from '../../server/src/engine/labels.js';

const registry = CatalogRegistry.shipped();
const all = [...new Set(registry.all().flatMap((cat) => [...checkPathUses(cat.appliesWhen).map((u) => u.path), ...cat.clauses.flatMap((cl) => checkPathUses(cl.check).map((u) => u.path))]))].sort();

describe('labels of catalog paths', () => {
    it('covers a real number of paths', () => expect(all.length).toBeGreaterThan(60));
    it.each(all)('%s reads as words', (path) => {
        const label = labelOf(path);
        expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(label.zh).not.toMatch(/[A-Za-z]+\.[A-Za-z]+/);
        expect(label.en).not.toMatch(/[A-Za-z]+\.[A-Za-z]+|\[|=/);
        const plain = path.replace(/\[[^\]]*\]/g, '');
        if (plain.includes('.')) expect(label.en).not.toBe(plain);
    });
});
