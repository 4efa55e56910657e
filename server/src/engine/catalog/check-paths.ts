import type { Check } from './types.js';

/**
 * The model paths a check reads, in order, as the catalog writes them (filters kept). The one walk
 * over the primitives that the attest rule (which fields a clause is checked from), the editor's
 * clause index and the label test share. Wording checks read every text (`texts`); builtins read
 * fixed parts of the model and name no path here.
 * `conditions`: also the paths a `when` or a wording kind's `if` reads (a triggered duty is checked
 * by what it requires, so the attest rule leaves them out).
 */
export function checkPaths(c: Check | undefined, conditions: boolean, out: string[] = []): string[] {
    if (!c) return out;
    if ('exists' in c) out.push(c.exists);
    else if ('absent' in c) out.push(c.absent);
    else if ('count' in c) out.push(c.count.path);
    else if ('allHave' in c) out.push(`${c.allHave.path.replace(/\[[^\]]*\]/g, '')}.${c.allHave.field}`);
    else if ('maxDuration' in c) out.push(c.maxDuration.path);
    else if ('minDuration' in c) out.push(c.minDuration.path);
    else if ('minDistance' in c) out.push(c.minDistance.path);
    else if ('oneOf' in c) out.push(c.oneOf.path);
    else if ('noneOf' in c) out.push(c.noneOf.path);
    else if ('format' in c) out.push(c.format.path);
    else if ('priced' in c) out.push(c.priced.path);
    else if ('forbiddenText' in c) out.push('texts');
    else if ('voidWording' in c) {
        out.push('texts');
        if (conditions) for (const k of c.voidWording.kinds) checkPaths(k.if, conditions, out);
    } else if ('when' in c) {
        if (conditions) checkPaths(c.when.if, conditions, out);
        checkPaths(c.when.then, conditions, out);
    } else if ('all' in c) for (const x of c.all) checkPaths(x, conditions, out);
    else if ('any' in c) for (const x of c.any) checkPaths(x, conditions, out);
    return out;
}
