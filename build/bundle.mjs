// Bundles the faces with esbuild: the CLI as ESM (bin/aspl.js loads it), the language server and the
// VS Code extension as CommonJS (the extension host loads CommonJS; Langium is ESM, so it is bundled in).
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { asciiBundle } from './ascii-bundle.mjs';

// The shipped catalogs, loaded now by the compiled loader (out/, from tsc) and carried in the bundles,
// so a run neither parses their YAML nor compiles the schema; each entry holds the hash of its file,
// and a file changed since this build is loaded from YAML at run time (engine/catalog/precompiled.ts).
const { precompileCatalogs } = await import(pathToFileURL('out/engine/catalog/precompiled.js').href);
const { say } = await import(pathToFileURL('out/i18n/message.js').href);
const table = precompileCatalogs();
const broken = Object.entries(table).filter(([, e]) => !e.result.catalog);
if (broken.length) throw new Error(`bundle: shipped catalogs do not load: ${broken.map(([f, e]) => `${f}: ${e.result.problems.map((p) => `${p.line}:${p.column} ${say(p.message, 'en')}`).join('; ')}`).join(' | ')}`);
// Loading them compiled every pattern they hold: the strings each pattern's matches must contain
// (engine/patterns.ts requiredStrings) go into the bundles too, so a run compiles no pattern to know them.
const { requiredStringsTable } = await import(pathToFileURL('out/engine/patterns.js').href);
const precompiled = {
    __ASPL_PRECOMPILED_CATALOGS__: JSON.stringify(JSON.stringify(table)),
    __ASPL_PATTERN_STRINGS__: JSON.stringify(JSON.stringify(requiredStringsTable())),
};

// Langium's parser calls each alternation through a closure that builds a new array of alternatives,
// each with its own closures, on every call: a quarter of what a realistic policy allocates (h18tp,
// sampling heap profile). The array only carries the rule's arguments, and a grammar without rule
// parameters, arguments or guards never reads them, so one array per alternation serves every call.
// The bundles build it once; the build stops if the grammar gains parameters or Langium's code changes.
const LANGIUM_ALTERNATIVES = `        return (args) => ctx.parser.alternatives(idx, methods.map(method => {
            const alt = {
                ALT: () => method.ALT(args)
            };
            const gate = method.GATE;
            if (gate) {
                alt.GATE = () => gate(args);
            }
            return alt;
        }));`;
// the same code with the array built on the first call and kept
const ONE_ARRAY = LANGIUM_ALTERNATIVES.replace('return (args) => ctx.parser.alternatives(idx, methods.map(', 'let alts;\n        return (args) => ctx.parser.alternatives(idx, alts ??= methods.map(');
const grammarJson = readFileSync('server/src/parse/generated/grammar.ts', 'utf8');
const parameterised = /"parameters":\[[^\]]|"arguments":\[[^\]]|"guardCondition"/.test(grammarJson);
const oneArrayPerAlternation = {
    name: 'one-array-per-alternation',
    setup(b) {
        b.onLoad({ filter: /langium[\\/]lib[\\/]parser[\\/]parser-builder-base\.js$/ }, (args) => {
            const code = readFileSync(args.path, 'utf8');
            if (parameterised) throw new Error('bundle: the grammar has rule parameters, arguments or guards: Langium\'s alternatives must stay per call');
            if (!code.includes(LANGIUM_ALTERNATIVES)) throw new Error('bundle: Langium\'s buildAlternatives changed; review the one-array patch in build/bundle.mjs');
            return { contents: code.replace(LANGIUM_ALTERNATIVES, ONE_ARRAY), loader: 'js' };
        });
    },
};

// The CLI is CommonJS so that bin/aspl.js can run it through vm.Script with V8's code cache (Node 20
// caches no ES modules); import.meta.url, which some libraries read, is the bundle's own file there.
// The file is the function expression bin/aspl.js compiles, CommonJS's wrapper written out, so the
// 3.9 MB source is compiled as read rather than copied into a wrapper at every start.
const CJS_WRAPPER = { banner: '(function (exports, require, module, __filename, __dirname) {', footer: '\n})' };
const bundleUrl = 'var __aspl_bundle_url = require("node:url").pathToFileURL(__filename).href;';

const targets = [
    { entry: 'server/src/faces/cli/main.ts', outfile: 'dist/aspl.cjs', format: 'cjs', banner: { js: CJS_WRAPPER.banner + bundleUrl }, footer: { js: CJS_WRAPPER.footer }, importMetaUrl: '__aspl_bundle_url', ascii: true },
    { entry: 'server/src/faces/lsp/main.ts', outfile: 'extension/dist/server.cjs', format: 'cjs' },
    { entry: 'extension/src/extension.ts', outfile: 'extension/dist/extension.cjs', format: 'cjs', external: ['vscode'] },
];

for (const t of targets) {
    if (!existsSync(t.entry)) {
        console.log(`bundle: ${t.entry} not present yet, skipped`);
        continue;
    }
    const result = await build({
        entryPoints: [t.entry], outfile: t.outfile, bundle: true, platform: 'node', target: 'node20',
        format: t.format, banner: t.banner, footer: t.footer, external: t.external ?? [], sourcemap: true, logLevel: 'warning', metafile: true, plugins: [oneArrayPerAlternation],
        // import.meta.url is empty in CommonJS output; code that needs its own location uses __filename there.
        define: { ...precompiled, ...(t.format === 'cjs' ? { 'import.meta.url': t.importMetaUrl ?? 'undefined' } : {}) },
    });
    // Two copies of the JSON-RPC library make `instanceof ResponseError` fail between them, and errors
    // then go out as successful results: the bundle must hold exactly one (package.json pins it via overrides).
    for (const lib of ['vscode-jsonrpc', 'vscode-languageserver-protocol']) {
        const copies = new Set(Object.keys(result.metafile.inputs).map((f) => f.match(new RegExp(`^(.*node_modules/${lib})/`))?.[1]).filter(Boolean));
        if (copies.size > 1) throw new Error(`bundle: ${t.outfile} holds ${copies.size} copies of ${lib}: ${[...copies].join(', ')}`);
    }
    // (the source map's columns after an escaped character on the same line are a few places off)
    if (t.ascii) writeFileSync(t.outfile, asciiBundle(readFileSync(t.outfile, 'utf8')));
    console.log(`bundle: ${t.outfile}`);
}

// V8's code cache for the CLI (bin/aspl.js) holds what the run that wrote it compiled: written by the
// first run after a build, it would hold only `aspl --version`'s functions if that came first (a
// one-file check then took 0.27–0.29 s instead of 0.25 s, measured). A check of the samples writes it
// now, so every build starts with the functions a check runs (parse, model, engine, output).
if (existsSync('dist/aspl.cjs')) {
    const { readdirSync, rmSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    for (const f of readdirSync('dist')) if (f.endsWith('.v8cache')) rmSync(`dist/${f}`);
    spawnSync(process.execPath, ['bin/aspl.js', 'check', 'samples'], { stdio: 'ignore', env: { ...process.env, ASPL_NO_COMPILE_CACHE: '' } });
    console.log(`bundle: code cache ${readdirSync('dist').find((f) => f.endsWith('.v8cache')) ?? 'not written (read-only dist/?)'}`);
}
