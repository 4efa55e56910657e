/** Shared by the language-server tests: the bundle, the samples' documented findings, temp folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT, SERVER } from './client.js';

function newestSource(dir: string): number {
    let newest = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
    }
    return newest;
}

/** Builds the bundles when the server bundle is missing or older than the sources (one process at a time). */
export function ensureBundle(): void {
    const lock = join(ROOT, 'extension', '.bundle-lock');
    const fresh = () => existsSync(SERVER) && statSync(SERVER).mtimeMs >= newestSource(join(ROOT, 'server', 'src'));
    if (fresh() && existsSync(join(ROOT, 'docs', 'standards', 'GBT-AS-GENERAL.md'))) return;
    const deadline = Date.now() + 120_000;
    for (;;) {
        try {
            mkdirSync(lock, { recursive: false });
            break;
        } catch {
            if (Date.now() > deadline) throw new Error('bundle lock held too long: ' + lock);
            spawnSync(process.execPath, ['-e', 'setTimeout(()=>{},300)']);
        }
    }
    try {
        if (!fresh()) {
            const r = spawnSync(process.execPath, ['build/bundle.mjs'], { cwd: ROOT, encoding: 'utf8' });
            if (r.status !== 0) throw new Error('bundle failed: ' + r.stderr);
        }
        if (!existsSync(join(ROOT, 'docs', 'standards', 'GBT-AS-GENERAL.md'))) {
            const r = spawnSync(process.execPath, ['build/gen-docs.mjs'], { cwd: ROOT, encoding: 'utf8' });
            if (r.status !== 0) throw new Error('gen-docs failed: ' + r.stderr);
        }
    } finally {
        rmSync(lock, { recursive: true, force: true });
    }
}

export interface Expected { ruleId: string; status: string; line?: number }

/** `// expect <catalog> <clause> <status>` lines, each located by its `// ⚠ <clause>` marker (1-based line). */
export function expectations(text: string): Expected[] {
    const lines = text.split('\n');
    return [...text.matchAll(/^\/\/\s+expect (\S+) (\S+) (violated|not-addressed|caveat)\b/gm)].map(([, catalog, clause, status]) => {
        const marker = lines.findIndex((l) => new RegExp(`//\\s*⚠.*\\b${clause.replace(/\./g, '\\.')}(\\s|$)`).test(l));
        return { ruleId: `${catalog} ${clause}`, status, line: marker >= 0 ? marker + 1 : undefined };
    });
}

export function isCompliance(d: Diagnostic): boolean {
    return (d.data as { kind?: string } | undefined)?.kind === 'compliance';
}

export function messageOf(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : (d.message as { value: string }).value;
}

/** A copy of a samples folder (or any folder) in a fresh temp dir. */
export function tempCopy(from: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'aspl-lsp-'));
    cpSync(join(ROOT, from), dir, { recursive: true });
    return dir;
}

export function tempDir(): string {
    return mkdtempSync(join(tmpdir(), 'aspl-lsp-'));
}

/** Errors as comparable keys: code and message. */
export function errorKeys(ds: Diagnostic[]): string[] {
    return ds.filter((d) => d.severity === 1).map((d) => `${d.code ?? ''}|${messageOf(d).split('\n')[0]}`);
}

/**
 * English words of the open vocabularies (units, channel kinds, start events …, canonical ids and
 * spellings) and of the finding statuses: none may show in a Chinese message.
 */
export async function englishEnumWords(): Promise<string[]> {
    const vocab = await import('../../server/src/parse/vocabulary.js');
    const { STATUS_WORDS } = await import('../../server/src/faces/lsp/messages.js');
    const words = new Set<string>(Object.values(STATUS_WORDS).map((w) => w.en));
    for (const v of Object.values(vocab)) {
        if (!v || typeof v !== 'object' || !('words' in v)) continue;
        for (const [canonical, spellings] of Object.entries(v.words as Record<string, readonly string[]>)) {
            for (const w of [canonical, ...spellings]) if (/^[a-z][a-z -]+$/i.test(w) && w.length > 2) words.add(w);
        }
    }
    return [...words];
}

/** The English enum words in a Chinese text, once clause codes (GBT-AS-GENERAL 8.4.3) and file names are left out. */
export function englishWordsIn(text: string, words: string[]): string[] {
    const plain = text
        .replace(/\b[A-Z][A-Z0-9]*(?:[-.][A-Z0-9]+)+(?: [A-Za-z0-9.-]+)?/g, ' ')
        .replace(/[\w./-]+\.(?:aspl|ya?ml|md)\b/g, ' ');
    return words.filter((w) => new RegExp(`(?<![A-Za-z-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z-])`, 'i').test(plain));
}
