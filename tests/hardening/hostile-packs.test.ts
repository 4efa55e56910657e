/**
 * Catalogs and configs from people the user may not fully trust: each hostile input is rejected
 * with file, line and column, the other packs keep working, and nothing in a pack is executed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogRegistry } from '../../server/src/engine/catalog/registry.js';
import { PRIMITIVE_KEYS } from '../../server/src/engine/checks/registry.js';
import { loadConfig } from '../../server/src/engine/config.js';
import { say } from '../../server/src/i18n/message.js';

const dir = mkdtempSync(join(tmpdir(), 'aspl-hostile-'));
const header = (id: string) => `id: ${id}\nnumber: X\ntitle: { zh: 甲, en: A }\nstatus: 企业标准\nsource: { seed: none }\nenabledByDefault: false\n`;
const clause = (check: string) => `clauses:\n  - id: "1"\n    section: { zh: 节, en: S }\n    summary: { zh: 摘要, en: Summary }\n    level: shall\n    check: ${check}\n`;

function load(name: string, text: string) {
    const file = join(dir, name);
    writeFileSync(file, text);
    const registry = new CatalogRegistry();
    const catalog = registry.addFile(file);
    return { catalog, problems: registry.problems.map((p) => ({ line: p.line, column: p.column, en: say(p.message, 'en') })) };
}

describe('hostile packs', () => {
    it('billion laughs: refused at the first alias, quickly, without expanding', () => {
        const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
        for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
        const r = load('laughs.yaml', `${header('X-LAUGHS')}${levels.join('\n')}\n${clause('{ exists: channels }')}`);
        expect(r.catalog).toBeUndefined();
        expect(r.problems).toHaveLength(1);
        expect(r.problems[0]).toMatchObject({ line: 8, column: 8 });
        expect(r.problems[0].en).toMatch(/YAML bomb/);
    });

    it('deeply nested YAML is a schema error, not a stack overflow', () => {
        const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
        const r = load('deep.yaml', `${header('X-DEEP')}extra: ${deep}\n${clause('{ exists: channels }')}`);
        expect(r.catalog).toBeUndefined();
        expect(r.problems.length).toBeGreaterThan(0);
    });

    it('a huge pack is refused by size, before parsing', () => {
        const r = load('huge.yaml', `${header('X-HUGE')}# ${'x'.repeat(2_100_000)}\n`);
        expect(r).toMatchObject({ catalog: undefined, problems: [{ line: 1, column: 1 }] });
        expect(r.problems[0].en).toMatch(/too large/);
    });

    it('wrong types are reported where they stand', () => {
        const r = load('types.yaml', `${header('X-TYPES')}${clause('{ count: { path: channels, atLeast: "two" } }')}`);
        expect(r.catalog).toBeUndefined();
        expect(r.problems.some((p) => p.line === 12)).toBe(true);
    });

    it('an unknown check primitive is rejected', () => {
        const r = load('primitive.yaml', `${header('X-PRIM')}${clause('{ eval: "process.exit(1)" }')}`);
        expect(r.catalog).toBeUndefined();
        expect(r.problems).toEqual([{ line: 12, column: 12, en: `/clauses/0/check: a check is exactly one of ${PRIMITIVE_KEYS.join(', ')}; found: eval` }]);
    });

    it('a pack naming a file or a module to load is rejected: there is no such field, and nothing is loaded', () => {
        for (const [name, text] of [
            ['require.yaml', `${header('X-REQ')}require: ./evil.js\n${clause('{ exists: channels }')}`],
            ['import.yaml', `${header('X-IMP')}${clause('{ builtin: "../../../evil.js" }')}`],
            ['include.yaml', `${header('X-INC')}${clause('{ exists: channels }')}    module: "child_process"\n`],
        ] as const) {
            (globalThis as { __asplPwned?: boolean }).__asplPwned = false;
            const r = load(name, text);
            expect(r.catalog, name).toBeUndefined();
            expect(r.problems[0].line, name).toBeGreaterThan(6);
            expect((globalThis as { __asplPwned?: boolean }).__asplPwned).toBe(false);
        }
    });

    it('a path with code in it is rejected', () => {
        const r = load('path.yaml', `${header('X-PATH')}${clause('{ exists: "constructor.constructor(\'return process\')()" }')}`);
        expect(r.catalog).toBeUndefined();
    });

    it('the other packs keep working next to broken ones', () => {
        const registry = new CatalogRegistry();
        writeFileSync(join(dir, 'ok.yaml'), `${header('X-OK')}${clause('{ exists: channels }')}`);
        writeFileSync(join(dir, 'broken.yaml'), `${header('X-BROKEN')}clauses: [ {`);
        expect(registry.addFile(join(dir, 'broken.yaml'))).toBeUndefined();
        expect(registry.addFile(join(dir, 'ok.yaml'))?.id).toBe('X-OK');
        expect([...new Set(registry.problems.map((p) => p.file))]).toEqual([join(dir, 'broken.yaml')]);
    });
});

describe('hostile configs', () => {
    it('wrong types, unknown keys and aliases bombs are reported with positions and defaults are used', () => {
        const file = join(dir, 'aspl.config.yaml');
        writeFileSync(file, 'packs: GBT-AS-GENERAL\nseverity:\n  "GBT-AS-GENERAL 8.4.2": loud\nrun: "rm -rf /"\n');
        const { config, problems } = loadConfig(file);
        expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['1:8', '3:27', '4:1']);
        expect(config.packs).toBeUndefined();
        expect(config.severity).toEqual({});
    });
});
