/**
 * What one check primitive declares about itself. The loader, the runner, the schema, the clause
 * index, `aspl rules`, the generated docs and the catalog tests all read this, so a primitive is
 * written down once: in its own module, listed in `registry.ts`.
 */
import type { Bilingual } from '../../i18n/locale.js';
import type { Msg } from '../../i18n/message.js';
import type { CheckContext, Outcome } from './outcome.js';
import type { Check } from './registry.js';

/** Where something is written inside a check, as YAML keys and list indexes below the primitive's key. */
export type At = Array<string | number>;

/** A PolicyModel path a check reads, where it is written, and what it must end on. */
export interface PathUse {
    path: string;
    at: At;
    /** The path must address durations (`maxDuration`), or a field whose words include these values (`oneOf`). */
    expect?: { kind: 'duration' } | { kind: 'values'; values: ReadonlyArray<string | number | boolean>; at: At };
}

/** A row of the primitives table in standards/README.md (Markdown, for pack authors; generated from here). */
export interface PrimitiveDoc {
    /** An example, as written in a catalog. */
    readonly form: string;
    readonly satisfied: string;
    /** What the clause is when it is not satisfied. */
    readonly otherwise: string;
    /** A variant of the primitive's own row: the option it adds (`when` + `duty`). */
    readonly with?: string;
}

export interface Primitive<S> {
    /** Its row(s) in standards/README.md's table of checks. */
    readonly doc: readonly PrimitiveDoc[];
    /** JSON Schema of the value under the primitive's key; `#/$defs/…` refers to catalog.schema.json. */
    readonly schema: object;
    /** The model paths it reads (checked on load against the model's real paths). */
    paths(spec: S): PathUse[];
    /** Checks nested in it (combinators), with where each is written. */
    children?(spec: S): Array<{ check: Check; at: At }>;
    /** Regular expressions taken from the catalog: the loader screens each (length, nested quantifiers). */
    regexes?(spec: S): Array<{ pattern: string; at: At }>;
    /** What the schema cannot say (a limit parses, a builtin exists). Paths and regexes are checked for every primitive. */
    validate?(spec: S, report: (at: At, message: Msg) => void): void;
    run(ctx: CheckContext, spec: S): Outcome;
    /** How the clause is checked, in the policy writer's words (never a raw model path). */
    describe(spec: S, inner: (check: Check) => Bilingual): Bilingual;
}
