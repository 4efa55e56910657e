/**
 * Where a rule is documented, for every face that links to it (LSP codeDescription and hover,
 * SARIF helpUri, `aspl rules --format json`) and for build/gen-docs.mjs, which writes the pages
 * and their anchors with the same functions — so an emitted link always lands on an anchor.
 *
 * Links are absolute: under a configured base URL (`aspl.docsBaseUrl`, `--docs-base-url`), else
 * the file URL of the docs installed with ASPL.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CJK_RANGE } from '../shared/cjk.js';
import { standardsDir } from './catalog/locate.js';

const NOT_ANCHOR = new RegExp(`[^a-z0-9${CJK_RANGE}]+`, 'g');

/** "8.4.3" → "clause-8-4-3"; "CPL-28" → "clause-cpl-28". */
export function clauseAnchor(clauseId: string): string {
    return 'clause-' + clauseId.toLowerCase().replace(NOT_ANCHOR, '-').replace(/^-+|-+$/g, '');
}

/** "unknown-word" → "rule-unknown-word" (docs/language.md). */
export function languageRuleAnchor(code: string): string {
    return `rule-${code}`;
}

/** The page of a catalog, relative to the docs folder. */
export function catalogPage(catalogId: string): string {
    return `standards/${encodeURIComponent(catalogId)}.md`;
}

export const LANGUAGE_PAGE = 'language.md';

/** The docs installed next to the standards folder (docs/ is in the package's files). */
export function installedDocsUrl(): string {
    return pathToFileURL(join(dirname(standardsDir()), 'docs')).href + '/';
}

/** The base every link is made under: the configured URL (with a trailing slash), else the installed docs. */
export function docsBase(configured?: string): string {
    const base = configured?.trim();
    if (!base) return installedDocsUrl();
    return base.endsWith('/') ? base : `${base}/`;
}

/** A clause's anchor (or the catalog page without a clause). */
export function clauseDocUrl(catalogId: string, clauseId?: string, base?: string): string {
    const page = new URL(catalogPage(catalogId), docsBase(base)).href;
    return clauseId ? `${page}#${clauseAnchor(clauseId)}` : page;
}

export function languageRuleDocUrl(code: string, base?: string): string {
    return `${new URL(LANGUAGE_PAGE, docsBase(base)).href}#${languageRuleAnchor(code)}`;
}

/** The link of a ruleId as the CLI writes it: `aspl/<code>` or `<catalog> <clause>`. */
export function ruleDocUrl(ruleId: string, base?: string): string {
    if (ruleId.startsWith('aspl/')) return languageRuleDocUrl(ruleId.slice(5), base);
    const space = ruleId.indexOf(' ');
    return space > 0 ? clauseDocUrl(ruleId.slice(0, space), ruleId.slice(space + 1), base) : clauseDocUrl(ruleId, undefined, base);
}
