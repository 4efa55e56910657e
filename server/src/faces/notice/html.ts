/**
 * NoticeDocument → one self-contained HTML page: inline CSS only, no script, no external
 * resource (a Content-Security-Policy forbids any as a second line of defence), every string
 * escaped. Tables have column and row headers; the page carries its language.
 */
import { COLON } from '../../i18n/punctuation.js';
import { say } from '../../i18n/message.js';
import { createHash } from 'node:crypto';
import { LANG_TAG } from '../../i18n/locale.js';
import type { Block, NoticeDocument, Rich } from './document.js';
import { richText } from './document.js';
import { escapeHtml } from './escape.js';
import { T } from './labels.js';
import { NOTICE_CSS } from './style.js';

const e = escapeHtml;

function rich(r: Rich): string {
    if (typeof r === 'string') return e(r);
    return r.map((i) => {
        if (typeof i === 'string') return e(i);
        // Only tel:/mailto: addresses built by contactHref reach here; check again all the same.
        return /^(tel:\+?[0-9]+|mailto:[^\s"'<>&]+)$/.test(i.href) ? `<a href="${e(i.href)}">${e(i.text)}</a>` : e(i.text);
    }).join('');
}

/** Rough display width in em: CJK and other wide characters 1, the rest about half. */
function ems(text: string): number {
    let n = 0;
    for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 1 : 0.55;
    return n;
}

/**
 * Column widths in whole percent, from the content, for a fixed table layout: a short column
 * ("免费", "3个工作日内") gets room for its text on one line of an A4 page (about 46 em wide);
 * longer columns share the rest by how much they hold. Nothing is squeezed to a character a line.
 */
function columnWidths(head: string[], rows: Rich[][]): number[] {
    const NOMINAL = 46;
    const want = head.map((h, c) => Math.max(4, ems(h) + 2, ...rows.map((r) => Math.min(24, ems(richText(r[c] ?? '')) + 2))));
    const short = want.map((w) => w <= 12);
    const fixed = want.reduce((a, w, c) => a + (short[c] ? (w / NOMINAL) * 100 : 0), 0);
    const longTotal = want.reduce((a, w, c) => a + (short[c] ? 0 : w), 0);
    const pct = fixed < 80 && longTotal > 0
        ? want.map((w, c) => (short[c] ? (w / NOMINAL) * 100 : ((100 - fixed) * w) / longTotal))
        : want.map((w) => (w / want.reduce((a, b) => a + b, 0)) * 100);
    return pct.map((p) => Math.min(100, Math.max(1, Math.round(p))));
}

const STYLE_HASH = createHash('sha256').update(NOTICE_CSS).digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'`;

export function renderHtml(doc: NoticeDocument): string {
    const lang = LANG_TAG[doc.lang];
    const colon = COLON[doc.lang];
    const out: string[] = [];
    const push = (s: string) => out.push(s);

    const blocks = (bs: Block[], level: number): void => {
        for (const b of bs) {
            switch (b.kind) {
                case 'para': push(`<p>${rich(b.text)}</p>`); break;
                case 'list': push(`<ul>\n${b.items.map((i) => `<li>${rich(i)}</li>`).join('\n')}\n</ul>`); break;
                case 'fields':
                    push(`<dl class="fields">\n${b.items.map((i) => `<div><dt>${e(i.label)}</dt><dd>${rich(i.value)}</dd></div>`).join('\n')}\n</dl>`);
                    break;
                case 'table': {
                    const head = `<thead><tr>${b.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>`;
                    const rows = b.rows.map((r) => `<tr>${r.map((c, i) => (i === 0
                        ? `<th scope="row">${rich(c)}</th>`
                        : `<td data-label="${e(b.head[i])}">${rich(c)}</td>`)).join('')}</tr>`);
                    const cols = columnWidths(b.head, b.rows).map((w) => `<col class="w${w}">`).join('');
                    push(`<table class="stack">\n<colgroup>${cols}</colgroup>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
                    break;
                }
                case 'sub': {
                    const h = Math.min(level, 6);
                    push(`<h${h}>${e(b.title)}</h${h}>`);
                    blocks(b.blocks, level + 1);
                    break;
                }
            }
        }
    };

    push('<!DOCTYPE html>');
    push(`<html lang="${lang}">`);
    push('<head>');
    push('<meta charset="utf-8">');
    push('<meta name="viewport" content="width=device-width, initial-scale=1">');
    push(`<meta http-equiv="Content-Security-Policy" content="${e(CSP)}">`);
    push('<meta name="referrer" content="no-referrer">');
    push(`<title>${e(`${doc.title} — ${doc.kind}`)}</title>`);
    push(`<style>${NOTICE_CSS}</style>`);
    push('</head>');
    push('<body>');
    push('<div class="page">');
    push('<header class="masthead">');
    push(`<p class="kind">${e(doc.kind)}</p>`);
    push(`<h1>${e(doc.title)}</h1>`);
    if (doc.meta.length) push(`<p class="meta">${doc.meta.map(e).join(' <span aria-hidden="true">·</span> ')}</p>`);
    push('</header>');
    if (doc.draft) {
        const d = doc.draft;
        push('<aside class="draft" aria-labelledby="draft-title">');
        push(`<p class="draft-title" id="draft-title">${e(d.title)}</p>`);
        push(`<p>${e(d.intro)}</p>`);
        if (d.items.length) {
            push(`<ul>\n${d.items.map((i) => `<li><span class="rule">${e(i.ruleId)}</span>${e(colon)}${e(i.message)}</li>`).join('\n')}\n</ul>`);
        }
        push('</aside>');
    }
    if (doc.sections.length > 1) {
        const title = say(T.contents, doc.lang);
        push(`<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${e(title)}</h2><ol>`);
        for (const s of doc.sections) push(`<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`);
        push('</ol></nav>');
    }
    push('<main>');
    for (const s of doc.sections) {
        push(`<section id="${e(s.id)}" aria-labelledby="${e(s.id)}-title">`);
        push(`<h2 id="${e(s.id)}-title">${e(s.title)}</h2>`);
        blocks(s.blocks, 3);
        push('</section>');
    }
    push('</main>');
    push('</div>');
    push('</body>');
    push('</html>');
    return `${out.join('\n')}\n`;
}

