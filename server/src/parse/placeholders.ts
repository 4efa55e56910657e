/**
 * Placeholder texts: what starters and quick fixes write where only the company can say what it
 * does, and how a placeholder left in a policy is recognised (the `attest-placeholder` warning).
 */
import type { Bilingual } from '../i18n/locale.js';

/** The text of an `attest` stub. */
export const ATTEST_PLACEHOLDER: Bilingual = { zh: '待填写：说明如何做到', en: 'TODO: say how this clause is met' };

/** A bare placeholder value (a name, an address …). */
export const TODO_PLACEHOLDER: Bilingual = { zh: '待填写', en: 'TODO' };

/** True for a text that still starts with the placeholder mark in either language. */
export function isPlaceholder(text: string): boolean {
    return /^\s*(TODO|待填写)/i.test(text);
}
