/**
 * Old versions of policies from git, for `aspl diff REV PATH`: read with `git show rev:path`,
 * never over the network. The policy files (and configs) of the revision are written to a
 * temporary folder so the old policy's imports resolve to their old versions too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Bilingual } from '../../i18n/locale.js';

function git(cwd: string, args: string[]): string {
    return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The folder git is asked from: the path itself when it is a folder, else the folder it is in (or would be in). */
function anchorOf(path: string): string {
    let dir = resolve(path);
    for (;;) {
        try { if (statSync(dir).isDirectory()) return dir; } catch { /* not there (yet): try the parent */ }
        const up = dirname(dir);
        if (up === dir) return process.cwd();
        dir = up;
    }
}

/** The top of the work tree a path is in, or undefined outside a repository (or without git). */
export function repoRoot(path: string): string | undefined {
    try { return git(anchorOf(path), ['rev-parse', '--show-toplevel']).trim(); } catch { return undefined; }
}

export function isRevision(root: string, rev: string): boolean {
    if (rev.startsWith('-')) return false;
    try { git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]); return true; } catch { return false; }
}

/** Files a checkout of the revision needs for checking policies: policies, configs and catalog packs. */
const NEEDED = /\.(aspl|ya?ml)$/;

/** A revision's policy files written under a temporary folder; `close` removes it. */
export class RevisionTree {
    readonly dir: string;
    private readonly files: Set<string>;

    constructor(readonly root: string, readonly rev: string) {
        this.dir = mkdtempSync(join(tmpdir(), 'aspl-diff-'));
        const listed = git(root, ['ls-tree', '-r', '-z', '--name-only', rev]).split('\0').filter((f) => NEEDED.test(f));
        this.files = new Set(listed);
        for (const f of listed) {
            const to = join(this.dir, ...f.split('/'));
            mkdirSync(dirname(to), { recursive: true });
            writeFileSync(to, execFileSync('git', ['-C', root, 'show', `${rev}:${f}`], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] }));
        }
    }

    /** Path inside the repository, with forward slashes, of a work-tree path. */
    relative(path: string): string {
        return relative(this.root, resolve(path)).split(sep).join('/');
    }

    /** The old copy of a work-tree file, when the revision has it. */
    fileFor(path: string): string | undefined {
        const rel = this.relative(path);
        return this.files.has(rel) ? join(this.dir, ...rel.split('/')) : undefined;
    }

    /** The revision's policies under a work-tree folder (repository-relative paths). */
    policiesUnder(folder: string): string[] {
        const rel = this.relative(folder);
        const prefix = rel === '' ? '' : `${rel}/`;
        return [...this.files].filter((f) => f.endsWith('.aspl') && f.startsWith(prefix)).sort();
    }

    /** A temporary path shown as `rev:path`; undefined for other paths. */
    display(file: string): string | undefined {
        const rel = relative(this.dir, file);
        if (rel.startsWith('..') || resolve(rel) === rel) return undefined;
        return `${this.rev}:${rel.split(sep).join('/')}`;
    }

    close(): void {
        rmSync(this.dir, { recursive: true, force: true });
    }
}

/** git could not give what was asked: the reason in both languages (the CLI makes it a usage error). */
export class GitError extends Error {
    constructor(readonly reason: Bilingual) { super(reason.en); }
}

export function openRevision(root: string, rev: string): RevisionTree {
    try { return new RevisionTree(root, rev); } catch (e) {
        const why = String((e as { stderr?: Buffer | string }).stderr ?? (e as Error).message).trim().split('\n')[0];
        throw new GitError({ zh: `无法读取 git 版本 ${rev}：${why}`, en: `cannot read git revision ${rev}: ${why}` });
    }
}
