/**
 * Code lenses on the policy header: per standard in force, how many clauses are satisfied,
 * violated and not addressed, and for scored standards (T/CGCC) the score with pass / fail.
 * Each runs `aspl.showComplianceReport` with the document's uri; clients bind it to a report view.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import type { Document } from '../../parse/generated/ast.js';
import { SHOW_REPORT } from './commands.js';
import type { ComplianceService } from './compliance.js';
import { LSP_MESSAGES } from './messages.js';
import { STATUS } from '../../engine/status.js';
import { say } from '../../i18n/message.js';
import type { AsplLspServices } from './module.js';
import type { LspOptions } from './options.js';

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
        const command = (title: string) => ({ title, command: SHOW_REPORT, arguments: [uri] });
        const stale = result.stale ? say(LSP_MESSAGES['lens-stale'], lang) : '';
        const lenses: CodeLens[] = [];
        const results = result.evaluation?.results ?? [];
        if (!results.length) return [{ range, command: command(say(LSP_MESSAGES[result.model?.partial ? 'lens-partial' : 'lens-none'], lang) + stale) }];
        const scores = this.compliance.scores(result);
        for (const r of results) {
            if (!r.applicable) {
                lenses.push({ range, command: command(`${r.catalog.id}: ${STATUS['not-applicable'].word[lang]}${stale}`) });
                continue;
            }
            const ok = r.findings.filter((f) => STATUS[f.status].met).length;
            const bad = r.findings.filter((f) => f.status === 'violated').length;
            const missing = r.findings.filter((f) => f.status === 'not-addressed').length;
            lenses.push({ range, command: command(say(LSP_MESSAGES['lens-standard'], lang, { id: r.catalog.id, ok, bad, missing }) + stale) });
            const score = scores.find((s) => s.catalog === r.catalog.id);
            if (score) {
                lenses.push({ range, command: command(say(LSP_MESSAGES['lens-score'], lang, {
                    id: score.catalog, earned: score.earned, total: score.total, minimum: score.minimum,
                    verdict: say(LSP_MESSAGES[score.pass ? 'lens-pass' : 'lens-fail'], lang),
                }) + stale) });
            }
        }
        return lenses;
    }
}
