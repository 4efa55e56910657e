// The .vsix that `npm run package` produced: small, one node module (playwright-core, the PDF printer), everything the manifest names.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vsixPath } from './code-server.js';

describe.skipIf(!process.env.ASPL_E2E)('the packaged extension', () => {
    it('exists, stays under 8 MB and carries no node module but playwright-core', () => {
        const vsix = vsixPath();
        expect(existsSync(vsix), `${vsix}: run npm run package`).toBe(true);
        expect(statSync(vsix).size).toBeLessThan(8 * 1024 * 1024);
        const listing = execFileSync('unzip', ['-l', vsix], { encoding: 'utf8' });
        const modules = new Set([...listing.matchAll(/node_modules\/([^/\s]+)\//g)].map((m) => m[1]));
        expect([...modules]).toEqual(['playwright-core']);
        expect(listing).toContain('extension/dist/node_modules/playwright-core/package.json');
        for (const f of [
            'extension/package.json', 'extension/dist/extension.cjs', 'extension/dist/server.cjs', 'extension/README.md',
            'extension/language-configuration.json', 'extension/syntaxes/aspl.tmLanguage.json',
            'extension/icons/aspl.png', 'extension/standards/catalog.schema.json', 'extension/standards/config.schema.json',
            'extension/standards/gbt-as-general.yaml', 'extension/package.nls.zh-cn.json',
        ]) expect(listing.toLowerCase(), f).toContain(f.toLowerCase());
        expect(listing).not.toMatch(/\.map\b|extension\/src\//);
    });
});
