/**
 * Custom requests between the VS Code extension and the language server. Plain types and method
 * names only (type imports only, erased when bundled), so both the server and the extension
 * bundle can include this file.
 */

import type { ReportData, ReportStandard } from '../report/data.js';

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

/**
 * Exactly what `aspl report --format json` prints for the same policy (faces/report/data.ts
 * `reportData`, one function for both): the standards in force with every clause, its status,
 * where it is met or missed (relative to the policy's folder, 1-based) and the scores.
 */
export type ReportResult = ReportData;

/** A standard as the extension's language-status item reads it (any `ReportResult` standard is one). */
export type ReportStandardSummary = Pick<ReportStandard, 'id' | 'title' | 'applicable' | 'short'> & {
    score?: Pick<NonNullable<ReportStandard['score']>, 'earned' | 'total' | 'minimum' | 'pass'>;
};

/**
 * `aspl/memory`: the server's memory, after a full garbage collection when the server runs with
 * `node --expose-gc` (the abuse tests do). For "is the server leaking?" questions, and how much work it did.
 */
export const MEMORY_REQUEST = 'aspl/memory';
export interface MemoryResult {
    heapUsedMB: number; rssMB: number; collected: boolean;
    /** Documents validated since the server started (a re-render after a locale change validates none). */
    validations: number;
}

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
    /** The company's facts the writer gave (license, scope, address, phone, email); each one left out stays a TODO. */
    facts?: Partial<Record<string, string>>;
}
export interface StarterResult { text: string }
