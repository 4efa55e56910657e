import type { Bilingual } from '../../i18n/locale.js';
import type { Msg } from '../../i18n/message.js';
import type { Level } from '../status.js';


export type { Level };

export type { Check } from '../checks/registry.js';
import type { Check } from '../checks/registry.js';

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

/** A problem in a catalog or config file, with a 1-based position; its message is rendered where it is shown. */
export interface FileProblem {
    file: string;
    line: number;
    column: number;
    message: Msg;
}
