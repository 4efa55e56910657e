/**
 * Langium's registry, with checks that cost nothing extra when they are synchronous (all of ours are):
 * Langium wraps every check in two async functions, so each check on each AST node made promises
 * and the walk awaited them (~0.3 MB of allocation per 170-line policy, measured). Here a check's
 * own result comes back: nothing for a synchronous one, a promise for an asynchronous one (awaited
 * by the walk). Failures are handled by Langium's handleException, as before: a thrown error is an
 * error diagnostic on the node, a cancellation goes on up.
 */
import { ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';

const CONTEXT = 'An error occurred during validation';

export class AsplValidationRegistry extends ValidationRegistry {
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node: AstNode, accept: ValidationAcceptor, cancelToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (err) {
                return this.handleException(() => { throw err; }, CONTEXT, accept, node);
            }
            return isThenable(result) ? this.handleException(() => result as Promise<void>, CONTEXT, accept, node) : undefined;
        };
    }
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
    return typeof (x as PromiseLike<unknown> | undefined)?.then === 'function';
}
