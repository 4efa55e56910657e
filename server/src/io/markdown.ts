/**
 * Policy text in Markdown (the notice, the compliance report, the editor's hover) is text,
 * never markup: no images (tracking pixels), links, emphasis, headings or raw HTML from it.
 */

/** Control characters, bidi overrides and line separators: dropped or turned into spaces. */
const SPACES = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const DROP = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** One line of plain text: no control characters, no bidi tricks, no line breaks. */
export function clean(text: string): string {
    return text.replace(SPACES, ' ').replace(DROP, '');
}

/**
 * Inline Markdown text: backslash-escapes every character that could start markup (emphasis, links,
 * images, raw HTML, entities, code, tables, strike-through) and breaks the patterns that GFM
 * turns into web links on its own (`https://`, `www.`). Line-start markers are handled by
 * `escapeMarkdownLine`. (A bare e-mail address may still become a mailto: link in GFM.)
 */
export function escapeMarkdown(text: string): string {
    return clean(text)
        .replace(/[\\`*_[\]<>|~&{}$]/g, (c) => `\\${c}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(www)\./gi, '$1\\.');
}

/** Like escapeMarkdown, for text that starts a line (a paragraph): no heading, list, quote or rule. */
export function escapeMarkdownLine(text: string): string {
    const t = escapeMarkdown(text);
    return t.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A code span holding any text: a backtick fence longer than any run of backticks inside it. */
export function codeSpan(text: string): string {
    const t = clean(text);
    let longest = 0;
    for (const m of t.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
