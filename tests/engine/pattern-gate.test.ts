/**
 * The gate in front of every pattern (engine/patterns.ts): a pattern's required strings must hold in
 * every text the pattern matches, or a void wording would go unseen behind the gate. Checked on every
 * pattern of the shipped catalogs and packs against every sentence of the wording corpora (void and
 * look-alike), and the gated answer of each list, and each pattern's spans, against RE2 alone.
 */
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { loadCatalogFile } from '../../server/src/engine/catalog/load.js';
import { shippedFiles } from '../../server/src/engine/catalog/precompiled.js';
import { foldToSimplified } from '../../server/src/engine/simplified.js';
import { foldedCode, sieveOf } from '../../server/src/engine/sieve.js';
import { CASELESS, holds, listsGate, matchesAny, oneOf, patternSpans, requiredStrings, requiredStringsTable } from '../../server/src/engine/patterns.js';
import { ALL_CORPORA, loadCorpus } from '../corpus/corpus.mjs';

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

const sentences = Object.values(ALL_CORPORA).flatMap(({ file }) => {
    const c = loadCorpus(file) as { void: Array<{ s: string }>; fine: Array<{ s: string }> };
    return [...c.void, ...c.fine].map((e) => foldToSimplified(e.s));
});

describe('required strings of a pattern', () => {
    it('are the prefilter RE2 trusts: all parts of a sequence, any part of an alternation', () => {
        expect(requiredStrings('(售出|付款)后不退')).toEqual({ all: [{ any: ['售出', '付款'] }, '后不退'] });
        expect(requiredStrings('(售出|付款)[^。]{0,4}退')).toEqual({ all: [{ any: ['售出', '付款'] }, '退'] });
        // RE2 factors 最终|最后 into 最[终后]: the class is no string, 最 is
        expect(requiredStrings('(最终|最后)的?(解释|解读)')).toEqual({ all: ['最', '解'] });
        expect(requiredStrings('[退换]货')).toBe('货');
    });

    it('are nothing where no string is required (only classes, a letter with a case other than ASCII), and then every text may match', () => {
        expect(requiredStrings('[退换]+')).toBeNull();
        expect(requiredStrings('(?i)café')).toBeNull();
        expect(holds(null, '')).toBe(true);
    });

    it('of a case-insensitive pattern are its strings folded, held by the text with its letters folded', () => {
        const r = requiredStrings('(?i)\\ball\\s+Sales?\\s+(are\\s+)?final\\b');
        expect(r).toEqual({ all: [{ folded: 'all' }, { folded: 'sale' }, { folded: 'final' }] });
        expect(requiredStrings('(?i)(最终|sole)解释')).toEqual({ all: [{ any: [{ folded: '最终' }, { folded: 'sole' }] }, { folded: '解释' }] });
        expect(holds(r, 'ALL SALES ARE FINAL')).toBe(true);
        // the long s and the Kelvin sign fold to ASCII letters under RE2, and so in the sieve
        expect(holds(r, 'all \u017fales final')).toBe(true);
        expect(RE2JS.compile('(?i)o\\x{212a}').test('OK') && holds(requiredStrings('(?i)ok'), 'O\u212a')).toBe(true);
        expect(holds(r, '所有 sales 均为 final')).toBe(false);
        expect(holds(r, 'ALL FINAL')).toBe(false);
    });

    it('fold exactly the characters RE2 folds to an ASCII letter, over every code point', () => {
        const letters = RE2JS.compile('(?i)[a-z]');
        const folding: string[] = [];
        for (let c = 0; c < 0x110000; c++) {
            if (c >= 0xd800 && c < 0xe000) continue;
            const ch = String.fromCodePoint(c);
            if (!letters.matches(ch)) continue;
            // the one letter the sieve folds it to is the one RE2 matches it with
            const to = String.fromCharCode(foldedCode(c));
            expect(RE2JS.compile(`(?i)${to}`).matches(ch), ch).toBe(true);
            if (c > 0x7f) folding.push(ch);
        }
        expect(folding).toEqual(['\u017f', '\u212a']);
    });

    it('hold only characters without a case besides ASCII letters (what CASELESS admits RE2 matches as itself only)', () => {
        const ranges = CASELESS.source.slice(2, -2).replace(/\\u([0-9a-f]{4})/g, '\\x{$1}');
        const folded = RE2JS.compile(`(?i)[${ranges}]`), plain = RE2JS.compile(`[${ranges}]`);
        let admitted = 0;
        for (let c = 0; c < 0x10000; c++) {
            if (c >= 0xd800 && c < 0xe000) continue;
            const ch = String.fromCharCode(c);
            expect(folded.matches(ch), ch).toBe(plain.matches(ch));
            expect(plain.matches(ch), ch).toBe(CASELESS.test(ch));
            if (!CASELESS.test(ch)) continue;
            admitted++;
            expect(ch.toLowerCase() === ch && ch.toUpperCase() === ch, ch).toBe(true);
        }
        expect(admitted).toBeGreaterThan(20_000);
    });

    it('of the shipped case-insensitive patterns hold in every corpus sentence they match, in any case', () => {
        const patterns = [...new Set(patternLists().flat())].filter((p) => p.startsWith('(?i)'));
        expect(patterns.length).toBeGreaterThan(8);
        // every sentence as written, in upper case, in alternating case, and with s and k as ſ and the Kelvin sign
        const alternate = (s: string) => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');
        const variants = sentences.filter((s) => /[a-z]/i.test(s)).flatMap((s) => [s, s.toUpperCase(), alternate(s), s.replace(/s/g, '\u017f').replace(/k/g, '\u212a')]);
        let matched = 0;
        for (const p of patterns) {
            const re = RE2JS.compile(p);
            const required = requiredStrings(p);
            expect(required, p).not.toBeNull();
            for (const s of variants) {
                if (!re.test(s)) continue;
                matched++;
                expect(holds(required, s), `${p} on ${s}`).toBe(true);
            }
        }
        expect(matched).toBeGreaterThan(50);
    });

    it("give a list's gate one part of a sequence (the longest) and all parts of an alternation", () => {
        const gate = (p: string) => oneOf(requiredStrings(p));
        expect(gate('(售出|付款)后不退')).toEqual(['后不退']);
        expect(gate('(售出|付款)[^。]{0,4}退')).toEqual(['售出', '付款']);
        expect(gate('不设(退换|退货)')).toEqual(['不设']);
        expect(gate('[退换]货')).toEqual(['货']);
        expect(gate('[退换]+')).toBeNull();
    });

    it('turn a text away only when a required part is missing', () => {
        const r = requiredStrings('(售出|付款)后不退');
        expect(holds(r, '付款后不退')).toBe(true);
        expect(holds(r, '售出后不退换')).toBe(true);
        // one part of the sequence present is not enough
        expect(holds(r, '售出后可退')).toBe(false);
        expect(holds(r, '质量问题后不退')).toBe(false);
    });

    it('hold in every corpus sentence a shipped pattern matches', () => {
        const lists = patternLists();
        const patterns = [...new Set(lists.flat())];
        expect(patterns.length).toBeGreaterThan(150);
        let matched = 0, turnedAway = 0;
        const gated = patterns.filter((p) => requiredStrings(p) !== null);
        // most patterns require some string (those without are read by RE2 on every text)
        expect(gated.length).toBeGreaterThan(patterns.length * 0.8);
        for (const p of gated) {
            const re = RE2JS.compile(p);
            const required = requiredStrings(p);
            for (const s of sentences) {
                if (!holds(required, s)) turnedAway++;
                if (!re.test(s)) continue;
                matched++;
                expect(holds(required, s), `${p} on ${s}`).toBe(true);
            }
        }
        // the corpora exercise the patterns: hundreds of matches, not a vacuous pass, and the gate turns most sentences away
        expect(matched).toBeGreaterThan(500);
        expect(turnedAway).toBeGreaterThan(gated.length * sentences.length * 0.8);
    });

    it('leave every list answering as RE2 alone, and every pattern finding the spans RE2 finds, on every corpus sentence', () => {
        let unmatched = 0;
        for (const list of patternLists()) {
            const union = RE2JS.compile(list.map((p) => `(?:${p})`).join('|'));
            for (const s of sentences) {
                const alone = union.test(s);
                expect(matchesAny(list, s), `${list[0]} … on ${s}`).toBe(alone);
                if (!alone) unmatched++;
            }
            for (const p of list) {
                const re = RE2JS.compile(p);
                for (const s of sentences) {
                    const m = re.matcher(s), spans = [];
                    while (m.find()) spans.push({ start: m.start(), end: m.end(), text: m.group() ?? '' });
                    expect(patternSpans(p, s), `${p} on ${s}`).toEqual(spans);
                }
            }
        }
        expect(unmatched).toBeGreaterThan(1000);
    });

    it('turn a text away for several lists at once only when no list matches it (the gate of a wording check\'s kinds)', () => {
        const lists = patternLists();
        let turnedAway = 0, kept = 0;
        // the kinds of a check as groups of lists: consecutive runs of the shipped lists, of several sizes
        for (let size = 1; size <= 12; size += 3) {
            for (let from = 0; from + size <= lists.length; from += size) {
                const group = lists.slice(from, from + size);
                const gate = listsGate(group);
                if (gate === undefined) {
                    // only a list with a pattern requiring nothing leaves the group without a gate
                    expect(group.some((l) => l.some((p) => requiredStrings(p) === null))).toBe(true);
                    continue;
                }
                for (const s of sentences) {
                    if (gate(sieveOf(s))) { kept++; continue; }
                    turnedAway++;
                    for (const l of group) expect(matchesAny(l, s), `${l[0]} … on ${s}`).toBe(false);
                }
            }
        }
        expect(turnedAway).toBeGreaterThan(kept);
        expect(kept).toBeGreaterThan(100);
        expect(listsGate([['后不退'], ['概不退换']])?.(sieveOf('售出后概不退换'))).toBe(true);
        expect(listsGate([['后不退'], ['概不退换']])?.(sieveOf('售出后可以退换'))).toBe(false);
        expect(listsGate([['[退换]+'], ['概不退换']])).toBeUndefined();
    });

    it('are tabled for every pattern the shipped catalogs hold (the table build/bundle.mjs puts in the bundles)', () => {
        const table = requiredStringsTable();
        const patterns = [...new Set(patternLists().flat())];
        for (const p of patterns) expect(table[p], p).toEqual(requiredStrings(p));
    });
});
