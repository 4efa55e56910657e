import type { PolicyModel } from '../../model/types.js';
import type { CheckContext, Outcome } from './outcome.js';
import { primitiveOf, type Check } from './registry.js';

/** Evaluates a check tree on a policy. Catalogs were validated on load, so every key here is known. */
export function runCheck(model: PolicyModel, check: Check): Outcome {
    const ctx: CheckContext = { model, run: (c) => dispatch(ctx, c) };
    return dispatch(ctx, check);
}

function dispatch(ctx: CheckContext, c: Check): Outcome {
    const { primitive, spec } = primitiveOf(c);
    return primitive.run(ctx, spec);
}
