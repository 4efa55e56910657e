/** `--format json`: the stable machine-readable schema documented in docs/cli.md (schemaVersion 1). */
import { displayPath } from '../output.js';
import { countProblems } from '../results.js';
import type { Formatter } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

export const json: Formatter = (results, ctx) => {
    const counts = countProblems(results);
    const files = results.map((r) => {
        const c = countProblems([r]);
        return {
            file: displayPath(r.file, ctx.cwd),
            errorCount: c.errors,
            warningCount: c.warnings,
            infoCount: c.infos,
            problems: r.problems.map((p) => ({
                ruleId: p.ruleId,
                kind: p.kind,
                severity: p.severity,
                ...(p.catalog !== undefined ? { catalog: p.catalog, clause: p.clause, status: p.status, level: p.level } : {}),
                ...(p.certainty ? { certainty: p.certainty } : {}),
                ...(p.assumption ? { assumption: p.assumption } : {}),
                ...(p.caveat ? { caveat: p.caveat } : {}),
                message: p.message,
                file: displayPath(p.file, ctx.cwd),
                line: p.line,
                column: p.column,
                endLine: p.endLine,
                endColumn: p.endColumn,
                fingerprint: p.fingerprint,
            })),
            standards: r.standards,
        };
    });
    const doc = {
        schemaVersion: JSON_SCHEMA_VERSION,
        tool: { name: 'aspl', version: ctx.version },
        summary: {
            files: results.length,
            filesWithProblems: results.filter((r) => r.problems.length).length,
            problems: counts.errors + counts.warnings + counts.infos,
            errors: counts.errors,
            warnings: counts.warnings,
            infos: counts.infos,
            suppressedByBaseline: ctx.suppressed,
        },
        files,
    };
    return JSON.stringify(doc, null, 2) + '\n';
};
