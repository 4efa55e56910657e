import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo { name: string; version: string; homepage: string }

/** Fallback project page when package.json names none. */
const HOMEPAGE = 'https://github.com/aspl-policy/aspl';
let cached: PackageInfo | undefined;

/** name / version / homepage of the installed package: the package.json above the bundle (or the sources); used by the CLI and the language server's report. */
export function packageInfo(): PackageInfo {
    if (cached) return cached;
    let dir = dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const f = join(dir, 'package.json');
        if (existsSync(f)) {
            try {
                const pkg = JSON.parse(readFileSync(f, 'utf8')) as { name?: string; version?: string; homepage?: string; repository?: string | { url?: string } };
                if (pkg.name === 'aspl') {
                    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
                    cached = { name: pkg.name, version: pkg.version ?? '0.0.0', homepage: pkg.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '') ?? HOMEPAGE };
                    return cached;
                }
            } catch { /* keep looking */ }
        }
        dir = dirname(dir);
    }
    cached = { name: 'aspl', version: '0.0.0', homepage: HOMEPAGE };
    return cached;
}
