/**
 * The sieve (engine/sieve.ts) and the answers kept with it: a text holds a string by the sieve exactly
 * when String.prototype.includes says so; strings numbered after a text was read (company packs load
 * later) are learnt on its next reading; answers kept with a text stay right when new lists arrive and
 * when the text has left the cache. Then, through the analyzer, a pack's wording check whose strings no
 * shipped catalog has finds its hit in a text already read for the shipped catalogs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RE2JS } from 're2js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { matchesAny } from '../../server/src/engine/patterns.js';
import { CACHED_CHARS, foldedStringId, GENERATION, holdsString, sieveOf, stringId } from '../../server/src/engine/sieve.js';
import { say } from '../../server/src/i18n/message.js';

let seed = 7;
// a small linear congruential generator in 32-bit arithmetic: the same texts on every run
const random = (n: number) => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n);
// CJK, ASCII, an astral character (two code units), a zero-width joiner, a combining mark
const ALPHABET = ['不', '退', '货', '后', '换', 'a', 'b', '𠀀', '\u200d', '\u0301', '。'];
const word = (max: number) => Array.from({ length: 1 + random(max) }, () => ALPHABET[random(ALPHABET.length)]).join('');

describe('the sieve of a text', () => {
    it('holds a string exactly when the text includes it, code unit for code unit', () => {
        const strings = [...new Set([...Array.from({ length: 300 }, () => word(4)), '\ud840', '\udc00', '不\u200d'])];
        const ids = strings.map(stringId);
        let held = 0;
        const wrong: string[] = [];
        for (let i = 0; i < 3000; i++) {
            const text = word(24);
            const s = sieveOf(text);
            strings.forEach((x, k) => {
                if (holdsString(s, ids[k]) !== text.includes(x)) wrong.push(`${JSON.stringify(x)} in ${JSON.stringify(text)}`);
                if (text.includes(x)) held++;
            });
        }
        expect(wrong).toEqual([]);
        expect(held).toBeGreaterThan(10_000);
    });

    it('is kept for a short text and read afresh for a long one (which stays in no cache)', () => {
        const short = '售出后不退';
        expect(sieveOf(short)).toBe(sieveOf(`售出后${'不退'}`));
        const id = stringId('售出后不退');
        const long = `${'商品说明'.repeat(CACHED_CHARS / 4)}售出后不退`;
        const first = sieveOf(long);
        sieveOf(short);
        const again = sieveOf(long);
        expect(again).not.toBe(first);
        expect([holdsString(first, id), holdsString(again, id)]).toEqual([true, true]);
    });

    it('learns the strings numbered after it was read', () => {
        const text = '本店商品售出后概不退换，敬请谅解';
        const before = sieveOf(text);
        const known = before.known;
        const ids = ['概不退换', '敬请谅解', '售出后概', '退款'].map(stringId);
        // none of them was numbered when the text was read
        expect(ids.every((id) => id >= known)).toBe(true);
        const after = sieveOf(text);
        expect(after).toBe(before);
        expect(ids.map((id) => holdsString(after, id))).toEqual([true, true, true, false]);
    });

    it('holds a case-folded string exactly when the text, its ASCII letters (and ſ, K) in lower case, includes it — read at once or learnt later', () => {
        const fold = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/\u017f/g, 's').replace(/\u212a/g, 'k');
        const letters = ['a', 'B', 's', 'S', '\u017f', 'k', 'K', '\u212a', '不', '退'];
        const spell = (max: number) => Array.from({ length: 1 + random(max) }, () => letters[random(letters.length)]).join('');
        const early = [...new Set(Array.from({ length: 60 }, () => fold(spell(3))))];
        const earlyIds = early.map(foldedStringId);
        const texts = Array.from({ length: 500 }, () => spell(12));
        const read = texts.map(sieveOf);
        // numbered after every text was read: learnt on the next reading
        const late = [...new Set(Array.from({ length: 60 }, () => `${fold(spell(2))}b`))].filter((x) => !early.includes(x));
        const lateIds = late.map(foldedStringId);
        const wrong: string[] = [];
        let held = 0;
        texts.forEach((t, i) => {
            const s = sieveOf(t);
            expect(s).toBe(read[i]);
            [...early, ...late].forEach((x, k) => {
                const expected = fold(t).includes(x);
                if (holdsString(s, [...earlyIds, ...lateIds][k]) !== expected) wrong.push(`${x} in ${t}`);
                if (expected) held++;
            });
        });
        expect(wrong).toEqual([]);
        expect(held).toBeGreaterThan(1000);
        // a folded string and the same string as written are two strings: 'ab' as written is not in 'AB'
        const both = [foldedStringId('ab'), stringId('ab')];
        const t = sieveOf('AB');
        expect(both.map((id) => holdsString(t, id))).toEqual([true, false]);
    });
});

describe('a list asked through the sieve', () => {
    it('matches 不.退 across a zero-width joiner, as RE2 does (a grapheme-based search would not)', () => {
        expect(matchesAny(['不.退'], '售出后不\u200d退')).toBe(true);
        expect(RE2JS.compile('不.退').test('售出后不\u200d退')).toBe(true);
        expect(matchesAny(['不.退'], '售出后不可退')).toBe(true);
        expect(matchesAny(['不.退'], '售出后不退')).toBe(false);
    });

    it('answers as RE2 alone for lists made after the text was answered for others, and for texts that left the cache', () => {
        const texts = Array.from({ length: 400 }, () => word(16));
        const first = ['不退', '(换|退)货后', 'ab?𠀀'];
        const union = (list: string[]) => RE2JS.compile(list.map((p) => `(?:${p})`).join('|'));
        for (const t of texts) expect(matchesAny(first, t), t).toBe(union(first).test(t));
        // a list with strings never seen before, as a company pack brings
        const later = ['后换\u0301?', '。不', '[ab]𠀀不'];
        for (const t of texts) expect(matchesAny(later, t), t).toBe(union(later).test(t));
        // push every text out of both generations of the cache, then ask again
        for (let i = 0; i < 2 * GENERATION + 10; i++) sieveOf(`填充文本${i}`);
        for (const t of texts) {
            expect(matchesAny(first, t), t).toBe(union(first).test(t));
            expect(matchesAny(later, t), t).toBe(union(later).test(t));
        }
        expect(texts.filter((t) => union(later).test(t)).length).toBeGreaterThan(5);
        expect(texts.filter((t) => !union(first).test(t)).length).toBeGreaterThan(50);
    });
});

describe('a company pack with wording of its own', () => {
    let dir: string;
    const policy = [
        '政策 测试 "测试政策" {',
        '  版本 "1"',
        '  声明 "本店可隨時調整商品售價，恕不另行通知"',
        '}',
    ].join('\n');
    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'aspl-sieve-'));
        writeFileSync(join(dir, 'pack.yaml'), [
            'id: X-SIEVE-PACK',
            'number: Q/TEST 2—2026',
            'title: { zh: 测试用措辞规则包, en: Test wording pack }',
            'status: 企业标准',
            'source: { note: { zh: 仅供测试。, en: For tests only. } }',
            'enabledByDefault: false',
            'clauses:',
            '  - id: "1"',
            '    section: { zh: 措辞, en: Wording }',
            '    summary: { zh: 不得保留随时改价的权利。, en: No right to reprice at any time. }',
            '    level: shall',
            '    check:',
            '      voidWording:',
            '        kinds:',
            '          - kind: reprice',
            '            label: { zh: 随时改价, en: repricing at any time }',
            '            patterns: ["随时(调整|更改)[^。，]{0,6}售价"]',
            '',
        ].join('\n'));
        writeFileSync(join(dir, 'aspl.config.yaml'), 'extraPacks: ["./pack.yaml"]\n');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('finds its hit in a text already read for the shipped catalogs, underlining the words', async () => {
        const analyzer = new Analyzer({ lang: 'en' });
        const without = await analyzer.analyzeText(policy, '/virtual/sieve.aspl');
        expect(without.evaluation!.findings.filter((f) => f.ruleId.startsWith('X-SIEVE-PACK'))).toEqual([]);
        const r = await analyzer.analyzeText(policy, join(dir, 'policy.aspl'));
        expect(r.configProblems).toEqual([]);
        const f = r.evaluation!.findings.find((x) => x.ruleId === 'X-SIEVE-PACK 1')!;
        const { start, end } = f.src.range;
        expect([f.status, f.severity, start.line + 1, end.line + 1]).toEqual(['violated', 'error', 3, 3]);
        const line = policy.split('\n')[2];
        expect(line.slice(start.character, end.character)).toBe('隨時調整商品售價');
        expect(say(f.message, 'en')).toContain("'隨時調整商品售價' is repricing at any time");
    });
});
