/**
 * `aspl lsp --stdio` (or `--node-ipc`): the ASPL language server. The transport is read from
 * argv by vscode-languageserver's createConnection.
 */
import { BoundedFileSystem } from '../../parse/file-system.js';
import {
    addCallHierarchyHandler, addCodeActionHandler, addCodeLensHandler, addCompletionHandler, addDocumentHighlightHandler,
    addDocumentLinkHandler, addDocumentSymbolHandler, addDocumentUpdateHandler, addExecuteCommandHandler, addFileOperationHandler,
    addFindReferencesHandler, addFoldingRangeHandler, addFormattingHandler, addGoToDeclarationHandler, addGotoDefinitionHandler,
    addGoToImplementationHandler, addGoToTypeDefinitionHandler, addHoverHandler, addInlayHintHandler, addRenameHandler,
    addSemanticTokenHandler, addSignatureHelpHandler, addTypeHierarchyHandler, addWorkspaceSymbolHandler, type LangiumSharedServices,
} from 'langium/lsp';
import { DocumentState, URI } from 'langium';
import { createConnection, ErrorCodes, InitializeRequest, Message, ProposedFeatures, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { AsplConfigurationProvider } from './configuration.js';
import { addCustomRequests } from './custom-requests.js';
import { DiagnosticsPublisher } from './diagnostics-publisher.js';
import type { AsplDocumentUpdateHandler } from './document-update-handler.js';
import { createAsplLspServices, type AsplLspServices } from './module.js';
import type { AsplClientSettings } from './options.js';

/** Starts the server on the transport named in argv (--stdio, --node-ipc, --socket=…, --pipe=…). */
export function startServer(): void {
    const connection = createConnection(ProposedFeatures.all, { messageStrategy: beforeInitialize });
    connection.onRequest(NOT_INITIALIZED, () => {
        throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet: send initialize first');
    });
    const { shared, Aspl } = createAsplLspServices({ connection, ...BoundedFileSystem });
    startAsplLanguageServer(connection, shared, Aspl);
}

/** Requests before `initialize` are routed here and answered with the protocol's error (-32002), instead of waiting forever. */
const NOT_INITIALIZED = '$/aspl/notInitialized';
let initializeSeen = false;
const beforeInitialize = {
    handleMessage(message: Message, next: (m: Message) => void): void {
        if (Message.isRequest(message)) {
            if (message.method === InitializeRequest.method) initializeSeen = true;
            else if (!initializeSeen) return next({ ...message, method: NOT_INITIALIZED } as Message);
        }
        next(message);
    },
};

/** Langium's startLanguageServer, with our diagnostics publisher and settings handling. */
export function startAsplLanguageServer(connection: Connection, shared: LangiumSharedServices, Aspl: AsplLspServices): void {
    const update = shared.lsp.DocumentUpdateHandler as AsplDocumentUpdateHandler;
    const config = shared.workspace.ConfigurationProvider as AsplConfigurationProvider;
    const options = Aspl.asplLsp.Options;
    let supportsPull = false;

    shared.lsp.LanguageServer.onInitialize((params) => {
        options.setClientLocale(params.locale);
        // The workspace folders (or the root) are where imports may reach: an import outside is the positioned error import-outside.
        const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [URI.file(params.rootPath).toString()] : []);
        options.setWorkspaceRoots(folders.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath));
        supportsPull = Boolean(params.capabilities?.workspace?.configuration);
        // Clients without workspace/configuration (Neovim 0.7 …) pass the settings as initializationOptions.
        const init = params.initializationOptions as { aspl?: AsplClientSettings } & AsplClientSettings | undefined;
        if (init && typeof init === 'object') options.update(init.aspl ?? init);
    });
    const publisher = new DiagnosticsPublisher(connection, Aspl);
    const apply = (change: 'recheck' | 'render' | 'none') => {
        if (change === 'recheck') update.recheckAll();
        else if (change === 'render') publisher.republishAll();
    };
    config.onSection((section, value) => {
        if (section === 'aspl') apply(options.update(value as AsplClientSettings));
    });
    // `aspl.enable` / `aspl.run` a workspace folder sets for itself (VS Code's folder settings in a multi-root workspace).
    config.onFolders((folders) => apply(options.updateFolders(folders)));
    update.onSave((uri) => Aspl.asplLsp.Saved.saved(uri));

    addDocumentUpdateHandler(connection, shared);
    addFileOperationHandler(connection, shared);
    publisher.listen();
    addCustomRequests(connection, Aspl);
    addCompletionHandler(connection, shared);
    addFindReferencesHandler(connection, shared);
    addDocumentSymbolHandler(connection, shared);
    addGotoDefinitionHandler(connection, shared);
    addGoToTypeDefinitionHandler(connection, shared);
    addGoToImplementationHandler(connection, shared);
    addDocumentHighlightHandler(connection, shared);
    addFoldingRangeHandler(connection, shared);
    addFormattingHandler(connection, shared);
    addCodeActionHandler(connection, shared);
    addRenameHandler(connection, shared);
    addHoverHandler(connection, shared);
    addInlayHintHandler(connection, shared);
    addSemanticTokenHandler(connection, shared);
    addExecuteCommandHandler(connection, shared);
    addSignatureHelpHandler(connection, shared);
    addCallHierarchyHandler(connection, shared);
    addTypeHierarchyHandler(connection, shared);
    // Code lenses need the compliance result, which exists once the policy is validated.
    addCodeLensHandler(connection, shared, DocumentState.Validated);
    addDocumentLinkHandler(connection, shared);
    addGoToDeclarationHandler(connection, shared);
    addWorkspaceSymbolHandler(connection, shared);

    // Settings: pushed with the notification (Neovim, Emacs) or pulled on notice (VS Code); the folders' own are pulled either way.
    connection.onDidChangeConfiguration(async (change) => {
        const pushed = (change.settings as { aspl?: unknown } | null | undefined)?.aspl;
        if (pushed !== undefined) {
            config.updateConfiguration({ settings: { aspl: pushed } });
        } else if (supportsPull) {
            const [pulled] = await connection.workspace.getConfiguration([{ section: 'aspl' }]);
            config.updateConfiguration({ settings: { aspl: pulled ?? {} } });
        }
        if (supportsPull) await config.fetchFolders().catch((e) => console.error('aspl: folder settings not read', e));
    });

    connection.onInitialize((params) => shared.lsp.LanguageServer.initialize(params));
    connection.onInitialized((params) => shared.lsp.LanguageServer.initialized(params));
    shared.workspace.TextDocuments.listen(connection);
    connection.listen();
}
