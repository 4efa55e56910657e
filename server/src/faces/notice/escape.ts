/**
 * Escaping for the notice. Every string that reaches a notice passes through `clean` and then
 * through the escaper of its format: policy text can never become markup, script, CSS or a URL.
 */

/** Control characters, bidi overrides and line separators: dropped or turned into spaces. */
const SPACES = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const DROP = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** One line of plain text: no control characters, no bidi tricks, no line breaks. */
export function clean(text: string): string {
    return text.replace(SPACES, ' ').replace(DROP, '');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
    return clean(text).replace(/[&<>"']/g, (c) => HTML[c]);
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

/** A phone number as written on a contact line: digits with optional spaces, hyphens, + and (area code). */
const PHONE = /^\+?[0-9]{2,4}(?:[ -]?(?:\([0-9]{2,4}\)|[0-9]{2,8})){0,4}$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * A tel: or mailto: address for a contact that is nothing but a phone number or an e-mail
 * address; undefined for anything else (which is then shown as text, never as a link).
 */
export function contactHref(contact: string, kind: 'phone' | 'email'): string | undefined {
    const c = contact.trim();
    if (kind === 'phone' && PHONE.test(c)) {
        const digits = c.replace(/[^0-9+]/g, '');
        return digits.length >= 5 && digits.length <= 16 ? `tel:${digits}` : undefined;
    }
    if (kind === 'email' && EMAIL.test(c) && c.length <= 254) return `mailto:${c}`;
    return undefined;
}
