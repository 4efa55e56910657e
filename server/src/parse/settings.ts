import type { Bilingual, Lang } from '../i18n/locale.js';

/** What the language layer needs to know about the standards, supplied by the engine (dependency inversion). */
export interface ClauseDirectory {
    catalogIds(): string[];
    hasCatalog(id: string): boolean;
    hasClause(catalog: string, clause: string): boolean;
    /** The law: in force whatever `applies` says, and never waived. */
    isMandatory(catalog: string): boolean;
    /** What a field-checked clause reads (in the writer's words); undefined when only a statement can meet it. */
    checkedFields(catalog: string, clause: string): Bilingual | undefined;
    /** The catalogs in force for a policy that names these in `applies` (none: the defaults), before any config. */
    inForce(applies: string[]): Set<string>;
}

/** Mutable per-process settings shared by validator, linker and the faces. */
export class AsplSettings {
    lang: Lang = 'zh';
    clauses: ClauseDirectory | undefined;
    /** Catalogs forced for every policy (CLI --standard): then exactly these are in force. */
    forcedStandards: string[] = [];
    /** Folders imports may reach (the workspace); empty: anywhere. */
    roots: string[] = [];
    /** Files whose bytes were not valid UTF-8: the offset (in the decoded text) of the first bad sequence. */
    readonly encodingIssues = new Map<string, number>();
}
