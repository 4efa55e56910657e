/**
 * Messages by id, rendered where they are shown (ESLint's `messageId` + data). A check or a
 * validator returns a {@link Msg} — an id and its parameters, no string built — and the face
 * that shows it (CLI, editor, report, notice) renders it in the reader's language with
 * {@link say}. A parameter may itself be a message or a word of a vocabulary, so enum words
 * (receipt, delivery, complaint …) are read in that language too.
 *
 * `say(text, lang, params?)` is the one way to turn any text into a string: a message, or a
 * {@link Bilingual} pair (catalog data, a table of words).
 */
import type { Bilingual, Lang } from './locale.js';
import { LIST_SEPARATOR } from './punctuation.js';

/** A parameter of a message: a plain value, or a text rendered in the reader's language. */
export type Param = string | number | Text;
export type Params = Readonly<Record<string, Param>>;

/** A message by id with its parameters; rendered only when shown. */
export interface Msg {
    readonly id: string;
    readonly params?: Params;
}

/** Anything shown to a reader: a message by id, or a pair already written in both languages. */
export type Text = Msg | Bilingual;

/** One entry of a message table: both templates with `{name}` placeholders, or a function of the language (capitalizing, lists). */
export type Template = Bilingual | ((lang: Lang, params: Readonly<Record<string, string>>, raw: Params) => string);

const TEMPLATES = new Map<string, Template>();

/**
 * Registers a table of messages under a namespace and returns a constructor per key:
 * `const M = defineMessages('exists', { missing: { zh: '政策未写明{what}', en: '…' } })`,
 * then `M.missing({ what })` is a {@link Msg} with id `exists.missing`.
 */
export function defineMessages<K extends string>(namespace: string, table: Record<K, Template>): Record<K, (params?: Params) => Msg> {
    const out = {} as Record<K, (params?: Params) => Msg>;
    for (const key of Object.keys(table) as K[]) {
        const id = `${namespace}.${key}`;
        if (TEMPLATES.has(id)) throw new Error(`message ${id} is defined twice`);
        TEMPLATES.set(id, table[key]);
        out[key] = (params?: Params): Msg => (params ? { id, params } : { id });
    }
    return out;
}

export function isMsg(t: unknown): t is Msg {
    return typeof t === 'object' && t !== null && typeof (t as Msg).id === 'string';
}

function fill(template: string, params: Readonly<Record<string, string>>): string {
    return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(params, k) ? params[k] : m));
}

function renderParams(params: Params | undefined, lang: Lang): Record<string, string> {
    const out: Record<string, string> = {};
    if (!params) return out;
    // A value missing at run time (a half-parsed node) reads as it always did: String(value).
    for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'object' && v !== null ? say(v, lang) : String(v);
    return out;
}

/** A text in the reader's language; `params` fill its placeholders (after the message's own). */
export function say(text: Text, lang: Lang, params?: Params): string {
    if (isMsg(text)) {
        const template = TEMPLATES.get(text.id);
        const values = renderParams(params ? { ...text.params, ...params } : text.params, lang);
        if (!template) return text.id;
        return typeof template === 'function' ? template(lang, values, params ? { ...text.params, ...params } : text.params ?? {}) : fill(template[lang], values);
    }
    return params ? fill(text[lang], renderParams(params, lang)) : text[lang];
}

/** Both languages of a text (for data that carries both: JSON for another tool, a notice's refusal). */
export function both(text: Text): Bilingual {
    return { zh: say(text, 'zh'), en: say(text, 'en') };
}

const COMMON = defineMessages('i18n', {
    /** A list of texts: 、 in Chinese, `, ` in English (the items are the numbered params). */
    list: (lang, p) => Object.keys(p).sort((a, b) => Number(a) - Number(b)).map((k) => p[k]).join(LIST_SEPARATOR[lang]),
});

/** A list of texts, joined in the reader's language. */
export function listOf(items: readonly Param[]): Msg {
    return COMMON.list(Object.fromEntries(items.map((t, i) => [String(i), t])));
}
