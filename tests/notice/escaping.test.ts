/** Nothing in a policy can become markup, script, CSS or a link in the notice. */
import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { clean, contactHref, escapeHtml, escapeMarkdown, escapeMarkdownLine } from '../../server/src/faces/notice/escape.js';
import { analyzeText, FIXTURES, htmlText, HOSTILE_POLICY, LANGS, markdownText, PAYLOAD, PAYLOADS } from './helpers.js';

const ALLOWED_TAGS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'aside',
    'ul', 'ol', 'li', 'nav', 'a', 'main', 'section', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd', 'span',
]);

async function hostile() {
    const a = await analyzeText(HOSTILE_POLICY, `${FIXTURES}/hostile.aspl`);
    expect(a.model?.title?.value).toBe(PAYLOAD);
    return a;
}

describe('notice escaping', () => {
    it('escapes HTML text and attributes', () => {
        expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    });

    it('drops control characters and bidi overrides, and keeps text on one line', () => {
        expect(clean('a\u202Eb\u0000c\nd\r\ne\u2028f')).toBe('abc d e f');
    });

    it('escapes every Markdown construct that could carry markup or a link', () => {
        expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
        expect(escapeMarkdown('<b>*a* _b_ `c` ~d~ | &amp;')).toBe('\\<b\\>\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\| \\&amp;');
        expect(escapeMarkdown('see https://evil.example or www.evil.example')).toBe('see https\\://evil.example or www\\.evil.example');
        expect(escapeMarkdownLine('# title')).toBe('\\# title');
        expect(escapeMarkdownLine('- item')).toBe('\\- item');
        expect(escapeMarkdownLine('1. item')).toBe('1\\. item');
        expect(escapeMarkdownLine('> quote')).toBe('\\> quote');
    });

    it('links only contacts that are nothing but a phone number or an e-mail address', () => {
        expect(contactHref('400-826-3377', 'phone')).toBe('tel:4008263377');
        expect(contactHref('1069 0826 3377', 'phone')).toBe('tel:106908263377');
        expect(contactHref('+86 21 6000 0000', 'phone')).toBe('tel:+862160000000');
        expect(contactHref('kefu@youju-home.example', 'email')).toBe('mailto:kefu@youju-home.example');
        for (const bad of ['javascript:alert(1)', 'tel:123456', '400-826-3377（售后热线）', '12', '123456789012345678901', '<script>']) {
            expect(contactHref(bad, 'phone'), bad).toBeUndefined();
        }
        for (const bad of ['javascript:alert(1)@x.example', 'mailto:a@b.example', 'a@b', 'a b@c.example', '"a"@b.example', 'a@b.example?subject=x']) {
            expect(contactHref(bad, 'email'), bad).toBeUndefined();
        }
        expect(contactHref('kefu@youju-home.example', 'phone')).toBeUndefined();
    });

    it('renders a hostile policy as inert HTML: only our own tags, only tel:/mailto:/# links, the attacks as text', async () => {
        const a = await hostile();
        for (const lang of LANGS) {
            const r = renderNotice(a, { format: 'html', lang, draft: true });
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            const html = r.text;
            const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase());
            expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
            expect(html.match(/<style>/g)).toHaveLength(1);
            expect(html.match(/<\/style>/g)).toHaveLength(1);
            const openTags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
            for (const t of openTags) expect(t).not.toMatch(/\s(on[a-z]+|style|src|srcset|action|formaction)\s*=/i);
            const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]);
            for (const h of hrefs) expect(h).toMatch(/^(#[a-z]+|tel:\+?[0-9]+|mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)$/);
            expect(hrefs.some((h) => h.startsWith('tel:') || h.startsWith('mailto:'))).toBe(false);
            const text = htmlText(html);
            expect(text).toContain(PAYLOAD);
            for (const p of PAYLOADS) expect(text).toContain(p);
            expect(text).toContain('https://evil.example/<script>');
        }
    });

    it('renders a hostile policy as inert Markdown, also through a permissive renderer', async () => {
        const a = await hostile();
        const { default: MarkdownIt } = await import('markdown-it');
        const md = new MarkdownIt({ html: true, linkify: true });
        for (const lang of LANGS) {
            const r = renderNotice(a, { format: 'md', lang, draft: true });
            expect(r.ok).toBe(true);
            if (!r.ok) return;
            expect(markdownText(r.text)).toContain(PAYLOAD);
            const html = md.render(r.text);
            expect(html).not.toMatch(/<(script|img|svg|style|iframe)/i);
            for (const t of html.match(/<[a-zA-Z][^>]*>/g) ?? []) expect(t).not.toMatch(/\s(on[a-z]+|style|src)\s*=/i);
            const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
            expect(hrefs).toEqual([]);
            expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
            expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
        }
    });
});
