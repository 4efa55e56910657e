/**
 * The starter policy of `aspl init` and of the editor's "New policy" wizard (one source for
 * both): the template, checked once against the catalogs it applies, plus an `attest` stub for
 * every clause only a statement can meet. Only the company can say how it meets those, so the
 * stubs hold a placeholder and the check shows one `attest-placeholder` warning until they are
 * written, instead of one error per clause.
 */
import { headKeyword } from '../parse/grammar-map.js';
import { Analyzer } from '../analysis.js';
import { isProblem } from '../engine/findings.js';
import { ATTEST_PLACEHOLDER } from '../parse/placeholders.js';
import { aspString, type TemplateOptions } from './choices.js';
import { starterPolicy } from './template.js';

export * from './choices.js';
export * from './template.js';

const STUB_HEADER = {
    zh: '  // 以下条款只能由公司声明如何做到：把每条“待填写”换成实际做法。全部写完之前，检查会给出一条占位警告。',
    en: '  // Only the company can say how it meets these clauses: replace each TODO with what it really does. Until all are written, the check shows one placeholder warning.',
};

/** The starter text: template plus attestation stubs (in the template's keyword language). */
export async function starterWithStubs(options: TemplateOptions, analyzer = new Analyzer({ lang: options.keywords })): Promise<string> {
    const text = starterPolicy(options);
    const analysis = await analyzer.analyzeText(text, '/aspl-starter/policy.aspl');
    const stubs = (analysis.evaluation?.findings ?? []).filter((f) => isProblem(f) && f.fix?.kind === 'attest');
    if (!stubs.length) return text;
    const lang = options.keywords;
    const keyword = headKeyword('Attestation', lang);
    const lines = stubs.map((f) => `  ${keyword} ${f.catalog} ${f.clause} ${aspString(ATTEST_PLACEHOLDER[lang])}`);
    const end = text.lastIndexOf('}');
    return `${text.slice(0, end).replace(/\n*$/, '\n')}\n${STUB_HEADER[lang]}\n${lines.join('\n')}\n}\n`;
}
