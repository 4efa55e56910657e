/**
 * Compliance findings as LSP diagnostics: code = "<catalog> <clause>", a link to the clause's
 * documentation, related information for the other places involved, and the fix hint as data.
 * A finding located in an imported base policy is shown on the import line of the policy that
 * was checked and, through {@link ForeignFindings}, on the base file itself. While the policy does
 * not parse, {@link LastGoodFindings} keeps the findings of the last text that did, and
 * {@link ForeignFindings} those it placed in its base files.
 */
import { UriUtils, URI, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Lang } from '../../i18n/locale.js';
import type { Finding, FixHint } from '../../engine/findings.js';
import type { Range } from '../../model/types.js';
import type { Document } from '../../parse/generated/ast.js';
import { resolveImport } from '../../parse/imports.js';
import { clauseDocUrl, languageRuleDocUrl } from '../../engine/doc-links.js';
import { isLanguageRule } from '../../i18n/language-rules.js';
import { isMsg, say, type Text } from '../../i18n/message.js';
import { LSP } from './messages.js';
import { carryDiagnostics, editBetween } from './edit-region.js';

/** What a compliance diagnostic carries in `data` (read back by code actions and hover). */
export interface ComplianceData {
    kind: 'compliance';
    ruleId: string;
    catalog: string;
    clause: string;
    status: Finding['status'];
    fix?: FixHint;
    /** The file the finding is located in when it differs from the diagnostic's file. */
    origin?: string;
}

/**
 * What every diagnostic of ours keeps besides its text: the message ref (`text`) and those of
 * its related places (`related`), rendered in the reader's language when published
 * ({@link renderDiagnostic}), so a locale change re-renders without validating again.
 */
export interface RenderData {
    text?: Text;
    related?: Text[];
}

function isText(t: unknown): t is Text {
    return isMsg(t) || (typeof t === 'object' && t !== null && typeof (t as { zh?: unknown }).zh === 'string' && typeof (t as { en?: unknown }).en === 'string');
}

/** A diagnostic with its message (and its related places' messages) in `lang`. */
export function renderDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
    const data = d.data as RenderData | undefined;
    if (!data || !isText(data.text)) return d;
    const out: Diagnostic = { ...d, message: say(data.text, lang) };
    const related = data.related;
    if (d.relatedInformation && Array.isArray(related)) {
        out.relatedInformation = d.relatedInformation.map((r, i) => (isText(related[i]) ? { ...r, message: say(related[i], lang) } : r));
    }
    return out;
}

export function isComplianceData(d: unknown): d is ComplianceData {
    return typeof d === 'object' && d !== null && (d as ComplianceData).kind === 'compliance';
}

const SEVERITY: Record<string, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information,
};

function related(f: Finding): Array<{ location: DiagnosticRelatedInformation['location']; text: Text }> {
    const out = f.related.map((r) => ({ location: { uri: r.src.uri, range: r.src.range }, text: r.message as Text }));
    for (const e of f.evidence) {
        if (e.uri === f.src.uri && sameRange(e.range, f.src.range)) continue;
        if (out.some((o) => o.location.uri === e.uri && sameRange(o.location.range, e.range))) continue;
        out.push({ location: { uri: e.uri, range: e.range }, text: LSP.evidence() });
    }
    return out;
}

export function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A finding's message, with the assumption it rests on. */
export function findingText(f: Finding): Text {
    return f.assumption ? LSP['with-assumption']({ message: f.message, text: f.assumption }) : f.message;
}

export function findingMessage(f: Finding, lang: Lang): string {
    return say(findingText(f), lang);
}

/** A finding as a diagnostic; its code links to the clause's docs under `docsBase` (engine/doc-links.ts). */
export function findingToDiagnostic(f: Finding, lang: Lang, docsBase?: string, text: Text = findingText(f)): Diagnostic {
    const rel = related(f);
    const data: ComplianceData & RenderData = {
        kind: 'compliance', ruleId: f.ruleId, catalog: f.catalog, clause: f.clause, status: f.status, fix: f.fix,
        text, ...(rel.length ? { related: rel.map((r) => r.text) } : {}),
    };
    return {
        range: f.src.range,
        severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Information,
        code: f.ruleId,
        codeDescription: { href: clauseDocUrl(f.catalog, f.clause, docsBase) },
        source: 'aspl',
        message: say(text, lang),
        ...(rel.length ? { relatedInformation: rel.map((r) => ({ location: r.location, message: say(r.text, lang) })) } : {}),
        data,
    };
}

/** A language problem's code links to its rule in docs/language.md. */
export function withRuleLink(d: Diagnostic, docsBase?: string): Diagnostic {
    const code = (d.data as { code?: unknown } | undefined)?.code;
    return isLanguageRule(typeof code === 'string' ? code : undefined) ? { ...d, codeDescription: { href: languageRuleDocUrl(code as string, docsBase) } } : d;
}

/** The import statement of `doc` through which `target` is reached (directly or transitively). */
export function importRangeFor(doc: LangiumDocument<Document>, target: string, reach: (from: URI) => Set<string>): Range | undefined {
    const root = doc.parseResult.value;
    for (const imp of root.imports ?? []) {
        const u = resolveImport(doc.uri, imp);
        if (!u) continue;
        if (u.toString() === target || reach(u).has(target)) return imp.$cstNode?.range;
    }
    return root.policy?.$cstNode ? { start: root.policy.$cstNode.range.start, end: root.policy.$cstNode.range.start } : undefined;
}

/** A finding located in another file, shown on the checked policy's import line. */
export function foreignDiagnostic(f: Finding, lang: Lang, at: Range, docsBase?: string): Diagnostic {
    const inner = findingText(f);
    const file = UriUtils.basename(URI.parse(f.src.uri));
    const d = findingToDiagnostic(f, lang, docsBase, LSP['via-import']({ file, line: f.src.range.start.line + 1, message: inner }));
    const data = d.data as ComplianceData & RenderData;
    return {
        ...d,
        range: at,
        relatedInformation: [{ location: { uri: f.src.uri, range: f.src.range }, message: say(inner, lang) }, ...(d.relatedInformation ?? [])],
        data: { ...data, origin: f.src.uri, related: [inner, ...(data.related ?? [])] },
    };
}

/** A finding that checking the policy `checked` located in its base file, shown there. */
export function childDiagnostic(f: Finding, lang: Lang, checked: string, docsBase?: string): Diagnostic {
    return findingToDiagnostic(f, lang, docsBase, LSP['via-child']({ message: findingText(f), file: checked }));
}

/**
 * Findings that checking one policy located in another file (its base), per target file and
 * per checked policy, so the base file shows them too, without duplicates of its own findings.
 */
export class ForeignFindings {
    private readonly byTarget = new Map<string, Map<string, Diagnostic[]>>();

    /** Replaces what `source` contributes; returns the target files whose set changed. */
    set(source: string, diagnosticsByTarget: Map<string, Diagnostic[]>): string[] {
        const changed: string[] = [];
        for (const [target, perSource] of this.byTarget) {
            if (perSource.has(source) && !diagnosticsByTarget.has(target)) {
                perSource.delete(source);
                changed.push(target);
            }
        }
        for (const [target, diags] of diagnosticsByTarget) {
            let perSource = this.byTarget.get(target);
            if (!perSource) this.byTarget.set(target, (perSource = new Map()));
            const before = JSON.stringify(perSource.get(source) ?? []);
            perSource.set(source, diags);
            if (before !== JSON.stringify(diags)) changed.push(target);
        }
        return changed;
    }

    /** Keeps what `source` contributed, marked `carried` (it does not parse now); returns the target files whose set changed. */
    carry(source: string): string[] {
        const changed: string[] = [];
        for (const [target, perSource] of this.byTarget) {
            const diags = perSource.get(source);
            if (!diags?.some((d) => (d.data as { carried?: boolean }).carried !== true)) continue;
            perSource.set(source, diags.map((d) => ({ ...d, data: { ...(d.data as object), carried: true } })));
            changed.push(target);
        }
        return changed;
    }

    /** Drops everything `source` contributed (the policy was closed or deleted). */
    remove(source: string): string[] {
        return this.set(source, new Map());
    }

    /** `own` plus the foreign diagnostics for `target` that `own` does not already contain. */
    merge(target: string, own: Diagnostic[]): Diagnostic[] {
        const perSource = this.byTarget.get(target);
        if (!perSource?.size) return own;
        const key = (d: Diagnostic) => `${d.code}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
        const seen = new Set(own.map(key));
        const out = [...own];
        for (const diags of perSource.values()) {
            for (const d of diags) {
                if (seen.has(key(d))) continue;
                seen.add(key(d));
                out.push(d);
            }
        }
        return out;
    }
}

/**
 * The compliance diagnostics of the last text that parsed, kept while a line is half typed. The
 * engine does not judge a policy that does not parse (every block would look missing), so until it
 * parses again the previous findings stay beside the syntax error, moved along with the text;
 * those on the lines being edited are dropped (they may no longer hold). Marked `carried`. Each
 * publication moves them one edit further (so two edits far apart drop only their own lines).
 */
export class LastGoodFindings {
    private readonly last = new Map<string, { text: string; diagnostics: Diagnostic[] }>();

    /** What to publish for `doc`: remembered when its text parses, else completed with the last good findings. */
    complete(doc: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const key = doc.uri.toString();
        const text = doc.textDocument.getText();
        const { lexerErrors, parserErrors } = doc.parseResult;
        if (!lexerErrors.length && !parserErrors.length) {
            const compliance = diagnostics.filter((d) => isComplianceData(d.data));
            if (compliance.length) this.last.set(key, { text, diagnostics: compliance });
            else this.last.delete(key);
            return diagnostics;
        }
        const prev = this.last.get(key);
        // Findings already carried by the large-document path (late-compliance.ts) are not added twice.
        if (!prev || diagnostics.some((d) => isComplianceData(d.data))) return diagnostics;
        const edit = editBetween(prev.text, text);
        const kept = carryDiagnostics(prev.diagnostics.filter((d) => !edit.touches(d.range)), edit, key);
        this.last.set(key, { text, diagnostics: kept });
        return [...diagnostics, ...kept];
    }

    forget(uri: string): void {
        this.last.delete(uri);
    }
}
