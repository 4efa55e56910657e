/** The old version a command compares with: a policy file, else a git revision of the given file. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GitError, isRevision, openRevision, repoRoot, type RevisionTree } from '../diff/git.js';
import { fail } from './errors.js';

export interface OldVersion {
    /** The old file to analyse (a temporary copy for a revision); undefined when the revision lacks it. */
    file?: string;
    tree?: RevisionTree;
    close(): void;
}

export function oldVersionOf(old: string, file: string): OldVersion {
    if (existsSync(old) && statSync(old).isFile()) return { file: resolve(old), close: () => {} };
    const root = repoRoot(file);
    if (!root || !isRevision(root, old)) fail(`“${old}”既不是政策文件，也不是 git 版本`, `'${old}' is neither a policy file nor a git revision`);
    const tree = openTree(root!, old);
    return { file: tree.fileFor(file), tree, close: () => tree.close() };
}

export function openTree(root: string, rev: string): RevisionTree {
    try { return openRevision(root, rev); } catch (e) {
        if (e instanceof GitError) fail(e.reason.zh, e.reason.en);
        throw e;
    }
}
