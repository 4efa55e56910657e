/** `--format json`: the stable machine-readable schema documented in docs/cli.md (schemaVersion 1). */
import { displayPath } from '../output.js';
import { addCounts, countProblems } from '../results.js';
import { JsonArrayStream } from '../spool.js';
import type { Format } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

export const json: Format = (ctx, out) => {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    const files = new JsonArrayStream();
    let filesWithProblems = 0;
    return {
        file(r) {
            addCounts(counts, r.problems);
            if (r.problems.length) filesWithProblems++;
            const c = countProblems([r]);
            files.add({
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
                ...(r.output !== undefined ? { output: r.output } : {}),
            });
        },
        end({ suppressed }) {
            files.finish((items) => ({
                schemaVersion: JSON_SCHEMA_VERSION,
                tool: { name: 'aspl', version: ctx.version },
                summary: {
                    files: files.length,
                    filesWithProblems,
                    problems: counts.errors + counts.warnings + counts.infos,
                    errors: counts.errors,
                    warnings: counts.warnings,
                    infos: counts.infos,
                    suppressedByBaseline: suppressed,
                },
                files: items,
            }), out);
        },
    };
};
