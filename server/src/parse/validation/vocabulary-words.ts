import type { AstNode, ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { VOCABULARY_OF } from '../grammar-map.js';
import { expected, lookup, lookupUnit, type Vocabulary } from '../vocabulary.js';
import type { AsplSettings } from '../settings.js';
import { reporter, type Report } from './report.js';
import { LANGUAGE_WORDS } from '../../i18n/language-messages.js';

/** Every identifier that names a vocabulary word must be a known word; an unknown unit is an error. */
export class VocabularyWordsValidator {
    constructor(private readonly settings: AsplSettings) {}

    private word(report: Report, vocab: Vocabulary<string>, word: string | undefined, node: AstNode, property: string, index?: number) {
        if (word === undefined || lookup(vocab, word) !== undefined) return;
        const what = vocab.what;
        report('error', 'unknown-word', { what, word, expected: { zh: expected(vocab, 'zh'), en: expected(vocab, 'en') } }, { node, property, index });
    }

    private words(report: Report, vocab: Vocabulary<string>, words: string[], node: AstNode, property: string) {
        words.forEach((w, i) => this.word(report, vocab, w, node, property, i));
    }

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const r = (accept: ValidationAcceptor) => reporter(this.settings, accept);
        const checks: Record<string, (node: never, accept: ValidationAcceptor) => void> = {
            Duration: (d: ast.Duration, accept) => {
                if (d.unit !== undefined && lookupUnit(d.unit) === undefined) {
                    r(accept)('error', 'unknown-word', { what: LANGUAGE_WORDS['duration-unit'](), word: d.unit, expected: LANGUAGE_WORDS['duration-units']() }, { node: d, property: 'unit' });
                }
            },
        };
        // Every other vocabulary property of the grammar map (a currency only when no ¥ sign stands for it).
        for (const [type, properties] of Object.entries(VOCABULARY_OF)) {
            if (type === 'Duration') continue;
            checks[type] = (node: AstNode, accept: ValidationAcceptor) => {
                if (ast.isMoney(node) && node.symbol) return;
                for (const [property, vocab] of Object.entries(properties) as Array<[string, Vocabulary<string>]>) {
                    const value: unknown = Reflect.get(node, property);
                    if (Array.isArray(value)) this.words(r(accept), vocab, value, node, property);
                    else if (typeof value === 'string') this.word(r(accept), vocab, value, node, property);
                }
            };
        }
        return checks;
    }
}
