/** Runs the built CLI (dist/aspl.cjs through bin/aspl.js) as a child process. */
import { spawn, type SpawnOptions } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'aspl.js');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cli');
export const FOCUSED = join(FIXTURES, 'focused');

export interface Run { code: number | null; stdout: string; stderr: string }

export function assertBuilt(): void {
    if (!existsSync(join(ROOT, 'dist', 'aspl.cjs'))) {
        throw new Error('dist/aspl.cjs is missing: run `npm run build` (or `node build/bundle.mjs`) before the CLI tests');
    }
}

/** `aspl …args` with LANG=en by default, no colours, cwd = the repository unless given. */
export function aspl(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number; input?: string } = {}): Promise<Run> {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1', FORCE_COLOR: '', ...options.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const spawnOptions: SpawnOptions = { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] };
    if (options.uid !== undefined) spawnOptions.uid = options.uid;
    if (options.gid !== undefined) spawnOptions.gid = options.gid;
    return new Promise((done, fail) => {
        const child = spawn(process.execPath, [BIN, ...args], spawnOptions);
        let stdout = '';
        let stderr = '';
        child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
        child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
        child.stdin!.end(options.input ?? '');
    });
}

/** A scratch folder, removed by the returned cleanup. */
export function scratch(prefix = 'aspl-cli-'): { dir: string; cleanup: () => void } {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the focused fixtures (policies + their config) into a scratch folder. */
export function copyFocused(dir: string): string {
    const to = join(dir, 'focused');
    cpSync(FOCUSED, to, { recursive: true });
    return to;
}

/** Errors for users are one line, prefixed `aspl:`, and never a stack trace. */
export function expectOneLineError(r: Run, pattern?: RegExp): void {
    const lines = r.stderr.trimEnd().split('\n');
    if (r.code !== 2) throw new Error(`expected exit 2, got ${r.code}; stderr: ${r.stderr}`);
    if (lines.length !== 1) throw new Error(`expected a one-line error, got:\n${r.stderr}`);
    if (!lines[0].startsWith('aspl: ')) throw new Error(`expected 'aspl: …', got: ${lines[0]}`);
    if (/\n\s+at |Error: |node:internal/.test(r.stderr)) throw new Error(`stack trace in: ${r.stderr}`);
    if (pattern && !pattern.test(lines[0])) throw new Error(`'${lines[0]}' does not match ${pattern}`);
}

export interface JsonOutput {
    schemaVersion: number;
    tool: { name: string; version: string };
    summary: { files: number; filesWithProblems: number; problems: number; errors: number; warnings: number; infos: number; suppressedByBaseline: number };
    files: Array<{
        file: string; errorCount: number; warningCount: number; infoCount: number;
        problems: Array<{ ruleId: string; kind: string; severity: string; message: string; file: string; line: number; column: number; endLine: number; endColumn: number; fingerprint: string; catalog?: string; clause?: string; status?: string; level?: string }>;
        standards: Array<{ id: string; applicable: boolean; counts: Record<string, number> }>;
    }>;
}
