/**
 * ARCHITECTURE.md's layering, enforced: which folder of server/src may import which, and which
 * packages. A forbidden import fails here with the file and the import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'server/src');

/** The layer of a file under server/src: its folder (faces by face), or the top-level module. */
export function layerOf(rel: string): string {
    const parts = rel.split('/');
    if (parts[0] === 'faces') return `faces/${parts[1]}`;
    if (parts[0] === 'parse' && parts[1] === 'generated') return 'parse';
    return parts.length > 1 ? parts[0] : rel.replace(/\.ts$/, '');
}

/**
 * What each layer may import: project layers, and packages (by name prefix). `shared`, `i18n`,
 * `io` (bounded reads, inert text) and `package-info` are open to all. The engine may read a few
 * parse modules only (typed literals, vocabularies, settings, placeholder wording).
 */
const ALLOWED: Record<string, { layers: string[]; parseModules?: string[]; packages: string[] }> = {
    shared: { layers: [], packages: ['string-width'] },
    i18n: { layers: ['shared'], packages: ['leven'] },
    io: { layers: ['shared', 'i18n'], packages: [] },
    'package-info': { layers: [], packages: [] },
    parse: { layers: ['shared', 'i18n'], packages: ['langium', 'chevrotain'] },
    model: { layers: ['parse', 'shared', 'i18n'], packages: ['langium'] },
    engine: { layers: ['model', 'shared', 'i18n'], parseModules: ['parse/literals.ts', 'parse/vocabulary.ts', 'parse/settings.ts', 'parse/placeholders.ts'], packages: ['ajv', 'yaml', 're2js', 'opencc-js'] },
    /** The starter policy of `aspl init` and the editor's wizard, checked by the analysis before it is offered. */
    starter: { layers: ['analysis', 'engine', 'parse', 'shared', 'i18n'], packages: [] },
    format: { layers: ['parse', 'shared', 'i18n'], packages: ['langium'] },
    /** `aspl diff` as a pure function (as the engine, plus the engine itself). */
    diff: { layers: ['engine', 'model', 'shared', 'i18n'], parseModules: ['parse/literals.ts', 'parse/vocabulary.ts'], packages: [] },
    'faces/diff': { layers: ['diff', 'engine', 'model', 'parse', 'shared', 'i18n', 'faces/notice'], packages: ['sarif'] },
    'faces/report': { layers: ['analysis', 'engine', 'model', 'parse', 'shared', 'i18n'], packages: ['langium'] },
    'faces/notice': { layers: ['analysis', 'engine', 'model', 'parse', 'shared', 'i18n'], packages: ['langium', 'playwright-core'] },
    'faces/lsp': {
        layers: ['analysis', 'engine', 'model', 'parse', 'format', 'shared', 'i18n', 'faces/report', 'faces/notice', 'diff', 'faces/diff', 'starter'],
        packages: ['langium', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'vscode-jsonrpc', 'picomatch'],
    },
    'faces/cli': {
        layers: ['analysis', 'engine', 'model', 'parse', 'format', 'shared', 'i18n', 'faces/lsp', 'faces/report', 'faces/notice', 'diff', 'faces/diff', 'starter'],
        packages: ['langium', 'commander', 'vscode-languageserver-textdocument', 'picocolors', 'tinyglobby', 'picomatch', 'sarif'],
    },
    analysis: { layers: ['engine', 'model', 'parse', 'shared', 'i18n'], packages: ['langium'] },
};

/** Layers every layer above them may import (among themselves they follow their own rule). */
const OPEN = new Set(['shared', 'i18n', 'io', 'package-info']);

function files(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
}

/** Every import and re-export specifier of a file (static and dynamic), comments removed. */
export function specifiers(text: string): string[] {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    return [...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm)]
        .map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Why an import is not allowed, or undefined. */
export function violation(fromRel: string, spec: string): string | undefined {
    const layer = layerOf(fromRel);
    const rule = ALLOWED[layer];
    if (!rule) return `${fromRel}: no layer rule for '${layer}' (add it to ARCHITECTURE.md and this test)`;
    if (spec.startsWith('node:')) return undefined;
    if (spec.startsWith('.')) {
        const target = relative(SRC, resolve(SRC, dirname(fromRel), spec)).replace(/\.js$/, '.ts');
        const to = layerOf(target);
        if (to === layer || (OPEN.has(to) && !OPEN.has(layer))) return undefined;
        if (to === 'parse' && rule.parseModules?.includes(target)) return undefined;
        return rule.layers.includes(to) ? undefined : `${fromRel} → ${target}: ${layer} may not import ${to}`;
    }
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    return rule.packages.includes(pkg) ? undefined : `${fromRel} → '${spec}': ${layer} may not use the package ${pkg}`;
}

describe('layering (ARCHITECTURE.md)', () => {
    it('no file imports across a forbidden edge', () => {
        const problems: string[] = [];
        for (const file of files(SRC)) {
            const rel = relative(SRC, file).split('\\').join('/');
            for (const spec of specifiers(readFileSync(file, 'utf8'))) {
                const v = violation(rel, spec);
                if (v) problems.push(v);
            }
        }
        expect(problems).toEqual([]);
    });

    it('catches the edges it exists for', () => {
        expect(violation('engine/evaluate.ts', 'vscode-languageserver')).toMatch(/engine may not use the package vscode-languageserver/);
        expect(violation('engine/evaluate.ts', 'langium')).toMatch(/may not use the package langium/);
        expect(violation('engine/evaluate.ts', '../faces/lsp/hover.js')).toMatch(/engine may not import faces\/lsp/);
        expect(violation('engine/evaluate.ts', '../parse/scope.js')).toMatch(/engine may not import parse/);
        expect(violation('parse/problems.ts', '../model/types.js')).toMatch(/parse may not import model/);
        expect(violation('faces/report/data.ts', '../cli/output.js')).toMatch(/faces\/report may not import faces\/cli/);
        expect(violation('faces/lsp/hover.ts', '../cli/rule-info.js')).toMatch(/faces\/lsp may not import faces\/cli/);
        expect(violation('shared/cjk.ts', '../i18n/locale.js')).toMatch(/shared may not import i18n/);
        expect(violation('faces/cli/main.ts', '../lsp/main.js')).toBeUndefined();
        expect(specifiers("import type { A } from './a.js';\nexport { B } from '../b.js';\nconst c = await import('../c.js');\n// import x from 'no'\n")).toEqual(['./a.js', '../b.js', '../c.js']);
    });
});

/**
 * The VS Code extension is a thin client (ARCHITECTURE.md): its bundle takes from server/src only
 * words and request types — the i18n tables, the status words, the report's summary lines, the
 * wizard's choices, the protocol and the one PDF printer — never the language or the engine.
 */
const EXTENSION_MAY_BUNDLE = [/^server\/src\/(i18n|shared)\//, /^server\/src\/engine\/status\.ts$/, /^server\/src\/faces\/lsp\/protocol\.ts$/,
    /^server\/src\/faces\/report\/summary(-messages)?\.ts$/, /^server\/src\/faces\/notice\/pdf\.ts$/, /^server\/src\/starter\/choices\.ts$/];

describe('the extension bundle', () => {
    it('holds the server\'s words and request types, not its language, model or engine', async () => {
        const result = await build({
            entryPoints: [join(ROOT, 'extension/src/extension.ts')], absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'cjs',
            write: false, metafile: true, logLevel: 'silent', external: ['vscode'],
        });
        const inputs = Object.keys(result.metafile.inputs);
        const server = inputs.filter((i) => i.startsWith('server/'));
        expect(server).toContain('server/src/engine/status.ts');
        expect(server.filter((i) => !EXTENSION_MAY_BUNDLE.some((r) => r.test(i)))).toEqual([]);
        expect(inputs.filter((i) => /node_modules\/(langium|chevrotain|yaml|ajv)\//.test(i))).toEqual([]);
    });
});
