/**
 * The facts about statuses, levels and severities, written once: every face (CLI, report,
 * editor, notice, SARIF, `aspl rules`) and the engine derive from these tables.
 */
import type { Bilingual } from '../i18n/locale.js';

/** The statuses of a finding, in the order reports list them (problems first). */
export const STATUSES = ['violated', 'not-addressed', 'satisfied', 'attested', 'waived', 'not-applicable'] as const;
export type Status = typeof STATUSES[number];

interface StatusFacts {
    /** The word in running text (hover, lenses): 已声明 / attested. */
    readonly word: Bilingual;
    /** The word in the report's tables, where an attested clause must read as unverified. */
    readonly label: Bilingual;
    readonly icon: string;
    /** The clause needs work (when its severity is not off). */
    readonly problem: boolean;
    /** The clause is met in the sense of the checks: a statement or a waiver counts. */
    readonly met: boolean;
    /** A scored clause earns its points (not-applicable too: the clause cannot be missed). */
    readonly earns: boolean;
}

export const STATUS: Readonly<Record<Status, StatusFacts>> = {
    'violated': { word: { zh: '违反', en: 'violated' }, label: { zh: '违反', en: 'violated' }, icon: '✗', problem: true, met: false, earns: false },
    'not-addressed': { word: { zh: '未涉及', en: 'not addressed' }, label: { zh: '未涉及', en: 'not addressed' }, icon: '○', problem: true, met: false, earns: false },
    'satisfied': { word: { zh: '满足', en: 'satisfied' }, label: { zh: '满足', en: 'satisfied' }, icon: '✓', problem: false, met: true, earns: true },
    // Attested clauses are the writer's claim; nothing in the policy could check them.
    'attested': { word: { zh: '已声明', en: 'attested' }, label: { zh: '已声明（未核验）', en: 'claimed, not verified' }, icon: '✎', problem: false, met: true, earns: true },
    'waived': { word: { zh: '已豁免', en: 'waived' }, label: { zh: '已豁免', en: 'waived' }, icon: '⊘', problem: false, met: true, earns: true },
    'not-applicable': { word: { zh: '不适用', en: 'not applicable' }, label: { zh: '不适用', en: 'not applicable' }, icon: '–', problem: false, met: false, earns: true },
};

/** The order counts are listed in (hover, report summaries): met first, then the report order. */
export const COUNT_ORDER: readonly Status[] = ['satisfied', ...STATUSES.filter((s) => s !== 'satisfied')];

/** The statuses that need work, in report order. */
export const PROBLEM_STATUSES: readonly Status[] = STATUSES.filter((s) => STATUS[s].problem);

export type Severity = 'error' | 'warning' | 'info' | 'off';

/** The catalog levels of a clause (GB/T 1.1: 应 / 宜 / 可). */
export const LEVELS = ['shall', 'should', 'may'] as const;
export type Level = typeof LEVELS[number];

interface LevelFacts {
    /** The word as printed in a table or a list: 应 / shall. */
    readonly word: Bilingual;
    /** The word with what it means, for a hover: 应（强制） / shall (required). */
    readonly meaning: Bilingual;
    /** The default severity of a violated or missing clause of this level. */
    readonly severity: Severity;
    /** SARIF's name for that severity. */
    readonly sarif: 'error' | 'warning' | 'note';
}

export const LEVEL: Readonly<Record<Level, LevelFacts>> = {
    shall: { word: { zh: '应', en: 'shall' }, meaning: { zh: '应（强制）', en: 'shall (required)' }, severity: 'error', sarif: 'error' },
    should: { word: { zh: '宜', en: 'should' }, meaning: { zh: '宜（推荐）', en: 'should (recommended)' }, severity: 'warning', sarif: 'warning' },
    may: { word: { zh: '可', en: 'may' }, meaning: { zh: '可（允许）', en: 'may (optional)' }, severity: 'info', sarif: 'note' },
};

/** One step softer: a breach that only may happen (working vs calendar days). */
export const SOFTER: Readonly<Record<Severity, Severity>> = { error: 'warning', warning: 'info', info: 'info', off: 'off' };

export function isLevel(s: string): s is Level {
    return Object.hasOwn(LEVEL, s);
}
