/**
 * Every quick fix, as an editor applies it: ask the real server for the code actions of a
 * diagnostic, apply the edit, send it back and wait for the re-check. The finding must be gone,
 * no new error may appear, and the file must still parse. Every kind is covered: change a value
 * to the limit, insert a missing field or block (each one offered on two fixtures, English and
 * Chinese keywords), add an attest stub, remove a void term, confirm an exemption instead, fix
 * all of a kind, and the language-level fixes (unknown word, glued Chinese keyword).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, ROOT, applyEdits } from './client.js';
import { ensureBundle, isCompliance, messageOf } from './helpers.js';

const FIXTURES = join(ROOT, 'tests/fixtures/lsp');
let client: LspClient;

beforeAll(async () => {
    ensureBundle();
    client = await LspClient.start({ locale: 'en', rootDir: FIXTURES });
});
afterAll(async () => { await client.stop(); });

const fixKind = (d: Diagnostic) => (d.data as { fix?: { kind: string } } | undefined)?.fix?.kind;
const languageKeys = (ds: Diagnostic[]) => ds.filter((d) => !isCompliance(d)).map((d) => `${d.code}|${messageOf(d)}`);
const complianceErrors = (ds: Diagnostic[]) => ds.filter((d) => isCompliance(d) && d.severity === 1).map((d) => String(d.code));

/** Resets the document to `text`, waits for its diagnostics. */
async function reset(uri: string, text: string): Promise<Diagnostic[]> {
    const v = await client.change(uri, text);
    return client.diagnostics(uri, v);
}

/** Applies an action's edit to the open document (and checks it only touches this file). */
async function apply(uri: string, action: CodeAction): Promise<Diagnostic[]> {
    const changes = action.edit?.changes ?? {};
    expect(Object.keys(changes)).toEqual([uri]);
    const v = await client.change(uri, applyEdits(client.text(uri), changes[uri]));
    return client.diagnostics(uri, v);
}

function expectFixed(before: Diagnostic[], after: Diagnostic[], codes: string[], label: string): void {
    // A skeleton's "TODO" / "待填写" is itself a finding where the clause reads the text (a placeholder must not
    // reach the notice): the clause may stay reported, but only for the placeholder the writer now fills in.
    for (const code of codes) {
        const left = after.filter((d) => d.code === code && !/placeholder|占位文字/.test(d.message));
        expect(left.length > 0, `${label}: ${code} is still reported`).toBe(false);
    }
    // attest stubs hold a placeholder: one attest-placeholder warning says so, by design
    const newLanguage = languageKeys(after).filter((k) => !languageKeys(before).includes(k) && !k.startsWith('attest-placeholder|'));
    expect(newLanguage, `${label}: new language problems`).toEqual([]);
    const newErrors = complianceErrors(after).filter((c) => !complianceErrors(before).includes(c));
    expect(newErrors, `${label}: new compliance errors`).toEqual([]);
}

/** Tries the preferred quick fix of every compliance diagnostic (of the given fix kinds), one at a time. */
async function eachFix(file: string, kinds: string[]): Promise<string[]> {
    const original = readFileSync(file, 'utf8');
    const uri = await client.open(file, original);
    const initial = await client.diagnostics(uri);
    const targets = initial.filter((d) => isCompliance(d) && kinds.includes(fixKind(d) ?? ''));
    expect(targets.length).toBeGreaterThan(0);
    const tried: string[] = [];
    for (const target of targets) {
        const before = await reset(uri, original);
        const d = before.find((x) => x.code === target.code)!;
        const actions = await client.codeActions(uri, d.range, [d]);
        const action = actions.find((a) => a.isPreferred) ?? actions[0];
        expect(action, `${d.code}: no quick fix offered`).toBeDefined();
        const after = await apply(uri, action);
        expectFixed(before, after, [String(d.code)], `${d.code} (${action.title})`);
        tried.push(`${d.code}:${fixKind(d)}`);
    }
    await client.close(uri);
    return tried;
}

describe('insert: every missing field or block, into the block where it belongs', () => {
    it('English keywords', async () => {
        const tried = await eachFix(join(FIXTURES, 'minimal-en.aspl'), ['insert']);
        expect(tried.length).toBeGreaterThan(30);
    });
    it('Chinese keywords', async () => {
        const tried = await eachFix(join(FIXTURES, 'minimal-zh.aspl'), ['insert']);
        expect(tried.length).toBeGreaterThan(20);
    });
    it('writes the skeleton indented inside the existing block, in the document\'s keyword language', async () => {
        const file = join(FIXTURES, 'minimal-zh.aspl');
        const uri = await client.open(file, readFileSync(file, 'utf8'));
        const diags = await client.diagnostics(uri);
        const d = diags.find((x) => x.code === 'GBT-AS-GENERAL 8.4.3')!;
        const [action] = await client.codeActions(uri, d.range, [d]);
        const edit = action.edit!.changes![uri];
        expect(edit).toHaveLength(1);
        const text = applyEdits(client.text(uri), edit);
        expect(text).toContain('  退换货 {\n    无理由 7天\n    退款 5个工作日 原路退回\n  }');
        await client.close(uri);
    });
});

describe('attest stubs for clauses only a statement can meet', () => {
    it('each one, and all at once', async () => {
        const file = join(FIXTURES, 'minimal-en.aspl');
        const tried = await eachFix(file, ['attest']);
        expect(tried.length).toBeGreaterThan(10);
        const original = readFileSync(file, 'utf8');
        const uri = await client.open(file, original);
        const before = await client.diagnostics(uri);
        const attestable = before.filter((d) => fixKind(d) === 'attest');
        const d = attestable[0];
        const actions = await client.codeActions(uri, d.range, [d]);
        const all = actions.find((a) => /Fix all of this kind/.test(a.title))!;
        expect(all.title).toContain(`(${attestable.length})`);
        const after = await apply(uri, all);
        expectFixed(before, after, attestable.map((x) => String(x.code)), 'fix all attest');
        expect(client.text(uri)).toMatch(/\n {2}attest GBT-AS-GENERAL 5\.1 "TODO: say how this clause is met"\n/);
        await client.close(uri);
    });
});

describe('replace: an offending value becomes the limit', () => {
    const file = join(ROOT, 'samples/appliance-online/small-appliances.aspl');
    it('every replace fix of the appliance sample (refund deadline, payer, start events)', async () => {
        const tried = await eachFix(file, ['replace']);
        expect(tried).toContain('GBT-AS-GENERAL 8.4.3:replace');
        expect(tried).toContain('CN-CONSUMER-LAW CPL-24:replace');
    });
    it('refund 10 working days: the preferred fix is the value meeting every clause on it, written in Chinese', async () => {
        const uri = await client.open(file, readFileSync(file, 'utf8'));
        const before = await client.diagnostics(uri);
        const d = before.find((x) => x.code === 'GBT-AS-GENERAL 8.4.3')!;
        const onValue = before.filter((x) => fixKind(x) === 'replace' && x.range.start.line === d.range.start.line).map((x) => String(x.code)).sort();
        expect(onValue).toEqual(['CN-CONSUMER-LAW M7-13', 'CN-CONSUMER-LAW M7-31', 'GBT-AS-GENERAL 8.4.3']);
        const actions = await client.codeActions(uri, d.range, [d]);
        const fix = actions.find((a) => a.isPreferred)!;
        // 5 working days (8.4.3 alone) may run past M7-13's 7 calendar days, and 7 calendar days
        // may hold 6 working days: 5 calendar days meets all three
        expect(fix.edit!.changes![uri]).toEqual([{ range: d.range, newText: '5天' }]);
        expect(fix.title).toBe("Change to '5天' (GBT-AS-GENERAL 8.4.3, CN-CONSUMER-LAW M7-13, CN-CONSUMER-LAW M7-31)");
        const after = await apply(uri, fix);
        expectFixed(before, after, onValue, 'preferred refund fix');
        await client.close(uri);
    });
    it('fix all: every finding on the refund deadline at once, with the value that meets them all', async () => {
        const uri = await client.open(file, readFileSync(file, 'utf8'));
        const before = await client.diagnostics(uri);
        const d = before.find((x) => x.code === 'GBT-AS-GENERAL 8.4.3')!;
        const actions = await client.codeActions(uri, d.range, [d]);
        const all = actions.find((a) => /Fix all of this kind/.test(a.title))!;
        const replaced = before.filter((x) => fixKind(x) === 'replace').map((x) => String(x.code));
        const after = await apply(uri, all);
        expectFixed(before, after, replaced, 'fix all replace');
        await client.close(uri);
    });
});

describe('remove-text: a void standard term goes; an exemption can be confirmed instead', () => {
    it('removes the statement with the void term', async () => {
        const tried = await eachFix(join(ROOT, 'samples/appliance-online/small-appliances.aspl'), ['remove-text']);
        expect(tried).toEqual(['CN-CONSUMER-LAW CPL-26:remove-text']);
    });
    it('an extra no-reason exemption: removed, or confirmed at purchase', async () => {
        const file = join(FIXTURES, 'minimal-en.aspl');
        const original = readFileSync(file, 'utf8');
        const uri = await client.open(file, original);
        const before = await client.diagnostics(uri);
        const d = before.find((x) => fixKind(x) === 'remove-text')!;
        const actions = await client.codeActions(uri, d.range, [d]);
        const remove = actions.find((a) => a.isPreferred)!;
        const confirm = actions.find((a) => /confirms at purchase/.test(a.title))!;
        let after = await apply(uri, remove);
        expectFixed(before, after, [String(d.code)], remove.title);
        expect(client.text(uri)).toContain('no-reason 7 days except custom\n');
        await reset(uri, original);
        after = await apply(uri, confirm);
        expectFixed(before, after, [String(d.code)], confirm.title);
        expect(client.text(uri)).toContain('"Clearance samples sold as seen" confirmed-at-purchase');
        await client.close(uri);
    });
});

describe('fix all of a kind: inserts merged into one block each', () => {
    it('inserts every missing item at once without writing a block twice', async () => {
        const file = join(FIXTURES, 'minimal-zh.aspl');
        const uri = await client.open(file, readFileSync(file, 'utf8'));
        const before = await client.diagnostics(uri);
        const inserts = before.filter((x) => fixKind(x) === 'insert');
        const actions = await client.codeActions(uri, inserts[0].range, [inserts[0]]);
        const all = actions.find((a) => /Fix all of this kind/.test(a.title))!;
        const after = await apply(uri, all);
        expect(languageKeys(after)).toEqual([]);
        const text = client.text(uri);
        expect(text.match(/^ {2}隐私 \{/gm)).toHaveLength(1);
        expect(text.match(/^ {2}人员 \{/gm)).toHaveLength(1);
        expect(after.filter((x) => fixKind(x) === 'insert').length).toBeLessThan(inserts.length / 3);
        // What the fixes wrote is already formatted.
        expect((await client.format(uri)) ?? []).toEqual([]);
        await client.close(uri);
    });
    it('source.fixAll fixes every fixable finding', async () => {
        const file = join(FIXTURES, 'minimal-en.aspl');
        const uri = await client.open(file, readFileSync(file, 'utf8'));
        const before = await client.diagnostics(uri);
        const [all] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
        expect(all.kind).toBe('source.fixAll');
        const after = await apply(uri, all);
        expect(languageKeys(after).map((k) => k.split('|')[0])).toEqual(['attest-placeholder']);
        expect(after.filter(isCompliance).length).toBeLessThan(before.filter(isCompliance).length / 4);
        expect((await client.format(uri)) ?? []).toEqual([]);
        await client.close(uri);
    });
});

describe('language-level quick fixes', () => {
    it('an unknown vocabulary word → the closest known words', async () => {
        const file = join(FIXTURES, 'typos.aspl');
        const text = 'policy Typos "Typos" {\n  channel hotline phnoe "400-000-0000"\n}\n';
        const uri = await client.open(file, text);
        const before = await client.diagnostics(uri);
        const d = before.find((x) => x.code === 'unknown-word')!;
        const actions = await client.codeActions(uri, d.range, [d]);
        expect(actions[0].title).toBe("Change to 'phone'");
        const after = await apply(uri, actions[0]);
        expect(after.filter((x) => x.code === 'unknown-word')).toEqual([]);
        await client.close(uri);
    });
    it('a duration in Chinese numerals (十五个工作日) → the same duration in digits', async () => {
        const file = join(FIXTURES, 'numerals.aspl');
        const text = '政策 数字 "数字" {\n  退换货 {\n    退款 内 十五个工作日 原路退回\n  }\n}\n';
        const uri = await client.open(file, text);
        const before = await client.diagnostics(uri);
        const d = before.find((x) => x.code === 'chinese-numeral')!;
        expect({ line: d.range.start.line + 1, character: d.range.start.character, message: d.message }).toEqual({
            line: 3, character: 9, message: "The duration '十五个工作日' is written in Chinese numerals; a duration takes digits: write '15个工作日'",
        });
        // the parser's error at the word, with the hint: no second, bare syntax error beside it
        expect(languageKeys(before.filter((x) => x.range.start.line === 2)).map((k) => k.split('|')[0])).toEqual(['chinese-numeral']);
        const actions = await client.codeActions(uri, d.range, [d]);
        expect(actions.map((a) => a.title)).toEqual(["Change to '15个工作日'"]);
        const after = await apply(uri, actions[0]);
        expect(client.text(uri)).toContain('退款 内 15个工作日 原路退回');
        expect(languageKeys(after)).toEqual([]);
        await client.close(uri);
    });
    it('a Chinese keyword glued to a name → the missing space', async () => {
        const file = join(FIXTURES, 'glued.aspl');
        const text = '政策 粘连 "粘连" {\n  渠道热线 电话 "400-000-0000"\n}\n';
        const uri = await client.open(file, text);
        const before = await client.diagnostics(uri);
        const d = before.find((x) => x.code === 'keyword-glued')!;
        expect(d).toMatchObject({ code: 'keyword-glued', data: { code: 'keyword-glued', params: { keyword: '渠道', rest: '热线' } } });
        // The fix follows the code, not the text: a reworded message still gets it, the bare text alone does not.
        expect((await client.codeActions(uri, d.range, [{ ...d, message: 'reworded' }])).map((a) => a.title)).toEqual(["Put a space after '渠道'"]);
        expect(await client.codeActions(uri, d.range, [{ ...d, code: undefined, data: undefined }])).toEqual([]);
        const actions = await client.codeActions(uri, d.range, [d]);
        const after = await apply(uri, actions[0]);
        expect(client.text(uri)).toContain('渠道 热线 电话');
        expect(after.filter((x) => x.severity === 1 && !isCompliance(x))).toEqual([]);
        await client.close(uri);
    });
});

describe('attest on a field-checked clause', () => {
    it('offers to write the field instead (and drop the attest line), or just to drop the line', async () => {
        const file = join(FIXTURES, 'minimal-en.aspl');
        const original = readFileSync(file, 'utf8').replace(/\n\}\s*$/, '\n  attest GBT-AS-GENERAL 8.4.3 "Refunds are always quick."\n}\n');
        const uri = await client.open(file, original);
        const diags = await client.diagnostics(uri);
        const d = diags.find((x) => x.code === 'attest-checked')!;
        expect(messageOf(d)).toMatch(/^GBT-AS-GENERAL 8\.4\.3 is checked from the policy’s fields \(refund deadline\)/);
        const actions = await client.codeActions(uri, d.range, [d]);
        expect(actions.map((a) => a.title)).toEqual(['Write the field instead (GBT-AS-GENERAL 8.4.3) and remove this attest line', 'Remove this attest line']);
        const after = await apply(uri, actions[0]);
        const text = client.text(uri);
        expect(text).not.toContain('attest GBT-AS-GENERAL 8.4.3');
        expect(text).toMatch(/\n {2}returns \{\n(?: {4}.*\n)* {4}refund (within )?\d+ (working )?days?[^\n]*\n/);
        expect(after.some((x) => x.code === 'attest-checked' || x.code === 'GBT-AS-GENERAL 8.4.3')).toBe(false);
        await client.close(uri);
    });
});
