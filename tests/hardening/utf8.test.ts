/**
 * Well-formed UTF-8 is told without decoding (io/utf8.ts, parse/load.ts use node:buffer's isUtf8):
 * it must say exactly what a fatal WHATWG decoder says, on the byte sequences where decoders differ —
 * overlong forms, surrogates, code points past U+10FFFF, truncated sequences, a byte-order mark.
 */
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../server/src/io/utf8.js';

const decodes = (b: Uint8Array) => {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
        return true;
    } catch {
        return false;
    }
};

describe('UTF-8 validation', () => {
    const cases: Array<[string, number[]]> = [
        ['ascii', [0x61, 0x62]], ['bom', [0xef, 0xbb, 0xbf, 0x61]], ['cjk', [0xe6, 0x9c, 0x8d]], ['astral', [0xf0, 0x9f, 0x98, 0x80]],
        ['overlong 2', [0xc0, 0xaf]], ['overlong 3', [0xe0, 0x80, 0xaf]], ['overlong 4', [0xf0, 0x80, 0x80, 0xaf]],
        ['surrogate', [0xed, 0xa0, 0x80]], ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]], ['f5', [0xf5, 0x80, 0x80, 0x80]],
        ['truncated', [0x61, 0xe6, 0x9c]], ['lone continuation', [0x80]], ['latin-1', [0x61, 0xb0, 0xe6]], ['empty', []],
    ];
    it('agrees with a fatal decoder, and finds the first bad byte', () => {
        for (const [name, bytes] of cases) {
            const b = Uint8Array.from(bytes);
            expect([name, firstInvalidUtf8(b) === -1]).toEqual([name, decodes(b)]);
        }
        expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe6, 0x9c]))).toBe(1);
        expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    });
});
