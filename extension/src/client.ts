/**
 * The language client: starts the bundled server (dist/server.cjs) over node IPC, sends the `aspl`
 * settings, traces into the ASPL output channel (`aspl.trace.server`).
 */
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
    LanguageClient, TransportKind, type DynamicFeature, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { t } from './i18n.js';

/** Commands the server declares (for other clients) that this extension implements itself. */
export const CLIENT_SIDE_COMMANDS = new Set(['aspl.showComplianceReport']);

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient | undefined {
    const module = context.asAbsolutePath('dist/server.cjs');
    if (!existsSync(module)) {
        output.appendLine(t('serverMissing', { path: module }));
        void vscode.window.showErrorMessage(t('serverMissing', { path: module }));
        return undefined;
    }
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { language: 'aspl', scheme: 'file' },
            { language: 'aspl', scheme: 'untitled' },
            { pattern: '**/aspl.config.yaml' },
            { pattern: '**/standards/**/*.yaml' },
        ],
        synchronize: {
            configurationSection: 'aspl',
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.aspl'),
                vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
            ],
        },
        outputChannel: output,
        traceOutputChannel: output,
        initializationOptions: { keywordLanguage: vscode.workspace.getConfiguration('aspl').get('keywordLanguage') },
        middleware: {
            // `aspl.codeLens.enabled: false`: the compliance lens is not asked for (it takes effect at the next request).
            provideCodeLenses: (document, token, next) => (vscode.workspace.getConfiguration('aspl', document.uri).get<boolean>('codeLens.enabled', true) ? next(document, token) : []),
        },
    };
    const client = new LanguageClient('aspl', 'ASPL', serverOptions, clientOptions);
    keepCommandsClientSide(client);
    return client;
}

/**
 * vscode-languageclient registers every command of the server's executeCommandProvider as a VS
 * Code command. `aspl.showComplianceReport` is ours (it opens the report view), so it is left out.
 */
function keepCommandsClientSide(client: LanguageClient): void {
    const feature = (client as unknown as { getFeature(m: string): DynamicFeature<{ commands?: string[] }> | undefined })
        .getFeature('workspace/executeCommand');
    if (!feature) return;
    const register = feature.register.bind(feature);
    feature.register = (data) => register({
        ...data,
        registerOptions: { ...data.registerOptions, commands: (data.registerOptions.commands ?? []).filter((c) => !CLIENT_SIDE_COMMANDS.has(c)) },
    });
}
