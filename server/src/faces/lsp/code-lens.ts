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
        if (!policy?.$cstNode || !result || !this.options.enabledFor(document.uri)) return [];
        const lang = this.options.lang;
        const start = policy.$cstNode.range.start;
        const range: Range = { start, end: { line: start.line, character: start.character } };
        const stale = result.stale ? say(LSP_MESSAGES['lens-stale'], lang) : '';
        const lens = (title: string, details: string[]): CodeLens => ({
            range,
            command: {
                title: title + stale, command: SHOW_REPORT, arguments: [uri],
                tooltip: [...(stale ? [say(LSP_MESSAGES['lens-stale-detail'], lang)] : []), ...details, say(LSP_MESSAGES['lens-click'], lang)].join('\n'),
            },
        });
        const results = result.evaluation?.results ?? [];
        if (!results.length) return [lens(say(LSP_MESSAGES[result.model?.partial ? 'lens-partial' : 'lens-none'], lang), [])];
        const scores = this.compliance.scores(result);
        const details: string[] = [];
        let bad = 0;
        let missing = 0;
        let clauses = 0;
        for (const r of results) {
            if (!r.applicable) {
                details.push(`${r.catalog.id}: ${STATUS['not-applicable'].word[lang]}`);
                continue;
            }
            const counts = { ok: 0, bad: 0, missing: 0 };
            for (const f of r.findings) {
                if (STATUS[f.status].met) counts.ok++;
                else if (f.status === 'violated') counts.bad++;
                else if (f.status === 'not-addressed') counts.missing++;
            }
            bad += counts.bad;
            missing += counts.missing;
            clauses += r.findings.length;
            details.push(say(LSP_MESSAGES['lens-standard'], lang, { id: r.catalog.id, ...counts }));
        }
        const scored = scores.find((s) => results.some((r) => r.applicable && r.catalog.id === s.catalog));
        if (scored) {
            details.push(say(LSP_MESSAGES['lens-score'], lang, {
                id: scored.catalog, earned: scored.earned, total: scored.total, minimum: scored.minimum, verdict: VERDICT_WORDS[scored.pass ? 'pass' : 'fail'][lang],
            }));
        }
        const parts = [bad || missing ? say(LSP_MESSAGES['lens-problems'], lang, { bad, missing }) : say(LSP_MESSAGES['lens-all-met'], lang, { count: clauses })];
        if (scored) {
            parts.push(say(LSP_MESSAGES['lens-score-short'], lang, { id: shortName(results.find((r) => r.catalog.id === scored.catalog)!.catalog.number), earned: scored.earned, total: scored.total, verdict: VERDICT_WORDS[scored.pass ? 'pass' : 'fail'][lang] }));
        }
        return [lens(parts.join(' · '), details)];
    }
}
