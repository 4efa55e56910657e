/**
 * The check primitives catalogs may use, each declared once in its own module. Everything that
 * knows about primitives loops over this table: the loader (schema and path checks), the runner,
 * the clause index, `aspl rules`, the generated docs and catalog.schema.json.
 *
 * Adding a primitive: write its module (schema, paths, run, describe), add it to `Specs` and
 * `PRIMITIVES` here, and test it. `npm run build` regenerates the schema's check definition.
 */
import type { Bilingual } from '../../i18n/locale.js';
import { builtinPrimitive } from '../builtins/index.js';
import { allHavePrimitive } from './all-have.js';
import { allPrimitive, anyPrimitive, whenPrimitive } from './combinators.js';
import { countPrimitive } from './count.js';
import { maxDurationPrimitive, minDurationPrimitive } from './duration.js';
import { absentPrimitive, existsPrimitive } from './exists.js';
import { minDistancePrimitive } from './distance.js';
import { maxNumberPrimitive } from './number.js';
import { pricedPrimitive } from './priced.js';
import { regularPrimitive } from './regular.js';
import { voidWordingPrimitive, type VoidWordingSpec } from './void-wording.js';
import type { FormatName } from '../formats/index.js';
import { forbiddenTextPrimitive } from './forbidden-text.js';
import { formatPrimitive } from './format.js';
import { noneOfPrimitive, oneOfPrimitive } from './one-of.js';
import type { At, PathUse, Primitive } from './primitive.js';

/** Each primitive's key and the value written under it. */
export interface Specs {
    exists: string;
    count: { path: string; atLeast: number };
    allHave: { path: string; field: string };
    maxDuration: { path: string; limit: string };
    minDuration: { path: string; limit: string };
    minDistance: { path: string; limit: string };
    maxNumber: { path: string; atMost: number; unit?: '%' };
    oneOf: { path: string; values: Array<string | number | boolean> };
    noneOf: { path: string; values: Array<string | number | boolean> };
    regular: string;
    format: { path: string; is?: FormatName };
    absent: string;
    priced: { path: string; unpriced: 'violated' | 'caveat' };
    forbiddenText: { patterns: string[]; unless?: string[] };
    voidWording: VoidWordingSpec;
    /** With `duty`, a missing `then` is a violation at what triggered it (a paid service with no fee listed). */
    when: { if: Check; then: Check; duty?: Bilingual };
    all: Check[];
    any: Check[];
    builtin: string;
}

/** A check: exactly one primitive (see standards/README.md). Data only — a catalog never runs code. */
export type Check = { [K in keyof Specs]: { [P in K]: Specs[K] } }[keyof Specs];

/** In the order the schema and the docs list them. */
export const PRIMITIVES: { readonly [K in keyof Specs]: Primitive<Specs[K]> } = {
    exists: existsPrimitive,
    count: countPrimitive,
    allHave: allHavePrimitive,
    maxDuration: maxDurationPrimitive,
    minDuration: minDurationPrimitive,
    minDistance: minDistancePrimitive,
    maxNumber: maxNumberPrimitive,
    oneOf: oneOfPrimitive,
    noneOf: noneOfPrimitive,
    regular: regularPrimitive,
    format: formatPrimitive,
    absent: absentPrimitive,
    priced: pricedPrimitive,
    forbiddenText: forbiddenTextPrimitive,
    voidWording: voidWordingPrimitive,
    when: whenPrimitive,
    all: allPrimitive,
    any: anyPrimitive,
    builtin: builtinPrimitive,
};

export const PRIMITIVE_KEYS = Object.keys(PRIMITIVES) as Array<keyof Specs>;

/** The primitive a check uses and its value (catalogs are validated on load: exactly one key). */
export function primitiveOf(check: Check): { key: keyof Specs; primitive: Primitive<unknown>; spec: unknown } {
    const key = Object.keys(check)[0] as keyof Specs;
    return { key, primitive: PRIMITIVES[key] as Primitive<unknown>, spec: (check as Record<string, unknown>)[key] };
}

/** standards/README.md's table of checks, one row per primitive (and variant), in registry order; build/gen-docs.mjs writes it. */
export function primitivesTable(): string[] {
    const rows = PRIMITIVE_KEYS.flatMap((key) => PRIMITIVES[key].doc.map((d) => `| \`${key}\`${d.with ? ` + \`${d.with}\`` : ''} | ${d.form} | ${d.satisfied} | ${d.otherwise} |`));
    return ['| primitive | form | satisfied when | otherwise |', '|---|---|---|---|', ...rows];
}

/** The check definition of catalog.schema.json: one branch per primitive. */
export function checkSchema(): object {
    return {
        description: 'Exactly one primitive.',
        oneOf: PRIMITIVE_KEYS.map((key) => ({
            type: 'object', additionalProperties: false, required: [key], properties: { [key]: PRIMITIVES[key].schema },
        })),
    };
}

/** How a clause is checked, in the writer's words. */
export function describeCheck(check: Check | undefined): Bilingual {
    if (!check) return { zh: '仅声明（attest）', en: 'attestation only (attest)' };
    const { primitive, spec } = primitiveOf(check);
    return primitive.describe(spec, describeCheck);
}

/** Every model path a check reads, with where it is written (from the check's own key down). */
export function checkPathUses(check: Check | undefined, at: At = []): PathUse[] {
    if (!check) return [];
    const { key, primitive, spec } = primitiveOf(check);
    const own = primitive.paths(spec).map((u) => ({
        ...u, at: [...at, key, ...u.at],
        ...(u.expect?.kind === 'values' ? { expect: { ...u.expect, at: [...at, key, ...u.expect.at] } } : {}),
    }));
    const nested = (primitive.children?.(spec) ?? []).flatMap((c) => checkPathUses(c.check, [...at, key, ...c.at]));
    return [...own, ...nested];
}

/** The model paths a check reads, filters removed (`services[kind=repair].resolve` → `services.resolve`). */
export function checkPaths(check: Check | undefined): string[] {
    return checkPathUses(check).map((u) => u.path.replace(/\[[^\]]*\]/g, ''));
}

/**
 * The paths a clause is checked from, as written (filters kept), leaving out what a `when` or a
 * wording kind's `if` reads: a triggered duty is checked by what it requires (the attest rule).
 */
export function requiredPaths(check: Check | undefined): string[] {
    return checkPathUses(check).filter((u) => !u.at.includes('if')).map((u) => u.path);
}

/** Walks a check tree: every primitive used, with where it is written. */
export function* checksIn(check: Check | undefined, at: At = []): Generator<{ check: Check; at: At }> {
    if (!check) return;
    yield { check, at };
    const { key, primitive, spec } = primitiveOf(check);
    for (const c of primitive.children?.(spec) ?? []) yield* checksIn(c.check, [...at, key, ...c.at]);
}
