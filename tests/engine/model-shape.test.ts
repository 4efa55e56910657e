/** The model shape catalog paths are checked against is generated from model/types.ts and kept fresh. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script without type declarations
import { OUT, shapeSource } from '../../build/gen-model-shape.mjs';
import { MODEL_SHAPE } from '../../server/src/model/generated/shape.js';

describe('model/generated/shape.ts', () => {
    it('matches model/types.ts (npm run build regenerates it)', () => {
        expect(readFileSync(OUT as string, 'utf8')).toBe((shapeSource as () => string)());
    });

    it('knows lists, durations, vocabularies and filter values', () => {
        expect(MODEL_SHAPE.PolicyModel.services).toEqual({ list: true, type: 'Service' });
        expect(MODEL_SHAPE.Service.respond).toEqual({ type: 'Duration', duration: true });
        expect(MODEL_SHAPE.Service.kind).toMatchObject({ vocabulary: 'SERVICE_KINDS', type: 'Service.kind' });
        expect(MODEL_SHAPE.Manager.certified.values).toEqual(['false', 'true']);
    });
});
