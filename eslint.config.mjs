// ESLint (flat config): typescript-eslint's recommended rules without type information, so
// `npm test` stays fast. The layering rules live in tests/architecture/imports.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['out/**', 'dist/**', 'extension/dist/**', 'node_modules/**', 'server/src/parse/generated/**', 'server/src/model/generated/**', 'bench/results*', 'tests/fixtures/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts', '**/*.mjs', '**/*.js'],
        languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', __dirname: 'readonly', __filename: 'readonly', globalThis: 'readonly', global: 'readonly', structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly', AbortController: 'readonly', fetch: 'readonly' } },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            // Casts through unknown are how plain-JSON data is read; explicit `any` stays forbidden.
            '@typescript-eslint/no-explicit-any': 'error',
        },
    },
    {
        // Tests match terminal escapes and control characters on purpose, and read parsed JSON output loosely.
        files: ['tests/**'],
        rules: { 'no-control-regex': 'off', '@typescript-eslint/no-explicit-any': 'off' },
    },
);
