/**
 * Escaping for the notice. Every string that reaches a notice passes through `clean` and then
 * through the escaper of its format: policy text can never become markup, script, CSS or a URL.
 * (The Markdown escapers live in io/markdown.ts: the report and the hover use them too.)
 */
import { clean } from '../../io/markdown.js';

export { clean, escapeMarkdown, escapeMarkdownLine } from '../../io/markdown.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
    return clean(text).replace(/[&<>"']/g, (c) => HTML[c]);
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
