/** The pull-request comment stays under GitHub's size limit by leaving out the neutral rows first. */
import { expect, test } from 'vitest';
import { Analyzer } from '../../server/src/analysis.js';
import { diffPolicies } from '../../server/src/diff/index.js';
import { markdown } from '../../server/src/faces/diff/formats.js';
import type { Src } from '../../server/src/model/types.js';

function policy(contact: (i: number) => string, fee: number): string {
    const channels = Array.from({ length: 700 }, (_, i) => `  channel c${i} phone "${contact(i)}" hours 08:00-20:00 daily`);
    return `policy Big "Big" {\n${channels.join('\n')}\n  fee visit "Call-out fee" ${fee} CNY\n}\n`;
}

test('700 contacts changed and one fee raised: the worse row is listed, the neutral ones only counted', async () => {
    const analyzer = new Analyzer({ lang: 'en' });
    const old = await analyzer.analyzeText(policy((i) => `400-000-${i}`, 50), '/big/old.aspl');
    const now = await analyzer.analyzeText(policy((i) => `400-999-${i}`, 80), '/big/new.aspl');
    const diff = diffPolicies(old, now, analyzer.registry);
    expect(diff.changes.filter((c) => c.kind === 'channel-contact-changed')).toHaveLength(700);
    const locate = (src: Src) => ({ file: src.uri.endsWith('old.aspl') ? 'old.aspl' : 'new.aspl', line: src.range.start.line + 1, column: 1, endLine: 1, endColumn: 1 });
    const text = markdown({ files: [{ old: 'old.aspl', new: 'new.aspl', diff }], lang: 'en', locate });
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toContain('| fee raised — Call-out fee `fee-raised` | CNY 50 | CNY 80 | L702 → L702 |');
    expect(text).toContain('#### Neutral (700)\n\nNot listed: the comment would be too long. Run `aspl diff` for the full list.');
    expect(text).not.toContain('channel-contact-changed');
});
