import type { ValidationChecks } from 'langium';
import type { AsplAstType } from '../generated/ast.js';
import type { AsplCoreServices } from '../aspl-module.js';
import { ClaimsValidator } from './claims.js';
import { DocumentValidator } from './document.js';
import { EncodingValidator } from './encoding.js';
import { ImportsValidator } from './imports.js';
import { LiteralsValidator } from './literals.js';
import { NamesValidator } from './names.js';
import { NumbersValidator } from './numbers.js';
import { TimingValidator } from './timing.js';
import { VocabularyWordsValidator } from './vocabulary-words.js';

/** One validator per rule kind; each contributes checks per AST type. */
export function registerValidators(services: AsplCoreServices): void {
    const settings = services.aspl.Settings;
    const registry = services.validation.ValidationRegistry;
    const validators = [
        new VocabularyWordsValidator(settings),
        new LiteralsValidator(settings),
        new NumbersValidator(settings),
        new NamesValidator(settings),
        new TimingValidator(settings),
        new ClaimsValidator(settings),
        new EncodingValidator(settings),
        new DocumentValidator(settings),
        new ImportsValidator(settings, services.shared.workspace.LangiumDocuments, services.shared.workspace.DocumentBuilder),
    ];
    for (const v of validators) registry.register(v.checks() as ValidationChecks<AsplAstType>, v);
}
