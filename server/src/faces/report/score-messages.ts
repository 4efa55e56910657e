/** The words of the T/CGCC score table (`aspl score`, the report): verdict, pass rule, columns, lost points. */
import { defineMessages } from '../../i18n/message.js';

export const SCORE = defineMessages('score', {
    pass: { zh: '达标', en: 'PASS' },
    fail: { zh: '不达标', en: 'FAIL' },
    met: { zh: '满足', en: 'met' },
    notMet: { zh: '不满足', en: 'not met' },
    /** `{met}`: met / not met; `{claimed}`: the claimed and waived notes, or nothing. */
    rule: { zh: '达标规则：总分不低于 {minimum} 分（得分 {earned}，{met}{claimed}）', en: 'pass rule: at least {minimum} points (earned {earned}: {met}{claimed})' },
    claimed: { zh: '；其中 {n} 分来自声明，未经核验', en: '; {n} of them claimed by attest lines, not verified' },
    waived: { zh: '；其中 {n} 分来自豁免，豁免理由未经核验', en: '; {n} of them for waived clauses, whose reasons are not verified' },
    requirement: { zh: '且{text}（{met}）', en: 'and {text} ({met})' },
    ruleAlone: { zh: '{rule}。', en: '{rule}.' },
    ruleAndRequirement: { zh: '{rule}，{requirement}。', en: '{rule} {requirement}.' },
    inferred: { zh: '注：标准未印出第 {ids} 条的分值，此处所用分值为推定。{why}', en: 'Note: the standard does not print the points of {ids}; the points used here are inferred. {why}' },
    section: { zh: '部分', en: 'Section' },
    earned: { zh: '得分', en: 'Earned' },
    points: { zh: '满分', en: 'Points' },
    total: { zh: '合计', en: 'Total' },
    result: { zh: '结果', en: 'Result' },
    /** A section's lost points: Chinese names the section by id, English by title. */
    lost: { zh: '{id} 失分：{clauses}', en: '{title} lost: {clauses}' },
    lostClause: { zh: '{id}（{points} 分，{status}）', en: '{id} ({points} pt, {status})' },
});
