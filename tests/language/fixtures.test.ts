/**
 * Every language-level message is proven by a file that triggers it: the fixture's first line
 * says `// expect <severity> <line>:<column> <message key>`, and the file yields exactly that one problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { format } from '../../server/src/i18n/locale.js';
import { LANGUAGE_MESSAGES, type LanguageMessageKey } from '../../server/src/i18n/language-messages.js';
import { LANGUAGE_RULES } from '../../server/src/i18n/language-rules.js';

const dir = join(__dirname, '../fixtures/language');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.aspl')).sort();

/** A message template as a pattern, its {params} standing for any text. */
function messagePattern(key: LanguageMessageKey, lang: 'zh' | 'en'): RegExp {
    const template = LANGUAGE_MESSAGES[key][lang];
    const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+');
    return new RegExp(`^${escaped}$`);
}

describe.each(['en', 'zh'] as const)('language-level messages (%s)', (lang) => {
    // the fixtures folder is the workspace: imports may not leave it
    const analyzer = new Analyzer({ lang, roots: [dir] });
    it.each(fixtures)('%s', async (file) => {
        const text = readFileSync(join(dir, file), 'utf8');
        const m = /^\/\/ expect (error|warning) (\d+):(\d+) ([\w-]+)/.exec(text);
        expect(m, 'first line must be an expect line').not.toBeNull();
        const [, severity, line, column, key] = m!;
        const analysis = await analyzer.analyzeFile(join(dir, file));
        expect(analysis.problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity}`)).toEqual([`${line}:${column} ${severity}`]);
        const problem = analysis.problems[0];
        if (key === 'syntax') {
            // Any syntax error: the parser's own message, in the user's language.
            expect(problem.code).toBe('syntax');
            expect(problem.message).toMatch(lang === 'zh' ? /^此处应为 .+，但写的是 / : /^Expected .+ but found /);
        } else {
            // Parser and linker problems too (keyword-glued, unresolved-reference, extends-not-imported) carry our code.
            expect(problem.code).toBe(key);
            expect(problem.message).toMatch(messagePattern(key as LanguageMessageKey, lang));
        }
    });
});

it('every language message is a language rule with a title (the CLI\'s rule table, docs/language.md)', () => {
    for (const key of Object.keys(LANGUAGE_MESSAGES)) expect(LANGUAGE_RULES, key).toHaveProperty(key);
    expect(Object.keys(LANGUAGE_RULES).filter((k) => !(k in LANGUAGE_MESSAGES))).toEqual(['syntax']);
});

it('every language message key has a fixture', () => {
    const covered = new Set(fixtures.map((f) => readFileSync(join(dir, f), 'utf8').match(/^\/\/ expect \S+ \S+ ([\w-]+)/)?.[1]));
    const missing = Object.keys(LANGUAGE_MESSAGES).filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
    expect(format('{a}-{b}', { a: 1 })).toBe('1-{b}');
});
