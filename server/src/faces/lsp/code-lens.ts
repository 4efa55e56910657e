/**
 * One code lens on the policy header, short enough for a narrow editor: how many clauses are
 * violated and not addressed over the standards in force, and the T/CGCC score with pass / fail.
 * Its tooltip holds the details per standard; it runs `aspl.showComplianceReport` with the
 * document's uri (clients bind it to a report view). Which standards are in force is said by the
 * editor's language-status item (and the tooltip), not here.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import { shortName } from '../../engine/score.js';
import { VERDICT_WORDS } from '../../i18n/verdict.js';
import type { Document } from '../../parse/generated/ast.js';
import { SHOW_REPORT } from './commands.js';
import type { ComplianceService } from './compliance.js';
import { STATUS_WORDS, msg } from './messages.js';
import type { AsplLspServices } from './module.js';
import type { LspOptions } from './options.js';

const MET = new Set(['satisfied', 'attested', 'waived']);

export class AsplCodeLensProvider implements CodeLensProvider {
    private readonly compliance: ComplianceService;
    private readonly options: LspOptions;

    constructor(services: AsplLspServices) {
        this.compliance = services.asplLsp.Compliance;
        this.options = services.asplLsp.Options;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const policy = (document.parseResult.value as Document).policy;
        const uri = document.uri.toString();
        const result = this.compliance.result(uri);
        if (!policy?.$cstNode || !result) return [];
        const lang = this.options.lang;
        const start = policy.$cstNode.range.start;
        const range: Range = { start, end: { line: start.line, character: start.character } };
        const stale = result.stale ? msg(lang, 'lens-stale') : '';
        const lens = (title: string, details: string[]): CodeLens => ({
            range,
            command: {
                title: title + stale, command: SHOW_REPORT, arguments: [uri],
                tooltip: [...(stale ? [msg(lang, 'lens-stale-detail')] : []), ...details, msg(lang, 'lens-click')].join('\n'),
            },
        });
        const results = result.evaluation?.results ?? [];
        if (!results.length) return [lens(msg(lang, result.model?.partial ? 'lens-partial' : 'lens-none'), [])];
        const scores = this.compliance.scores(result);
        const details: string[] = [];
        let bad = 0;
        let missing = 0;
        let clauses = 0;
        for (const r of results) {
            if (!r.applicable) {
                details.push(`${r.catalog.id}: ${STATUS_WORDS['not-applicable'][lang]}`);
                continue;
            }
            const counts = { ok: 0, bad: 0, missing: 0 };
            for (const f of r.findings) {
                if (MET.has(f.status)) counts.ok++;
                else if (f.status === 'violated') counts.bad++;
                else if (f.status === 'not-addressed') counts.missing++;
            }
            bad += counts.bad;
            missing += counts.missing;
            clauses += r.findings.length;
            details.push(msg(lang, 'lens-standard', { id: r.catalog.id, ...counts }));
        }
        const scored = scores.find((s) => results.some((r) => r.applicable && r.catalog.id === s.catalog));
        if (scored) {
            details.push(msg(lang, 'lens-score', {
                id: scored.catalog, earned: scored.earned, total: scored.total, minimum: scored.minimum, verdict: VERDICT_WORDS[scored.pass ? 'pass' : 'fail'][lang],
            }));
        }
        const parts = [bad || missing ? msg(lang, 'lens-problems', { bad, missing }) : msg(lang, 'lens-all-met', { count: clauses })];
        if (scored) {
            parts.push(msg(lang, 'lens-score-short', { id: shortName(results.find((r) => r.catalog.id === scored.catalog)!.catalog.number), earned: scored.earned, total: scored.total, verdict: VERDICT_WORDS[scored.pass ? 'pass' : 'fail'][lang] }));
        }
        return [lens(parts.join(' · '), details)];
    }
}
