/**
 * `aspl check --fix` / `--fix-dry-run`: the language server's fix-all (lsp/fix-edits.ts, the
 * same planner behind `source.fixAll` and the quick fixes) run over files. Each pass plans every
 * fixable problem of the policy, applies the edits to its own text and checks again, until
 * nothing fixable is left (ESLint's passes). Edits the planner would make in other files (an
 * imported base policy) are left out: a file is fixed by editing that file only.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type PolicyAnalysis } from '../../analysis.js';
import { isProblem } from '../../engine/findings.js';
import type { Lang } from '../../i18n/locale.js';
import type { Document } from '../../parse/generated/ast.js';
import { isSyntaxError } from '../../parse/problems.js';
import { FixPlanner } from '../lsp/fix-edits.js';
import { reservedWords } from '../../parse/grammar-map.js';
import { atomicReplace } from './commands/fmt.js';
import { CliError, fail, ioReason } from './errors.js';
import { displayPath } from './output.js';
import { SourceCache, toFileResult, type FileResult } from './results.js';
import type { RunOptions } from './runner.js';

/** ESLint's limit: a fix that keeps producing new fixes stops here. */
const MAX_PASSES = 10;

export interface FixOutcome {
    file: string;
    original: string;
    /** The text after every pass (equal to `original` when nothing could be fixed). */
    fixed: string;
    /** The analysis of `fixed`. */
    analysis: PolicyAnalysis;
    /** Compliance problems gone between the first and the last pass. */
    fixedCount: number;
    /** The file as it was read (a later change on disk is not overwritten); undefined for stdin. */
    stat?: Stats;
}

/** Fixes one policy: the file on disk, or `text` (standard input) checked as if it were `file`. */
export async function fixFile(analyzer: Analyzer, file: string, lang: Lang, text?: string): Promise<FixOutcome> {
    const stat = text === undefined ? statSync(file) : undefined;
    const original = text ?? readFileSync(file, 'utf8');
    const uri = URI.file(file).toString();
    const services = analyzer.workspace.services;
    const env = { documents: services.shared.workspace.LangiumDocuments, keywordLanguage: lang, lang, keywords: reservedWords(services.Grammar) };
    let fixed = original;
    let analysis = await analyzer.analyzeText(fixed.replace(/^\uFEFF/, ''), file);
    const count = (a: PolicyAnalysis) => (a.evaluation?.findings ?? []).filter(isProblem).length;
    const before = count(analysis);
    // a file that does not parse, or is not UTF-8, is not rewritten
    const untouchable = (a: PolicyAnalysis) => a.problems.some((p) => isSyntaxError(p) || (p.severity === 'error' && p.code === 'invalid-utf8'));
    for (let pass = 0; pass < MAX_PASSES && !untouchable(analysis); pass++) {
        const fixable = (analysis.evaluation?.findings ?? []).filter((f) => isProblem(f) && f.fix && f.src.uri === uri);
        if (!fixable.length) break;
        const doc = env.documents.getDocument(URI.parse(uri)) as LangiumDocument<Document> | undefined;
        if (!doc) break;
        const planner = new FixPlanner(env, doc);
        for (const f of fixable) planner.add(f);
        const own = planner.edits().get(uri);
        if (!own?.length) break;
        const next = TextDocument.applyEdits(TextDocument.create(uri, 'aspl', 0, fixed), own);
        if (next === fixed) break;
        fixed = next;
        analysis = await analyzer.analyzeText(fixed.replace(/^\uFEFF/, ''), file);
    }
    return { file, original, fixed, analysis, fixedCount: Math.max(0, before - count(analysis)), stat };
}

export interface FixRun {
    results: FileResult[];
    /** Fixed text of each file that changed (what --fix wrote or --fix-dry-run would write). */
    outputs: Map<string, string>;
    fixedCount: number;
}

/** Fixes every file in this thread; writes the changed ones unless `dryRun`. */
export async function fixAll(files: string[], options: RunOptions, dryRun: boolean): Promise<FixRun> {
    const analyzer = new Analyzer({ lang: options.lang, configFile: options.configFile, standards: options.standards });
    const results: FileResult[] = [];
    const outputs = new Map<string, string>();
    let fixedCount = 0;
    for (const file of files) {
        const o = await fixFile(analyzer, file, options.lang);
        const sources = new SourceCache();
        if (o.fixed !== o.original) {
            outputs.set(file, o.fixed);
            fixedCount += o.fixedCount;
            sources.set(file, o.fixed);
            if (!dryRun) {
                // written like `fmt --write`: atomically, and never over a file changed meanwhile
                try { atomicReplace(file, o.fixed, o.stat); } catch (e) {
                    if (e instanceof CliError) throw new CliError({ zh: `${displayPath(file)}：${e.render('zh')}`, en: `${displayPath(file)}: ${e.render('en')}` });
                    const why = ioReason(e);
                    fail(`无法写入 ${displayPath(file)}：${why.zh}`, `cannot write ${displayPath(file)}: ${why.en}`);
                }
            }
        }
        results.push(toFileResult(o.analysis, options.lang, sources));
        options.onProgress?.(results.length, files.length);
    }
    return { results, outputs, fixedCount };
}
