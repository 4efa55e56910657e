/**
 * `aspl.showComplianceReport <uri>`: the compliance report of an open policy, as data and as
 * Markdown, for the client to show (the code lenses run it).
 */
import { URI } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import { VERDICT_WORDS } from '../../i18n/verdict.js';
import { findingMessage } from './diagnostics.js';
import { STATUS_WORDS, msg } from './messages.js';
import type { AsplLspServices } from './module.js';

export const SHOW_REPORT = 'aspl.showComplianceReport';

export interface ComplianceReport {
    uri: string;
    policy?: string;
    stale: boolean;
    standards: Array<{
        id: string; title: string; applicable: boolean;
        counts: Record<string, number>;
        score?: { earned: number; total: number; minimum: number; pass: boolean };
        findings: Array<{ ruleId: string; status: string; severity: string; message: string; line?: number }>;
    }>;
    markdown: string;
}

export class AsplCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(SHOW_REPORT, async ([uri]) => (typeof uri === 'string' ? this.report(uri) : undefined));
    }

    private async report(uri: string): Promise<ComplianceReport | undefined> {
        const parsed = URI.parse(uri);
        if (!this.shared.ServiceRegistry.hasServices(parsed)) return undefined;
        const services = this.shared.ServiceRegistry.getServices(parsed) as AsplLspServices;
        const { Compliance, Options } = services.asplLsp;
        const result = Compliance.result(uri);
        if (!result) return undefined;
        const lang = Options.lang;
        const scores = Compliance.scores(result);
        const standards = (result.evaluation?.results ?? []).map((r) => {
            const counts: Record<string, number> = {};
            for (const f of r.findings) counts[f.status] = (counts[f.status] ?? 0) + 1;
            const s = scores.find((x) => x.catalog === r.catalog.id);
            return {
                id: r.catalog.id, title: r.catalog.title[lang], applicable: r.applicable, counts,
                score: s && { earned: s.earned, total: s.total, minimum: s.minimum, pass: s.pass },
                findings: r.findings.map((f) => ({
                    ruleId: f.ruleId, status: f.status, severity: f.severity, message: findingMessage(f, lang),
                    line: f.src.uri === uri ? f.src.range.start.line + 1 : undefined,
                })),
            };
        });
        const md: string[] = [`# ${msg(lang, 'report-title', { name: result.model?.name ?? uri })}`];
        for (const s of standards) {
            md.push('', `## ${s.id} — ${s.title}`);
            if (s.score) md.push('', msg(lang, 'lens-score', { id: s.id, earned: s.score.earned, total: s.score.total, minimum: s.score.minimum, verdict: VERDICT_WORDS[s.score.pass ? 'pass' : 'fail'][lang] }));
            md.push('', ...s.findings.map((f) => `- **${f.ruleId}** ${STATUS_WORDS[f.status]?.[lang] ?? f.status}${f.line ? ` (${f.line})` : ''}: ${f.message.replace(/\n/g, ' ')}`));
        }
        return { uri, policy: result.model?.name, stale: result.stale, standards, markdown: md.join('\n') + '\n' };
    }
}
