/**
 * The pipeline in one place: parse/link/validate → PolicyModel → engine.
 * The CLI, tests and bench call this; the language server runs the same steps on its own workspace.
 */
import { dirname, resolve } from 'node:path';
import { URI } from 'langium';
import type { Lang } from './i18n/locale.js';
import { buildPolicyModel } from './model/normalize.js';
import type { PolicyModel } from './model/types.js';
import { CatalogRegistry } from './engine/catalog/registry.js';
import type { FileProblem } from './engine/catalog/types.js';
import { defaultConfig, findConfigFile, loadConfig, type AsplConfig } from './engine/config.js';
import { evaluate, type Evaluation } from './engine/evaluate.js';
import { PolicyWorkspace, type AsplDocument } from './parse/load.js';
import { toProblems, type LanguageProblem } from './parse/problems.js';

export type { LanguageProblem } from './parse/problems.js';

export interface PolicyAnalysis {
    file: string;
    uri: string;
    problems: LanguageProblem[];
    /** Undefined only when nothing of a policy could be parsed. */
    model?: PolicyModel;
    evaluation?: Evaluation;
    config: AsplConfig;
    configProblems: FileProblem[];
}

export interface AnalyzerOptions {
    lang?: Lang;
    /** A config file to use instead of looking one up per policy. */
    configFile?: string;
    /** Catalog ids forced for every policy. */
    standards?: string[];
    /** Folders imports may reach; default: anywhere. */
    roots?: string[];
}

export class Analyzer {
    readonly registry = CatalogRegistry.shipped();
    readonly workspace = new PolicyWorkspace();
    private readonly configs = new Map<string, { config: AsplConfig; problems: FileProblem[] }>();
    /** The config file found from each folder (a folder of policies is looked up once, not once per file). */
    private readonly nearest = new Map<string, string | undefined>();

    constructor(private readonly options: AnalyzerOptions = {}) {
        this.workspace.services.aspl.Settings.lang = options.lang ?? 'zh';
        this.workspace.services.aspl.Settings.clauses = this.registry;
        this.workspace.services.aspl.Settings.forcedStandards = options.standards ?? [];
        this.workspace.services.aspl.Settings.roots = (options.roots ?? []).map((r) => resolve(r));
    }

    /** The config in force for a policy file: --config, else the nearest aspl.config.yaml, else defaults. */
    configFor(file: string): { config: AsplConfig; problems: FileProblem[] } {
        const dir = dirname(resolve(file));
        if (!this.options.configFile && !this.nearest.has(dir)) this.nearest.set(dir, findConfigFile(dir));
        const found = this.options.configFile ? resolve(this.options.configFile) : this.nearest.get(dir);
        if (!found) return { config: defaultConfig(dirname(resolve(file))), problems: [] };
        let entry = this.configs.get(found);
        if (!entry) {
            entry = loadConfig(found);
            this.configs.set(found, entry);
        }
        return entry;
    }

    async analyzeFile(file: string, keep = false): Promise<PolicyAnalysis> {
        const [doc] = await this.workspace.load([file]);
        const result = this.analyze(doc, file);
        if (!keep) this.workspace.release(doc);
        return result;
    }

    async analyzeText(text: string, file = '/virtual/policy.aspl'): Promise<PolicyAnalysis> {
        const doc = await this.workspace.loadText(text, URI.file(resolve(file)));
        return this.analyze(doc, file);
    }

    private analyze(doc: AsplDocument, file: string): PolicyAnalysis {
        const { config, problems: configProblems } = this.configFor(file);
        const model = buildPolicyModel(doc, this.workspace.services.shared.workspace.LangiumDocuments);
        const evaluation = model ? evaluate(model, this.registry, { config, standards: this.options.standards }) : undefined;
        return { file, uri: doc.uri.toString(), problems: toProblems(doc), model, evaluation, config, configProblems };
    }
}
