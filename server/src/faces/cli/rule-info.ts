/** What a ruleId means: the clause summary for standards findings, a short text for language checks. */
import type { Bilingual, Lang } from '../../i18n/locale.js';
import type { CatalogRegistry } from '../../engine/catalog/registry.js';

const LANGUAGE_RULES: Record<string, Bilingual> = {
    'syntax': { zh: '语法错误', en: 'Syntax error' },
    'unknown-word': { zh: '未知的词', en: 'Unknown word' },
    'duplicate-name': { zh: '名称重复定义', en: 'Duplicate name' },
    'duplicate-field': { zh: '字段写了不止一次', en: 'Field given more than once' },
    'no-policy': { zh: '文件中没有政策', en: 'No policy in the file' },
    'number-too-large': { zh: '数字过大', en: 'Number too large' },
    'negative-money': { zh: '金额为负数', en: 'Negative amount of money' },
    'negative-duration': { zh: '时长为负数', en: 'Negative duration' },
    'zero-duration': { zh: '时长为 0', en: 'Zero duration' },
    'bad-time': { zh: '不存在的时刻', en: 'No such time of day' },
    'bad-time-range': { zh: '时段结束早于开始', en: 'Time range ends before it starts' },
    'bad-date': { zh: '不存在的日期', en: 'No such date' },
    'bad-percent': { zh: '百分比超出 0%–100%', en: 'Percentage outside 0%–100%' },
    'resolve-before-respond': { zh: '解决时限短于响应时限', en: 'Resolution time shorter than response time' },
    'empty-text': { zh: '文字为空', en: 'Empty text' },
    'unknown-catalog': { zh: '未知的标准目录', en: 'Unknown standard catalog' },
    'unknown-clause': { zh: '标准中没有该条款', en: 'No such clause in the standard' },
    'empty-justification': { zh: '豁免没有理由', en: 'Waiver without a justification' },
    'attest-placeholder': { zh: '承诺声明仍是占位文字', en: 'Attestation still a placeholder' },
    'import-missing': { zh: '找不到导入的文件', en: 'Imported file not found' },
    'import-not-aspl': { zh: '只能导入 .aspl 文件', en: 'Only .aspl files can be imported' },
    'import-cycle': { zh: '循环导入', en: 'Import cycle' },
    'bidi-control': { zh: '不可见的文字方向控制字符', en: 'Invisible text-direction control' },
    'import-outside': { zh: '导入路径在工作区之外', en: 'Import outside the workspace' },
    'import-no-policy': { zh: '导入的文件中没有政策', en: 'Imported file contains no policy' },
    'unresolved-reference': { zh: '找不到引用的名称', en: 'Unresolved reference' },
    'extends-not-imported': { zh: '继承的政策未导入', en: 'Base policy not imported' },
    'keyword-glued': { zh: '关键字后缺少空格', en: 'Missing space after a keyword' },
    'paid-without-fee': { zh: '收费服务没有费用项目', en: 'Paid service without a fee item' },
};

export interface RuleInfo {
    id: string;
    summary: Bilingual;
    /** Relative link to the rule's documentation. */
    helpUri: string;
    catalog?: string;
    clause?: string;
    level?: string;
}

/** `8.4.3` → `8-4-3`: the anchor of a clause in docs/standards/<catalog-id>.md. */
export function clauseAnchor(clause: string): string {
    return clause.replace(/\./g, '-');
}

export function ruleInfo(ruleId: string, registry: CatalogRegistry | undefined): RuleInfo {
    if (ruleId.startsWith('aspl/')) {
        const code = ruleId.slice(5);
        return { id: ruleId, summary: LANGUAGE_RULES[code] ?? { zh: code, en: code }, helpUri: `docs/language.md#${code}` };
    }
    const space = ruleId.indexOf(' ');
    const catalog = space > 0 ? ruleId.slice(0, space) : ruleId;
    const clause = space > 0 ? ruleId.slice(space + 1) : '';
    const c = registry?.get(catalog)?.clauses.find((x) => x.id === clause);
    return {
        id: ruleId, catalog, clause, level: c?.level,
        summary: c?.summary ?? { zh: ruleId, en: ruleId },
        helpUri: `docs/standards/${catalog}.md#${clauseAnchor(clause)}`,
    };
}

export function summaryText(info: RuleInfo, lang: Lang): string {
    return info.summary[lang];
}
