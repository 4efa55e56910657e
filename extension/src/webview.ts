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

/** What a webview page holds besides the frame every page shares. */
export interface PageParts {
    webview: vscode.Webview;
    /** The page's `lang` attribute (BCP 47). */
    htmlLang: string;
    /** Style sheets, in order; each becomes a nonce'd `<style>`. */
    styles: readonly string[];
    body: string;
    /** The page's one script (no `<script>` tag), or none. */
    script?: string;
}

/**
 * The one frame of every webview page: the strict CSP above with a fresh nonce, and that nonce on
 * every style and the script, so a page cannot forget either.
 */
export function webviewPage(p: PageParts): string {
    const n = nonce();
    const styles = p.styles.map((css) => `<style nonce="${n}">${css}</style>`).join('\n');
    const script = p.script === undefined ? '' : `\n<script nonce="${n}">${p.script}</script>`;
    return `<!DOCTYPE html>
<html lang="${p.htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(p.webview, n)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles}
</head>
<body>
${p.body}${script}
</body>
</html>`;
}

/** The look the table views (compliance report, change review) share. */
export const TABLE_VIEW_CSS = `
  body { font: 13px/1.5 var(--vscode-font-family, sans-serif); color: var(--vscode-foreground); padding: 0 1rem 2rem; }
  h2 { font-size: 1.1em; margin: 1.4em 0 .3em; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 3px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #ddd); }
  thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
  .row { cursor: pointer; }
  .row:hover, .row:focus { background: var(--vscode-list-hoverBackground, #eef); outline: 1px solid var(--vscode-focusBorder, #07f); }
  td.where { white-space: nowrap; font-family: var(--vscode-editor-font-family, monospace); opacity: .8; }
  .msg { opacity: .8; font-size: .9em; font-style: italic; }
  .badge { display: inline-block; padding: 0 6px; border-radius: 8px; white-space: nowrap; font-size: .92em; }
`;

/**
 * The table views' script: the panel remembers its document (so VS Code can restore it), and a row
 * — clicked, or Enter/Space on it — asks the extension to reveal its place in the policy. `extra`
 * runs after, with `vscode` and `main` in scope.
 */
export function rowRevealScript(mainId: string, uri: string, extra = ''): string {
    return `
(function () {
  const vscode = acquireVsCodeApi();
  vscode.setState({ uri: ${JSON.stringify(uri).replace(/</g, '\\u003c')} });
  const main = document.getElementById(${JSON.stringify(mainId)});
  function rowOf(target) { return target && target.closest ? target.closest('.row') : null; }
  function reveal(row) { vscode.postMessage({ type: 'reveal', index: Number(row.dataset.index) }); }
  main.addEventListener('click', function (e) { const row = rowOf(e.target); if (row) reveal(row); });
  main.addEventListener('keydown', function (e) {
    const row = rowOf(e.target);
    if (row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); reveal(row); }
  });${extra}
}());
`;
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
