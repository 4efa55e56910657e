/**
 * Which of the strings the patterns require (engine/patterns.ts) a text holds, found in one scan of the
 * text and kept with it, so that every list and check reading the text asks a bit instead of searching
 * again. Strings are numbered as patterns bring them (shipped catalogs at once, company packs as they
 * load); a text read before a string was known learns it on its next reading. Answers that depend
 * on the text alone are kept with it too.
 *
 * Our own small trie rather than an npm Aho–Corasick library: the well-kept one (modern-ahocorasick)
 * matches whole grapheme clusters, so it misses 不 in 不‍退 (a zero-width joiner after it), which
 * RE2 and String.prototype.includes find; a pattern such as 不.退 would then be turned away before
 * RE2 saw the text. This trie matches UTF-16 code units, exactly as `includes` does; patterns are
 * phrases of a few characters, so walking it from every position of a short text is linear in
 * practice (at most the longest string's length per position).
 */

interface Node { id: number; next: Map<number, Node> | undefined }

/**
 * Two tries: strings as written, matched on the text as it is, and case-folded strings (what a
 * case-insensitive pattern requires, engine/patterns.ts), matched on the text with its letters folded
 * (foldedCode). Both number their strings in one sequence, so a text holds either kind by one bit.
 */
const root = new Map<number, Node>();
const foldedRoot = new Map<number, Node>();
const strings: string[] = [];
/** Which numbers are case-folded strings. */
const folded: boolean[] = [];
const ids = new Map<string, number>();
const foldedIds = new Map<string, number>();

/** The number of a string (non-empty), given when first asked for. */
export const stringId = (s: string): number => numberOf(s, false);

/**
 * The number of a case-folded string: held by a text when the text, its letters folded by foldedCode,
 * includes it. `s` is written folded already (ASCII letters in lower case; patterns.ts makes it so).
 */
export const foldedStringId = (s: string): number => numberOf(s, true);

function numberOf(s: string, isFolded: boolean): number {
    const known = isFolded ? foldedIds : ids;
    let id = known.get(s);
    if (id !== undefined) return id;
    id = strings.length;
    strings.push(s);
    folded.push(isFolded);
    known.set(s, id);
    let level = isFolded ? foldedRoot : root, node: Node | undefined;
    for (let i = 0; i < s.length; i++) {
        if (node) level = node.next ??= new Map();
        const c = s.charCodeAt(i);
        node = level.get(c);
        if (!node) level.set(c, (node = { id: -1, next: undefined }));
    }
    node!.id = id;
    return id;
}

/**
 * A code unit as RE2's case-insensitive matching reads it: an ASCII letter in lower case, and the two
 * other characters whose case folds reach an ASCII letter (ſ U+017F ~ s, the Kelvin sign U+212A ~ k;
 * the only ones, checked against re2js over every code point in tests/engine/pattern-gate.test.ts).
 * Other letters are left as they are: patterns.ts gives no folded string holding one.
 */
export const foldedCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c === 0x212a ? 107 : c);

const foldText = (text: string): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldedCode(text.charCodeAt(i)));
    return out;
};

/** One text as the sieve read it: a bit per known string it holds, and answers kept for it (`memo`). */
export interface Sieve {
    readonly text: string;
    /** How many strings were known when `held` was last brought up to date. */
    known: number;
    held: Int32Array;
    /**
     * Answers that depend on the text alone, by what they answer for (a wording check's hits, by its
     * spec). Keyed by the objects, not by numbers handed out, so that packs reloaded many times in an
     * editor leave nothing behind once their sieves leave the cache.
     */
    readonly memo: Map<object, unknown>;
}

/** Does the text the sieve read hold string number `id`? */
export const holdsString = (s: Sieve, id: number): boolean => (s.held[id >>> 5] & (1 << (id & 31))) !== 0;

/**
 * Texts recently read, in two generations: a text found in the older moves to the newer, and when the
 * newer is full the older is dropped. Policies repeat their texts (a description on every service, a
 * company's boilerplate in every policy), so most readings are answered here; the bound keeps memory
 * flat over any number of files (each entry is a few hundred bytes; 4,096 a generation read the texts
 * of 1,000 realistic policies with no more scans than their 8,820 distinct texts, measured). Texts
 * longer than CACHED_CHARS are read but not kept (a policy's long texts are its own, and hostile
 * ones must not stay in memory after their policy is released).
 */
export const GENERATION = 4096;
export const CACHED_CHARS = 512;
let recent = new Map<string, Sieve>(), older = new Map<string, Sieve>();
// the last text read: the lists of one check and the checks after it read the same text in a row
let lastText: string | undefined, lastSieve: Sieve | undefined;

/** The sieve of a text, up to date with every string known now (`upToDate`). */
export function sieveOf(text: string): Sieve {
    let s: Sieve | undefined = text === lastText ? lastSieve : text.length > CACHED_CHARS ? undefined : recent.get(text);
    if (s === undefined) {
        const cached = text.length <= CACHED_CHARS;
        s = older.get(text) ?? { text: cached ? own(text) : text, known: 0, held: NOTHING, memo: new Map() };
        if (cached) {
            if (recent.size >= GENERATION) { older = recent; recent = new Map(); }
            recent.set(s.text, s);
        }
    }
    lastText = text;
    lastSieve = s;
    return upToDate(s);
}

const NOTHING = new Int32Array(0);

/**
 * The text in a string of its own. V8 makes a substring that points into its parent, so a text sliced
 * out of a policy would keep the whole policy alive for as long as it is cached (10,000 files peaked
 * at 530 MB instead of 420, measured); concatenating and slicing again copies the characters.
 */
const own = (text: string): string => (' ' + text).slice(1);

/**
 * The sieve, up to date with every string known now: a new text is scanned once; one read before
 * learns the strings added since.
 */
export function upToDate(s: Sieve): Sieve {
    if (s.known !== strings.length) learn(s);
    return s;
}

function learn(s: Sieve): void {
    const { text } = s;
    const held = new Int32Array((strings.length + 31) >>> 5);
    if (s.known === 0) {
        scan(text, root, held, false);
        if (foldedRoot.size > 0) scan(text, foldedRoot, held, true);
    } else {
        held.set(s.held);
        let textFolded: string | undefined;
        for (let id = s.known; id < strings.length; id++) {
            const within = folded[id] ? (textFolded ??= foldText(text)) : text;
            if (within.includes(strings[id])) held[id >>> 5] |= 1 << (id & 31);
        }
    }
    s.held = held;
    s.known = strings.length;
}

/** Sets the bit of every string of the trie found in the text (two loops, not one with a folding callback: this is the hot path of every text read). */
function scan(text: string, trie: Map<number, Node>, held: Int32Array, fold: boolean): void {
    if (!fold) {
        for (let i = 0; i < text.length; i++) {
            let node = trie.get(text.charCodeAt(i));
            for (let j = i + 1; node !== undefined; j++) {
                if (node.id >= 0) held[node.id >>> 5] |= 1 << (node.id & 31);
                if (node.next === undefined || j >= text.length) break;
                node = node.next.get(text.charCodeAt(j));
            }
        }
        return;
    }
    for (let i = 0; i < text.length; i++) {
        let node = trie.get(foldedCode(text.charCodeAt(i)));
        for (let j = i + 1; node !== undefined; j++) {
            if (node.id >= 0) held[node.id >>> 5] |= 1 << (node.id & 31);
            if (node.next === undefined || j >= text.length) break;
            node = node.next.get(foldedCode(text.charCodeAt(j)));
        }
    }
}
