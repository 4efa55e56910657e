/**
 * The validator walks with each type's checks listed once per registry (AsplValidationRegistry.checkList):
 * the same checks, in the same order, as Langium's getChecks for every type and set of categories —
 * and a check registered later is in the list from then on.
 */
import { EmptyFileSystem, type ValidationCategory } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAsplCoreServices } from '../../server/src/parse/aspl-module.js';
import type { AsplValidationRegistry } from '../../server/src/parse/validation-registry.js';

describe('validation registry', () => {
    const { Aspl } = createAsplCoreServices(EmptyFileSystem);
    const registry = Aspl.validation.ValidationRegistry as AsplValidationRegistry;
    const types = Aspl.shared.AstReflection.getAllTypes();

    it('lists each type\'s checks as getChecks does', () => {
        let checks = 0;
        for (const categories of [undefined, ['fast'], ['built-in'], ['fast', 'slow']] as Array<ValidationCategory[] | undefined>) {
            for (const type of types) {
                const list = registry.checkList(type, categories);
                expect(list).toEqual(registry.getChecks(type, categories).toArray());
                expect(registry.checkList(type, categories)).toBe(list);
                checks += list.length;
            }
        }
        expect(types.length).toBeGreaterThan(40);
        expect(checks).toBeGreaterThan(40);
    });

    it('takes in a check registered after the lists were made', () => {
        const before = registry.checkList('Service');
        const check = () => undefined;
        registry.register({ Service: check });
        const after = registry.checkList('Service');
        expect(after).toHaveLength(before.length + 1);
        expect(after).toEqual(registry.getChecks('Service').toArray());
    });
});
