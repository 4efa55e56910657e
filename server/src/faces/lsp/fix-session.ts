/**
 * A quick fix that really fixes: the planned edit is applied to a scratch copy of the policy,
 * re-checked with the same catalogs and config, and when the same clause still reports
 * something fixable (an `all` check wanting its next part) the next hint is applied too, a few
 * rounds at most. The result is one edit from the original text to the final one.
 */
import { URI, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isProblem, type Finding } from '../../engine/findings.js';
import { buildPolicyModel } from '../../model/normalize.js';
import type { Document } from '../../parse/generated/ast.js';
import { PolicyWorkspace } from '../../parse/load.js';
import type { ComplianceService } from './compliance.js';
import { FixPlanner, type Edits, type FixEnvironment } from './fix-edits.js';
import { changedRegion } from '../../shared/text-diff.js';

/** Above this size a fix is planned once, without re-checking rounds (they would re-parse a large file). */
const MAX_SIMULATED_LINES = 3_000;
const ROUNDS = 4;

export class FixSession {
    private scratch: PolicyWorkspace | undefined;

    constructor(private readonly compliance: ComplianceService, private readonly lang: () => 'zh' | 'en') {}

    private workspace(): PolicyWorkspace {
        const ws = (this.scratch ??= new PolicyWorkspace());
        ws.services.aspl.Settings.clauses = this.compliance.registry;
        ws.services.aspl.Settings.lang = this.lang();
        return ws;
    }

    /** Edits fixing `findings` in `doc` (and in other files when a hint points there). */
    async edits(env: FixEnvironment, doc: LangiumDocument<Document>, findings: Finding[], alternative?: 'confirm'): Promise<Edits | undefined> {
        const planner = new FixPlanner(env, doc);
        let any = false;
        for (const f of findings) any = planner.add(f, alternative) || any;
        if (!any) return undefined;
        const first = planner.edits();
        const uri = doc.uri.toString();
        const own = first.get(uri);
        if (!own?.length) return [...first.values()].some((l) => l.length) ? first : undefined;
        if (first.size > 1 || alternative || doc.textDocument.lineCount > MAX_SIMULATED_LINES) return first;
        const original = doc.textDocument.getText();
        const firstText = apply(original, own);
        let text = firstText;
        const wanted = new Set(findings.map((f) => f.ruleId));
        const ws = this.workspace();
        for (const d of ws.services.shared.workspace.LangiumDocuments.all.toArray()) ws.services.shared.workspace.LangiumDocuments.deleteDocument(d.uri);
        const { config } = this.compliance.configFor(doc.uri);
        for (let round = 0; round < ROUNDS; round++) {
            const scratch = await ws.loadText(text, URI.parse(uri));
            const { lexerErrors, parserErrors } = scratch.parseResult;
            if (lexerErrors.length || parserErrors.length) break;
            const model = buildPolicyModel(scratch, ws.services.shared.workspace.LangiumDocuments);
            if (!model) break;
            const left = this.compliance.evaluate(model, config).findings
                .filter((f) => isProblem(f) && wanted.has(f.ruleId) && f.fix && f.src.uri === uri);
            if (!left.length) break;
            const next = new FixPlanner({ ...env, documents: ws.services.shared.workspace.LangiumDocuments }, scratch);
            let added = false;
            for (const f of left) added = next.add(f) || added;
            if (!added) break;
            const more = next.edits().get(uri);
            if (!more?.length) break;
            text = apply(text, more);
        }
        ws.services.shared.workspace.LangiumDocuments.deleteDocument(URI.parse(uri));
        if (text === firstText) return first;
        return new Map([[uri, [diffEdit(doc.textDocument, original, text)]]]);
    }
}

function apply(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('memory:/fix', 'aspl', 0, text), edits);
}

/** One edit replacing only what differs between the two texts. */
function diffEdit(doc: { positionAt(offset: number): { line: number; character: number } }, from: string, to: string): TextEdit {
    // Start edits at a line start when possible, so clients show whole inserted lines.
    const r = changedRegion(from, to, (p) => {
        while (p > 0 && from[p - 1] !== '\n' && /[ \t]/.test(from[p - 1]) && to[p - 1] === from[p - 1]) p--;
        return p;
    });
    return { range: { start: doc.positionAt(r.start), end: doc.positionAt(r.beforeEnd) }, newText: to.slice(r.start, r.afterEnd) };
}
