/** Webview helpers: a fresh nonce per render, a strict Content-Security-Policy, HTML escaping. */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export function nonce(): string {
    return randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/**
 * Nothing may load but our own nonce'd script and style: no inline script, no eval, no remote
 * resources; images only from the extension itself.
 */
export function csp(webview: vscode.Webview, n: string): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${n}'`,
        `style-src 'nonce-${n}'`,
        `img-src ${webview.cspSource} data:`,
        `font-src ${webview.cspSource}`,
        "base-uri 'none'",
        "form-action 'none'",
        "frame-src 'none'",
        "connect-src 'none'",
    ].join('; ');
}

export function escapeHtml(s: string): string {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The parts of a self-contained HTML page (the notice, the report) to embed in a webview. */
export function splitPage(html: string): { styles: string[]; body: string } {
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
    // Pages we embed carry no script; drop any all the same (defence in depth, the CSP blocks them too).
    return { styles, body: body.replace(/<script[\s\S]*?<\/script>/gi, '') };
}
