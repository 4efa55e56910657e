/**
 * `aspl/report` and `aspl/notice` (protocol.ts): the compliance matrix and the customer notice
 * of an open policy, from the text in the editor (not the file on disk), computed from the
 * evaluation the server already holds. `aspl/starter`: the wizard's starter policy.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { Analyzer, type PolicyAnalysis } from '../../analysis.js';
import { PRODUCT_TYPES, SALES_CHANNELS, pickFacts, starterWithStubs, type ProductType, type SalesChannel } from '../../starter/index.js';
import { renderNotice } from '../notice/index.js';
import { reportData } from '../report/data.js';
import { packageInfo } from '../../package-info.js';
import type { Document } from '../../parse/generated/ast.js';
import { toProblems } from '../../parse/problems.js';
import { addDiffRequest } from './diff-request.js';
import { isComplianceData, renderDiagnostic } from './diagnostics.js';
import type { Lang } from '../../i18n/locale.js';
import type { AsplLspServices } from './module.js';
import type { AsplDocumentValidator } from './document-validator.js';
import {
    MEMORY_REQUEST, NOTICE_REQUEST, REPORT_REQUEST, STARTER_REQUEST, type MemoryResult, type NoticeParams, type NoticeResult, type ReportParams, type ReportResult,
    type StarterParams, type StarterResult,
} from './protocol.js';

export function addCustomRequests(connection: Connection, services: AsplLspServices): void {
    const { Compliance } = services.asplLsp;
    const shared = services.shared.workspace;

    /** The analysis of an open policy once its current text is checked. */
    const analysis = async (uri: string, lang?: Lang): Promise<PolicyAnalysis | undefined> => {
        const u = URI.parse(uri);
        await shared.WorkspaceManager.ready;
        if (!shared.LangiumDocuments.hasDocument(u)) return undefined;
        await shared.DocumentBuilder.waitUntil(DocumentState.Validated, u);
        const doc = shared.LangiumDocuments.getDocument(u) as LangiumDocument<Document>;
        const result = Compliance.result(uri);
        if (!result) return undefined;
        const stale = result.stale;
        return {
            // The document's diagnostics carry the compliance findings too: the analysis's problems
            // are the language's own (as `aspl report` has them), in the reader's language.
            file: u.scheme === 'file' ? u.fsPath : uri, uri,
            problems: toProblems(doc, (doc.diagnostics ?? []).filter((d) => !isComplianceData(d.data)).map((d) => (lang ? renderDiagnostic(d, lang) : d))),
            model: stale ? undefined : result.model, evaluation: stale ? undefined : result.evaluation,
            config: result.config, configProblems: Compliance.configFor(u).problems,
        };
    };

    addDiffRequest(connection, analysis);

    connection.onRequest(MEMORY_REQUEST, (): MemoryResult => {
        const gc = (globalThis as { gc?: () => void }).gc;
        gc?.();
        const m = process.memoryUsage();
        const validations = (services.validation.DocumentValidator as AsplDocumentValidator).runs;
        return { heapUsedMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, collected: !!gc, validations };
    });

    connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResult | null> => {
        const lang = params.lang === 'en' ? 'en' : 'zh';
        const a = await analysis(params.uri, lang);
        if (!a) return null;
        const stale = !!Compliance.result(params.uri)?.stale;
        return reportData(a, lang, { toolVersion: packageInfo().version, stale });
    });

    let starterAnalyzer: Analyzer | undefined;
    connection.onRequest(STARTER_REQUEST, async (params: StarterParams): Promise<StarterResult> => {
        const keywords = params.keywords === 'en' ? 'en' : 'zh';
        const product = (PRODUCT_TYPES.find((p) => p.id === params.product)?.id ?? 'other') as ProductType;
        const channels = (params.channels ?? []).filter((c): c is SalesChannel => SALES_CHANNELS.some((s) => s.id === c));
        // its own workspace: the starter is checked without touching the editor's documents
        starterAnalyzer ??= new Analyzer({ lang: keywords });
        return { text: await starterWithStubs({ company: String(params.company ?? ''), product, channels, keywords, facts: pickFacts(params.facts) }, starterAnalyzer) };
    });

    connection.onRequest(NOTICE_REQUEST, async (params: NoticeParams): Promise<NoticeResult | null> => {
        const a = await analysis(params.uri);
        if (!a) return null;
        return renderNotice(a, { format: params.format === 'html' ? 'html' : 'md', lang: params.lang === 'en' ? 'en' : 'zh', draft: params.draft });
    });
}
