/**
 * The language rules: every code a syntax, linking or validation problem carries (`aspl/<code>`
 * in the CLI's ruleIds and SARIF), with its title. The CLI's rule table, docs/language.md and the
 * editor's quick fixes all read this list; a validator message without a rule here does not compile.
 */
import type { LanguageMessageKey } from './language-messages.js';
import type { Bilingual } from './locale.js';

export interface LanguageRule {
    title: Bilingual;
    /** The file did not parse: clause findings on it would be noise. */
    syntax?: true;
}

export const LANGUAGE_RULES = {
    'syntax': { title: { zh: '语法错误', en: 'Syntax error' }, syntax: true },
    'keyword-glued': { title: { zh: '关键字后缺少空格', en: 'Missing space after a keyword' }, syntax: true },
    'unexpected-character': { title: { zh: '无法识别的字符', en: 'Unexpected character' }, syntax: true },
    'unexpected-characters': { title: { zh: '无法识别的一串字符', en: 'Unexpected characters' }, syntax: true },
    'unterminated-string': { title: { zh: '引号未闭合', en: 'Unterminated string' }, syntax: true },
    'no-policy': { title: { zh: '文件中没有政策', en: 'No policy in the file' } },
    'bidi-control': { title: { zh: '不可见的文字方向控制字符', en: 'Invisible text-direction control' } },
    'number-too-large': { title: { zh: '数字过大', en: 'Number too large' } },
    'bad-money-range': { title: { zh: '金额范围上限不大于下限', en: 'Amount range does not go up' } },
    'attest-placeholder': { title: { zh: '承诺声明仍是占位文字', en: 'Attestation still a placeholder' } },
    'invalid-utf8': { title: { zh: '文件不是 UTF-8 编码', en: 'File is not UTF-8' } },
    'unknown-word': { title: { zh: '未知的词', en: 'Unknown word' } },
    'chinese-numeral': { title: { zh: '时长用了中文数字', en: 'Duration in Chinese numerals' } },
    'duplicate-name': { title: { zh: '名称重复定义', en: 'Duplicate name' } },
    'duplicate-field': { title: { zh: '字段写了不止一次', en: 'Field given more than once' } },
    'negative-money': { title: { zh: '金额为负数', en: 'Negative amount of money' } },
    'negative-duration': { title: { zh: '时长为负数', en: 'Negative duration' } },
    'zero-duration': { title: { zh: '时长为 0', en: 'Zero duration' } },
    'bad-time': { title: { zh: '不存在的时刻', en: 'No such time of day' } },
    'bad-time-range': { title: { zh: '时段结束早于开始', en: 'Time range ends before it starts' } },
    'bad-date': { title: { zh: '不存在的日期', en: 'No such date' } },
    'bad-percent': { title: { zh: '百分比超出 0%–100%', en: 'Percentage outside 0%–100%' } },
    'resolve-before-respond': { title: { zh: '解决时限短于响应时限', en: 'Resolution time shorter than response time' } },
    'empty-text': { title: { zh: '文字为空', en: 'Empty text' } },
    'unknown-catalog': { title: { zh: '未知的标准目录', en: 'Unknown standard catalog' } },
    'unknown-clause': { title: { zh: '标准中没有该条款', en: 'No such clause in the standard' } },
    'empty-justification': { title: { zh: '豁免没有理由', en: 'Waiver without a justification' } },
    'import-missing': { title: { zh: '找不到导入的文件', en: 'Imported file not found' } },
    'import-not-aspl': { title: { zh: '只能导入 .aspl 文件', en: 'Only .aspl files can be imported' } },
    'import-cycle': { title: { zh: '循环导入', en: 'Import cycle' } },
    'import-outside': { title: { zh: '导入路径在工作区之外', en: 'Import outside the workspace' } },
    'import-no-policy': { title: { zh: '导入的文件中没有政策', en: 'Imported file contains no policy' } },
    'unresolved-reference': { title: { zh: '找不到引用的名称', en: 'Unresolved reference' } },
    'extends-not-imported': { title: { zh: '继承的政策未导入', en: 'Base policy not imported' } },
    'attest-checked': { title: { zh: '以声明代替可检查的条款', en: 'Attestation of a checked clause' } },
    'waive-mandatory': { title: { zh: '豁免法律条款', en: 'Waiver of a legal clause' } },
    'attest-not-in-force': { title: { zh: '声明的标准不在适用范围内', en: 'Attestation of a standard not in force' } },
    'waive-not-in-force': { title: { zh: '豁免的标准不在适用范围内', en: 'Waiver of a standard not in force' } },
} as const satisfies Record<LanguageMessageKey | 'syntax', LanguageRule>;

export type LanguageRuleCode = keyof typeof LANGUAGE_RULES;

export function isLanguageRule(code: string | undefined): code is LanguageRuleCode {
    return code !== undefined && Object.hasOwn(LANGUAGE_RULES, code);
}

/** A problem's rule: its own code, or `syntax` for anything the parser or lexer reported. */
export function languageRuleOf(code: string | undefined): LanguageRuleCode {
    return isLanguageRule(code) ? code : 'syntax';
}

/** A problem that means the file did not parse: a syntax rule, or no code at all. Other codes (a clause's ruleId) are not. */
export function isSyntaxRule(code: string | undefined): boolean {
    if (code === undefined) return true;
    return isLanguageRule(code) && !!(LANGUAGE_RULES[code] as LanguageRule).syntax;
}
