/**
 * NoticeDocument → Markdown (CommonMark + GFM tables). Every string is escaped: policy text
 * cannot open a link, an image, raw HTML, emphasis, a heading or a table cell. Contacts are
 * printed as text (no links in Markdown).
 */
import { COLON } from '../../i18n/punctuation.js';
import type { Block, NoticeDocument, Rich } from './document.js';
import { richText } from './document.js';
import { escapeMarkdown, escapeMarkdownLine } from './escape.js';

const inline = (r: Rich): string => escapeMarkdown(richText(r));
const line = (r: Rich): string => escapeMarkdownLine(richText(r));
const heading = (level: number, text: string): string => `${'#'.repeat(level)} ${escapeMarkdown(text).replace(/#/g, '\\#')}`;

export function renderMarkdown(doc: NoticeDocument): string {
    const colon = COLON[doc.lang];
    const out: string[] = [heading(1, doc.title), `**${escapeMarkdown(doc.kind)}**${doc.meta.map((m) => ` · ${escapeMarkdown(m)}`).join('')}`];
    if (doc.draft) {
        const d = doc.draft;
        const quote = [`**${escapeMarkdown(d.title)}**`, '', line(d.intro)];
        if (d.items.length) quote.push('', ...d.items.map((i) => `- ${escapeMarkdownLine(i.ruleId)}${colon}${escapeMarkdown(i.message)}`));
        out.push(quote.map((l) => (l ? `> ${l}` : '>')).join('\n'));
    }
    const blocks = (bs: Block[], level: number): void => {
        for (const b of bs) {
            switch (b.kind) {
                case 'para': out.push(line(b.text)); break;
                case 'list': out.push(b.items.map((i) => `- ${line(i)}`).join('\n')); break;
                case 'fields': out.push(b.items.map((i) => `- **${escapeMarkdown(i.label)}**${colon}${inline(i.value)}`).join('\n')); break;
                case 'table': {
                    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
                    out.push([
                        row(b.head.map(escapeMarkdown)),
                        row(b.head.map(() => '---')),
                        ...b.rows.map((r) => row(r.map(inline))),
                    ].join('\n'));
                    break;
                }
                case 'sub': out.push(heading(level, b.title)); blocks(b.blocks, Math.min(level + 1, 6)); break;
            }
        }
    };
    for (const s of doc.sections) {
        out.push(heading(2, s.title));
        blocks(s.blocks, 3);
    }
    return `${out.join('\n\n')}\n`;
}
