/**
 * Traditional → simplified folding (opencc-js), offset for offset, so that one set of patterns (written
 * in simplified Chinese) reads notices written in traditional or mixed characters (Hong Kong, Taiwan and
 * overseas shops, copied 保修卡 texts).
 */
import * as OpenCC from 'opencc-js/t2cn';

/** Built on first need (its dictionaries take ~5 ms to load): only a text mayChange admits is converted. */
let converter: ((text: string) => string) | undefined;
const toSimplified = (text: string): string => (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);

/**
 * The keys of the converter's dictionaries that change what they match, by their first code point.
 * `Converter({ from: 't', to: 'cn' })` runs the `t2s` configuration: a normalization pass, then the
 * conversion. Each pass replaces, left to right, the longest key starting at each position. A text in
 * which no changing key occurs leaves every pass as it was (a key mapped to itself changes nothing,
 * and the next pass reads the same text): most texts are already simplified, and are returned without
 * running the converter (which spent a third of the detector's time on them). Read from the library's
 * own data at load, never a list of our own; tests/engine/simplified.test.ts holds it to the converter.
 */
const changing = changingKeys();

function changingKeys(): Map<number, string[]> {
    const out = new Map<number, string[]>();
    // opencc-js 1.4 declares the conversion chain only; the normalization pass is there at run time
    const { normalizationChain = [], conversionChain } = OpenCC.Locale.configs.t2s as { normalizationChain?: readonly OpenCC.DictGroup[]; conversionChain: readonly OpenCC.DictGroup[] };
    for (const group of [...normalizationChain, ...conversionChain]) {
        for (const dict of group) {
            for (const [key, value] of entries(dict)) {
                if (key === value || key === '') continue;
                const first = key.codePointAt(0)!;
                const keys = out.get(first);
                if (keys) keys.push(key);
                else out.set(first, [key]);
            }
        }
    }
    return out;
}

/** A dictionary's entries: opencc-js writes them `key value|key value…`, or as pairs. */
function entries(dict: OpenCC.DictLike): ReadonlyArray<readonly [string, string]> {
    if (typeof dict !== 'string') return dict;
    return dict === '' ? [] : dict.split('|').map((e) => {
        const at = e.indexOf(' ');
        return [e.slice(0, at), e.slice(at + 1)] as const;
    });
}

/**
 * The code units a changing key starts with (an astral key: its high surrogate), one byte each: the
 * test of each character of the text is one array read, and a Map is asked only where a key may start.
 */
const starts = new Uint8Array(0x10000);
for (const first of changing.keys()) starts[first > 0xffff ? String.fromCodePoint(first).charCodeAt(0) : first] = 1;

/** Does some key of the converter that changes what it matches occur in the text? */
export function mayChange(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
        if (starts[text.charCodeAt(i)] === 0) continue;
        const keys = changing.get(text.codePointAt(i)!);
        if (keys) for (const k of keys) if (text.startsWith(k, i)) return true;
    }
    return false;
}

/**
 * The text in simplified characters, of the same length. OpenCC maps character for character almost
 * always; where a phrase rule would change the length, each character is converted alone and kept
 * when its conversion is not one code unit.
 */
export function foldToSimplified(text: string): string {
    return mayChange(text) ? sameLength(toSimplified, text) : text;
}

/** The conversion of the text, kept at its length (the rule above), whatever the converter. */
export function sameLength(convert: (text: string) => string, text: string): string {
    const whole = convert(text);
    if (whole.length === text.length) return whole;
    let out = '';
    for (const ch of text) {
        const c = convert(ch);
        out += c.length === ch.length ? c : ch;
    }
    return out;
}
