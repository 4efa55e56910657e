import type { AstNode, ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { VOCABULARY_OF } from '../grammar-map.js';
import { expected, lookup, lookupUnit, type Vocabulary } from '../vocabulary.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';
import { LANGUAGE_WORDS } from '../../i18n/language-messages.js';
import { digitsFor } from '../chinese-numerals.js';

/** Every identifier that names a vocabulary word must be a known word; an unknown unit is an error. */
export class VocabularyWordsValidator {
    constructor(private readonly settings: AsplSettings) {}

    /** An unknown word is reported; the reporter is made only then (this runs for every word of every node). */
    private word(accept: ValidationAcceptor, vocab: Vocabulary<string>, word: string | undefined, node: AstNode, property: string, index?: number) {
        if (word === undefined || lookup(vocab, word) !== undefined) return;
        const what = vocab.what;
        reporter(this.settings, accept)('error', 'unknown-word', { what, word, expected: { zh: expected(vocab, 'zh'), en: expected(vocab, 'en') } }, { node, property, index });
    }

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const checks: Record<string, (node: never, accept: ValidationAcceptor) => void> = {
            Duration: (d: ast.Duration, accept) => {
                // 七天 (no number, a numeral glued to the unit) is the parser's error, with its hint (parse-errors.ts)
                if (d.unit !== undefined && lookupUnit(d.unit) === undefined && !(d.value === undefined && digitsFor(d.unit))) {
                    reporter(this.settings, accept)('error', 'unknown-word', { what: LANGUAGE_WORDS['duration-unit'](), word: d.unit, expected: LANGUAGE_WORDS['duration-units']() }, { node: d, property: 'unit' });
                }
            },
        };
        // Every other vocabulary property of the grammar map (a currency only when no ¥ sign stands for it).
        for (const [type, properties] of Object.entries(VOCABULARY_OF)) {
            if (type === 'Duration') continue;
            const vocabularies = Object.entries(properties) as Array<[string, Vocabulary<string>]>;
            checks[type] = (node: AstNode, accept: ValidationAcceptor) => {
                if (ast.isMoney(node) && node.symbol) return;
                for (const [property, vocab] of vocabularies) {
                    const value: unknown = Reflect.get(node, property);
                    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) this.word(accept, vocab, value[i] as string | undefined, node, property, i);
                    else if (typeof value === 'string') this.word(accept, vocab, value, node, property);
                }
            };
        }
        return checks;
    }
}
