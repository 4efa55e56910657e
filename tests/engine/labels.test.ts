/**
 * Messages never show a model path ("does not state the staff.headcount"): every path a shipped
 * catalog or pack reads has a label in the writer's words, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { CatalogRegistry } from '../../server/src/engine/catalog/registry.js';
import type { Check } from '../../server/src/engine/catalog/types.js';
import { labelOf } from '../../server/src/engine/labels.js';

function paths(c: Check | undefined, out: string[] = []): string[] {
    if (!c) return out;
    if ('exists' in c) out.push(c.exists);
    else if ('count' in c) out.push(c.count.path);
    else if ('maxDuration' in c) out.push(c.maxDuration.path);
    else if ('minDuration' in c) out.push(c.minDuration.path);
    else if ('oneOf' in c) out.push(c.oneOf.path);
    else if ('noneOf' in c) out.push(c.noneOf.path);
    else if ('format' in c) out.push(c.format.path);
    else if ('allHave' in c) out.push(c.allHave.path, `${c.allHave.path.replace(/\[[^\]]*\]/g, '')}.${c.allHave.field}`);
    else if ('when' in c) { paths(c.when.if, out); paths(c.when.then, out); }
    else if ('all' in c) c.all.forEach((x) => paths(x, out));
    else if ('any' in c) c.any.forEach((x) => paths(x, out));
    return out;
}

const registry = CatalogRegistry.shipped();
const all = [...new Set(registry.all().flatMap((cat) => [...paths(cat.appliesWhen), ...cat.clauses.flatMap((cl) => paths(cl.check))]))].sort();

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
