import { isUtf8 } from 'node:buffer';

/**
 * Where a byte sequence stops being UTF-8. The decoders of Node.js replace bad bytes with U+FFFD
 * silently; whoever would write the text back must know first, or the bytes are lost for good.
 */

/** The byte offset of the first byte that is not part of well-formed UTF-8, or -1 when all is well-formed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
    // the native check first: it builds no string, and nearly every file passes it
    if (isUtf8(bytes)) return -1;
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (need < 0) return i;
        // the second byte's range excludes overlong forms, surrogates and code points past U+10FFFF
        const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
        const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
        }
        i += need + 1;
    }
    return -1;
}
