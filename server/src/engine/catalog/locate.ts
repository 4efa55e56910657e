import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled `standards/` folder. Found by walking up from this module, so it works from
 * `out/` (tsc), from the CLI bundle and from the extension's bundle alike.
 */
export function standardsDir(): string {
    const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
    let dir = dirname(here);
    for (let i = 0; i < 6; i++) {
        const candidate = join(dir, 'standards');
        if (existsSync(join(candidate, 'catalog.schema.json'))) return candidate;
        dir = dirname(dir);
    }
    throw new Error('standards/ folder not found next to the ASPL installation');
}
