import type { Bilingual } from '../../i18n/locale.js';
import type { FormatName } from '../formats/index.js';

import type { VoidWordingSpec } from '../checks/void-wording.js';

export type Level = 'shall' | 'should' | 'may';

/** A check: exactly one primitive (see standards/README.md). Data only — a catalog never runs code. */
export type Check =
    | { exists: string }
    | { count: { path: string; atLeast: number } }
    | { allHave: { path: string; field: string } }
    | { maxDuration: { path: string; limit: string } }
    | { minDuration: { path: string; limit: string } }
    | { oneOf: { path: string; values: Array<string | number | boolean> } }
    | { noneOf: { path: string; values: Array<string | number | boolean> } }
    | { format: { path: string; is?: FormatName } }
    | { absent: string }
    | { priced: { path: string; unpriced: 'violated' | 'caveat' } }
    | { forbiddenText: { patterns: string[]; unless?: string[] } }
    | { minDistance: { path: string; limit: string } }
    | { voidWording: VoidWordingSpec }
    /** With `duty`, a missing `then` is a violation at what triggered it (a paid service with no fee listed). */
    | { when: { if: Check; then: Check; duty?: Bilingual } }
    | { all: Check[] }
    | { any: Check[] }
    | { builtin: string };

export interface Clause {
    id: string;
    section: Bilingual;
    summary: Bilingual;
    level: Level;
    points?: number;
    pointsInferred?: boolean;
    confidence?: 'V' | 'S' | 'R';
    cite?: string;
    note?: Bilingual;
    check?: Check;
    /** Advice on a satisfied clause: when `unless` does not hold, the clause is met but `message` is reported as a warning. */
    caveat?: { unless: Check; message: Bilingual };
}

export interface ScoringSection { id: string; title: Bilingual; points: number }
export interface Scoring {
    total: number;
    pass: { minimum: number; requires?: Check; requirement?: Bilingual };
    sections: ScoringSection[];
}

export interface Catalog {
    id: string;
    number: string;
    title: Bilingual;
    status: string;
    source: { seed?: string; note?: Bilingual };
    partial?: boolean;
    enabledByDefault: boolean;
    mandatory?: boolean;
    appliesWhen?: Check;
    scoring?: Scoring;
    clauses: Clause[];
    /** Where the catalog was read from, and each clause's line there (for go-to-definition and errors). */
    file: string;
    clauseLines: Record<string, number>;
    /** 1-based line of the `id:` value. */
    idLine: number;
}

/** A problem in a catalog or config file, with a 1-based position. */
export interface FileProblem {
    file: string;
    line: number;
    column: number;
    message: Bilingual;
}
