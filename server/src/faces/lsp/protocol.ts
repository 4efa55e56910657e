/**
 * Custom requests between the VS Code extension and the language server. Plain types and method
 * names only (no imports), so both the server and the extension bundle can include this file.
 */

/** A text in both languages. */
export interface ProtocolBilingual { zh: string; en: string }

/** `aspl/notice`: the customer notice of an open policy, from the document's current text. */
export const NOTICE_REQUEST = 'aspl/notice';

export interface NoticeParams {
    /** The policy document's uri, as the client sent it in didOpen. */
    uri: string;
    format: 'md' | 'html';
    lang: 'zh' | 'en';
    /** Produce a notice even when the policy has compliance errors (marked DRAFT). */
    draft?: boolean;
}

/** Exactly what `renderNotice` returns. */
export type NoticeResult = { ok: true; text: string } | { ok: false; reason: ProtocolBilingual };

/** `aspl/report`: the compliance matrix of an open policy, one row per clause of every standard in force. */
export const REPORT_REQUEST = 'aspl/report';

export interface ReportParams {
    uri: string;
    lang: 'zh' | 'en';
}

export interface ReportRow {
    /** Catalog id, e.g. "GBT-AS-GENERAL". */
    catalog: string;
    /** Clause id as printed, e.g. "8.4.3". */
    clause: string;
    /** satisfied | violated | not-addressed | attested | waived | not-applicable */
    status: string;
    /** The clause's level (e.g. mandatory / recommended / basic / optional). */
    level: string;
    /** Points of a scored standard (T/CGCC); undefined elsewhere. */
    points?: number;
    /** Where the clause is met (evidence) or where the missing item belongs: 0-based line, as in LSP. */
    line: number;
    /** 0-based UTF-16 column of that place (0 when unknown). */
    character?: number;
    /** The file of that place (the policy itself or an imported base policy). */
    uri: string;
    /** Optional extras for the view. */
    summary?: string;
    message?: string;
    severity?: string;
    earned?: number;
}

export interface ReportStandardSummary {
    id: string;
    title: string;
    applicable: boolean;
    /** Scored standards only (T/CGCC): points earned out of total, the pass mark and the verdict. */
    score?: { earned: number; total: number; minimum: number; pass: boolean };
    /** Optional: the name in a short text (the number up to its serial: T/CGCC). */
    short?: string;
}

export interface ReportResult {
    rows: ReportRow[];
    /** Optional: one entry per standard in force (the extension's language-status item shows the T/CGCC score). */
    standards?: ReportStandardSummary[];
    /** Optional: true when the policy does not parse now (no rows, no standards: the last good ones still hold). */
    stale?: boolean;
    /** Optional: the policy's name and title. */
    policy?: { name: string; title?: string };
}

/**
 * `aspl/memory`: the server's memory, after a full garbage collection when the server runs with
 * `node --expose-gc` (the abuse tests do). For "is the server leaking?" questions.
 */
export const MEMORY_REQUEST = 'aspl/memory';
export interface MemoryResult { heapUsedMB: number; rssMB: number; collected: boolean }

/**
 * `aspl/diff`: what changed for customers between an older version of an open policy and its
 * current text in the editor — each change of a commitment classified worse / better / neutral —
 * and the compliance delta. The old version is a git revision of the file (default HEAD) or a text
 * the client sends. Words are in `lang`; ids (`kind`, `class`) are those of `aspl diff --format json`.
 */
export const DIFF_REQUEST = 'aspl/diff';

export interface DiffParams {
    uri: string;
    lang: 'zh' | 'en';
    /** A git revision of the file (HEAD, HEAD~1, main …); ignored when `oldText` is given. */
    base?: string;
    /** The old version's text, for clients that read it themselves. */
    oldText?: string;
}

export interface DiffRow {
    /** Stable kind id, e.g. "warranty-period-shortened". */
    kind: string;
    class: 'worse' | 'better' | 'neutral';
    /** The class, the title and the values in words. */
    classLabel: string;
    title: string;
    subject?: string;
    oldText: string;
    newText: string;
    /** Where the change shows in the current text (its new value, or the block an item left): 0-based. */
    uri: string;
    line: number;
    character: number;
    /** 0-based line of the old value in the old version of the same file, when it has one. */
    oldLine?: number;
    assumption?: string;
}

export interface DiffFindingRow { ruleId: string; status: string; message: string; uri: string; line: number; character: number }

export type DiffResult =
    | {
        ok: true;
        /** What was compared against: "HEAD:policies/x.aspl", or a label of the client's text. */
        base: string;
        rows: DiffRow[];
        fixed: DiffFindingRow[];
        introduced: DiffFindingRow[];
        /** Score lines that moved, in words ("T-CGCC-CUSTOM score: 92/100 pass → 86/100 fail"). */
        scores: string[];
        summary: string;
    }
    | { ok: false; reason: ProtocolBilingual };

/**
 * `aspl/starter`: the starter policy of the "New policy" wizard — the same text `aspl init`
 * writes (server/src/starter), with attestation stubs for the clauses in force.
 */
export const STARTER_REQUEST = 'aspl/starter';
export interface StarterParams {
    company: string;
    /** A product type id of server/src/starter/choices.ts (appliance, furniture …). */
    product: string;
    /** Sales channel ids: online, offline, contract. */
    channels: string[];
    keywords: 'zh' | 'en';
}
export interface StarterResult { text: string }
