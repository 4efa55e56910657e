import { defineMessages, type Msg } from '../../i18n/message.js';
import type { Bilingual } from '../../i18n/locale.js';
import type { PolicyModel, Src, Text } from '../../model/types.js';
import type { Check } from '../catalog/types.js';
import { listsGate, matchesAny, patternSpans, type PatternSpan as Span } from '../patterns.js';
import { sieveOf, type Sieve } from '../sieve.js';
import { foldToSimplified } from '../simplified.js';
import { srcOf } from '../paths.js';

/** Every non-empty match of a catalog pattern (validated on load, so it compiles). */
const findAll = (pattern: string, text: string): Span[] => patternSpans(pattern, text).filter((s) => s.end > s.start);
import type { CheckContext, Outcome } from './outcome.js';
import type { Primitive } from './primitive.js';

/** One named kind of void or unlawful wording, as a catalog writes it. */
export interface WordingKind {
    kind: string;
    label: Bilingual;
    /** The article this kind breaks, when it is more specific than the clause's. */
    cite?: string;
    /** Context: the kind counts only when this check is satisfied (e.g. a distance sale of non-exempt goods). */
    if?: Check;
    patterns: string[];
    /** Look-alikes: a match overlapping one of these is not a hit (negations, lawful exceptions). */
    unless?: string[];
}
export interface VoidWordingSpec {
    kinds: WordingKind[]; unless?: string[];
    /** Model paths whose own texts are not read (another clause judges them: a category's exemption is CPL-25.exemptions'). */
    skip?: string[];
}

export interface WordingHit { kind: WordingKind; text: Text; start: number; end: number; words: string; src: Src }

/** Texts longer than this are read on their first part only: patterns are short, policies are not hostile-sized. */
const MAX_TEXT = 10_000;

/**
 * The range of `value[start, end)` inside the literal at `src`: exact when the literal is one line
 * written without escapes (the common case); otherwise the whole literal.
 */
function innerRange(t: Text, start: number, end: number): Src {
    const r = t.src.range;
    const width = r.end.character - r.start.character;
    if (r.start.line !== r.end.line || width !== t.value.length + 2) return t.src;
    const at = (i: number) => ({ line: r.start.line, character: r.start.character + 1 + i });
    return { uri: t.src.uri, range: { start: at(start), end: at(end) } };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const before = (a: Src['range']['start'], b: Src['range']['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
/** A text written inside a value's source range. */
const within = (inner: Src, outer: Src) => inner.uri === outer.uri && before(outer.range.start, inner.range.start) && before(inner.range.end, outer.range.end);

/**
 * Each policy's texts as read: the sieve (engine/sieve.ts) of each text's fold, by the text's place in
 * `model.texts`. Several checks read every text of the policy, and a long policy repeats its texts
 * (the same description on every service): the first reading serves every copy (one sieve by value)
 * and every later check (by place, with no lookup by value).
 */
const readings = new WeakMap<PolicyModel, readonly Sieve[]>();

/** A text as it is read (its first part, for a long one). */
const readable = (t: Text): string => (t.value.length > MAX_TEXT ? t.value.slice(0, MAX_TEXT) : t.value);

function readingsOf(model: PolicyModel): readonly Sieve[] {
    let r = readings.get(model);
    // (a model is read once built; a different count of texts would be another model's reading)
    if (r === undefined || r.length !== model.texts.length) {
        const byValue = new Map<string, Sieve>();
        r = model.texts.map((t) => {
            const original = readable(t);
            let sieve = byValue.get(original);
            if (sieve === undefined) byValue.set(original, (sieve = sieveOf(foldToSimplified(original))));
            return sieve;
        });
        readings.set(model, r);
    }
    return r;
}

type Hit = { start: number; end: number };

type KindHit = Hit & { kind: WordingKind };
const NONE: readonly KindHit[] = [];

/** Where each kind in force (by its index in the spec) matches one text, as offsets in it. */
function hitsIn(sieve: Sieve, inForce: readonly number[], spec: VoidWordingSpec): readonly KindHit[] {
    // kept with the text's sieve: for each kind of the spec, its first hit in that text (or null) once
    // asked; it depends on the text alone, so a text read again (in another policy) runs no pattern
    let known = sieve.memo.get(spec) as Array<Hit | null | undefined> | undefined;
    if (known === undefined) sieve.memo.set(spec, (known = []));
    let out: KindHit[] | undefined;
    // the shared look-alikes of this text, read at most once (and only where a pattern matched)
    let lookAlikes: { spans?: Span[] } | undefined;
    for (const i of inForce) {
        let hit = known[i];
        if (hit === undefined) known[i] = hit = firstHit(spec, spec.kinds[i], sieve, (lookAlikes ??= {}));
        if (hit) (out ??= []).push({ kind: spec.kinds[i], start: hit.start, end: hit.end });
    }
    return out ?? NONE;
}

/** The first hit of a kind in one text, look-alikes excused; null when there is none. */
function firstHit(spec: VoidWordingSpec, k: WordingKind, sieve: Sieve, lookAlikes: { spans?: Span[] }): Hit | null {
    if (!matchesAny(k.patterns, sieve)) return null;
    const { text } = sieve;
    const found = k.patterns.flatMap((p) => findAll(p, text));
    if (!found.length) return null;
    lookAlikes.spans ??= (spec.unless ?? []).flatMap((p) => findAll(p, text));
    const excused = [...lookAlikes.spans, ...(k.unless ?? []).flatMap((p) => findAll(p, text))];
    const hit = found.filter((h) => !excused.some((e) => overlaps(e, h)))
        .sort((a, b) => a.start - b.start || b.end - a.end)[0];
    return hit ? { start: hit.start, end: hit.end } : null;
}

/**
 * Every hit of every kind whose context holds, in every free text of the policy. A text written
 * many times (the same description on every service of a long policy) is read once: its hits are
 * those of its first reading, placed in each copy.
 */
export function findVoidWording(ctx: CheckContext, spec: VoidWordingSpec): WordingHit[] {
    const inForce = spec.kinds.flatMap((k, i) => (!k.if || ctx.run(k.if).status === 'satisfied' ? [i] : []));
    const sieves = readingsOf(ctx.model);
    // most texts hold no string any kind in force needs: turned away by one gate, not asked kind by kind
    const gate = listsGate(inForce.map((i) => spec.kinds[i].patterns));
    const hits: WordingHit[] = [];
    const { texts } = ctx.model;
    const skipped = (spec.skip ?? []).flatMap((p) => ctx.resolve(p).values).flatMap((v) => srcOf(v) ?? []);
    for (let i = 0; i < texts.length; i++) {
        const sieve = sieves[i];
        if (gate !== undefined && !gate(sieve)) continue;
        const t = texts[i];
        if (skipped.length && skipped.some((s) => within(t.src, s))) continue;
        for (const h of hitsIn(sieve, inForce, spec)) hits.push({ kind: h.kind, text: t, start: h.start, end: h.end, words: readable(t).slice(h.start, h.end), src: innerRange(t, h.start, h.end) });
    }
    return hits;
}

const M = defineMessages('voidWording', {
    hit: { zh: '“{words}”属于{label}', en: "'{words}' is {label}" },
    'hit-cited': { zh: '“{words}”属于{label}（{cite}）', en: "'{words}' is {label} ({cite})" },
    violated: { zh: '{hit}，不得出现在政策中', en: '{hit} and must not appear in the policy' },
});

const describe = (h: WordingHit): Msg => (h.kind.cite ? M['hit-cited']({ words: h.words, label: h.kind.label, cite: h.kind.cite }) : M.hit({ words: h.words, label: h.kind.label }));

/** `voidWording: { kinds, unless }` — no free text of the policy carries wording of these kinds, in this policy's context. */
export function voidWording(ctx: CheckContext, spec: VoidWordingSpec): Outcome {
    const hits = findVoidWording(ctx, spec);
    if (!hits.length) return { status: 'satisfied', at: ctx.model.head, evidence: [] };
    const [first, ...rest] = hits;
    return {
        status: 'violated', at: first.src, evidence: hits.map((h) => h.src),
        detail: M.violated({ hit: describe(first) }),
        fix: { kind: 'remove-text', src: first.text.src },
        related: rest.map((h) => ({ src: h.src, message: describe(h), occurrence: { message: M.violated({ hit: describe(h) }), fix: { kind: 'remove-text', src: h.text.src } } })),
    };
}

export const voidWordingPrimitive: Primitive<VoidWordingSpec> = {
    doc: [{ form: '`voidWording: { unless: [...], skip: [paths], kinds: [{ kind, label, cite, if, patterns, unless }] }`', satisfied: 'no free text of the policy carries wording of a kind whose context (`if`, any check) holds; a match overlapping an `unless` pattern (the kind\'s or the shared list) is a look-alike; the texts written inside a `skip` path are not read (another clause judges them)', otherwise: 'violated, underlining the matched words inside the string and naming the kind and its article (further hits as related)' }],
    schema: {
        description: 'Named kinds of void or unlawful wording, matched in every free text of the policy by a linear-time (RE2) engine.',
        type: 'object', additionalProperties: false, required: ['kinds'],
        properties: {
            unless: { description: 'Look-alikes for every kind: a match overlapping one of these is not a hit.', type: 'array', items: { $ref: '#/$defs/regex' } },
            skip: { description: 'Model paths whose own texts are not read, because another clause judges them (a category\'s exemption).', type: 'array', items: { $ref: '#/$defs/path' } },
            kinds: {
                type: 'array', minItems: 1,
                items: {
                    type: 'object', additionalProperties: false, required: ['kind', 'label', 'patterns'],
                    properties: {
                        kind: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
                        label: { $ref: '#/$defs/bilingual' },
                        cite: { type: 'string' },
                        if: { $ref: '#/$defs/check' },
                        patterns: { type: 'array', minItems: 1, items: { $ref: '#/$defs/regex' } },
                        unless: { type: 'array', items: { $ref: '#/$defs/regex' } },
                    },
                },
            },
        },
    },
    paths: (spec) => [{ path: 'texts', at: [] }, ...(spec.skip ?? []).map((path, i) => ({ path, at: ['skip', i] }))],
    children: (spec) => spec.kinds.flatMap((k, i) => (k.if ? [{ check: k.if, at: ['kinds', i, 'if'] }] : [])),
    regexes: (spec) => [
        ...(spec.unless ?? []).map((pattern, i) => ({ pattern, at: ['unless', i] })),
        ...spec.kinds.flatMap((k, ki) => [
            ...k.patterns.map((pattern, i) => ({ pattern, at: ['kinds', ki, 'patterns', i] })),
            ...(k.unless ?? []).map((pattern, i) => ({ pattern, at: ['kinds', ki, 'unless', i] })),
        ]),
    ],
    run: voidWording,
    describe: (spec) => ({
        zh: `条文中没有${spec.kinds.map((k) => `“${k.label.zh}”`).join('、')}之类的措辞`,
        en: `no wording such as ${spec.kinds.map((k) => k.label.en).join(', ')} in the policy's texts`,
    }),
};
