/**
 * The bundled samples: every one parses and validates cleanly, and each company policy produces
 * exactly the findings documented at its top (`expect <catalog> <clause> <status>`), on the line
 * marked `// ⚠ <clause>`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';

const root = join(__dirname, '../..');
// the company samples and the language tours (docs/tour: every construct, not meant to be compliant)
const samples = globSync(['samples/**/*.aspl', 'docs/tour/*.aspl'], { cwd: root, ignore: ['**/drafts/**'] }).sort();
const analyzer = new Analyzer({ lang: 'en' });

describe('every sample parses and validates without problems', () => {
    it('finds the samples', () => expect(samples.filter((f) => f.startsWith('docs/tour/')).length).toBe(2));
    it.each(samples)('%s', async (file) => {
        const analysis = await analyzer.analyzeFile(join(root, file));
        expect(analysis.problems.map((p) => `${p.range.start.line + 1}: ${p.message}`)).toEqual([]);
        expect(analysis.model).toBeDefined();
    });
});

interface Expected { ruleId: string; status: string; line?: number }

function expectations(text: string): Expected[] {
    const lines = text.split('\n');
    return [...text.matchAll(/^\/\/\s+expect (\S+) (\S+) (violated|not-addressed|caveat)\b/gm)].map(([, catalog, clause, status]) => {
        const marker = lines.findIndex((l) => new RegExp(`//\\s*⚠.*\\b${clause.replace(/\./g, '\\.')}(\\s|$)`).test(l));
        return { ruleId: `${catalog} ${clause}`, status, line: marker >= 0 ? marker + 1 : undefined };
    });
}

const companies = samples.filter((f) => /samples\/[^/]+\/[^/]+\.aspl$/.test(f) && !readFileSync(join(root, f), 'utf8').match(/^(policy|政策) \S+ ("[^"]*" )?(partial|部分)/m));

describe('company samples produce the findings documented at their top', () => {
    it('has the eight company policies', () => expect(companies.map((f) => f.split('/')[1]).sort()).toEqual([
        'appliance-online', 'b2b-platform', 'cable-maker', 'digital-shop', 'furniture-custom', 'phone-retailer', 'telecom-integrator', 'vehicle-maker',
    ]));
    it.each(companies)('%s', async (file) => {
        const text = readFileSync(join(root, file), 'utf8');
        const expected = expectations(text);
        const analysis = await analyzer.analyzeFile(join(root, file));
        const actual = (analysis.evaluation?.findings ?? [])
            .filter((f) => (f.status === 'violated' || f.status === 'not-addressed' || f.caveat) && f.severity !== 'off')
            // A satisfied clause with a caveat is documented as `caveat`.
            .map((f) => ({ ruleId: f.ruleId, status: f.caveat ? 'caveat' : f.status, line: f.src.range.start.line + 1, uri: f.src.uri }));
        expect(actual.map(({ ruleId, status }) => `${ruleId} ${status}`).sort()).toEqual(expected.map(({ ruleId, status }) => `${ruleId} ${status}`).sort());
        for (const e of expected) {
            const f = actual.find((a) => a.ruleId === e.ruleId)!;
            expect(e.line, `${e.ruleId} needs a ⚠ marker in ${relative(root, file)}`).toBeDefined();
            expect({ rule: e.ruleId, line: f.line }).toEqual({ rule: e.ruleId, line: e.line });
        }
    });
});
