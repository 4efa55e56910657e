/**
 * The library inside the extension host (bundled): the same pipeline as the language server
 * (`Analyzer` → `renderNotice` / `renderReport`). Used when the server does not answer the custom
 * requests of protocol.ts (an older server), so the views never depend on one of them alone.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import { evaluate } from '../../server/src/engine/evaluate.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';
import { renderReport, reportData } from '../../server/src/faces/report/index.js';
import type { NoticeParams, NoticeResult, ReportResult, ReportRow } from '../../server/src/faces/lsp/protocol.js';
import type { Lang } from './i18n.js';

export interface LocalDocument {
    /** The document's uri as a string. */
    uri: string;
    /** A file path for file documents; a virtual path otherwise. */
    path: string;
    text: string;
}

/** One analyzer per message language; serialized, since one Langium workspace builds one thing at a time. */
export class LocalLibrary {
    private analyzers = new Map<Lang, Analyzer>();
    private queue: Promise<unknown> = Promise.resolve();

    constructor(private readonly defaultStandards: () => string[]) {}

    /** Imported files and configs are cached: forget them when one changes on disk. */
    reset(): void {
        this.analyzers.clear();
    }

    private analyzer(lang: Lang): Analyzer {
        let a = this.analyzers.get(lang);
        if (!a) {
            a = new Analyzer({ lang });
            this.analyzers.set(lang, a);
        }
        return a;
    }

    analyze(doc: LocalDocument, lang: Lang): Promise<PolicyAnalysis> {
        const run = async () => {
            const analyzer = this.analyzer(lang);
            const analysis = await analyzer.analyzeText(doc.text, doc.path);
            // `aspl.standards`: the default catalogs, when neither the policy (`applies`) nor the config (`packs`) chooses.
            const defaults = this.defaultStandards();
            const model = analysis.model;
            if (defaults.length && model && !model.partial && !model.applies.length && !analysis.config.packs) {
                const mandatory = analyzer.registry.all().filter((c) => c.mandatory).map((c) => c.id);
                const standards = [...new Set([...defaults, ...mandatory])];
                analysis.evaluation = evaluate(model, analyzer.registry, { config: analysis.config, standards });
            }
            return analysis;
        };
        const next = this.queue.then(run, run);
        this.queue = next.catch(() => undefined);
        return next;
    }

    async notice(doc: LocalDocument, params: Omit<NoticeParams, 'uri'>): Promise<NoticeResult> {
        const analysis = await this.analyze(doc, params.lang);
        return renderNotice(analysis, { format: params.format, lang: params.lang, draft: params.draft });
    }

    async report(doc: LocalDocument, lang: Lang): Promise<ReportResult> {
        const analysis = await this.analyze(doc, lang);
        const data = reportData(analysis, lang);
        const folder = dirname(doc.path);
        const own = basename(doc.path);
        const uriOf = (file: string) => {
            const abs = resolve(folder, file);
            return abs === resolve(doc.path) || file === own ? doc.uri : pathToFileURL(abs).href;
        };
        const rows: ReportRow[] = [];
        for (const s of data.standards) {
            for (const c of s.clauses) {
                rows.push({
                    catalog: s.id, clause: c.clause, status: c.status, level: c.level, points: c.points, earned: c.earned,
                    line: Math.max(0, c.at.line - 1), character: Math.max(0, c.at.column - 1), uri: uriOf(c.at.file),
                    summary: c.summary, message: c.message, severity: c.severity,
                });
            }
        }
        return {
            html: renderReport(analysis, 'html', lang),
            rows,
            standards: data.standards.map((s) => ({
                id: s.id, title: s.title, applicable: s.applicable,
                ...(s.score ? { score: { earned: s.score.earned, total: s.score.total, minimum: s.score.minimum, pass: s.score.pass } } : {}),
            })),
            ...(data.policy ? { policy: { name: data.policy.name, title: data.policy.title } } : {}),
        };
    }
}

/** A path the library can use for any document: the file itself, or a virtual one next to the workspace. */
export function pathFor(uri: { scheme: string; fsPath: string; path: string }, workspaceFolder?: string): string {
    if (uri.scheme === 'file') return uri.fsPath;
    const name = basename(uri.path || 'untitled') || 'untitled';
    return join(workspaceFolder ?? '/virtual', name.endsWith('.aspl') ? name : `${name}.aspl`);
}
