/** The compliance side of a diff: findings fixed and introduced with their clause ids, and the score. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { diffPolicies, hasWorse } from '../../server/src/diff/index.js';

const ROOT = join(__dirname, '..', '..');
const BASE = readFileSync(join(ROOT, 'tests', 'fixtures', 'diff', 'base.aspl'), 'utf8');

test('a provider address fixes CPL-28 and a hidden clause introduces nothing else', async () => {
    const analyzer = new Analyzer({ lang: 'en' });
    const old = await analyzer.analyzeText(BASE, join(ROOT, 'tests', 'fixtures', 'diff', 'old', 'base.aspl'));
    const now = await analyzer.analyzeText(BASE.replace('    contact "400-100-2000"', '    address "No. 1 Example Road"\n    contact "400-100-2000"'),
        join(ROOT, 'tests', 'fixtures', 'diff', 'new', 'base.aspl'));
    const d = diffPolicies(old, now, analyzer.registry);
    expect(d.compliance.fixed.map((f) => [f.ruleId, f.status, f.severity])).toEqual([['CN-CONSUMER-LAW CPL-28', 'not-addressed', 'error']]);
    expect(d.compliance.introduced).toEqual([]);
    expect(d.changes.map((c) => c.kind)).toEqual(['provider-changed']);
    expect(hasWorse(d)).toBe(false);
});

test('an uncertified manager: no commitment changed, the T/CGCC score no longer passes, and --fail-on worse fails', async () => {
    const analyzer = new Analyzer({ lang: 'zh' });
    const old = await analyzer.analyzeFile(join(ROOT, 'samples', 'furniture-custom', 'acme-furniture.aspl'));
    const now = await analyzer.analyzeFile(join(ROOT, 'tests', 'fixtures', 'furniture-no-manager.aspl'));
    const d = diffPolicies(old, now, analyzer.registry);
    expect(d.changes).toEqual([]);
    expect(d.compliance.scores).toEqual([{ catalog: 'T-CGCC-CUSTOM', old: { earned: 100, total: 100, pass: true }, new: { earned: 96, total: 100, pass: false } }]);
    // 4.1 asks for the certified manager too: the finding is introduced.
    expect(d.compliance.introduced.map((f) => f.ruleId)).toContain('T-CGCC-CUSTOM 4.1');
    expect(hasWorse(d)).toBe(true);
});
