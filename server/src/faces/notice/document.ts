/**
 * The notice as format-neutral data: what the Markdown and HTML renderers print.
 * Every string here is plain text (escaped by the renderer); only `Link` carries an address,
 * and only a tel:/mailto: address built by `contactHref`.
 */
import type { Lang } from '../../i18n/locale.js';

export interface Link { href: string; text: string }
export type Inline = string | Link;
/** A run of text: a string or a mix of strings and links. */
export type Rich = string | Inline[];

export interface TableBlock {
    kind: 'table';
    head: string[];
    /** The first cell of every row is the row's header (`<th scope="row">`). */
    rows: Rich[][];
}
export interface FieldsBlock { kind: 'fields'; items: Array<{ label: string; value: Rich }> }
export interface ParaBlock { kind: 'para'; text: Rich }
export interface ListBlock { kind: 'list'; items: Rich[] }
export interface SubBlock { kind: 'sub'; title: string; blocks: Block[] }
export type Block = TableBlock | FieldsBlock | ParaBlock | ListBlock | SubBlock;

export interface Section { id: string; title: string; blocks: Block[] }

export interface DraftBanner { title: string; intro: string; items: Array<{ ruleId: string; message: string }> }

export interface NoticeDocument {
    lang: Lang;
    /** The policy's title (or provider name): the page heading. */
    title: string;
    /** "售后服务公告" / "After-sales service notice". */
    kind: string;
    /** Version and effective date, for the line under the heading. */
    meta: string[];
    draft?: DraftBanner;
    sections: Section[];
}

export function richText(r: Rich): string {
    return typeof r === 'string' ? r : r.map((i) => (typeof i === 'string' ? i : i.text)).join('');
}
