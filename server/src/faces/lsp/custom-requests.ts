/**
 * `aspl/report` and `aspl/notice` (protocol.ts): the compliance matrix and the customer notice
 * of an open policy, from the text in the editor (not the file on disk), computed from the
 * evaluation the server already holds. `aspl/starter`: the wizard's starter policy.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { Analyzer, type PolicyAnalysis } from '../../analysis.js';
import { shortName } from '../../engine/score.js';
import { PRODUCT_TYPES, SALES_CHANNELS, starterWithStubs, type ProductType, type SalesChannel } from '../../starter/index.js';
import { renderNotice } from '../notice/index.js';
import type { Document } from '../../parse/generated/ast.js';
import { toProblems } from '../../parse/problems.js';
import { addDiffRequest } from './diff-request.js';
import type { AsplLspServices } from './module.js';
import {
    MEMORY_REQUEST, NOTICE_REQUEST, REPORT_REQUEST, STARTER_REQUEST, type MemoryResult, type NoticeParams, type NoticeResult, type ReportParams, type ReportResult,
    type ReportRow, type StarterParams, type StarterResult,
} from './protocol.js';

export function addCustomRequests(connection: Connection, services: AsplLspServices): void {
    const { Compliance } = services.asplLsp;
    const shared = services.shared.workspace;

    /** The analysis of an open policy once its current text is checked. */
    const analysis = async (uri: string): Promise<PolicyAnalysis | undefined> => {
        const u = URI.parse(uri);
        await shared.WorkspaceManager.ready;
        if (!shared.LangiumDocuments.hasDocument(u)) return undefined;
        await shared.DocumentBuilder.waitUntil(DocumentState.Validated, u);
        const doc = shared.LangiumDocuments.getDocument(u) as LangiumDocument<Document>;
        const result = Compliance.result(uri);
        if (!result) return undefined;
        const stale = result.stale;
        return {
            file: u.scheme === 'file' ? u.fsPath : uri, uri, problems: toProblems(doc),
            model: stale ? undefined : result.model, evaluation: stale ? undefined : result.evaluation,
            config: result.config, configProblems: Compliance.configFor(u).problems,
        };
    };

    addDiffRequest(connection, analysis);

    connection.onRequest(MEMORY_REQUEST, (): MemoryResult => {
        const gc = (globalThis as { gc?: () => void }).gc;
        gc?.();
        const m = process.memoryUsage();
        return { heapUsedMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, collected: !!gc };
    });

    connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResult | null> => {
        const a = await analysis(params.uri);
        if (!a) return null;
        const lang = params.lang === 'en' ? 'en' : 'zh';
        const scores = a.model && a.evaluation ? Compliance.scores({ ...Compliance.result(params.uri)!, model: a.model, evaluation: a.evaluation }) : [];
        const rows: ReportRow[] = (a.evaluation?.findings ?? []).map((f) => {
            const clause = a.evaluation!.results.find((r) => r.catalog.id === f.catalog)?.catalog.clauses.find((c) => c.id === f.clause);
            return {
                catalog: f.catalog, clause: f.clause, status: f.status, level: f.level, points: f.points,
                line: f.src.range.start.line, character: f.src.range.start.character, uri: f.src.uri,
                summary: clause?.summary[lang], message: f.message[lang], severity: f.severity,
                ...(f.points !== undefined ? { earned: ['satisfied', 'attested', 'waived', 'not-applicable'].includes(f.status) ? f.points : 0 } : {}),
            };
        });
        return {
            rows,
            standards: (a.evaluation?.results ?? []).map((r) => {
                const s = scores.find((x) => x.catalog === r.catalog.id);
                return { id: r.catalog.id, title: r.catalog.title[lang], short: shortName(r.catalog.number), applicable: r.applicable, ...(s ? { score: { earned: s.earned, total: s.total, minimum: s.minimum, pass: s.pass } } : {}) };
            }),
            ...(a.model ? { policy: { name: a.model.name, title: a.model.title?.value } } : {}),
            ...(Compliance.result(params.uri)?.stale ? { stale: true } : {}),
        };
    });

    let starterAnalyzer: Analyzer | undefined;
    connection.onRequest(STARTER_REQUEST, async (params: StarterParams): Promise<StarterResult> => {
        const keywords = params.keywords === 'en' ? 'en' : 'zh';
        const product = (PRODUCT_TYPES.find((p) => p.id === params.product)?.id ?? 'other') as ProductType;
        const channels = (params.channels ?? []).filter((c): c is SalesChannel => SALES_CHANNELS.some((s) => s.id === c));
        // its own workspace: the starter is checked without touching the editor's documents
        starterAnalyzer ??= new Analyzer({ lang: keywords });
        return { text: await starterWithStubs({ company: String(params.company ?? ''), product, channels, keywords }, starterAnalyzer) };
    });

    connection.onRequest(NOTICE_REQUEST, async (params: NoticeParams): Promise<NoticeResult | null> => {
        const a = await analysis(params.uri);
        if (!a) return null;
        return renderNotice(a, { format: params.format === 'html' ? 'html' : 'md', lang: params.lang === 'en' ? 'en' : 'zh', draft: params.draft });
    });
}
