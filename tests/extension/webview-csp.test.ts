/**
 * The extension's webviews (notice preview, compliance report, change review) run no inline script: every page
 * carries the strict CSP from webview.ts (nonce'd script and style only), and embedded pages lose
 * any script before they are shown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csp, escapeHtml, nonce, splitPage } from '../../extension/src/webview.js';

const SRC = join(__dirname, '../../extension/src');
const webview = { cspSource: 'vscode-webview://ext' } as never;

describe('webview content security', () => {
    it('allows only nonce-bearing scripts and styles, nothing remote, no eval', () => {
        const n = nonce();
        const policy = csp(webview, n);
        expect(policy).toContain("default-src 'none'");
        expect(policy).toContain(`script-src 'nonce-${n}'`);
        expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
        expect(nonce()).not.toBe(n);
        expect(n).toMatch(/^[A-Za-z0-9]{16,}$/);
    });

    it('every webview page in the extension uses that policy', () => {
        const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
        const pages = files.filter((f) => readFileSync(join(SRC, f), 'utf8').includes('<!DOCTYPE html>'));
        expect(pages.sort()).toEqual(['diff-view.ts', 'notice-preview.ts', 'report-view.ts']);
        for (const f of pages) {
            const text = readFileSync(join(SRC, f), 'utf8');
            expect(text).toMatch(/<meta http-equiv="Content-Security-Policy" content="\$\{csp\(this\.panel\.webview, n\)\}">/);
            expect(text).not.toMatch(/unsafe-inline|unsafe-eval/);
            // every script and style tag carries the nonce
            for (const tag of text.match(/<(script|style)\b[^>]*>/g) ?? []) expect(tag, `${f}: ${tag}`).toMatch(/nonce="\$\{n\}"/);
        }
    });

    it('embedded pages lose their scripts and policy text is escaped', () => {
        const { body, styles } = splitPage('<html><head><style>p{}</style></head><body><p>x</p><script>alert(1)</script><SCRIPT src=x></SCRIPT></body></html>');
        expect(body).toBe('<p>x</p>');
        expect(styles).toEqual(['p{}']);
        expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    });
});
