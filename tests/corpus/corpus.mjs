// The labelled void-wording corpus (void-wording.yaml) and the policy each entry is read in.
// Shared by tests/corpus/void-wording.test.ts and bench/void-wording.bench.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_FILE = join(here, 'void-wording.yaml');
/**
 * The void-wording corpora (consumer law) by name: `main` (h14's), `holdout` (written before its patterns
 * were read, h14v) and `holdout-2` to `holdout-7` (each written after a widening round, measured once before
 * the next change).
 */
export const CORPUS_FILES = {
    main: CORPUS_FILE,
    holdout: join(here, 'void-wording-holdout.yaml'),
    'holdout-2': join(here, 'void-wording-holdout-2.yaml'),
    'holdout-3': join(here, 'void-wording-holdout-3.yaml'),
    'holdout-4': join(here, 'void-wording-holdout-4.yaml'),
    'holdout-5': join(here, 'void-wording-holdout-5.yaml'),
    'holdout-6': join(here, 'void-wording-holdout-6.yaml'),
    'holdout-7': join(here, 'void-wording-holdout-7.yaml'),
};

/** The commercial-message corpora (CN-PERSONAL-INFO CPL-29, 消费者权益保护法 art. 29 para. 3), same format. */
export const CONSENT_FILES = {
    'consent-holdout': join(here, 'marketing-consent-holdout.yaml'),
};

/** Every corpus by name, with the catalog whose wording kinds it labels. */
export const ALL_CORPORA = {
    ...Object.fromEntries(Object.entries(CORPUS_FILES).map(([name, file]) => [name, { file, standard: 'CN-CONSUMER-LAW' }])),
    ...Object.fromEntries(Object.entries(CONSENT_FILES).map(([name, file]) => [name, { file, standard: 'CN-PERSONAL-INFO' }])),
};

/** @returns {{ contexts: Record<string, [string, string]>, void: Array<{s: string, ctx: string, kind: string}>, fine: Array<{s: string, ctx: string}> }} */
export function loadCorpus(file = CORPUS_FILE) {
    return parse(readFileSync(file, 'utf8'));
}

/** Line (1-based) of the statement in the rendered policy. */
export const STATEMENT_LINE = 10;

/** The catalogs the corpora are read under, and the clauses whose wording checks they exercise. */
export const WORDING_STANDARDS = ['CN-CONSUMER-LAW', 'CN-PERSONAL-INFO'];
export const WORDING_CLAUSES = ['CN-CONSUMER-LAW CPL-24', 'CN-CONSUMER-LAW CPL-25', 'CN-CONSUMER-LAW CPL-26', 'CN-PERSONAL-INFO CPL-29'];

/**
 * A policy that meets CPL-24/25/26 in its context, with the sentence as its only statement; its privacy
 * block states purpose and security, so CPL-29 turns on the sentence alone.
 */
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
        '  隐私 { 目的 "仅用于售后服务" 安全措施 "客户资料加密存储" }',
        '}',
    ].join('\n');
}

/** The wording kinds a finding names (its own and its related hits), by their English labels; `say` renders a message (i18n/message.ts). */
export function kindsNamed(finding, labels, say) {
    const texts = [say(finding.message, 'en'), ...finding.related.map((r) => say(r.message, 'en'))];
    return Object.entries(labels).filter(([, label]) => texts.some((t) => t.includes(label))).map(([kind]) => kind);
}

/**
 * For the measuring scripts (tests/corpus/measure.mjs, bench/void-wording.bench.mjs): the label of
 * every wording kind the law catalog names, and `named(entry)` — the kinds its violated findings
 * name when the entry's sentence is read in its context through the whole pipeline.
 */
export function wordingReader(analyzer, corpus, say) {
    const labels = {};
    const walk = (c) => {
        if (!c) return;
        if (c.voidWording) for (const k of c.voidWording.kinds) labels[k.kind] = k.label.en;
        for (const x of c.all ?? c.any ?? []) walk(x);
        if (c.when) { walk(c.when.if); walk(c.when.then); }
    };
    for (const id of WORDING_STANDARDS) for (const cl of analyzer.registry.get(id).clauses) walk(cl.check);
    const named = async (e) => {
        const r = await analyzer.analyzeText(policyFor(corpus, e), '/virtual/corpus.aspl');
        const hits = r.evaluation.findings.filter((f) => WORDING_CLAUSES.includes(f.ruleId) && f.status === 'violated');
        return hits.flatMap((f) => kindsNamed(f, labels, say));
    };
    return { labels, named };
}
