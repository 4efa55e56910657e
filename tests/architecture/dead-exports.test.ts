/**
 * No dead exports: every name server/src exports is used in some other file (sources, tests,
 * the extension, benches, build scripts). Generated code and the entry points are exempt.
 * A text check on whole words, cheap enough for every `npm test`: a name that no other file
 * mentions and its own file mentions only where it is declared is dead code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = /(^|\/)(node_modules|out|dist|generated|fixtures)(\/|$)/;

function files(dir: string, ext: RegExp): string[] {
    return readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        if (SKIP.test(relative(ROOT, p))) return [];
        return statSync(p).isDirectory() ? files(p, ext) : ext.test(p) ? [p] : [];
    });
}

/** Names exported by declaration (`export function f`, `export const X`, `export interface I` …). */
export function exportedNames(text: string): string[] {
    return [...text.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
}

describe('dead exports', () => {
    it('every export of server/src is used by another file', () => {
        const sources = files(join(ROOT, 'server/src'), /\.ts$/);
        const users = [...sources, ...['tests', 'extension/src', 'extension/test', 'bench', 'build'].flatMap((d) => files(join(ROOT, d), /\.(ts|mjs|js)$/))];
        const count = (text: string) => {
            const m = new Map<string, number>();
            for (const w of text.match(/[A-Za-z_$][\w$]*/g) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
            return m;
        };
        const words = new Map(users.map((f) => [f, count(readFileSync(f, 'utf8'))]));
        const dead: string[] = [];
        for (const file of sources) {
            for (const name of exportedNames(readFileSync(file, 'utf8'))) {
                const own = words.get(file)!.get(name) ?? 0;
                if (own <= 1 && ![...words].some(([f, w]) => f !== file && w.has(name))) dead.push(`${relative(ROOT, file)}: ${name}`);
            }
        }
        expect(dead).toEqual([]);
    });

    it('reads the export forms the code uses', () => {
        expect(exportedNames('export function a() {}\nexport const B = 1;\nexport interface C {}\nexport type D = 1;\nexport class E {}\nexport async function f() {}\n  export const no = 1;\n'))
            .toEqual(['a', 'B', 'C', 'D', 'E', 'f']);
    });
});
