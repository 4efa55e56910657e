/** The words of the compliance report (headings, facts, column names), one table for its Markdown and HTML. */
import { defineMessages, type Msg } from '../../i18n/message.js';

export const REPORT = defineMessages('report', {
    title: { zh: '合规矩阵', en: 'Compliance report' },
    file: { zh: '文件', en: 'File' },
    policy: { zh: '政策', en: 'Policy' },
    version: { zh: '版本', en: 'Version' },
    effective: { zh: '生效', en: 'Effective' },
    languageProblems: { zh: '语言问题', en: 'Language problems' },
    where: { zh: '位置', en: 'Where' },
    severity: { zh: '严重程度', en: 'Severity' },
    rule: { zh: '规则', en: 'Rule' },
    message: { zh: '说明', en: 'Message' },
    noStandard: { zh: '没有适用的标准。', en: 'No standard in force.' },
    sourceIncomplete: { zh: '原文不完整', en: 'source text incomplete' },
    doesNotApply: { zh: '本标准不适用于此政策', en: 'does not apply to this policy' },
    clause: { zh: '条款', en: 'Clause' },
    section: { zh: '章节', en: 'Section' },
    requirement: { zh: '要求', en: 'Requirement' },
    level: { zh: '级别', en: 'Level' },
    status: { zh: '状态', en: 'Status' },
    evidence: { zh: '依据位置', en: 'Evidence' },
    points: { zh: '分值', en: 'Points' },
    notes: { zh: '说明', en: 'Notes' },
    score: { zh: '评分', en: 'Score' },
});

/** The clause table's columns before the notes (points only when the standard is scored). */
export function clauseColumns(scored: boolean): Msg[] {
    return [REPORT.clause(), REPORT.section(), REPORT.requirement(), REPORT.level(), REPORT.status(), REPORT.evidence(), ...(scored ? [REPORT.points()] : [])];
}
