/**
 * The fold to simplified characters (engine/simplified.ts) skips the converter for texts in which no
 * changing key of its dictionaries occurs. Held here to the converter itself, run on every text:
 * every dictionary key, every corpus sentence (traditional ones included) and random mixtures of keys,
 * their conversions and corpus characters.
 */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { foldToSimplified, mayChange, sameLength } from '../../server/src/engine/simplified.js';
import { ALL_CORPORA, loadCorpus } from '../corpus/corpus.mjs';

const convert = OpenCC.Converter({ from: 't', to: 'cn' });

/** The fold with the converter always run: the same length rule, no shortcut. */
const reference = (text: string): string => sameLength(convert, text);

/** Every entry of the dictionaries the converter runs (the same data the module reads). */
const config = OpenCC.Locale.configs.t2s as { normalizationChain?: readonly OpenCC.DictGroup[]; conversionChain: readonly OpenCC.DictGroup[] };
const pairs: Array<[string, string]> = [...(config.normalizationChain ?? []), ...config.conversionChain]
    .flat()
    .flatMap((d) => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ') as [string, string]) : d.map(([k, v]) => [k, v] as [string, string])));

const sentences = Object.values(ALL_CORPORA).flatMap(({ file }) => {
    const c = loadCorpus(file) as { void: Array<{ s: string }>; fine: Array<{ s: string }> };
    return [...c.void, ...c.fine].map((e) => e.s);
});

describe('folding to simplified characters', () => {
    it('reads the dictionaries of both passes, phrases included', () => {
        expect(pairs.length).toBeGreaterThan(4000);
        expect(pairs.filter(([k]) => [...k].length > 1).length).toBeGreaterThan(300);
        expect(pairs.filter(([k, v]) => k === v).length).toBeGreaterThan(100);
    });

    it('gives every dictionary key, and each key inside a simplified sentence, what the converter gives', () => {
        let skipped = 0;
        for (const [key] of pairs) {
            expect(foldToSimplified(key), key).toBe(reference(key));
            const inside = `退货后${key}不予办理`;
            expect(foldToSimplified(inside), inside).toBe(reference(inside));
            if (!mayChange(key)) {
                // only a key the converter maps to itself is skipped
                expect(convert(key), key).toBe(key);
                skipped++;
            }
        }
        expect(skipped).toBeGreaterThan(100);
    });

    it('gives every corpus sentence what the converter gives, skipping it only when it is already simplified', () => {
        let changed = 0, skipped = 0;
        for (const s of sentences) {
            const folded = foldToSimplified(s);
            expect(folded, s).toBe(reference(s));
            expect(folded.length).toBe(s.length);
            if (folded !== s) changed++;
            if (!mayChange(s)) skipped++;
        }
        // the corpora hold traditional sentences (folded), and most are simplified (skipped)
        expect(changed).toBeGreaterThan(20);
        expect(skipped).toBeGreaterThan(sentences.length * 0.7);
    });

    it('gives random mixtures of keys, conversions and corpus characters what the converter gives', () => {
        let seed = 18;
        const random = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
        const chars = [...new Set(sentences.join(''))];
        const pieces = () => {
            const r = random(4);
            if (r === 0) return pairs[random(pairs.length)][0];
            if (r === 1) return pairs[random(pairs.length)][1];
            if (r === 2) { const k = [...pairs[random(pairs.length)][0]]; return k.slice(0, 1 + random(k.length)).join(''); }
            return chars[random(chars.length)];
        };
        let changed = 0;
        for (let i = 0; i < 20_000; i++) {
            let text = '';
            for (let n = 1 + random(8); n > 0; n--) text += pieces();
            const folded = foldToSimplified(text);
            expect(folded, text).toBe(reference(text));
            if (folded !== text) changed++;
        }
        expect(changed).toBeGreaterThan(5_000);
    });
});
