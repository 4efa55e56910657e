/**
 * Client settings (`aspl.locale`, `aspl.keywordLanguage` …): Langium fetches the `aspl` section
 * once the client is initialized; every later value, pulled or pushed, reaches the listeners.
 * Settings a workspace folder may set for itself (`aspl.enable`, `aspl.run`) are also asked for
 * per folder (workspace/configuration with the folder as scopeUri) with the same request as the
 * unscoped section, so a client that ignores scopes answers the same and nothing is overridden.
 */
import { DefaultConfigurationProvider, URI, type ConfigurationInitializedParams } from 'langium';
import type { ConfigurationItem, InitializeParams } from 'vscode-languageserver';

export type SectionListener = (section: string, configuration: unknown) => void;
/** Each folder's values of the folder-scoped settings that differ from the unscoped section's. */
export type FoldersListener = (folders: Array<{ folder: string; settings: Record<string, unknown> }>) => void;

/** The settings a folder may set for itself. */
const FOLDER_SCOPED = ['enable', 'run'] as const;

export class AsplConfigurationProvider extends DefaultConfigurationProvider {
    private readonly listeners: SectionListener[] = [];
    private readonly folderListeners: FoldersListener[] = [];
    private folderUris: string[] = [];
    private fetch: ((items: ConfigurationItem[]) => Promise<unknown>) | undefined;

    onSection(listener: SectionListener): void {
        this.listeners.push(listener);
    }

    onFolders(listener: FoldersListener): void {
        this.folderListeners.push(listener);
    }

    override initialize(params: InitializeParams): void {
        super.initialize(params);
        this.folderUris = (params.workspaceFolders ?? []).map((f) => f.uri).filter((u) => u.startsWith('file:'));
    }

    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        if (this.workspaceConfig && params.fetchConfiguration) {
            this.fetch = params.fetchConfiguration;
            await this.fetchFolders().catch((e) => console.error('aspl: folder settings not read', e));
        }
        await super.initialized(params);
    }

    /** Asks the client for each workspace folder's own settings (after any configuration change too). */
    async fetchFolders(): Promise<void> {
        if (!this.fetch || !this.folderUris.length) return;
        const answers = await this.fetch([{ section: 'aspl' }, ...this.folderUris.map((scopeUri) => ({ section: 'aspl', scopeUri }))]);
        const [unscoped, ...scoped] = (Array.isArray(answers) ? answers : []) as Array<Record<string, unknown> | null | undefined>;
        const folders = this.folderUris.map((u, i) => {
            const settings: Record<string, unknown> = {};
            for (const key of FOLDER_SCOPED) {
                const own = scoped[i]?.[key];
                if (own !== undefined && own !== unscoped?.[key]) settings[key] = own;
            }
            return { folder: URI.parse(u).fsPath, settings };
        });
        for (const l of this.folderListeners) l(folders);
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        for (const l of this.listeners) l(section, configuration);
    }
}
