/**
 * What the editor told the server about the writer: the message language (from the
 * initialize params' locale, forced by the setting `aspl.locale`), the keyword language
 * for completion (`aspl.keywordLanguage`, default: the message language), and per workspace
 * folder whether ASPL checks at all (`aspl.enable`) and when it runs the engine (`aspl.run`).
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { URI } from 'langium';
import { langFromEnv, langFromLocale, type Lang } from '../../i18n/locale.js';
import type { AsplSettings } from '../../parse/settings.js';

export interface AsplClientSettings {
    /** 'zh' | 'en' forces the message language; 'auto' (default) follows the client's locale. */
    locale?: string;
    /** 'zh' | 'en': keywords proposed by completion and written by quick fixes in new files. */
    keywordLanguage?: string;
    /** `format.keywordLanguage`: 'zh' | 'en' rewrites every keyword into one language when formatting a document. */
    format?: { keywordLanguage?: string };
    /** true: formatting rewrites every keyword into `keywordLanguage`. */
    canonicalizeKeywords?: boolean;
    /** Catalog ids checked when neither the policy (`applies`) nor aspl.config.yaml (`packs`) chooses. */
    standards?: string[];
    /** Folders imports may reach besides the workspace folders (absolute paths). */
    importRoots?: string[];
    /** Base URL of the ASPL docs for diagnostics' and hovers' links (default: the installed docs). */
    docsBaseUrl?: string;
    /** false: no diagnostics, code lens or status for the folder (editing features stay). Default true. */
    enable?: boolean;
    /** 'onType' (default): compliance findings on every edit; 'onSave': when the file is saved (language problems still on type). */
    run?: string;
}

export type RunMode = 'onType' | 'onSave';

/** What one workspace folder sets for itself (from a scoped workspace/configuration request). */
interface FolderSettings { folder: string; enable?: unknown; run?: unknown }

export class LspOptions {
    /** From initialize params (or the environment when the client sends no locale). */
    private clientLang: Lang = langFromEnv();
    private settings: AsplClientSettings = {};
    /** The workspace folders from initialize: imports may not leave them (none: single files, anywhere). */
    private workspaceRoots: string[] = [];
    /** Per folder (longest first): the folder's own `aspl.enable` / `aspl.run`, over the section's. */
    private folders: FolderSettings[] = [];

    constructor(private readonly core: AsplSettings) {
        this.core.lang = this.lang;
    }

    setClientLocale(locale: string | undefined): void {
        this.clientLang = locale ? langFromLocale(locale, 'en') : langFromEnv();
        this.core.lang = this.lang;
    }

    setWorkspaceRoots(folders: string[]): void {
        this.workspaceRoots = folders;
        this.core.roots = this.roots;
    }

    /**
     * What the new settings change: `recheck` when the checks depend on it (default standards,
     * import roots, docs links, enable, run), `render` when only the message language changed (diagnostics
     * keep their message refs and are rendered again, not validated again), else `none`.
     */
    update(settings: AsplClientSettings | undefined): 'recheck' | 'render' | 'none' {
        return this.changing(() => {
            this.settings = settings && typeof settings === 'object' ? settings : {};
        });
    }

    /** What workspace folders set for themselves (configuration.ts: only values that differ from the section's); as {@link update}. */
    updateFolders(folders: Array<{ folder: string; settings: Record<string, unknown> }>): 'recheck' | 'render' | 'none' {
        return this.changing(() => {
            this.folders = folders.map(({ folder, settings }) => ({ folder, enable: settings.enable, run: settings.run })).sort((a, b) => b.folder.length - a.folder.length);
        });
    }

    private changing(apply: () => void): 'recheck' | 'render' | 'none' {
        // enable and run as they are read (a client sending the defaults changes nothing)
        const scoped = () => [this.settings, ...this.folders].map((f) => `${f.enable === false}${f.run === 'onSave'}`).join(',');
        const checks = () => `${this.standards.join(',')}|${this.roots.join('\u0000')}|${this.docsBaseUrl}|${scoped()}|${this.folders.map((f) => f.folder).join('\u0000')}`;
        const before = checks();
        const lang = this.lang;
        apply();
        this.core.lang = this.lang;
        this.core.roots = this.roots;
        return before !== checks() ? 'recheck' : lang !== this.lang ? 'render' : 'none';
    }

    /** The settings of the folder holding `uri`: its own value of `key` when it sets one, else the section's. */
    private scoped(uri: URI, key: 'enable' | 'run'): unknown {
        if (uri.scheme === 'file') {
            const inside = this.folders.find((f) => {
                const rel = relative(f.folder, uri.fsPath);
                return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
            });
            if (inside?.[key] !== undefined) return inside[key];
        }
        return this.settings[key];
    }

    /** `aspl.enable` for the document's folder: only an explicit false turns ASPL off. */
    enabledFor(uri: URI): boolean {
        return this.scoped(uri, 'enable') !== false;
    }

    /** `aspl.run` for the document's folder (anything but 'onSave' is on type, ESLint's default too). */
    runFor(uri: URI): RunMode {
        return this.scoped(uri, 'run') === 'onSave' ? 'onSave' : 'onType';
    }

    /** Where imports may reach: the workspace folders plus `aspl.importRoots`; nothing when there is no workspace. */
    get roots(): string[] {
        if (!this.workspaceRoots.length) return [];
        const extra = Array.isArray(this.settings.importRoots) ? this.settings.importRoots.filter((x): x is string => typeof x === 'string' && isAbsolute(x)) : [];
        return [...this.workspaceRoots, ...extra];
    }

    get lang(): Lang {
        const forced = this.settings.locale;
        if (forced === 'zh' || forced === 'en') return forced;
        if (typeof forced === 'string' && forced !== 'auto' && forced !== '') return langFromLocale(forced, this.clientLang);
        return this.clientLang;
    }

    get formatKeywordLanguage(): Lang | undefined {
        const k = this.settings.format?.keywordLanguage;
        if (k === 'zh' || k === 'en') return k;
        return this.settings.canonicalizeKeywords === true ? this.keywordLanguage : undefined;
    }

    /** `aspl.standards`: the default catalogs of this editor. */
    get standards(): string[] {
        const s = this.settings.standards;
        return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
    }

    /** `aspl.keywordLanguage` when it names a language; undefined for `auto` (the document's own language decides). */
    get keywordLanguageSetting(): Lang | undefined {
        const k = this.settings.keywordLanguage;
        return k === 'zh' || k === 'en' ? k : undefined;
    }

    /** `aspl.docsBaseUrl`: where diagnostics link to (undefined: the docs installed with the server). */
    get docsBaseUrl(): string | undefined {
        const u = this.settings.docsBaseUrl;
        return typeof u === 'string' && u.trim() ? u.trim() : undefined;
    }

    get keywordLanguage(): Lang {
        const k = this.settings.keywordLanguage;
        return k === 'zh' || k === 'en' ? k : this.lang;
    }
}
