import type { PolicyModel } from '../../model/types.js';
import { BUILTINS } from '../builtins/index.js';
import type { Check } from '../catalog/types.js';
import { allHave } from './all-have.js';
import { all, any, when } from './combinators.js';
import { count } from './count.js';
import { maxDuration, minDuration } from './duration.js';
import { absent, exists } from './exists.js';
import { priced } from './priced.js';
import { forbiddenText } from './forbidden-text.js';
import { format } from './format.js';
import { minDistance } from './distance.js';
import { voidWording } from './void-wording.js';
import { noneOf, oneOf } from './one-of.js';
import type { CheckContext, Outcome } from './outcome.js';

/** Evaluates a check tree on a policy. Catalogs were validated on load, so every key here is known. */
export function runCheck(model: PolicyModel, check: Check): Outcome {
    const ctx: CheckContext = { model, run: (c) => dispatch(ctx, c) };
    return dispatch(ctx, check);
}

function dispatch(ctx: CheckContext, c: Check): Outcome {
    if ('exists' in c) return exists(ctx, c.exists);
    if ('count' in c) return count(ctx, c.count);
    if ('allHave' in c) return allHave(ctx, c.allHave);
    if ('maxDuration' in c) return maxDuration(ctx, c.maxDuration);
    if ('minDuration' in c) return minDuration(ctx, c.minDuration);
    if ('oneOf' in c) return oneOf(ctx, c.oneOf);
    if ('noneOf' in c) return noneOf(ctx, c.noneOf);
    if ('format' in c) return format(ctx, c.format);
    if ('absent' in c) return absent(ctx, c.absent);
    if ('priced' in c) return priced(ctx, c.priced);
    if ('forbiddenText' in c) return forbiddenText(ctx, c.forbiddenText);
    if ('minDistance' in c) return minDistance(ctx, c.minDistance);
    if ('voidWording' in c) return voidWording(ctx, c.voidWording);
    if ('when' in c) return when(ctx, c.when);
    if ('all' in c) return all(ctx, c.all);
    if ('any' in c) return any(ctx, c.any);
    // own names only (the loader refused others): `constructor` is not a builtin
    if (!Object.hasOwn(BUILTINS, c.builtin)) throw new Error(`unknown builtin '${c.builtin}' reached the engine`);
    return BUILTINS[c.builtin](ctx);
}
