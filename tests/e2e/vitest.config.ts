import { defineConfig } from 'vitest/config';

// The end-to-end specs: one code-server and one chromium at a time, files in sequence.
export default defineConfig({
    test: {
        include: ['tests/e2e/**/*.test.ts'],
        pool: 'forks',
        maxWorkers: 1,
        fileParallelism: false,
        sequence: { concurrent: false },
        testTimeout: 180_000,
        hookTimeout: 300_000,
        reporters: ['default'],
    },
});
