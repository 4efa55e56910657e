/**
 * The gates in front of the pattern lists (engine/patterns.ts): each pattern's requirements (and so
 * its required literals, the best of them) must hold in every text the pattern matches, or a void
 * wording would go unseen behind the gates. Checked
 * on every pattern of the shipped catalogs and packs against every sentence of the wording corpora
 * (void and look-alike), and the gated answer of each list against RE2 reading the text alone.
 */
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { loadCatalogFile } from '../../server/src/engine/catalog/load.js';
import { shippedFiles } from '../../server/src/engine/catalog/precompiled.js';
import { foldToSimplified } from '../../server/src/engine/checks/void-wording.js';
import { matchesAny, requiredLiterals, requirementTable, requirements } from '../../server/src/engine/patterns.js';
import { CORPUS_FILES, loadCorpus } from '../corpus/corpus.mjs';

/** Every pattern list a shipped check holds (voidWording kinds and look-alikes, forbiddenText …). */
function patternLists(): string[][] {
    const lists: string[][] = [];
    const walk = (o: unknown): void => {
        if (Array.isArray(o)) {
            if (o.length && o.every((x) => typeof x === 'string') && lists.every((l) => l !== o)) lists.push(o as string[]);
            else o.forEach(walk);
        } else if (o && typeof o === 'object') {
            for (const [k, v] of Object.entries(o)) {
                if ((k === 'patterns' || k === 'unless') && Array.isArray(v)) lists.push(v as string[]);
                else walk(v);
            }
        }
    };
    for (const file of shippedFiles()) walk(loadCatalogFile(file).catalog?.clauses);
    return lists;
}

const sentences = Object.values(CORPUS_FILES).flatMap((file) => {
    const c = loadCorpus(file) as { void: Array<{ s: string }>; fine: Array<{ s: string }> };
    return [...c.void, ...c.fine].map((e) => foldToSimplified(e.s));
});

describe('required literals of a pattern', () => {
    it('are those of one part of a sequence (the longest) and all parts of an alternation', () => {
        expect(requiredLiterals('(售出|付款)后不退')).toEqual(['后不退']);
        expect(requiredLiterals('(售出|付款)[^。]{0,4}退')).toEqual(['售出', '付款']);
        // RE2 factors 最终|最后 into 最[终后]: the class is no string, 最 is
        expect(requiredLiterals('(最终|最后)的?(解释|解读)')).toEqual(['最']);
        expect(requiredLiterals('不设(退换|退货)')).toEqual(['不设']);
        expect(requiredLiterals('[退换]货')).toEqual(['货']);
    });

    it('come from sets every match holds one string of: each part of a sequence gives its own', () => {
        expect(requirements('(售出|付款)后不退')).toEqual([['售出', '付款'], ['后不退']]);
        expect(requirements('(售出|付款)[^。]{0,4}退')).toEqual([['售出', '付款'], ['退']]);
        expect(requirements('不设(退换|退货)')).toEqual([['不设'], ['退']]);
        expect(requirements('[退换]+')).toBeNull();
    });

    it('are none where no string is required (case folding, only classes)', () => {
        expect(requiredLiterals('(?i)final')).toBeNull();
        expect(requiredLiterals('[退换]+')).toBeNull();
    });

    it('hold in every corpus sentence a shipped pattern matches', () => {
        const lists = patternLists();
        const patterns = [...new Set(lists.flat())];
        expect(patterns.length).toBeGreaterThan(150);
        let matched = 0;
        const withLiterals = patterns.filter((p) => requiredLiterals(p));
        // most patterns have a set (those without leave their list ungated)
        expect(withLiterals.length).toBeGreaterThan(patterns.length * 0.8);
        for (const p of withLiterals) {
            const re = RE2JS.compile(p);
            const required = requiredLiterals(p)!;
            const sets = requirements(p)!;
            for (const s of sentences) {
                if (!re.test(s)) continue;
                matched++;
                expect(required.some((l) => s.includes(l)), `${p} on ${s}`).toBe(true);
                for (const set of sets) expect(set.some((l) => s.includes(l)), `${p} on ${s}: ${set.join('|')}`).toBe(true);
            }
        }
        // the corpora exercise the patterns: hundreds of matches, not a vacuous pass
        expect(matched).toBeGreaterThan(500);
    });

    it('leave every list answering as RE2 alone, on every corpus sentence', () => {
        let unmatched = 0;
        for (const list of patternLists()) {
            const union = RE2JS.compile(list.map((p) => `(?:${p})`).join('|'));
            for (const s of sentences) {
                const alone = union.test(s);
                expect(matchesAny(list, s), `${list[0]} … on ${s}`).toBe(alone);
                if (!alone) unmatched++;
            }
        }
        expect(unmatched).toBeGreaterThan(1000);
    });

    it('are tabled for every pattern the shipped catalogs hold (the table build/bundle.mjs puts in the bundles)', () => {
        const table = requirementTable();
        const patterns = [...new Set(patternLists().flat())];
        for (const p of patterns) expect(table[p], p).toEqual(requirements(p));
    });
});
