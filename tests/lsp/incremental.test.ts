/**
 * Incremental editing against its oracle: two servers in this process see the same random edits,
 * one re-parsing only the edited block (parse/block-reparse.ts), one parsing every change whole.
 * After each edit their CST (every node's offset, range and grammar element), AST, diagnostics,
 * PolicyModel and findings must be identical. ASPL_INCREMENTAL_EDITS sets the number of edits:
 * 500 in `npm test`, 10,000 in the CI step of its own (.ci/run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { CstNode, LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../server/src/parse/generated/ast.js';
import { generatePolicy } from '../../bench/lsp-policy.mjs';
import { ROOT } from './client.js';
import { astDump, cstDump, InProcessServer } from './in-process.js';

const EDITS = Number(process.env.ASPL_INCREMENTAL_EDITS ?? 500);
const PER_CASE = 10;
const SEED = Number(process.env.ASPL_INCREMENTAL_SEED ?? 20261201);

/**
 * A generated policy whose members carry language diagnostics of their own (a field given twice,
 * a zero and an impossible duration, an unknown word, an unresolved channel, a duplicate channel)
 * beside attest/waive lines, each block on one line and the services all on one:
 * members kept by a block re-parse keep these, moved (parse/kept-members.ts, model/kept-parts.ts).
 */
function withMemberDiagnostics(text: string): string {
    // Most near the end: edits above them move them (their kept diagnostics move with them).
    const last = (t: string, from: string, to: string) => { const i = t.lastIndexOf(from); return t.slice(0, i) + to + t.slice(i + from.length); };
    let t = last(text, '    respond within 1 hours\n', '    respond within 1 hours\n    respond within 0 hours\n');
    t = last(t, '    resolve within 3 days\n', '    resolve within 3 minutes\n');
    t = last(t, 'via ch2, ch3', 'via ch2, nosuch');
    t = last(t, '  payment cash, online\n', '  payment cash, onlin\n  channel ch1 phone "400-1" hours 09:00-18:00 daily\n  attest GBT-AS-GENERAL 5.1 "Written service commitments are published"\n  waive CN-PERSONAL-INFO PIPL-50 "no personal data kept"\n');
    // Blocks on one line, services one after the other on it: an edit in one moves the next ones sideways.
    return t.replace(' email "400-000-0002"', ' emial "400-000-0002"').replace(/\n {4}/g, ' ').replace(/ *\n {2}\}\n {2}service/g, ' } service');
}

/** Start texts: company samples (one imports its base policy from disk) and generated policies. */
const STARTS: Array<{ uri: string; text: string }> = [
    'samples/appliance-online/small-appliances.aspl',
    'samples/furniture-custom/acme-furniture.aspl',
    'samples/vehicle-maker/lanling-vehicles.aspl',
    'samples/telecom-integrator/lantuo-telecom.aspl',
].map((f) => ({ uri: pathToFileURL(join(ROOT, f)).href, text: readFileSync(join(ROOT, f), 'utf8') }))
    .concat([
        { uri: pathToFileURL(join(ROOT, 'tests/fixtures/lsp/generated-300.aspl')).href, text: generatePolicy(300) },
        { uri: pathToFileURL(join(ROOT, 'tests/fixtures/lsp/generated-diagnostics.aspl')).href, text: withMemberDiagnostics(generatePolicy(200)) },
    ]);

/** What a writer types: digits, words, quotes, braces, comments, line breaks, whole lines. */
const PIECES = [
    '1', '9', '0', ' ', '\n', '\r\n', '\r', 'x', 'a1', '服务', '天', '"', '"新"', '“', '{', '}', ',', '，', '-', ':', '//', '/*', '*/', '// note\n',
    ' hours', ' days', ' 元', 'within ', 'respond within 2 hours\n', '\n  channel cz phone "400-1" hours 09:00-18:00 daily\n',
    '\n  fee parts "Parts" 30 CNY per visit disclosed-before-service\n', 'service repair "R" free {\n via ch0\n respond within 1 days\n}\n',
];

type Edit = { at: number; remove: number; insert: string } | { kind: 'in-token' | 'in-name' | 'after-token' | 'over-token'; pick: number; insert: string } | { kind: 'language' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
    // anywhere: a piece typed, a few characters deleted, or both
    { weight: 5, arbitrary: fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })), insert: fc.oneof(fc.constant(''), fc.constantFrom(...PIECES)) })
        .map((e) => ({ at: e.at, remove: e.remove, insert: e.insert })) },
    // inside a number (a digit) or a string (a letter): keeps the policy valid, the usual edit
    { weight: 15, arbitrary: fc.record({ kind: fc.constant('in-token' as const), pick: fc.nat(), insert: fc.constantFrom('1', '7', 'x', '款', ' ') }) },
    // inside a name or word: renames a channel its users point to, or makes a word unknown
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('in-name' as const), pick: fc.nat(), insert: fc.constantFrom('x', '2', '服') }) },
    // a character typed over one of a number or a string (same length: nothing after it moves)
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('over-token' as const), pick: fc.nat(), insert: fc.constantFrom('3', '8', 'y', '修') }) },
    // a line break or a line comment after a token: later members move down, their ranges with them
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('after-token' as const), pick: fc.nat(), insert: fc.constantFrom('\n', '\n\n  ', ' // note\n', '\r\n') }) },
    // the reader's language changes between two edits (kept diagnostics must not stay in the old one)
    { weight: 1, arbitrary: fc.constant({ kind: 'language' as const }) },
);

/** Applies an edit to `text`; `at`/`pick` are taken modulo the text's length (or its number of tokens), so one edit fits every text. */
function apply(text: string, doc: LangiumDocument, e: Edit): string {
    if ('kind' in e && e.kind === 'language') return text;
    if ('kind' in e) {
        const kinds = e.kind === 'in-name' ? ['ID'] : e.kind === 'after-token' ? undefined : ['INT', 'STRING'];
        const leaves: CstNode[] = [];
        const walk = (n: CstNode) => {
            const content = (n as { content?: CstNode[] }).content;
            if (!content) {
                const t = (n as { tokenType?: { name: string } }).tokenType?.name;
                if (t && (!kinds || kinds.includes(t)) && !(n as { hidden?: boolean }).hidden) leaves.push(n);
            } else content.forEach(walk);
        };
        const root = (doc.parseResult.value as Document).$cstNode;
        if (root && root.root.fullText === text) walk(root);
        if (!leaves.length) return text + e.insert;
        const leaf = leaves[e.pick % leaves.length];
        if (e.kind === 'after-token') return text.slice(0, leaf.end) + e.insert + text.slice(leaf.end);
        const at = leaf.offset + Math.max(1, leaf.length - 1);
        const number = (leaf as { tokenType?: { name: string } }).tokenType?.name === 'INT';
        const insert = number ? String(e.insert.charCodeAt(0) % 10) : e.insert;
        // over a number's last digit, or the character before a string's closing quote
        if (e.kind === 'over-token') return text.slice(0, leaf.end - (number ? 1 : 2)) + insert + text.slice(leaf.end - (number ? 0 : 1));
        return text.slice(0, at) + insert + text.slice(at);
    }
    const at = e.at % (text.length + 1);
    return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

function state(server: InProcessServer, doc: LangiumDocument) {
    const result = server.aspl.asplLsp.Compliance.result(doc.uri.toString());
    return {
        text: doc.textDocument.getText(),
        cst: doc.parseResult.value.$cstNode ? cstDump(doc.parseResult.value.$cstNode) : [],
        ast: astDump(doc.parseResult.value),
        diagnostics: doc.diagnostics,
        model: result?.model,
        findings: result?.evaluation?.findings,
        stale: result?.stale,
    };
}

describe('incremental editing equals full re-analysis', () => {
    it(`${EDITS} random edits: CST, AST, diagnostics, model and findings`, async () => {
        const incremental = new InProcessServer({ incremental: true });
        const full = new InProcessServer({ incremental: false });
        const outcomes = new Map<string, number>();
        let edits = 0;
        const property = fc.asyncProperty(fc.nat({ max: STARTS.length - 1 }), fc.array(edit, { minLength: PER_CASE, maxLength: PER_CASE }), async (which, list) => {
            const { uri, text: start } = STARTS[which];
            let text = start;
            let a = await incremental.edit(uri, text);
            await full.edit(uri, text);
            for (const e of list) {
                if ('kind' in e && e.kind === 'language') {
                    for (const server of [incremental, full]) server.aspl.aspl.Settings.lang = server.aspl.aspl.Settings.lang === 'en' ? 'zh' : 'en';
                }
                text = apply(text, a, e);
                a = await incremental.edit(uri, text);
                const b = await full.edit(uri, text);
                edits++;
                const outcome = incremental.factory.lastReparse.get(uri);
                const key = outcome ? ('block' in outcome ? 'block' : outcome.full) : 'unchanged';
                outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
                const [x, y] = [state(incremental, a), state(full, b)];
                // Compared as JSON (fast); on a difference, as objects for a readable diff.
                for (const k of Object.keys(x) as Array<keyof typeof x>) if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) expect({ [k]: x[k] }).toEqual({ [k]: y[k] });
            }
        });
        await fc.assert(property, { numRuns: Math.ceil(EDITS / PER_CASE), seed: SEED, endOnFailure: true });
        expect(edits).toBeGreaterThanOrEqual(EDITS);
        // The incremental path is the one under test: most edits must have taken it.
        const blocks = outcomes.get('block') ?? 0;
        console.log(`incremental edits: ${JSON.stringify(Object.fromEntries(outcomes))}`);
        expect(blocks / edits).toBeGreaterThan(0.3);
    }, 3_600_000);
});

describe('what a kept Policy node must not remember across a block re-parse', () => {
    it('attest lines are judged against the new `applies`: dropping T-CGCC-CUSTOM there warns on its attestations, as a full parse does', async () => {
        const { uri, text } = STARTS[1]; // the furniture sample: applies GBT-AS-GENERAL、T-CGCC-CUSTOM、CN-CONSUMER-LAW, attests T/CGCC 4.4 and 4.6
        const incremental = new InProcessServer({ incremental: true });
        const full = new InProcessServer({ incremental: false });
        const codes = (d: LangiumDocument) => (d.diagnostics ?? []).filter((x) => x.code === 'attest-not-in-force').map((x) => `${x.range.start.line + 1} ${(x.data as { params: { clause: string } }).params.clause}`);
        expect(codes(await incremental.edit(uri, text))).toEqual([]);
        await full.edit(uri, text);
        const edited = text.replace('适用 GBT-AS-GENERAL、T-CGCC-CUSTOM、CN-CONSUMER-LAW', '适用 GBT-AS-GENERAL、CN-CONSUMER-LAW');
        expect(edited).not.toBe(text);
        const a = await incremental.edit(uri, edited);
        expect(incremental.factory.lastReparse.get(uri)).toHaveProperty('block'); // the path under test was taken
        const b = await full.edit(uri, edited);
        expect(codes(a).slice(0, 2)).toEqual(['180 4.4', '181 4.6']);
        expect(codes(a)).toEqual(codes(b)); // every T/CGCC attestation, on both paths
        expect(codes(a)).toHaveLength(text.split('\n').filter((l) => /^\s*承诺 T-CGCC-CUSTOM /.test(l)).length);
    }, 60_000);
});


describe('references of kept members follow the channels of an imported base policy', () => {
    it('renaming a base channel unresolves the importer\'s uses of it on both paths; a base edit elsewhere keeps them resolved', async () => {
        const base = join(ROOT, 'samples/appliance-online/base.aspl');
        const importer = join(ROOT, 'samples/appliance-online/small-appliances.aspl');
        const [baseUri, importerUri] = [base, importer].map((f) => pathToFileURL(f).href);
        const baseText = readFileSync(base, 'utf8');
        const importerText = readFileSync(importer, 'utf8');
        const incremental = new InProcessServer({ incremental: true });
        const full = new InProcessServer({ incremental: false });
        const settle = async (s: InProcessServer) => { await new Promise((r) => setTimeout(r, 0)); await s.shared.workspace.WorkspaceLock.read(() => undefined); };
        const unresolved = (s: InProcessServer) => s.diagnostics(importerUri).filter((d) => d.code === 'unresolved-reference').map((d) => d.range.start.line + 1);
        for (const s of [incremental, full]) {
            await s.edit(importerUri, importerText);
            await s.edit(baseUri, baseText);
            // one block edit in the importer: its members' references are now kept
            await s.edit(importerUri, importerText.replace('通过 客服热线、在线客服、客服邮箱', '通过 客服热线、在线客服、客服邮箱 '));
        }
        expect(unresolved(incremental)).toEqual([]);
        const renamed = baseText.replace('渠道 客服邮箱 邮件', '渠道 客服邮件 邮件');
        for (const s of [incremental, full]) { await s.edit(baseUri, renamed); await settle(s); }
        expect(incremental.factory.lastReparse.get(baseUri)).toHaveProperty('block');
        expect(unresolved(incremental)).toEqual([45, 72]); // the two uses of 客服邮箱
        expect(incremental.diagnostics(importerUri)).toEqual(full.diagnostics(importerUri));
        const importerDoc = (s: InProcessServer) => s.shared.workspace.LangiumDocuments.all.find((d) => d.uri.toString() === importerUri)!;
        expect(astDump(importerDoc(incremental).parseResult.value)).toEqual(astDump(importerDoc(full).parseResult.value));
        // A base edit outside its channels: the importer's references resolve as before.
        const back = renamed.replace('渠道 客服邮件 邮件', '渠道 客服邮箱 邮件');
        for (const s of [incremental, full]) { await s.edit(baseUri, back); await settle(s); }
        expect(unresolved(incremental)).toEqual([]);
        const elsewhere = back.replace('时段 08:30-22:00 每天', '时段 08:30-21:00 每天');
        expect(elsewhere).not.toBe(back);
        for (const s of [incremental, full]) { await s.edit(baseUri, elsewhere); await settle(s); }
        expect(incremental.diagnostics(importerUri)).toEqual(full.diagnostics(importerUri));
        expect(astDump(importerDoc(incremental).parseResult.value)).toEqual(astDump(importerDoc(full).parseResult.value));
    }, 120_000);
});
