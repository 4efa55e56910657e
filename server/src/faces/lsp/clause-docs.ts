/**
 * Where a clause is documented: docs/standards/<catalog-id>.md, one anchor per clause, written
 * by build/gen-docs.mjs. The anchor rule is duplicated there on purpose (a build script cannot
 * import TypeScript): keep both in step.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { standardsDir } from '../../engine/catalog/locate.js';

/** "8.4.3" → "clause-8-4-3"; "CPL-28" → "clause-cpl-28". */
export function clauseAnchor(clauseId: string): string {
    return 'clause-' + clauseId.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '-').replace(/^-+|-+$/g, '');
}

let docsDir: string | undefined;

export function standardsDocsDir(): string {
    return (docsDir ??= join(dirname(standardsDir()), 'docs', 'standards'));
}

/** A file URI to the clause's documentation anchor. */
export function clauseHref(catalogId: string, clauseId?: string): string {
    const url = pathToFileURL(join(standardsDocsDir(), `${catalogId}.md`)).href;
    return clauseId ? `${url}#${clauseAnchor(clauseId)}` : url;
}
