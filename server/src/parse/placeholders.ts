/**
 * Placeholder texts: what starters and quick fixes write where only the company can say what it
 * does, and how a placeholder left in a policy is recognised (the `attest-placeholder` warning).
 */
import type { Bilingual } from '../i18n/locale.js';

/** The text of an `attest` stub. */
export const ATTEST_PLACEHOLDER: Bilingual = { zh: '待填写：说明如何做到', en: 'TODO: say how this clause is met' };

/** A bare placeholder value (a name, an address …). */
export const TODO_PLACEHOLDER: Bilingual = { zh: '待填写', en: 'TODO' };

/**
 * Wording a draft leaves for someone to fill in. Matched as whole tokens where that matters
 * (XXX but not a word containing x; 示例 as a label, not inside 示例性). Ellipses alone are not
 * placeholders: real notices end lists with "……".
 */
const PLACEHOLDER = /(?<![A-Za-z])(TODO|TBD|FIXME|XXX+|xxx+)(?![A-Za-z])|待定|待补充|待填写|待完善|待确认|请填写|此处填写|示例(?!性)|占位|某某|〇〇|○○|[?？]{3,}/;

export function placeholderIn(text: string): string | undefined {
    return PLACEHOLDER.exec(text)?.[0];
}

/** True for a text that still holds placeholder wording (the starter's stubs among it). */
export function isPlaceholder(text: string): boolean {
    return placeholderIn(text) !== undefined;
}
