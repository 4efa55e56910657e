import type { Text } from '../../i18n/message.js';
import type { PolicyModel, Src } from '../../model/types.js';
import type { Resolved } from '../paths.js';
import type { Check } from '../catalog/types.js';
import type { FixHint, Related } from '../findings.js';

/** The result of one check on one policy, before it becomes a Finding. */
export interface Outcome {
    status: 'satisfied' | 'violated' | 'not-addressed' | 'not-applicable';
    /** Where to underline. */
    at: Src;
    evidence: Src[];
    /** What the policy says against what is required. */
    detail?: Text;
    assumption?: Text;
    /** The policy only *may* break the limit (working vs calendar days): reported one level softer. */
    soft?: boolean;
    fix?: FixHint;
    related?: Related[];
    /** A reservation on a satisfied outcome, reported at warning level. */
    caveat?: Text;
}

export interface CheckContext {
    model: PolicyModel;
    run(check: Check): Outcome;
    /** A catalog path on the model, walked once per evaluation (engine/paths.ts PathResolver). */
    resolve(path: string): Resolved;
}

export type Builtin = (ctx: CheckContext) => Outcome;
