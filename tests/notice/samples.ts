/**
 * The samples the notice's golden files cover, and how each is rendered. Shared by the golden test
 * and the generator script (tests/notice/update-golden.mjs).
 *
 * A sample is a policy file under samples/ that no other policy imports (a base policy is
 * shown through the policies built on it) and that its folder's aspl.config.yaml does not
 * ignore, or a language tour under docs/tour/. Tours and top-level files are named after the
 * file (tour-en); a folder with one such policy is named after the folder (furniture-custom),
 * several as folder-file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { Analyzer } from '../../server/src/analysis.js';
import { findConfigFile, loadConfig } from '../../server/src/engine/config.js';
import type { Lang } from '../../server/src/i18n/locale.js';
import { renderNotice } from '../../server/src/faces/notice/index.js';

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
export const SAMPLES = join(ROOT, 'samples');
export const TOURS = join(ROOT, 'docs/tour');
export const GOLDEN = join(ROOT, 'tests/golden/notice');
export const LANGS: Lang[] = ['zh', 'en'];
export const FORMATS = ['md', 'html'] as const;

function walk(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir).sort().flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.aspl') ? [p] : [];
    });
}

function ignored(file: string): boolean {
    const cfgFile = findConfigFile(dirname(file));
    if (!cfgFile) return false;
    const { config } = loadConfig(cfgFile);
    const rel = relative(config.root, file);
    return config.ignore.some((g) => picomatch(g, { dot: true })(rel));
}

const IMPORT = /^\s*(?:import|导入)\s*["“]([^"”]+)["”]/gm;

export interface Sample { name: string; file: string }

export function discoverSamples(): Sample[] {
    const files = walk(SAMPLES).filter((f) => !ignored(f));
    const tours = walk(TOURS);
    const imported = new Set<string>();
    for (const f of [...files, ...tours]) {
        for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) imported.add(resolve(dirname(f), m[1]));
    }
    const entries = files.filter((f) => !imported.has(f));
    const byFolder = new Map<string, string[]>();
    for (const f of entries) {
        const top = relative(SAMPLES, f).split('/')[0];
        byFolder.set(top, [...(byFolder.get(top) ?? []), f]);
    }
    const samples: Sample[] = tours.map((f) => ({ name: basename(f, '.aspl'), file: f }));
    for (const [top, fs] of byFolder) {
        for (const f of fs) {
            const name = top.endsWith('.aspl') ? basename(top, '.aspl') : fs.length === 1 ? top : `${top}-${basename(f, '.aspl')}`;
            samples.push({ name, file: f });
        }
    }
    return samples.sort((a, b) => a.name.localeCompare(b.name));
}

const analyzers = new Map<Lang, Analyzer>();

/** The notice of a sample; faulty samples are rendered as drafts (the --draft of the CLI). */
export async function renderSample(file: string, lang: Lang, format: 'md' | 'html'): Promise<string> {
    let analyzer = analyzers.get(lang);
    if (!analyzer) analyzers.set(lang, (analyzer = new Analyzer({ lang })));
    const analysis = await analyzer.analyzeFile(file);
    const result = renderNotice(analysis, { format, lang, draft: true });
    if (!result.ok) throw new Error(`${file}: ${result.reason.en}`);
    return result.text;
}

export const goldenPath = (name: string, lang: Lang, format: string): string => join(GOLDEN, `${name}.${lang}.${format}`);
