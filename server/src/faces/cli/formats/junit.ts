/** `--format junit`: one testsuite per policy file, one testcase per file × ruleId, a failure per problem. */
import { displayPath } from '../output.js';
import type { Problem } from '../results.js';
import { Spool } from '../spool.js';
import type { Format } from './types.js';

export function xmlEscape(text: string): string {
    // XML 1.0 forbids most control characters even when escaped
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const junit: Format = (ctx, out) => {
    const suites = new Spool();
    let tests = 0;
    let failures = 0;
    return {
        file(r) {
            const file = displayPath(r.file, ctx.cwd);
            const byRule = new Map<string, Problem[]>();
            for (const c of r.checked) if (!byRule.has(c.ruleId)) byRule.set(c.ruleId, []);
            for (const p of r.problems) {
                const list = byRule.get(p.ruleId);
                if (list) list.push(p); else byRule.set(p.ruleId, [p]);
            }
            const cases: string[] = [];
            let suiteFailures = 0;
            for (const [ruleId, problems] of byRule) {
                const name = xmlEscape(ruleId);
                if (!problems.length) {
                    cases.push(`    <testcase classname="${xmlEscape(file)}" name="${name}" time="0"/>`);
                    continue;
                }
                suiteFailures++;
                const body = problems.map((p) => `${displayPath(p.file, ctx.cwd)}:${p.line}:${p.column} ${p.severity}: ${p.message}`).join('\n');
                const first = problems[0];
                cases.push(
                    `    <testcase classname="${xmlEscape(file)}" name="${name}" time="0">\n` +
                    `      <failure message="${xmlEscape(first.message)}" type="${first.severity}">${xmlEscape(body)}</failure>\n` +
                    '    </testcase>',
                );
            }
            tests += byRule.size;
            failures += suiteFailures;
            suites.write(
                `  <testsuite name="${xmlEscape(file)}" tests="${byRule.size}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n` +
                cases.join('\n') + (cases.length ? '\n' : '') +
                '  </testsuite>\n',
            );
        },
        end() {
            // the totals lead the document, so the suites wait in the spool until now
            out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + `<testsuites name="aspl" tests="${tests}" failures="${failures}" errors="0" time="0">\n`);
            suites.replay((text) => out.write(text));
            out.write('</testsuites>\n');
        },
    };
};
