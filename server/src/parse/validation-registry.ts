/**
 * Langium's registry, with checks that cost nothing extra when they are synchronous (all of ours are):
 * Langium wraps every check in two async functions, so each check on each AST node made promises
 * and the walk awaited them (~0.3 MB of allocation per 170-line policy, measured). Here a check's
 * own result comes back: nothing for a synchronous one, a promise for an asynchronous one (awaited
 * by the walk). Failures are handled by Langium's handleException, as before: a thrown error is an
 * error diagnostic on the node, a cancellation goes on up.
 */
import { ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCategory, type ValidationCheck } from 'langium';

const CONTEXT = 'An error occurred during validation';

export class AsplValidationRegistry extends ValidationRegistry {
    /** Per set of categories, each type's checks as getChecks lists them (emptied, with a new map, when a check is added). */
    private lists = new Map<string, Map<string, ValidationCheck[]>>();

    /**
     * The checks of a type, as an array: getChecks makes a stream (and the walk an array of it) per call,
     * which each document's walk did once per type; here once per registry.
     */
    checkList(type: string, categories?: readonly ValidationCategory[]): ValidationCheck[] {
        const key = categories ? categories.join('\u0000') : '';
        let byType = this.lists.get(key);
        if (!byType) this.lists.set(key, (byType = new Map()));
        let list = byType.get(type);
        if (!list) byType.set(type, (list = this.getChecks(type, categories as ValidationCategory[] | undefined).toArray()));
        return list;
    }

    protected override addEntry(...args: Parameters<ValidationRegistry['addEntry']>): void {
        this.lists = new Map();
        super.addEntry(...args);
    }

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
