// Parse + link + validate (language level) and the engine, per policy size, warm, in process.
import { URI } from 'langium';
import { syntheticPolicy } from './synthetic.mjs';
import { PolicyWorkspace } from '../out/parse/load.js';
import { buildPolicyModel } from '../out/model/normalize.js';
import { CatalogRegistry } from '../out/engine/catalog/registry.js';
import { evaluate } from '../out/engine/evaluate.js';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
    const ws = new PolicyWorkspace();
    const registry = CatalogRegistry.shipped();
    ws.services.aspl.Settings.clauses = registry;
    const figures = {};
    for (const size of [200, 2000, 20000]) {
        const text = syntheticPolicy(size);
        const rounds = size >= 20000 ? 5 : 20;
        const parse = [];
        const engine = [];
        let diagnostics = 0;
        for (let r = 0; r < rounds + 3; r++) {
            const t0 = performance.now();
            const doc = await ws.loadText(text, URI.file(`/bench/p${size}.aspl`));
            const t1 = performance.now();
            const model = buildPolicyModel(doc, ws.services.shared.workspace.LangiumDocuments);
            evaluate(model, registry);
            const t2 = performance.now();
            if (r >= 3) { parse.push(t1 - t0); engine.push(t2 - t1); } // the first rounds warm the JIT up
            diagnostics = doc.diagnostics?.length ?? 0;
        }
        global.gc?.();
        figures[`${size} lines`] = {
            lines: text.split('\n').length - 1,
            parseLinkValidateMs: +median(parse).toFixed(1),
            modelAndEngineMs: +median(engine).toFixed(1),
            totalMs: +(median(parse) + median(engine)).toFixed(1),
            heapUsedMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
            rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
            languageDiagnostics: diagnostics,
            rounds,
        };
    }
    return { name: 'parse', figures };
}
