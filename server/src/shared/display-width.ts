import { createRequire } from 'node:module';

/**
 * Code points that always form a grapheme cluster of their own (none joins, none combines, none is
 * an emoji or zero-width) with the width string-width gives each: [first, last, columns]. A text
 * made of these alone is as wide as the sum of its characters, and most of what the human output
 * measures is: ASCII, CJK ideographs and punctuation, full-width forms, the quotes, dashes and
 * symbols of Chinese prose. tests/shared/display-width.test.ts holds every one to string-width.
 */
const SIMPLE: ReadonlyArray<readonly [number, number, 1 | 2]> = [
    [0x20, 0x7e, 1],
    [0xa0, 0xa8, 1], [0xaa, 0xac, 1], [0xaf, 0xff, 1], // Latin-1 without ©, soft hyphen, ®
    [0x2010, 0x2027, 1], [0x2030, 0x203b, 1], // dashes, quotes, …, ‰, ※
    [0x2103, 0x2103, 1], [0x2190, 0x2193, 1], [0x2260, 0x2260, 1], [0x2264, 0x2265, 1], [0x2460, 0x2473, 1], // ℃, ←↑→↓, ≠≤≥, ①–⑳
    [0x25a0, 0x25a1, 1], [0x25b2, 0x25b3, 1], [0x25c6, 0x25c7, 1], [0x25cb, 0x25cb, 1], [0x25ce, 0x25cf, 1], // ■□▲△◆◇○◎●
    [0x26a0, 0x26a0, 1], // ⚠ (an emoji only with U+FE0F, which is not here)
    [0x3000, 0x3029, 2], [0x3031, 0x303c, 2], [0x303e, 0x303e, 2], // CJK punctuation without marks and 〰 〽
    [0x3041, 0x3096, 2], [0x309b, 0x30ff, 2], // kana without the combining sound marks
    [0x3400, 0x4dbf, 2], [0x4e00, 0x9fff, 2], // CJK ideographs
    [0xff01, 0xff60, 2], [0xffe0, 0xffe6, 2], // full-width forms
];

/** The width of a text made only of SIMPLE characters; undefined when it holds any other. */
export function simpleWidth(text: string): number | undefined {
    let width = 0;
    next: for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x20 && c <= 0x7e) { width += 1; continue; }
        for (const [first, last, columns] of SIMPLE) {
            if (c < first) return undefined;
            if (c <= last) { width += columns; continue next; }
        }
        return undefined;
    }
    return width;
}

type StringWidth = (text: string) => number;
let stringWidth: StringWidth | undefined;

/**
 * string-width, loaded on first need: its initialisation (Intl.Segmenter, the RGI-emoji pattern)
 * and its first emoji test cost ~30–40 ms, paid before now by every run, machine formats included.
 * The bundle's `require` loads the bundled copy; ES modules (tsc's out/) create one.
 */
function loadStringWidth(): StringWidth {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, lazy load (see above)
    const m = (typeof require === 'function' ? require('string-width') : createRequire(import.meta.url)('string-width')) as { default: StringWidth };
    return m.default;
}

/** Terminal width of a string: CJK and full-width characters take two columns (string-width). */
export function displayWidth(text: string): number {
    return simpleWidth(text) ?? (stringWidth ??= loadStringWidth())(text);
}
