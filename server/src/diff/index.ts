/**
 * `aspl diff` as a pure function: two analysed policies (imports merged) in, the classified
 * changes of their commitments and the compliance delta out. No LSP, VS Code or CLI types.
 */
import type { CatalogRegistry } from '../engine/catalog/registry.js';
import type { Evaluation } from '../engine/evaluate.js';
import type { PolicyModel, Src } from '../model/types.js';
import { CommitmentDiff } from './commitments.js';
import { complianceDelta, voidWording } from './compliance.js';
import { CLASS_ORDER } from './kinds.js';
import type { Change, PolicyDiff } from './types.js';

export type { Change, ComplianceDelta, FindingChange, PolicyDiff, ScoreChange, Value } from './types.js';
export { CLASS_LABELS, CLASS_ORDER, KINDS, fieldLabel, forCustomers, kindInfo, type ChangeClass, type ChangeKind } from './kinds.js';

/** One side of a comparison: what the analysis pipeline gives for one version (absent when the file is new or gone). */
export interface DiffSide { model?: PolicyModel; evaluation?: Evaluation }

const before = (a: Src, b: Src) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

export function diffPolicies(old: DiffSide, now: DiffSide, registry: CatalogRegistry): PolicyDiff {
    const changes: Change[] = [];
    if (old.model && now.model) {
        const d = new CommitmentDiff(old.model, now.model);
        d.run();
        for (const hit of voidWording(old.model, now.model, registry)) {
            d.add('void-wording-added', 'texts', { new: { type: 'text', value: hit.text.value }, newSrc: hit.text.src, clause: { catalog: hit.catalog, clause: hit.clause } });
        }
        changes.push(...d.changes);
    } else if (now.model) {
        changes.push({ kind: 'policy-added', class: 'neutral', path: '', new: { type: 'text', value: now.model.name }, newSrc: now.model.head, at: now.model.head });
    } else if (old.model) {
        changes.push({ kind: 'policy-removed', class: 'neutral', path: '', old: { type: 'text', value: old.model.name }, oldSrc: old.model.head, at: old.model.head });
    }
    changes.sort((a, b) => CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class) || before(a.at, b.at));
    return {
        oldUri: old.model?.uri, newUri: now.model?.uri, changes,
        compliance: complianceDelta(old.evaluation, now.evaluation),
    };
}

/** Is there anything `--fail-on worse` fails on: a worse change, a problem the new version introduces, or a score that no longer passes? */
export function hasWorse(d: PolicyDiff): boolean {
    return d.changes.some((c) => c.class === 'worse') || d.compliance.introduced.length > 0
        || d.compliance.scores.some((s) => s.old?.pass && s.new && !s.new.pass);
}
