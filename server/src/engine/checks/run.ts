import type { PolicyModel } from '../../model/types.js';
import { PathResolver } from '../paths.js';
import type { CheckContext, Outcome } from './outcome.js';
import { primitiveOf, type Check } from './registry.js';

/**
 * Evaluates a check tree on a policy. Catalogs were validated on load, so every key here is known.
 * The checks of one evaluation share `paths`, so each catalog path is walked once.
 */
export function runCheck(model: PolicyModel, check: Check, paths = new PathResolver(model)): Outcome {
    const ctx: CheckContext = { model, run: (c) => dispatch(ctx, c), resolve: (path) => paths.resolve(path) };
    return dispatch(ctx, check);
}

function dispatch(ctx: CheckContext, c: Check): Outcome {
    const { primitive, spec } = primitiveOf(c);
    return primitive.run(ctx, spec);
}
