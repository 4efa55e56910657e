/**
 * English counts with the right noun form ("1 warning", "2 warnings"), by Intl.PluralRules, so
 * no message spells its own plural. Chinese counts need no plural form (measure words instead).
 */
const RULES = new Intl.PluralRules('en');

const NOUNS = {
    problem: { one: 'problem', other: 'problems' },
    clause: { one: 'clause', other: 'clauses' },
    standard: { one: 'standard', other: 'standards' },
    error: { one: 'error', other: 'errors' },
    warning: { one: 'warning', other: 'warnings' },
    info: { one: 'info', other: 'infos' },
    file: { one: 'file', other: 'files' },
    policy: { one: 'policy', other: 'policies' },
    'language error': { one: 'language error', other: 'language errors' },
    'known problem': { one: 'known problem', other: 'known problems' },
} as const;

export type Noun = keyof typeof NOUNS;

/** `count(3, 'warning')` → "3 warnings". */
export function count(n: number, noun: Noun): string {
    return `${n} ${nounFor(n, noun)}`;
}

/** The noun alone in the form n takes ("problem" / "problems"), for a count with words between. */
export function nounFor(n: number, noun: Noun): string {
    return NOUNS[noun][RULES.select(n) === 'one' ? 'one' : 'other'];
}

/** "is" or "are" for n things. */
export function isAre(n: number): string {
    return RULES.select(n) === 'one' ? 'is' : 'are';
}
