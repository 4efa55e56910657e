/** `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. */
import { LEVEL, isLevel } from '../../../engine/status.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { displayPath } from '../output.js';
import { ruleInfo } from '../rule-info.js';
import { packageInfo } from '../version.js';
import { JsonArrayStream } from '../spool.js';
import type { Format } from './types.js';
import type { Problem } from '../results.js';

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A relative path as a URI reference (non-ASCII and reserved characters percent-encoded). */
function uriOf(path: string): string {
    return path.split('/').map(encodeURIComponent).join('/');
}

export const sarif: Format = (ctx, out) => {
    const rules: ReportingDescriptor[] = [];
    const index = new Map<string, number>();
    const sarifResults = new JsonArrayStream();
    const ruleIndex = (ruleId: string, level: keyof typeof SARIF_LEVEL): number => {
        let i = index.get(ruleId);
        if (i === undefined) {
            const info = ruleInfo(ruleId, ctx.registry, ctx.docsBaseUrl);
            i = rules.length;
            index.set(ruleId, i);
            rules.push({
                id: ruleId,
                name: ruleId.startsWith('aspl/') ? ruleId.slice(5) : ruleId.replace(/[^A-Za-z0-9]+/g, '_'),
                shortDescription: { text: info.summary[ctx.lang] },
                fullDescription: { text: info.summary.zh === info.summary.en ? info.summary.en : `${info.summary.zh} / ${info.summary.en}` },
                helpUri: info.helpUri,
                help: { text: `${info.summary[ctx.lang]} (${info.helpUri})` },
                defaultConfiguration: { level: info.level && isLevel(info.level) ? LEVEL[info.level].sarif : SARIF_LEVEL[level] },
                properties: {
                    tags: ruleId.startsWith('aspl/') ? ['aspl', 'language'] : ['aspl', 'standard', info.catalog ?? ''],
                    ...(info.catalog ? { catalog: info.catalog, clause: info.clause } : {}),
                },
            });
        }
        return i;
    };
    return {
        file(r) {
            for (const p of r.problems) {
                sarifResults.add({
                    ruleId: p.ruleId,
                    ruleIndex: ruleIndex(p.ruleId, p.severity),
                    level: SARIF_LEVEL[p.severity],
                    message: { text: p.message },
                    locations: [{
                        physicalLocation: {
                            artifactLocation: { uri: uriOf(displayPath(p.file, ctx.cwd)) },
                            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
                        },
                    }],
                    partialFingerprints: { 'asplFingerprint/v1': p.fingerprint },
                    ...(sarifProperties(p, r.file, ctx.cwd)),
                } satisfies Result);
            }
        },
        end() {
            sarifResults.finish((results): Log => ({
                $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
                version: '2.1.0',
                runs: [{
                    tool: { driver: { name: 'aspl', version: ctx.version, semanticVersion: ctx.version, informationUri: packageInfo().homepage, rules } },
                    columnKind: 'utf16CodeUnits',
                    results: results as Result[],
                }],
            }), out);
        },
    };
};

/** Result properties: the policy a finding in an imported file belongs to, and how certain a finding is. */
function sarifProperties(p: Problem, policy: string, cwd: string): { properties?: Record<string, string> } {
    const props: Record<string, string> = {};
    if (p.file !== policy) props.policy = displayPath(policy, cwd);
    if (p.status) props.status = p.status;
    if (p.certainty) props.certainty = p.certainty;
    if (p.assumption) props.assumption = p.assumption;
    if (p.caveat) props.caveat = p.caveat;
    return Object.keys(props).length ? { properties: props } : {};
}
