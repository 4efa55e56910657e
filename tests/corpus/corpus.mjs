// The labelled void-wording corpus (void-wording.yaml) and the policy each entry is read in.
// Shared by tests/corpus/void-wording.test.ts and bench/void-wording.bench.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_FILE = join(here, 'void-wording.yaml');
/**
 * The corpora by name: `main` (h14's), `holdout` (written before its patterns were read, h14v) and
 * `holdout-2` to `holdout-4` (each written after a widening round, measured once before the next change).
 */
export const CORPUS_FILES = {
    main: CORPUS_FILE,
    holdout: join(here, 'void-wording-holdout.yaml'),
    'holdout-2': join(here, 'void-wording-holdout-2.yaml'),
    'holdout-3': join(here, 'void-wording-holdout-3.yaml'),
    'holdout-4': join(here, 'void-wording-holdout-4.yaml'),
};

/** @returns {{ contexts: Record<string, [string, string]>, void: Array<{s: string, ctx: string, kind: string}>, fine: Array<{s: string, ctx: string}> }} */
export function loadCorpus(file = CORPUS_FILE) {
    return parse(readFileSync(file, 'utf8'));
}

/** Line (1-based) of the statement in the rendered policy. */
export const STATEMENT_LINE = 10;

/** The clauses whose wording checks the corpus exercises. */
export const WORDING_CLAUSES = ['CN-CONSUMER-LAW CPL-24', 'CN-CONSUMER-LAW CPL-25', 'CN-CONSUMER-LAW CPL-26'];

/** A policy that meets CPL-24/25/26 in its context, with the sentence as its only statement. */
export function policyFor(corpus, e) {
    const [category, noReason] = corpus.contexts[e.ctx];
    return [
        '政策 语料 "语料政策" {',
        `  产品 { ${category} }`,
        '  退换货 {',
        noReason ? `    ${noReason}` : '    // 无远程销售',
        '    退货 7天 自 签收',
        '    退款 内 7天 原路退回',
        '    运费 质量问题 承担方 商家',
        '  }',
        '  // 待判读的句子',
        `  声明 "${e.s}"`,
        '}',
    ].join('\n');
}

/** The wording kinds a finding names (its own and its related hits), by their English labels. */
export function kindsNamed(finding, labels) {
    const texts = [finding.message.en, ...finding.related.map((r) => r.message.en)];
    return Object.entries(labels).filter(([, label]) => texts.some((t) => t.includes(label))).map(([kind]) => kind);
}
