/**
 * Text from a policy is data wherever it is shown. In a terminal or a CI log, control characters
 * (ESC sequences erase lines, recolour, set the title, write the clipboard) and bidirectional
 * overrides (which reorder what the reader sees, "Trojan Source") must not reach the screen raw.
 */

/** C0 controls but tab and line breaks, DEL, C1 controls, zero-width and direction marks, line/paragraph separators, bidi embeddings, overrides and isolates, word joiner … invisible operators, BOM. */
// Matching control characters is the point of these two patterns.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** The bidirectional embedding, override and isolate controls that can make source read differently from how it parses. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

const code = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Every unsafe character as `U+XXXX` (tab and line breaks too when `keepBreaks` is false). */
export function escapeInvisible(text: string, keepBreaks = false): string {
    return text.replace(keepBreaks ? UNSAFE : UNSAFE_OR_BREAK, code);
}

/** Every unsafe character (and line break) as one `�`, so columns and carets under a source line stay aligned. */
export function maskInvisible(text: string): string {
    return text.replace(UNSAFE_OR_BREAK, '\uFFFD');
}
