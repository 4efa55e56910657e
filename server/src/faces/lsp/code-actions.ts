/**
 * Quick fixes. Compliance findings: the engine's fix hint as an edit (insert a skeleton,
 * change a value to the limit, add an attest stub, remove a void term), plus "fix all of this
 * kind in the file". Language problems: an unknown vocabulary word → the closest known words;
 * a Chinese keyword glued to a name → the missing space.
 */
import { LIST_SEPARATOR } from '../../i18n/punctuation.js';
import { CstUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, FixHint } from '../../engine/findings.js';
import type { Document } from '../../parse/generated/ast.js';
import { spellings } from '../../parse/vocabulary.js';
import type { ComplianceService } from './compliance.js';
import { findingToDiagnostic, isComplianceData, sameRange } from './diagnostics.js';
import { FixPlanner, type Edits, type FixEnvironment } from './fix-edits.js';
import { FixSession } from './fix-session.js';
import { assignedFeature, reservedWords, vocabularyOf } from '../../parse/grammar-map.js';
import { LSP_MESSAGES } from './messages.js';
import { say } from '../../i18n/message.js';
import type { AsplLspServices } from './module.js';
import type { LspOptions } from './options.js';
import { labelOf } from '../../engine/labels.js';
import { nearest } from '../../i18n/suggest.js';

export class AsplCodeActionProvider implements CodeActionProvider {
    private readonly compliance: ComplianceService;
    private readonly options: LspOptions;
    private readonly keywords: Set<string>;
    private readonly session: FixSession;

    constructor(private readonly services: AsplLspServices) {
        this.compliance = services.asplLsp.Compliance;
        this.options = services.asplLsp.Options;
        this.keywords = reservedWords(services.Grammar);
        this.session = new FixSession(this.compliance, () => this.options.lang);
    }

    private env(): FixEnvironment {
        return {
            documents: this.services.shared.workspace.LangiumDocuments,
            keywordLanguage: this.options.keywordLanguage,
            lang: this.options.lang,
            keywords: this.keywords,
        };
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        const doc = document as LangiumDocument<Document>;
        const actions: CodeAction[] = [];
        const result = this.compliance.result(doc.uri.toString());
        // Fixes are placed in the text the engine judged: none while it is half typed or edited since (aspl.run onSave).
        const problems = result && !result.stale && !this.services.asplLsp.Saved.pending(doc) ? result.problems : [];
        const only = params.context.only;
        if (only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll))) {
            const fixable = problems.filter((f) => f.fix);
            const a = await this.action(doc, fixable, say(LSP_MESSAGES['fix-all'], this.options.lang, { count: fixable.length }), CodeActionKind.SourceFixAll, []);
            return a ? [a] : [];
        }
        const lang = this.options.lang;
        const findings = this.findingsFor(doc, problems, params);
        const seenAll = new Set<string>();
        for (const { finding, diagnostic } of findings) {
            const fix = finding.fix;
            if (!fix) continue;
            // The preferred fix of a value meets every clause judging that same value (a refund
            // time for GB/T 8.4.3 and M7-13 at once), not only the clause under the cursor.
            const together = fix.kind === 'replace' ? sameValue(fix.src, problems) : [finding];
            const single = await this.action(doc, together, this.title(finding), CodeActionKind.QuickFix, [diagnostic], true);
            if (single) {
                if (fix.kind === 'replace' && together.length > 1) single.title = this.valueTitle(single, fix.src, together);
                actions.push(single);
            }
            const planner = new FixPlanner(this.env(), doc);
            if (planner.canConfirm(finding)) {
                const confirm = await this.action(doc, [finding], say(LSP_MESSAGES['fix-confirm'], lang, { rule: finding.ruleId }), CodeActionKind.QuickFix, [diagnostic], false, 'confirm');
                if (confirm) actions.push(confirm);
            }
            const same = problems.filter((f) => f.fix?.kind === fix.kind);
            if (same.length > 1 && !seenAll.has(fix.kind)) {
                seenAll.add(fix.kind);
                const all = await this.action(doc, same, say(LSP_MESSAGES['fix-all'], lang, { count: same.length }), CodeActionKind.QuickFix, [diagnostic]);
                if (all) actions.push(all);
            }
        }
        for (const d of params.context.diagnostics) {
            for (const a of this.languageFixes(doc, d)) actions.push(a);
            if ((d.data as { code?: string } | undefined)?.code === 'attest-checked') for (const a of await this.attestFixes(doc, d, problems)) actions.push(a);
        }
        return actions;
    }

    /** Findings behind the diagnostics the client sent, else the findings touching the range. */
    private findingsFor(doc: LangiumDocument<Document>, problems: Finding[], params: CodeActionParams): Array<{ finding: Finding; diagnostic: Diagnostic }> {
        const out: Array<{ finding: Finding; diagnostic: Diagnostic }> = [];
        const uri = doc.uri.toString();
        const compliance = params.context.diagnostics.filter((d) => isComplianceData(d.data));
        for (const d of compliance) {
            const data = d.data as { ruleId: string; origin?: string };
            const f = problems.find((p) => p.ruleId === data.ruleId && (data.origin ? p.src.uri === data.origin : p.src.uri === uri && sameRange(p.src.range, d.range)))
                ?? problems.find((p) => p.ruleId === data.ruleId);
            if (f) out.push({ finding: f, diagnostic: d });
        }
        if (!compliance.length && !params.context.diagnostics.length) {
            const r = params.range;
            for (const f of problems) {
                if (f.src.uri !== uri) continue;
                const s = f.src.range;
                const before = s.end.line < r.start.line || (s.end.line === r.start.line && s.end.character < r.start.character);
                const after = s.start.line > r.end.line || (s.start.line === r.end.line && s.start.character > r.end.character);
                if (!before && !after) out.push({ finding: f, diagnostic: findingToDiagnostic(f, this.options.lang) });
            }
        }
        return out;
    }

    private title(f: Finding): string {
        const lang = this.options.lang;
        const fix = f.fix!;
        switch (fix.kind) {
            case 'replace': return say(LSP_MESSAGES['fix-replace'], lang, { text: fix.text[lang], rule: f.ruleId });
            case 'insert': return say(LSP_MESSAGES['fix-insert'], lang, { what: labelOf(fix.path)[lang], rule: f.ruleId });
            case 'attest': return say(LSP_MESSAGES['fix-attest'], lang, { rule: f.ruleId });
            case 'remove-text': {
                const doc = this.services.shared.workspace.LangiumDocuments.all.find((d) => d.uri.toString() === fix.src.uri);
                const text = doc?.textDocument.getText(fix.src.range) ?? '';
                return say(LSP_MESSAGES['fix-remove'], lang, { text: text.length > 30 ? text.slice(0, 29) + '…' : text, rule: f.ruleId });
            }
        }
    }

    /** "Change to '7天' (rule, rule)": the value the edit really writes and every clause it meets. */
    private valueTitle(action: CodeAction, src: Finding['src'], together: Finding[]): string {
        const edit = action.edit?.changes?.[src.uri]?.find((e) => sameRange(e.range, src.range));
        const fix = together[0].fix as Extract<FixHint, { kind: 'replace' }>;
        const text = edit?.newText ?? fix.text[this.options.lang];
        return say(LSP_MESSAGES['fix-replace'], this.options.lang, { text, rule: together.map((f) => f.ruleId).join(LIST_SEPARATOR[this.options.lang]) });
    }

    private async action(doc: LangiumDocument<Document>, findings: Finding[], title: string, kind: string, diagnostics: Diagnostic[], preferred = false, alternative?: 'confirm'): Promise<CodeAction | undefined> {
        const edits = await this.session.edits(this.env(), doc, findings, alternative);
        if (!edits || ![...edits.values()].some((l) => l.length)) return undefined;
        return { title, kind, diagnostics, isPreferred: preferred || undefined, edit: toWorkspaceEdit(edits) };
    }

    /**
     * An `attest` on a clause a field checks: write the field (the clause's own insert fix, when it is
     * missing) and drop the attest line — or just drop the line when the field is already there.
     */
    private async attestFixes(doc: LangiumDocument<Document>, d: Diagnostic, problems: Finding[]): Promise<CodeAction[]> {
        const lang = this.options.lang;
        const params = (d.data as { params?: Record<string, string> }).params ?? {};
        const uri = doc.uri.toString();
        const line = d.range.start.line;
        const removal = { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' };
        const out: CodeAction[] = [];
        const finding = problems.find((f) => f.catalog === params.catalog && f.clause === params.clause && f.fix?.kind === 'insert');
        if (finding) {
            const insert = await this.action(doc, [finding], say(LSP_MESSAGES['fix-attest-field'], lang, { rule: finding.ruleId }), CodeActionKind.QuickFix, [d], true);
            const edits = insert?.edit?.changes?.[uri];
            if (insert && edits) {
                // The skeleton goes into its block, the attest line goes (its own line: the edits do not overlap).
                insert.edit!.changes![uri] = [...edits.filter((e) => e.range.start.line !== line), removal];
                out.push(insert);
            }
        }
        out.push({ title: say(LSP_MESSAGES['fix-attest-remove'], lang), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: out.length ? undefined : true, edit: { changes: { [uri]: [removal] } } });
        return out;
    }

    // ---------------------------------------------------------------- language problems
    private languageFixes(doc: LangiumDocument<Document>, d: Diagnostic): CodeAction[] {
        const lang = this.options.lang;
        const uri = doc.uri.toString();
        const data = d.data as { code?: string; params?: Record<string, string> } | undefined;
        if (data?.code === 'keyword-glued' && data.params?.keyword) {
            const keyword = data.params.keyword;
            const at = { line: d.range.start.line, character: d.range.start.character + keyword.length };
            return [{
                title: say(LSP_MESSAGES['fix-space'], lang, { keyword }), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
                edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: ' ' }] } },
            }];
        }
        if (data?.code === 'chinese-numeral' && data.params?.digits) {
            const digits = data.params.digits;
            return [{
                title: say(LSP_MESSAGES['fix-word'], lang, { word: digits }), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
                edit: { changes: { [uri]: [{ range: d.range, newText: digits }] } },
            }];
        }
        if (data?.code !== 'unknown-word' || !data.params?.word) return [];
        const root = doc.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, doc.textDocument.offsetAt(d.range.start));
        if (!leaf) return [];
        const feature = assignedFeature(leaf);
        const vocab = feature && vocabularyOf(leaf.astNode.$type, feature);
        if (!vocab) return [];
        const word = data.params.word;
        const candidates = spellings(vocab).filter((w) => !this.keywords.has(w));
        return nearest(word, candidates).map((w, i) => ({
            title: say(LSP_MESSAGES['fix-word'], lang, { word: w }), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0 || undefined,
            edit: { changes: { [uri]: [{ range: d.range, newText: w }] } },
        }));
    }
}

/** The problems whose replace fix targets exactly this value. */
function sameValue(src: Finding['src'], problems: Finding[]): Finding[] {
    return problems.filter((p) => p.fix?.kind === 'replace' && p.fix.src.uri === src.uri && sameRange(p.fix.src.range, src.range));
}

export function toWorkspaceEdit(edits: Edits): WorkspaceEdit {
    const changes: WorkspaceEdit['changes'] = {};
    for (const [uri, list] of edits) if (list.length) changes[uri] = list;
    return { changes };
}
