import type { Lang } from '../../../i18n/locale.js';
import type { CatalogRegistry } from '../../../engine/catalog/registry.js';
import type { Colors } from '../output.js';
import type { FileResult } from '../results.js';
import type { Sink } from '../spool.js';

export interface FormatContext {
    lang: Lang;
    cwd: string;
    colors: Colors;
    /** The CLI's version (package.json). */
    version: string;
    registry?: CatalogRegistry;
    /** `--docs-base-url`: where rule links point (engine/doc-links.ts). */
    docsBaseUrl?: string;
}

/** What is known only when every file has been written. */
export interface RunEnd {
    /** Problems hidden by --baseline. */
    suppressed: number;
}

/**
 * A format written as the run goes: `file` once per policy, in input order (the result may be
 * released afterwards), then `end`. Output is identical to formatting every result at once.
 */
export interface FormatWriter {
    file(result: FileResult): void;
    end(run: RunEnd): void;
}

export type Format = (ctx: FormatContext, out: Sink) => FormatWriter;
