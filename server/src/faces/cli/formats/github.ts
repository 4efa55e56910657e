/** `--format github`: GitHub Actions workflow commands, one annotation per problem. */
import { escapeInvisible } from '../../../io/inert.js';
import { displayPath } from '../output.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping of workflow command data (message); control characters and bidi overrides from policy text are shown as U+XXXX, never sent to the log raw. */
export function escapeData(text: string): string {
    return escapeInvisible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escaping of workflow command properties (file, title). */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, ctx) => {
    const lines: string[] = [];
    for (const r of results) {
        for (const p of r.problems) {
            const props = [
                `file=${escapeProperty(displayPath(p.file, ctx.cwd))}`,
                `line=${p.line}`,
                `col=${p.column}`,
                `title=${escapeProperty(p.ruleId)}`,
                ...(p.endLine !== p.line ? [`endLine=${p.endLine}`] : [`endColumn=${p.endColumn}`]),
            ];
            lines.push(`::${COMMAND[p.severity]} ${props.join(',')}::${escapeData(p.message)}`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
};
