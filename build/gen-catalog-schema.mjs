// Writes the `check` definition of standards/catalog.schema.json from the check primitives
// (server/src/engine/checks/registry.ts, compiled to out/ by tsc, which `npm run build` runs first).
// The loader builds the same definition at run time; the file's copy serves editors and pack authors.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA = join(ROOT, 'standards', 'catalog.schema.json');

/** The schema file's text with the check definition the registry declares. */
export async function schemaText() {
    const { checkSchema } = await import(pathToFileURL(join(ROOT, 'out/engine/checks/registry.js')).href);
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
    schema.$defs.check = checkSchema();
    return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const text = await schemaText();
    const old = readFileSync(SCHEMA, 'utf8');
    if (text !== old) writeFileSync(SCHEMA, text);
    console.log(`gen-catalog-schema: standards/catalog.schema.json${text === old ? ' (unchanged)' : ''}`);
}
