/**
 * The engine inside the language server: per policy document, the config in force (nearest
 * aspl.config.yaml), the PolicyModel and the evaluation, kept for hover, code lens and code
 * actions. Config and pack problems are kept per YAML file so the server can show them there.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { URI, type LangiumDocument, type LangiumDocuments } from 'langium';
import { CatalogRegistry } from '../../engine/catalog/registry.js';
import type { FileProblem } from '../../engine/catalog/types.js';
import { CONFIG_FILE, defaultConfig, findConfigFile, loadConfig, type AsplConfig } from '../../engine/config.js';
import { evaluate, type Evaluation } from '../../engine/evaluate.js';
import { isProblem, type Finding } from '../../engine/findings.js';
import { scoreCatalog, type Score } from '../../engine/score.js';
import { buildPolicyModel } from '../../model/normalize.js';
import type { KeptModelParts } from '../../model/kept-parts.js';
import type { PolicyModel } from '../../model/types.js';
import type { Document } from '../../parse/generated/ast.js';
import type { AsplSettings } from '../../parse/settings.js';
import { ClauseIndex } from './clause-index.js';

export interface ComplianceResult {
    uri: string;
    model?: PolicyModel;
    evaluation?: Evaluation;
    config: AsplConfig;
    /** Findings that are problems (violated / not addressed, severity not off). */
    problems: Finding[];
    /** True when the policy did not parse: the findings are those of the last good text. */
    stale: boolean;
}

interface ConfigEntry { config: AsplConfig; problems: FileProblem[]; stamps?: Map<string, number> }

function mtime(file: string): number {
    try {
        return statSync(file).mtimeMs;
    } catch {
        return -1;
    }
}

export class ComplianceService {
    registry!: CatalogRegistry;
    private readonly configs = new Map<string, ConfigEntry>();
    private readonly nearest = new Map<string, string | undefined>();
    private readonly results = new Map<string, ComplianceResult>();
    private index: ClauseIndex | undefined;

    /** Model parts of members kept by a block re-parse (module.ts setIncremental). */
    keptParts: KeptModelParts | undefined;

    /** The editor's default catalogs (`aspl.standards`), read at each check. */
    defaultStandards: () => string[] = () => [];

    constructor(private readonly documents: LangiumDocuments, private readonly settings: AsplSettings) {
        this.reloadRegistry();
    }

    /** Loads the shipped catalogs afresh (after a pack or catalog YAML changed). */
    reloadRegistry(): void {
        this.registry = CatalogRegistry.shipped();
        this.index = undefined;
        this.settings.clauses = this.registry;
        for (const entry of this.configs.values()) for (const p of entry.config.extraPacks) this.registry.addFile(p);
    }

    /** Forgets every config read (a config file changed, appeared or disappeared). */
    invalidateConfigs(): void {
        this.configs.clear();
        this.nearest.clear();
    }

    /** The nearest aspl.config.yaml for a document (undefined for non-file documents or none found). */
    configFileFor(uri: URI): string | undefined {
        if (uri.scheme !== 'file') return undefined;
        const dir = dirname(uri.fsPath);
        if (!this.nearest.has(dir)) this.nearest.set(dir, findConfigFile(dir));
        return this.nearest.get(dir);
    }

    configFor(uri: URI): ConfigEntry {
        const file = this.configFileFor(uri);
        if (!file) return { config: defaultConfig(uri.scheme === 'file' ? dirname(uri.fsPath) : process.cwd()), problems: [] };
        let entry = this.configs.get(file);
        // Clients that do not watch files (Neovim 0.7 …): a changed config or pack is noticed on the next check.
        if (entry?.stamps && [...entry.stamps].some(([f, t]) => mtime(f) !== t)) {
            const packChanged = [...entry.stamps].some(([f, t]) => f !== file && mtime(f) !== t);
            this.invalidateConfigs();
            if (packChanged) this.reloadRegistry();
            entry = undefined;
        }
        if (!entry) {
            entry = loadConfig(file);
            entry.stamps = new Map([file, ...entry.config.extraPacks].map((f) => [f, mtime(f)]));
            this.configs.set(file, entry);
            // Company packs are loaded before the language validator checks `applies` / `attest` ids.
            for (const p of entry.config.extraPacks) if (existsSync(p)) this.registry.addFile(p);
            this.index = undefined;
        }
        return entry;
    }

    /** Is the file skipped by its config's `ignore` globs (relative to the config's folder)? */
    isIgnored(uri: URI): boolean {
        if (uri.scheme !== 'file') return false;
        const { config } = this.configFor(uri);
        if (!config.ignore.length) return false;
        const rel = relative(config.root, uri.fsPath).split(sep).join('/');
        if (rel.startsWith('../')) return false;
        return picomatch(config.ignore, { dot: true })(rel);
    }

    /** Is this YAML file one the server depends on (a config, a pack named by one, a shipped catalog)? */
    isWatchedYaml(fsPath: string): boolean {
        if (basename(fsPath) === CONFIG_FILE) return true;
        if (this.configs.has(fsPath)) return true;
        if ([...this.configs.values()].some((e) => e.config.extraPacks.includes(fsPath))) return true;
        return this.registry.all().some((c) => c.file === fsPath);
    }

    /** Problems per YAML file: configs read so far and packs loaded into the registry. */
    yamlProblems(): Map<string, FileProblem[]> {
        const out = new Map<string, FileProblem[]>();
        const add = (p: FileProblem) => {
            const list = out.get(p.file) ?? [];
            list.push(p);
            out.set(p.file, list);
        };
        for (const e of this.configs.values()) e.problems.forEach(add);
        for (const p of this.registry.problems) add(p);
        return out;
    }

    /** Evaluates a parsed and linked policy document; keeps and returns the result. */
    check(doc: LangiumDocument<Document>): ComplianceResult {
        const uri = doc.uri.toString();
        const { config } = this.configFor(doc.uri);
        const { lexerErrors, parserErrors } = doc.parseResult;
        if (lexerErrors.length || parserErrors.length) {
            // A half-typed policy would report every block as missing: keep the last good findings for the lens.
            const last = this.results.get(uri);
            const result: ComplianceResult = last ? { ...last, stale: true } : { uri, config, problems: [], stale: true };
            this.results.set(uri, result);
            return { ...result, problems: [] };
        }
        const model = buildPolicyModel(doc, this.documents, this.keptParts);
        const evaluation = model ? this.evaluate(model, config) : undefined;
        const problems = evaluation ? evaluation.findings.filter(isProblem) : [];
        const result: ComplianceResult = { uri, model, evaluation, config, problems, stale: false };
        this.results.set(uri, result);
        return result;
    }

    /** Which clauses rest on which model path (rebuilt when the catalogs change). */
    get clauses(): ClauseIndex {
        return (this.index ??= new ClauseIndex(this.registry));
    }

    /** The engine on a model with the editor's defaults: `aspl.standards` chooses only when neither the policy (`applies`) nor the config (`packs`) does; the law always joins. */
    evaluate(model: PolicyModel, config: AsplConfig): Evaluation {
        const defaults = this.defaultStandards();
        const standards = defaults.length && !model.partial && !model.applies.length && !config.packs
            ? [...new Set([...defaults, ...this.registry.all().filter((c) => c.mandatory).map((c) => c.id)])]
            : undefined;
        return evaluate(model, this.registry, { config, standards });
    }

    result(uri: string): ComplianceResult | undefined {
        return this.results.get(uri);
    }

    forget(uri: string): void {
        this.results.delete(uri);
    }

    scores(result: ComplianceResult): Score[] {
        if (!result.evaluation || !result.model) return [];
        return result.evaluation.results.map((r) => scoreCatalog(result.model!, r)).filter((s): s is Score => !!s);
    }
}
