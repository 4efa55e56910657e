/**
 * Langium's workspace manager, minus folders that are not a workspace: a client whose rootUri is
 * `/` or the home folder would have the server walk the whole disk (or every project of the
 * user) before it answers anything. Such a folder is not indexed; open documents and their
 * imports still work, and the user is told once why cross-file features are limited.
 */
import { homedir } from 'node:os';
import { resolve, sep } from 'node:path';
import { DefaultWorkspaceManager, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { AsplCoreServices } from '../../parse/aspl-module.js';
import { say } from '../../i18n/message.js';
import { LSP } from './messages.js';

export class AsplWorkspaceManager extends DefaultWorkspaceManager {
    /** The workspace folders that were indexed (file-system paths). */
    indexedFolders: string[] = [];

    constructor(private readonly shared: LangiumSharedServices) {
        super(shared);
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const tooWide = (f: WorkspaceFolder) => {
            const u = URI.parse(f.uri);
            if (u.scheme !== 'file') return false;
            const p = resolve(u.fsPath);
            return p === resolve('/') || p === resolve(homedir());
        };
        const skipped = folders.filter(tooWide);
        if (skipped.length) {
            const where = skipped.map((f) => URI.parse(f.uri).fsPath).join(', ');
            const lang = (this.shared.ServiceRegistry.all[0] as Partial<AsplCoreServices> | undefined)?.aspl?.Settings.lang ?? 'en';
            void this.shared.lsp.Connection?.window.showWarningMessage(say(LSP['folder-too-wide']({ where }), lang));
        }
        const indexed = folders.filter((f) => !tooWide(f));
        this.indexedFolders = indexed.map((f) => URI.parse(f.uri)).filter((u) => u.scheme === 'file').map((u) => resolve(u.fsPath));
        return super.performStartup(indexed);
    }

    /** Would the workspace hold this file without the editor (a policy inside an indexed folder)? */
    holds(uri: URI): boolean {
        if (uri.scheme !== 'file' || !uri.path.endsWith('.aspl')) return false;
        const path = resolve(uri.fsPath);
        return this.indexedFolders.some((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep));
    }
}
