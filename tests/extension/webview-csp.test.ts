/**
 * The extension's webviews (notice preview, compliance report, change review) run no inline script: every page
 * carries the strict CSP from webview.ts (nonce'd script and style only), and embedded pages lose
 * any script before they are shown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csp, escapeHtml, nonce, rowRevealScript, splitPage, webviewPage } from '../../extension/src/webview.js';

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

    it('every page carries that policy, and its nonce on every style and the script', () => {
        const html = webviewPage({ webview, htmlLang: 'zh-CN', styles: ['p { color: red }', 'h1 {}'], body: '<main>x</main>', script: 'void 0;' });
        const n = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(html)?.[1];
        expect(n).toBeTruthy();
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp(webview, n!)}">`);
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
        const tags = html.match(/<(script|style)\b[^>]*>/g) ?? [];
        expect(tags).toEqual([`<style nonce="${n}">`, `<style nonce="${n}">`, `<script nonce="${n}">`]);
        expect(html).toContain('<body>\n<main>x</main>\n<script');
        // a page without a script has no script tag at all
        expect(webviewPage({ webview, htmlLang: 'en', styles: [], body: '' })).not.toContain('<script');
        // a fresh nonce per render
        expect(webviewPage({ webview, htmlLang: 'en', styles: [], body: '' })).not.toContain(n!);
    });

    it('the views build their pages only through webviewPage, with no tag of their own', () => {
        const files = readdirSync(SRC).filter((f) => f.endsWith('.ts') && f !== 'webview.ts');
        const users = files.filter((f) => readFileSync(join(SRC, f), 'utf8').includes('webviewPage({'));
        expect(users.sort()).toEqual(['diff-view.ts', 'notice-preview.ts', 'report-view.ts']);
        for (const f of files) {
            const text = readFileSync(join(SRC, f), 'utf8');
            expect(text, f).not.toMatch(/<!DOCTYPE|<(script|style)\b|unsafe-inline|unsafe-eval/i);
        }
    });

    it('the table views reveal a row on click, Enter or Space, and remember their document', () => {
        const js = rowRevealScript('report', 'file:///a</script>.aspl');
        expect(js).toContain('"file:///a\\u003c/script>.aspl"');
        expect(js).toContain(`getElementById("report")`);
        expect(() => new Function(js)).not.toThrow();
        expect(() => new Function(rowRevealScript('diff', 'file:///b.aspl', '\n  main.dataset.ready = "1";'))).not.toThrow();
    });

    it('embedded pages lose their scripts and policy text is escaped', () => {
        const { body, styles } = splitPage('<html><head><style>p{}</style></head><body><p>x</p><script>alert(1)</script><SCRIPT src=x></SCRIPT></body></html>');
        expect(body).toBe('<p>x</p>');
        expect(styles).toEqual(['p{}']);
        expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    });
});
