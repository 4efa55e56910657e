/**
 * Every snippet the server offers, as a writer sees it: label, detail, filter text and body, where
 * it is offered (an empty file, inside a policy), for English and Chinese keywords and for both
 * message languages. Compared with the recording `fixtures/snippets.json`, first made from the
 * snippets as they were written by hand once per language; deriving them from the grammar map and
 * the vocabulary changed five English lines only (a plural after 1: "1 hours" → "1 hour").
 * `ASPL_RECORD_SNIPPETS=1` rewrites the recording (then review its diff).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';
import { ensureBundle, tempDir } from './helpers.js';

const RECORDING = join(__dirname, 'fixtures', 'snippets.json');

interface Offered { label: string; detail?: string; filterText?: string; insertText?: string }

/** Where a construct may start: an empty file (a policy or an import) and inside a policy (a section). */
const PLACES = {
    top: { text: '\n', at: { line: 0, character: 0 } },
    policy: { text: 'policy P {\n  \n}\n', at: { line: 1, character: 2 } },
    policyZh: { text: '政策 P {\n  \n}\n', at: { line: 1, character: 2 } },
} as const;

let client: LspClient;
beforeAll(async () => {
    ensureBundle();
    client = await LspClient.start({ locale: 'en' });
});
afterAll(async () => { await client.stop(); });

async function offered(place: keyof typeof PLACES): Promise<Offered[]> {
    const { text, at } = PLACES[place];
    const uri = await client.open(join(tempDir(), `${place}.aspl`), text);
    await client.diagnostics(uri);
    const items = (await client.completion(uri, at)).filter((i) => i.kind === 15);
    await client.close(uri);
    return items.map((i) => ({ label: i.label, detail: i.detail, filterText: i.filterText, insertText: i.insertText }))
        .sort((a, b) => (a.label + a.insertText < b.label + b.insertText ? -1 : 1));
}

describe('the offered snippets', () => {
    it('are the recorded ones, in every place, keyword language and message language', async () => {
        const now: Record<string, Offered[]> = {};
        for (const locale of ['en', 'zh'] as const) {
            for (const keywordLanguage of ['auto', 'en', 'zh'] as const) {
                await client.setSettings({ locale, keywordLanguage });
                for (const place of Object.keys(PLACES) as Array<keyof typeof PLACES>) {
                    now[`${place} keywords=${keywordLanguage} messages=${locale}`] = await offered(place);
                }
            }
        }
        await client.setSettings({});
        if (process.env.ASPL_RECORD_SNIPPETS) writeFileSync(RECORDING, JSON.stringify(now, null, 2) + '\n');
        const recorded = JSON.parse(readFileSync(RECORDING, 'utf8')) as Record<string, Offered[]>;
        expect(Object.keys(now)).toEqual(Object.keys(recorded));
        for (const key of Object.keys(recorded)) expect(now[key], key).toEqual(recorded[key]);
        // The recording is not empty: each place offers what may start there, in the keyword language.
        expect(recorded['top keywords=en messages=en'].map((s) => s.label)).toEqual(['Policy (English keywords)', 'Section: import']);
        expect(recorded['policyZh keywords=auto messages=zh'].length).toBe(26);
        expect(recorded['policyZh keywords=auto messages=zh'].every((s) => /[\u4e00-\u9fff]/.test(s.insertText!.split(' ')[0]))).toBe(true);
    }, 60_000);
});
