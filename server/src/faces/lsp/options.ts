/**
 * What the editor told the server about the writer: the message language (from the
 * initialize params' locale, forced by the setting `aspl.locale`) and the keyword language
 * for completion (`aspl.keywordLanguage`, default: the message language).
 */
import { isAbsolute } from 'node:path';
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
}

export class LspOptions {
    /** From initialize params (or the environment when the client sends no locale). */
    private clientLang: Lang = langFromEnv();
    private settings: AsplClientSettings = {};
    /** The workspace folders from initialize: imports may not leave them (none: single files, anywhere). */
    private workspaceRoots: string[] = [];

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

    /** Returns true when what the checks depend on changed (message language, default standards, import roots, docs links). */
    update(settings: AsplClientSettings | undefined): boolean {
        const state = () => `${this.lang}|${this.standards.join(',')}|${this.roots.join('\u0000')}|${this.docsBaseUrl}`;
        const before = state();
        this.settings = settings && typeof settings === 'object' ? settings : {};
        this.core.lang = this.lang;
        this.core.roots = this.roots;
        return before !== state();
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
