/**
 * The compliance side of a change: which findings the new version fixes or introduces and how
 * the score moves. Findings are read through their stable fields (ruleId, status, severity, src).
 */
import type { CatalogRegistry } from '../engine/catalog/registry.js';
import type { Check } from '../engine/catalog/types.js';
import { runCheck } from '../engine/checks/run.js';
import type { Evaluation } from '../engine/evaluate.js';
import { isProblem, type Finding } from '../engine/findings.js';
import { scoreCatalog } from '../engine/score.js';
import type { PolicyModel, Text } from '../model/types.js';
import type { ComplianceDelta, FindingChange, ScoreChange } from './types.js';

function brief(f: Finding): FindingChange {
    return { catalog: f.catalog, clause: f.clause, ruleId: f.ruleId, status: f.status, severity: f.severity, message: f.message, src: f.src };
}

export function complianceDelta(before: Evaluation | undefined, after: Evaluation | undefined): ComplianceDelta {
    const problems = (e: Evaluation | undefined) => new Map((e?.findings ?? []).filter(isProblem).map((f) => [f.ruleId, f]));
    const o = problems(before);
    const n = problems(after);
    const fixed = [...o.values()].filter((f) => !n.has(f.ruleId)).map(brief);
    const introduced = [...n.values()].filter((f) => !o.has(f.ruleId)).map(brief);
    const scores = new Map<string, ScoreChange>();
    for (const [side, e] of [['old', before], ['new', after]] as const) {
        for (const r of e?.results ?? []) {
            const s = r.catalog.scoring && scoreCatalog(e!.model, r);
            if (!s) continue;
            const entry = scores.get(s.catalog) ?? { catalog: s.catalog };
            entry[side] = { earned: s.earned, total: s.total, pass: s.pass };
            scores.set(s.catalog, entry);
        }
    }
    return { fixed, introduced, scores: [...scores.values()] };
}

/** The forbidden-wording checks of the catalogs known to the run (found inside combinators too). */
function wordingChecks(registry: CatalogRegistry): Array<{ catalog: string; clause: string; check: Check }> {
    const out: Array<{ catalog: string; clause: string; check: Check }> = [];
    const walk = (catalog: string, clause: string, c: Check | undefined): void => {
        if (!c) return;
        if ('forbiddenText' in c) out.push({ catalog, clause, check: c });
        else if ('all' in c) c.all.forEach((x) => walk(catalog, clause, x));
        else if ('any' in c) c.any.forEach((x) => walk(catalog, clause, x));
        else if ('when' in c) walk(catalog, clause, c.when.then);
    };
    for (const cat of registry.all()) for (const cl of cat.clauses) walk(cat.id, cl.id, cl.check);
    return out;
}

/** Texts of the new policy that the old one does not have (by content), each with the wording clauses it breaks. */
export function voidWording(before: PolicyModel, after: PolicyModel, registry: CatalogRegistry): Array<{ text: Text; catalog: string; clause: string }> {
    const had = new Map<string, number>();
    for (const t of before.texts) had.set(t.value, (had.get(t.value) ?? 0) + 1);
    const added = after.texts.filter((t) => {
        const left = had.get(t.value) ?? 0;
        if (left) had.set(t.value, left - 1);
        return !left;
    });
    if (!added.length) return [];
    const checks = wordingChecks(registry);
    const hits: Array<{ text: Text; catalog: string; clause: string }> = [];
    for (const t of added) {
        const one = { ...after, texts: [t] };
        for (const c of checks) if (runCheck(one, c.check).status === 'violated') hits.push({ text: t, catalog: c.catalog, clause: c.clause });
    }
    return hits;
}
