import type { Lang } from '../../../i18n/locale.js';
import type { CatalogRegistry } from '../../../engine/catalog/registry.js';
import type { Colors } from '../output.js';
import type { FileResult } from '../results.js';

export interface FormatContext {
    lang: Lang;
    cwd: string;
    colors: Colors;
    /** The CLI's version (package.json). */
    version: string;
    registry?: CatalogRegistry;
    /** Problems hidden by --baseline. */
    suppressed: number;
    /** `--docs-base-url`: where rule links point (engine/doc-links.ts). */
    docsBaseUrl?: string;
}

export type Formatter = (results: FileResult[], ctx: FormatContext) => string;
