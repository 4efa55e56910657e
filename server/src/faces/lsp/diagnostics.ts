/**
 * Compliance findings as LSP diagnostics: code = "<catalog> <clause>", a link to the clause's
 * documentation, related information for the other places involved, and the fix hint as data.
 * A finding located in an imported base policy is shown on the import line of the policy that
 * was checked and, through {@link ForeignFindings}, on the base file itself. While the policy does
 * not parse, {@link LastGoodFindings} keeps the findings of the last text that did.
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
import { editBetween } from './edit-region.js';
import { msg } from './messages.js';

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

export function isComplianceData(d: unknown): d is ComplianceData {
    return typeof d === 'object' && d !== null && (d as ComplianceData).kind === 'compliance';
}

const SEVERITY: Record<string, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information,
};

function related(f: Finding, lang: Lang): DiagnosticRelatedInformation[] {
    const out: DiagnosticRelatedInformation[] = f.related.map((r) => ({ location: { uri: r.src.uri, range: r.src.range }, message: r.message[lang] }));
    for (const e of f.evidence) {
        if (e.uri === f.src.uri && sameRange(e.range, f.src.range)) continue;
        if (out.some((o) => o.location.uri === e.uri && sameRange(o.location.range, e.range))) continue;
        out.push({ location: { uri: e.uri, range: e.range }, message: msg(lang, 'evidence') });
    }
    return out;
}

export function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function findingMessage(f: Finding, lang: Lang): string {
    return f.assumption ? `${f.message[lang]}\n${msg(lang, 'assumption', { text: f.assumption[lang] })}` : f.message[lang];
}

/** A finding as a diagnostic; its code links to the clause's docs under `docsBase` (engine/doc-links.ts). */
export function findingToDiagnostic(f: Finding, lang: Lang, docsBase?: string): Diagnostic {
    const data: ComplianceData = { kind: 'compliance', ruleId: f.ruleId, catalog: f.catalog, clause: f.clause, status: f.status, fix: f.fix };
    const rel = related(f, lang);
    return {
        range: f.src.range,
        severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Information,
        code: f.ruleId,
        codeDescription: { href: clauseDocUrl(f.catalog, f.clause, docsBase) },
        source: 'aspl',
        message: findingMessage(f, lang),
        ...(rel.length ? { relatedInformation: rel } : {}),
        data,
    };
}

/** A language problem's code links to its rule in docs/language.md. */
export function withRuleLink(d: Diagnostic, docsBase?: string): Diagnostic {
    const code = (d.data as { code?: unknown } | undefined)?.code;
    return isLanguageRule(typeof code === 'string' ? code : undefined) ? { ...d, codeDescription: { href: languageRuleDocUrl(code as string, docsBase) } } : d;
}

export function messageText(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
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
    const d = findingToDiagnostic(f, lang, docsBase);
    const file = UriUtils.basename(URI.parse(f.src.uri));
    return {
        ...d,
        range: at,
        message: msg(lang, 'via-import', { file, line: f.src.range.start.line + 1, message: messageText(d) }),
        relatedInformation: [{ location: { uri: f.src.uri, range: f.src.range }, message: messageText(d) }, ...(d.relatedInformation ?? [])],
        data: { ...(d.data as ComplianceData), origin: f.src.uri },
    };
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
        const kept = prev.diagnostics.filter((d) => !edit.touches(d.range)).map((d) => ({
            ...d,
            range: edit.move(d.range),
            relatedInformation: d.relatedInformation?.map((r) => (r.location.uri === key ? { ...r, location: { ...r.location, range: edit.move(r.location.range) } } : r)),
            data: { ...(d.data as ComplianceData), carried: true },
        }));
        this.last.set(key, { text, diagnostics: kept });
        return [...diagnostics, ...kept];
    }

    forget(uri: string): void {
        this.last.delete(uri);
    }
}
