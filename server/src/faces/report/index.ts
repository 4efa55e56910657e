/**
 * The compliance report of one policy (the matrix per standard: clause, status, evidence file:line,
 * level, points, the T/CGCC score), as Markdown, HTML or JSON. Used by `aspl report` and the
 * VS Code extension.
 */
import type { PolicyAnalysis } from '../../analysis.js';
import type { Lang } from '../../i18n/locale.js';
import { reportData, type ReportOptions } from './data.js';
import { htmlReport } from './html.js';
import { markdownReport } from './markdown.js';

export type ReportFormat = 'md' | 'html' | 'json';
export const REPORT_FORMATS: ReportFormat[] = ['md', 'html', 'json'];

export function renderReport(analysis: PolicyAnalysis, format: ReportFormat, lang: Lang, options: ReportOptions = {}): string {
    const data = reportData(analysis, lang, options);
    switch (format) {
        case 'md': return markdownReport(data, lang);
        case 'html': return htmlReport(data, lang);
        case 'json': return JSON.stringify(data, null, 2) + '\n';
        default: throw new Error(`unknown report format: ${String(format)}`);
    }
}

export { reportData } from './data.js';
export type { ReportData, ReportStandard, ReportClause, ReportLocation, ReportOptions, ReportSummary, ReportProvenance } from './data.js';
export { summaryLine, provenanceLine, filterLine } from './summary.js';
export { scoreText, passRule, inferredNote, scoreVerdict } from './score-text.js';
