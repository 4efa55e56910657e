/**
 * Baselines for repositories with many legacy policies: the findings already known, keyed by
 * file, ruleId and a stable fingerprint (never the line number), with a count for repeats.
 * `check --baseline FILE` hides those; `--update-baseline` records the current ones;
 * `--prune-baseline` drops the entries that no longer hide anything.
 */
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fail, ioReason } from './errors.js';
import type { FileResult } from './results.js';

export interface BaselineEntry { file: string; ruleId: string; fingerprint: string; count: number }
export interface BaselineFile { version: 1; tool: 'aspl'; entries: BaselineEntry[] }

function keyOf(file: string, ruleId: string, fp: string): string {
    return `${file}\u0000${ruleId}\u0000${fp}`;
}

/** Paths in a baseline are relative to its folder, with forward slashes, so it can be committed. */
function relTo(baselineFile: string, file: string): string {
    return relative(dirname(resolve(baselineFile)), file).split(sep).join('/');
}

export function readBaseline(path: string): Map<string, number> {
    if (!existsSync(path)) fail(`找不到基线文件 ${path}（用 --update-baseline 生成）`, `baseline file not found: ${path} (create it with --update-baseline)`);
    let data: BaselineFile;
    try {
        data = JSON.parse(readFileSync(path, 'utf8')) as BaselineFile;
    } catch (e) {
        const why = e instanceof SyntaxError ? { zh: '不是有效的 JSON', en: 'not valid JSON' } : ioReason(e);
        fail(`无法读取基线文件 ${path}：${why.zh}`, `cannot read baseline ${path}: ${why.en}`);
    }
    if (!data || data.tool !== 'aspl' || !Array.isArray(data.entries)) {
        fail(`${path} 不是 aspl 基线文件`, `${path} is not an aspl baseline file`);
    }
    const map = new Map<string, number>();
    for (const e of data.entries) {
        if (typeof e?.file !== 'string' || typeof e.ruleId !== 'string' || typeof e.fingerprint !== 'string') continue;
        const k = keyOf(e.file, e.ruleId, e.fingerprint);
        map.set(k, (map.get(k) ?? 0) + (Number.isInteger(e.count) && e.count > 0 ? e.count : 1));
    }
    return map;
}

/**
 * Removes the problems recorded in the baseline, file by file as the run goes: `hidden` counts
 * them, `used` collects the entries that hid something (for --prune-baseline).
 */
export class BaselineFilter {
    private readonly left: Map<string, number>;
    readonly used = new Map<string, number>();
    hidden = 0;

    constructor(baseline: Map<string, number>, private readonly baselineFile: string) {
        this.left = new Map(baseline);
    }

    apply(r: FileResult): void {
        const file = relTo(this.baselineFile, r.file);
        r.problems = r.problems.filter((p) => {
            const k = keyOf(file, p.ruleId, p.fingerprint);
            const n = this.left.get(k) ?? 0;
            if (n <= 0) return true;
            this.left.set(k, n - 1);
            this.used.set(k, (this.used.get(k) ?? 0) + 1);
            this.hidden++;
            return false;
        });
    }
}

/** Writes the baseline atomically (temp file + rename); returns the number of findings recorded. */
export function writeBaseline(results: FileResult[], baselineFile: string): number {
    const counts = new Map<string, BaselineEntry>();
    for (const r of results) {
        const file = relTo(baselineFile, r.file);
        for (const p of r.problems) {
            const k = keyOf(file, p.ruleId, p.fingerprint);
            const e = counts.get(k);
            if (e) e.count++; else counts.set(k, { file, ruleId: p.ruleId, fingerprint: p.fingerprint, count: 1 });
        }
    }
    return store([...counts.values()], baselineFile);
}

/**
 * --prune-baseline: keeps only the entries that still hide a problem (with the count they hid);
 * returns how many recorded problems were dropped.
 */
export function pruneBaseline(baseline: Map<string, number>, used: Map<string, number>, baselineFile: string): number {
    const entries: BaselineEntry[] = [];
    let before = 0;
    for (const [k, n] of baseline) {
        before += n;
        const count = used.get(k) ?? 0;
        if (!count) continue;
        const [file, ruleId, fingerprint] = k.split('\u0000');
        entries.push({ file, ruleId, fingerprint, count });
    }
    return before - store(entries, baselineFile);
}

function store(list: BaselineEntry[], baselineFile: string): number {
    const collator = new Intl.Collator('en', { numeric: true });
    const entries = list.sort((a, b) =>
        collator.compare(a.file, b.file) || collator.compare(a.ruleId, b.ruleId) || collator.compare(a.fingerprint, b.fingerprint));
    const data: BaselineFile = { version: 1, tool: 'aspl', entries };
    const target = resolve(baselineFile);
    const tmp = `${target}.${process.pid}.tmp`;
    try {
        writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
        renameSync(tmp, target);
    } catch (e) {
        try { unlinkSync(tmp); } catch { /* not created */ }
        const why = ioReason(e);
        fail(`无法写入基线文件 ${baselineFile}：${why.zh}`, `cannot write baseline ${baselineFile}: ${why.en}`);
    }
    return entries.reduce((n, e) => n + e.count, 0);
}
