/**
 * The language server's dependency-injection modules: Langium's LSP services, the language
 * core (AsplCoreModule) and our providers, one per file in this folder.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { AsplCoreModule, type AsplCoreServices } from '../../parse/aspl-module.js';
import { AsplGeneratedModule, AsplGeneratedSharedModule } from '../../parse/generated/module.js';
import { registerValidators } from '../../parse/validation/register.js';
import { KeptMemberDiagnostics } from '../../parse/kept-members.js';
import { KeptModelParts } from '../../model/kept-parts.js';
import type { AsplLinker } from '../../parse/linker.js';
import { AsplCodeActionProvider } from './code-actions.js';
import { AsplCodeLensProvider } from './code-lens.js';
import { AsplCommandHandler } from './commands.js';
import { AsplCompletionProvider } from './completion.js';
import { ComplianceService } from './compliance.js';
import { AsplConfigurationProvider } from './configuration.js';
import { AsplDefinitionProvider } from './definition.js';
import { ForeignFindings } from './diagnostics.js';
import { AsplDocumentBuilder } from './document-builder.js';
import { AsplDocumentFactory } from './document-factory.js';
import { AsplDocumentLinkProvider } from './document-links.js';
import { AsplDocumentSymbolProvider } from './document-symbols.js';
import { AsplDocumentUpdateHandler } from './document-update-handler.js';
import { AsplDocumentValidator } from './document-validator.js';
import { AsplFoldingRangeProvider } from './folding.js';
import { AsplFormatter } from './formatter.js';
import { AsplHoverProvider } from './hover.js';
import { AsplWorkspaceManager } from './workspace-manager.js';
import { AsplIndexManager } from './index-manager.js';
import { LateCompliance } from './late-compliance.js';
import { LspOptions } from './options.js';
import { SavedCompliance } from './run-on-save.js';
import { AsplSemanticTokenProvider } from './semantic-tokens.js';

export interface AsplLspAddedServices {
    asplLsp: {
        Options: LspOptions;
        Compliance: ComplianceService;
        /** Findings located in other files, per target file. */
        Foreign: ForeignFindings;
        /** Files whose diagnostics must be sent again (their foreign findings changed). */
        Republish: string[];
        /** Compliance findings of large policies, published right after the edit's language diagnostics. */
        Late: LateCompliance;
        /** `aspl.run: onSave`: compliance findings of open policies judged when saved, carried between saves. */
        Saved: SavedCompliance;
    };
}

export type AsplLspServices = AsplCoreServices & LangiumServices & AsplLspAddedServices;

export const AsplLspModule: Module<AsplLspServices, PartialLangiumServices & AsplLspAddedServices> = {
    asplLsp: {
        Options: (services) => new LspOptions(services.aspl.Settings),
        Compliance: (services) => {
            const compliance = new ComplianceService(services.shared.workspace.LangiumDocuments, services.aspl.Settings);
            compliance.defaultStandards = () => services.asplLsp.Options.standards;
            return compliance;
        },
        Foreign: () => new ForeignFindings(),
        Republish: () => [],
        Late: (services) => new LateCompliance(services),
        Saved: (services) => new SavedCompliance(services),
    },
    validation: {
        DocumentValidator: (services) => new AsplDocumentValidator(services),
    },
    lsp: {
        CodeActionProvider: (services) => new AsplCodeActionProvider(services),
        CodeLensProvider: (services) => new AsplCodeLensProvider(services),
        CompletionProvider: (services) => new AsplCompletionProvider(services),
        DefinitionProvider: (services) => new AsplDefinitionProvider(services),
        DocumentLinkProvider: (services) => new AsplDocumentLinkProvider(services),
        DocumentSymbolProvider: (services) => new AsplDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new AsplFoldingRangeProvider(services),
        Formatter: (services) => new AsplFormatter(services),
        HoverProvider: (services) => new AsplHoverProvider(services),
        SemanticTokenProvider: (services) => new AsplSemanticTokenProvider(services),
    },
};

export const AsplLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        DocumentUpdateHandler: (services) => new AsplDocumentUpdateHandler(services),
        ExecuteCommandHandler: (services) => new AsplCommandHandler(services),
    },
    workspace: {
        DocumentBuilder: (services) => new AsplDocumentBuilder(services),
        LangiumDocumentFactory: (services) => new AsplDocumentFactory(services),
        IndexManager: (services) => new AsplIndexManager(services),
        WorkspaceManager: (services) => new AsplWorkspaceManager(services),
        ConfigurationProvider: (services) => new AsplConfigurationProvider(services),
    },
};

/** Shared and language services of the server, wired together. */
export function createAsplLspServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Aspl: AsplLspServices } {
    const shared = inject(createDefaultSharedModule(context), AsplGeneratedSharedModule, AsplLspSharedModule);
    const Aspl = inject(createDefaultModule({ shared }), AsplGeneratedModule, AsplCoreModule, AsplLspModule);
    shared.ServiceRegistry.register(Aspl);
    registerValidators(Aspl);
    const update = shared.lsp.DocumentUpdateHandler as AsplDocumentUpdateHandler;
    update.useCompliance(() => Aspl.asplLsp.Compliance);
    forgetClosed(shared, Aspl, update);
    setIncremental(shared, Aspl, true);
    return { shared, Aspl };
}

/**
 * Work kept across edits: an edit inside one policy member re-parses that member only
 * (document-factory.ts), and the members it keeps are not walked again — their references are
 * re-resolved from a list (parse/linker.ts), their language diagnostics reused (parse/kept-members.ts),
 * their parts of the model reused (model/kept-parts.ts).
 * Off: every change is analysed whole, the oracle the tests compare the incremental path with.
 */
export function setIncremental(shared: LangiumSharedServices, Aspl: AsplLspServices, on: boolean): void {
    (shared.workspace.LangiumDocumentFactory as AsplDocumentFactory).incremental = on;
    (Aspl.references.Linker as AsplLinker).memberRefs = on ? new WeakMap() : undefined;
    (Aspl.validation.DocumentValidator as AsplDocumentValidator).keptMembers = on ? new KeptMemberDiagnostics(Aspl.aspl.Settings) : undefined;
    Aspl.asplLsp.Compliance.keptParts = on ? new KeptModelParts() : undefined;
}

/**
 * Per-document state of ours goes with the document: editing state (carried findings' text, the
 * re-parse record) when the editor closes it, everything when it leaves the workspace.
 */
function forgetClosed(shared: LangiumSharedServices, Aspl: AsplLspServices, update: AsplDocumentUpdateHandler): void {
    const factory = shared.workspace.LangiumDocumentFactory as AsplDocumentFactory;
    const { Compliance, Foreign, Late, Republish, Saved } = Aspl.asplLsp;
    update.onClose((uri) => {
        Late.forget(uri);
        Saved.forget(uri);
        factory.forget(uri);
    });
    shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
        for (const uri of deleted) {
            const key = uri.toString();
            Compliance.forget(key);
            Late.forget(key);
            Saved.forget(key);
            factory.forget(key);
            for (const u of Foreign.remove(key)) Republish.push(u);
        }
    });
}
