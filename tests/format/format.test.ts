/** The formatter is idempotent, keeps every comment and never changes what a policy means. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { formatPolicyText } from '../../server/src/format/format.js';
import type { PolicyModel } from '../../server/src/model/types.js';

const root = join(__dirname, '../..');
const samples = globSync(['samples/**/*.aspl', 'docs/tour/*.aspl'], { cwd: root, ignore: ['**/drafts/**'] }).sort();
/** Comments in order (strings blanked first: a URL in a string is not a comment). */
const comments = (t: string) => (t.replace(/"(\\.|[^"\\\n])*"|“[^”\n]*”/g, '""').match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).map((c) => c.trim());
const analyzer = new Analyzer({ lang: 'en' });

/** The model without positions: what the policy means. */
function meaning(m: PolicyModel | undefined): unknown {
    return JSON.parse(JSON.stringify(m ?? null, (k, v) => (k === 'src' || k === 'head' || k === 'nameSrc' || k === 'uri' || k === 'text' ? undefined : v)));
}

describe.each([undefined, 'en', 'zh'] as const)('formatting samples (keywords: %s)', (keywordLanguage) => {
    it.each(samples)('%s', async (file) => {
        const text = readFileSync(join(root, file), 'utf8');
        const once = await formatPolicyText(text, { keywordLanguage });
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        const twice = await formatPolicyText(once.text, { keywordLanguage });
        expect(twice.ok && twice.text).toBe(once.text);
        expect(comments(once.text)).toEqual(comments(text));
        const path = join(root, file);
        const before = await analyzer.analyzeText(text, path);
        const after = await analyzer.analyzeText(once.text, path);
        expect(after.problems).toEqual([]);
        expect(meaning(after.model)).toEqual(meaning(before.model));
    });
});

describe('formatter layout', () => {
    it('puts one item per line, indents blocks and tightens ranges, units and lists', async () => {
        const r = await formatPolicyText('policy   P "t"{channel  hot phone "1"  hours 08:00 - 22:00 daily service complaint free { via hot respond within 2 小时 resolve within 1 days } payment cash ,card 、online agreement written {content,time}}');
        expect(r.ok && r.text).toBe([
            'policy P "t" {',
            '  channel hot phone "1" hours 08:00-22:00 daily',
            '  service complaint free {',
            '    via hot',
            '    respond within 2小时',
            '    resolve within 1 days',
            '  }',
            '  payment cash, card、online',
            '  agreement written { content, time }',
            '}',
            '',
        ].join('\n'));
    });

    it('keeps comments where they were and at most one blank line', async () => {
        const r = await formatPolicyText('// top\n\n\n\npolicy P { // after brace\n  /* own line */\n  version "1" // trailing\n\n\n  effective 2026-01-01\n}\n');
        expect(r.ok && r.text).toBe('// top\n\npolicy P { // after brace\n  /* own line */\n  version "1" // trailing\n\n  effective 2026-01-01\n}\n');
    });

    it('refuses a file with syntax errors and says where', async () => {
        const r = await formatPolicyText('policy P {\n  version 2026\n}\n');
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problems[0].range.start).toEqual({ line: 1, character: 10 });
    });

    it('canonicalizes keywords and value words to one language, leaving symbols, units and names alone', async () => {
        const r = await formatPolicyText('政策 P { 费用 f "x" 50元/次 事先告知 渠道 热线 电话 "1" 时段 24/7 }', { keywordLanguage: 'en' });
        expect(r.ok && r.text).toBe('policy P {\n  fee f "x" 50元/次 disclosed-before-service\n  channel 热线 phone "1" hours 24/7\n}\n');
        const back = await formatPolicyText('policy P { returns { no-reason 7 days from receipt shipping defect paid-by seller } }', { keywordLanguage: 'zh' });
        expect(back.ok && back.text).toBe('政策 P {\n  退换货 {\n    无理由 7 days 自 签收\n    运费 质量问题 承担方 商家\n  }\n}\n');
    });
});
