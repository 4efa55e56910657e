import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject, type DefaultSharedCoreModuleContext,
    type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices,
} from 'langium';
import { AsplGeneratedModule, AsplGeneratedSharedModule } from './generated/module.js';
import { createAsplParser } from './cst-builder.js';
import { AsplCoreDocumentValidator } from './document-validator.js';
import { AsplAstNodeDescriptionProvider } from './descriptions.js';
import { AsplValidationRegistry } from './validation-registry.js';
import { ExportsOnlyIndexManager } from './exports-index.js';
import { AsplLexer } from './lexer.js';
import { AsplTokenBuilder } from './tokens.js';
import { AsplLinker } from './linker.js';
import { AsplLexerErrorMessages, AsplParserErrorMessages } from './parse-errors.js';
import { AsplScopeProvider } from './scope.js';
import { AsplScopeComputation } from './scope-computation.js';
import { AsplSettings } from './settings.js';
import { AsplValueConverter } from './value-converter.js';
import { registerValidators } from './validation/register.js';

export interface AsplAddedServices {
    aspl: { Settings: AsplSettings };
}
export type AsplCoreServices = LangiumCoreServices & AsplAddedServices;

/** The language core: parsing, linking and language-level validation. No LSP here. */
export const AsplCoreModule: Module<AsplCoreServices, PartialLangiumCoreServices & AsplAddedServices> = {
    aspl: { Settings: () => new AsplSettings() },
    references: {
        ScopeProvider: (services) => new AsplScopeProvider(services),
        ScopeComputation: (services) => new AsplScopeComputation(services),
        Linker: (services) => new AsplLinker(services, services.aspl.Settings),
    },
    parser: {
        Lexer: (services) => new AsplLexer(services, services.aspl.Settings),
        LangiumParser: (services) => createAsplParser(services),
        TokenBuilder: () => new AsplTokenBuilder(),
        ValueConverter: () => new AsplValueConverter(),
        ParserErrorMessageProvider: (services) => new AsplParserErrorMessages(services.Grammar, services.aspl.Settings),
        LexerErrorMessageProvider: (services) => new AsplLexerErrorMessages(services.aspl.Settings),
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new AsplAstNodeDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new AsplCoreDocumentValidator(services),
        ValidationRegistry: (services) => new AsplValidationRegistry(services),
    },
};

/** Core services for the CLI, the engine's tests and the bench (no language server). */
export function createAsplCoreServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; Aspl: AsplCoreServices } {
    const shared = inject(createDefaultSharedCoreModule(context), AsplGeneratedSharedModule, {
        workspace: { IndexManager: (s: LangiumSharedCoreServices) => new ExportsOnlyIndexManager(s) },
    });
    const Aspl = inject(createDefaultCoreModule({ shared }), AsplGeneratedModule, AsplCoreModule);
    shared.ServiceRegistry.register(Aspl);
    registerValidators(Aspl);
    return { shared, Aspl };
}
