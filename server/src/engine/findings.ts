import type { Bilingual } from '../i18n/locale.js';
import type { Text } from '../i18n/message.js';
import type { Src } from '../model/types.js';
import type { Level } from './catalog/types.js';
import { STATUS, type Severity, type Status } from './status.js';

export type { Status, Severity };
export type Certainty = 'definite' | 'possible';

/** What a quick fix should do; the server turns it into a text edit. */
export type FixHint =
    /** Replace the value at `src` with `text` (e.g. refund 10 → 5 working days). */
    | { kind: 'replace'; src: Src; text: Bilingual }
    /** Insert a missing field or block; `path` names it, `into` is the existing block it belongs in (if any). */
    | { kind: 'insert'; path: string; into?: Src; value?: string }
    /** Add an `attest` stub for a clause only a statement can meet. */
    | { kind: 'attest'; catalog: string; clause: string }
    /** Delete or reword the offending text. */
    | { kind: 'remove-text'; src: Src };

export interface Related {
    src: Src;
    message: Text;
    /**
     * A further place that breaks the clause on its own (another void sentence): the faces list it as
     * a problem of its own, with this message and fix, so a reader sees every offending text at once,
     * not one per run. The clause keeps one verdict (report row, score).
     */
    occurrence?: { message: Text; fix?: FixHint };
}

/** One clause of one catalog evaluated on one policy. */
export interface Finding {
    catalog: string;
    clause: string;
    /** `<catalog> <clause>`: the diagnostic code and SARIF ruleId. */
    ruleId: string;
    status: Status;
    level: Level;
    /** Effective severity for violated / not-addressed findings ('off' when the config turned it off); 'info' otherwise. */
    severity: Severity;
    /** A message ref (i18n/message.ts): rendered in the reader's language where it is shown. */
    message: Text;
    /** Where to underline: the offending value, or the block where the missing item belongs. */
    src: Src;
    /** Places that back a satisfied / attested / waived status. */
    evidence: Src[];
    related: Related[];
    /** The policy's own words for attested / waived clauses. */
    justification?: string;
    /** What was assumed to reach the status (working vs calendar days …). */
    assumption?: Text;
    /**
     * For violated findings: `definite` when the policy's own words break the clause, `possible`
     * when it only may (working vs calendar days, counted in the worst case; see `assumption`).
     */
    certainty?: Certainty;
    /** A satisfied clause with a reservation the writer should read (a fee given only as a range …): shown as a warning. */
    caveat?: Text;
    fix?: FixHint;
    points?: number;
    pointsInferred?: boolean;
}

/** The finding, then one copy for each further place that breaks its clause on its own (`Related.occurrence`). */
export function occurrences(f: Finding): Finding[] {
    const more = f.related.filter((r) => r.occurrence);
    if (!more.length) return [f];
    return [f, ...more.map((r): Finding => ({
        ...f, src: r.src, evidence: [r.src], message: r.occurrence!.message, fix: r.occurrence!.fix,
        related: [{ src: f.src, message: f.message }],
    }))];
}

/** A finding the faces report: a violated or missing clause, or a satisfied one with a caveat. */
export function isProblem(f: Finding): boolean {
    return (STATUS[f.status].problem || f.caveat !== undefined) && f.severity !== 'off';
}
