/**
 * What `aspl diff` produces: plain JSON data (the `--format json` schema is this, versioned).
 * Values keep their canonical meaning (minutes, fen, vocabulary ids); faces put them in words.
 */
import type { Text } from '../i18n/message.js';
import type { Bilingual } from '../i18n/locale.js';
import type { DurationKind as UnitKind, Src } from '../model/types.js';
import type { Unit } from '../parse/vocabulary.js';
import type { ChangeClass, ChangeKind } from './kinds.js';

/** A vocabulary a word value belongs to, so a face can name it in the reader's language. */
export type WordVocabulary = 'start' | 'channel-kind' | 'outlet-kind' | 'exemption' | 'payer' | 'payment' | 'pricing' | 'shipping-case' | 'service-kind' | 'goods-condition' | 'car-return-case';
/** What a `subject` id names when it is not the policy's own words: a vocabulary word, or a time limit (a duration field id). */
export type SubjectKind = WordVocabulary | 'time-limit';

export type Value =
    | { type: 'duration'; amount: number; unit: Unit | undefined; kind: UnitKind; text: string }
    | { type: 'money'; fen: number; text: string }
    | { type: 'distance'; km: number; text: string }
    /** A percentage, as its number (`0.5` for 0.5 %). */
    | { type: 'percent'; value: number }
    /** A count of times (`4 times`). */
    | { type: 'times'; value: number }
    | { type: 'text'; value: string }
    | { type: 'word'; vocabulary: WordVocabulary; value: string | undefined; text: string }
    | { type: 'hours'; always: boolean; ranges: Array<{ start: string; end: string }>; days?: string }
    /** A yes/no commitment that is now stated (or was). */
    | { type: 'flag' };

export interface Change {
    kind: ChangeKind;
    class: ChangeClass;
    /** Where in the policy, with list items named by their key: `warranty.covers["Carcass"].period`. */
    path: string;
    /** What the change is about, as written in the policy (a part, a channel, a fee label …). */
    subject?: string;
    /** Set when `subject` is an id to put in words (a service kind, a shipping case, a time limit), not text of the policy. */
    subjectKind?: SubjectKind;
    old?: Value;
    new?: Value;
    oldSrc?: Src;
    newSrc?: Src;
    /** Where to show the change in the new policy: its new value, else the block it was removed from. */
    at: Src;
    /** The clause whose check fired on added text (`void-wording-added`). */
    clause?: { catalog: string; clause: string };
    /** Working vs calendar days compared in the worst case: say so. */
    assumption?: Bilingual;
}

export interface FindingChange {
    catalog: string;
    clause: string;
    ruleId: string;
    status: string;
    severity: string;
    /** The finding's message ref, rendered by the face that shows it. */
    message: Text;
    src: Src;
}

export interface ScoreChange {
    catalog: string;
    old?: { earned: number; total: number; pass: boolean };
    new?: { earned: number; total: number; pass: boolean };
}

export interface ComplianceDelta {
    /** Problems of the old policy that the new one no longer has. */
    fixed: FindingChange[];
    /** Problems of the new policy that the old one did not have. */
    introduced: FindingChange[];
    scores: ScoreChange[];
}

export interface PolicyDiff {
    oldUri?: string;
    newUri?: string;
    /** Worse first, then better, then neutral; in policy order within a class. */
    changes: Change[];
    compliance: ComplianceDelta;
}
