/** What a ruleId means: the clause summary for standards findings, the rule's title for language checks. */
import type { Bilingual } from '../../i18n/locale.js';
import { isLanguageRule, LANGUAGE_RULES } from '../../i18n/language-rules.js';
import type { CatalogRegistry } from '../../engine/catalog/registry.js';
import { ruleDocUrl } from '../../engine/doc-links.js';

export interface RuleInfo {
    id: string;
    summary: Bilingual;
    /** Absolute link to the rule's documentation (engine/doc-links.ts). */
    helpUri: string;
    catalog?: string;
    clause?: string;
    level?: string;
}

export function ruleInfo(ruleId: string, registry: CatalogRegistry | undefined, docsBaseUrl?: string): RuleInfo {
    const helpUri = ruleDocUrl(ruleId, docsBaseUrl);
    if (ruleId.startsWith('aspl/')) {
        const code = ruleId.slice(5);
        return { id: ruleId, summary: isLanguageRule(code) ? LANGUAGE_RULES[code].title : { zh: code, en: code }, helpUri };
    }
    const space = ruleId.indexOf(' ');
    const catalog = space > 0 ? ruleId.slice(0, space) : ruleId;
    const clause = space > 0 ? ruleId.slice(space + 1) : '';
    const c = registry?.get(catalog)?.clauses.find((x) => x.id === clause);
    return { id: ruleId, catalog, clause, level: c?.level, summary: c?.summary ?? { zh: ruleId, en: ruleId }, helpUri };
}
