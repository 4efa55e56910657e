/**
 * Writes a snippet's ASPL in one keyword language, so each snippet is written once for both:
 * keywords come from the grammar map, vocabulary words from their vocabularies, durations from
 * the one duration formatter, texts from messages; what is left is LSP snippet syntax
 * (`${1:default}`, `${2|a,b|}`).
 */
import type { Lang } from '../../i18n/locale.js';
import { say, type Text } from '../../i18n/message.js';
import { CLAUSE_SEPARATOR, LIST_SEPARATOR } from '../../i18n/punctuation.js';
import { headKeyword, keyword, keywords, keywordSpellings, reservedWords, type AstTypeName, type Keyword } from '../../parse/grammar-map.js';
import { formatDuration } from '../../parse/literals.js';
import { CURRENCIES, DISTANCE_UNITS, type DistanceUnit, type Unit, type Vocabulary } from '../../parse/vocabulary.js';
import { CJK } from '../../shared/cjk.js';

/** Mileage as each language writes it: kilometres in English, 万公里 (10,000 km) in Chinese. */
const MILEAGE_UNIT: Readonly<Record<Lang, DistanceUnit>> = { en: 'km', zh: '10k-km' };
const KM_PER: Readonly<Record<DistanceUnit, number>> = { km: 1, '10k-km': 10_000 };

/** Chinese writes a filler such as `within` (内) after the duration (`1小时内`), English before it. */
const FILLER_AFTER: Readonly<Record<Lang, boolean>> = { zh: true, en: false };

let reserved: Set<string> | undefined;

export class SnippetWriter {
    constructor(readonly lang: Lang) {}

    /** A text in this language. */
    say(text: Text): string {
        return say(text, this.lang);
    }

    /** Words a writer of this keyword language may type to find a snippet (none in the other language). */
    only(lang: Lang, ...words: string[]): string[] {
        return lang === this.lang ? words : [];
    }

    /** Keywords of a rule joined by spaces; an optional filler (`within`) is left out in Chinese. */
    kw(rule: AstTypeName, ...words: Keyword[]): string {
        return keywords(this.lang, rule, ...words);
    }

    /** Keywords of a rule, fillers written as words of their own (`退款 内`). */
    kwAll(rule: AstTypeName, ...words: Keyword[]): string {
        return words.map((w) => keyword(this.lang, rule, w)).join(' ');
    }

    /** The keyword that opens a rule. */
    head(rule: AstTypeName): string {
        return headKeyword(rule, this.lang);
    }

    /** A keyword in another of its grammar spellings in some language (`per` as `/`), checked against the grammar. */
    spelled(rule: AstTypeName, word: Keyword, as: Partial<Record<Lang, string>>): string {
        const s = as[this.lang];
        if (s === undefined) return keyword(this.lang, rule, word);
        if (!keywordSpellings(rule, word).includes(s)) throw new Error(`'${s}' is not a spelling of '${word}' in rule ${rule}`);
        return s;
    }

    /** `within` and a duration in this language's order: `within 1 hours` / `1小时内`. */
    within(rule: AstTypeName, duration: string): string {
        const w = keyword(this.lang, rule, 'within');
        return FILLER_AFTER[this.lang] ? `${duration}${w}` : `${w} ${duration}`;
    }

    /**
     * A vocabulary word in this language, never a keyword: the first such spelling, or the one named
     * for this language (a snippet may prefer another spelling of the same value; it must be one).
     */
    word<C extends string>(vocab: Vocabulary<C>, value: C, prefer?: Partial<Record<Lang, string>>): string {
        const spellings: readonly string[] = vocab.words[value];
        const wanted = prefer?.[this.lang];
        if (wanted !== undefined) {
            if (!spellings.includes(wanted)) throw new Error(`'${wanted}' is not a spelling of ${value}`);
            return wanted;
        }
        reserved ??= reservedWords();
        const found = spellings.find((s) => !reserved!.has(s) && CJK.test(s) === (this.lang === 'zh'));
        if (!found) throw new Error(`${value} has no ${this.lang} spelling that is not a keyword`);
        return found;
    }

    /** Words of one vocabulary as a list (a value may name its preferred spelling). */
    words<C extends string>(vocab: Vocabulary<C>, values: ReadonlyArray<C | [C, Partial<Record<Lang, string>>]>): string {
        return this.list(values.map((v) => (Array.isArray(v) ? this.word(vocab, v[0], v[1]) : this.word(vocab, v as C))));
    }

    list(items: readonly string[]): string {
        return items.join(LIST_SEPARATOR[this.lang]);
    }

    /** Clauses of one line (a time per region). */
    clauses(items: readonly string[]): string {
        return items.join(CLAUSE_SEPARATOR[this.lang]);
    }

    /** A duration as the formatter writes it (`2 hours`, `2小时`); with a tab stop, its number is the placeholder. */
    duration(amount: number, unit: Unit, tabStop?: number): string {
        const text = formatDuration({ amount, unit }, this.lang);
        return tabStop === undefined ? text : text.replace(/^\d+/, (n) => this.placeholder(tabStop, n));
    }

    /** An amount of money in the currency's word: `50 CNY` / `50元`. */
    money(amount: string): string {
        return this.unit(amount, this.word(CURRENCIES, 'CNY'));
    }

    /** A mileage in this language's unit (`60000 km` / `6万公里`), its number the placeholder. */
    mileage(km: number, tabStop: number): string {
        const unit = MILEAGE_UNIT[this.lang];
        return this.unit(this.placeholder(tabStop, String(km / KM_PER[unit])), this.word(DISTANCE_UNITS, unit));
    }

    /** A number and its unit word: a Chinese unit follows the number without a space. */
    unit(amount: string, word: string): string {
        return CJK.test(word) ? `${amount}${word}` : `${amount} ${word}`;
    }

    /** A keyword written between two values: a symbol (`/`) without spaces, a word with them. */
    between(left: string, word: string, right: string): string {
        return /\p{L}/u.test(word) ? `${left} ${word} ${right}` : `${left}${word}${right}`;
    }

    /** `${n:default}`: a text in this language (escaped), or snippet syntax written as is (`$CURRENT_YEAR`, a duration). */
    placeholder(n: number, value: string | Text): string {
        const text = typeof value === 'string' ? value : this.say(value).replace(/[$}\\]/g, '\\$&');
        return `\${${n}:${text}}`;
    }

    /** `"${n:default}"`: a quoted text to fill in. */
    quoted(n: number, value: string | Text): string {
        return `"${this.placeholder(n, value)}"`;
    }

    /** A quoted text written as is (no tab stop). */
    text(value: Text): string {
        return `"${this.say(value)}"`;
    }

    /** `${n|a,b|}`: a choice of words (a comma inside one is escaped). */
    choice(n: number, options: readonly string[]): string {
        return `\${${n}|${options.map((o) => o.replace(/[,|\\]/g, '\\$&')).join(',')}|}`;
    }
}
