/** `--format github`: GitHub Actions workflow commands, one annotation per problem (up to GitHub's cap). */
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import { escapeInvisible } from '../../../io/inert.js';
import { isAre, nounFor } from '../../../i18n/plural.js';
import { displayPath } from '../output.js';
import type { Problem } from '../results.js';
import { Spool } from '../spool.js';
import type { Format } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping of workflow command data (message); control characters and bidi overrides from policy text are shown as U+XXXX, never sent to the log raw. */
export function escapeData(text: string): string {
    return escapeInvisible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escaping of workflow command properties (file, title). */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub shows at most 10 annotations of each type per step and drops the rest silently. Past
 * that, problems are printed as plain log lines (the full list stays in the log), and one
 * notice says how many were not annotated and where to find them.
 */
export const ANNOTATIONS_PER_TYPE = 10;

type Annotated = Pick<Problem, 'severity' | 'line' | 'column' | 'endLine' | 'endColumn' | 'ruleId' | 'message'> & { where: string };

export const github: Format = (ctx, out) => {
    // Whether a problem is annotated depends on the totals: the problems wait in a spool, one JSON line each.
    const problems = new Spool();
    const totals = { error: 0, warning: 0, info: 0 };
    return {
        file(r) {
            for (const p of r.problems) {
                totals[p.severity]++;
                const a: Annotated = { severity: p.severity, where: displayPath(p.file, ctx.cwd), line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn, ruleId: p.ruleId, message: p.message };
                problems.write(`${JSON.stringify(a)}\n`);
            }
        },
        end() {
            const used = { error: 0, warning: 0, notice: 0 };
            const overflow = totals.error + totals.warning > 0 && (totals.error > ANNOTATIONS_PER_TYPE || totals.warning > ANNOTATIONS_PER_TYPE);
            // the pointer is a notice too: keep room for it
            const noticeRoom = overflow || totals.info > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE;
            let left = 0;
            problems.replayLines((json) => {
                const p = JSON.parse(json) as Annotated;
                const type = COMMAND[p.severity];
                if (used[type] >= (type === 'notice' ? noticeRoom : ANNOTATIONS_PER_TYPE)) {
                    left++;
                    out.write(`${p.where}:${p.line}:${p.column}: ${p.severity}: ${escapeInvisible(p.message.replace(/\s*\n\s*/g, ' '))} [${p.ruleId}]\n`);
                    return;
                }
                used[type]++;
                const props = [
                    `file=${escapeProperty(p.where)}`,
                    `line=${p.line}`,
                    `col=${p.column}`,
                    `title=${escapeProperty(p.ruleId)}`,
                    ...(p.endLine !== p.line ? [`endLine=${p.endLine}`] : [`endColumn=${p.endColumn}`]),
                ];
                out.write(`::${type} ${props.join(',')}::${escapeData(p.message)}\n`);
            });
            if (left) {
                const text = say(CLI.annotationsLeft({ n: left, problems: nounFor(left, 'problem'), isAre: isAre(left), max: ANNOTATIONS_PER_TYPE }), ctx.lang);
                out.write(`::notice title=aspl::${escapeData(text)}\n`);
            }
        },
    };
};
