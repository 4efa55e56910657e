/**
 * The extension's own UI texts, in both languages (no VS Code import: the pure views use it too).
 * They are a message table of the server's one bilingual helper (i18n/message.ts), so placeholders
 * fill the same way everywhere; status, level and verdict words come from the server's tables.
 */
import type { Lang } from '../../server/src/i18n/locale.js';
import { defineMessages, say } from '../../server/src/i18n/message.js';

export type { Lang };

const TEXTS = {
    noPolicy: { zh: '请先打开一个 .aspl 政策文件。', en: 'Open an .aspl policy file first.' },
    serverRestarted: { zh: 'ASPL 语言服务器已重启。', en: 'ASPL language server restarted.' },
    serverNotRunning: { zh: 'ASPL 语言服务器未运行：请运行“ASPL：重启语言服务器”，或查看输出面板。', en: 'The ASPL language server is not running: run “ASPL: Restart Language Server” or see the Output panel.' },
    notChecked: { zh: '语言服务器尚未检查此文件（它可能不是 .aspl 政策）。', en: 'The language server has not checked this file (is it an .aspl policy?).' },
    serverMissing: { zh: '找不到语言服务器 {path}，请重新安装扩展。', en: 'Language server not found at {path}; reinstall the extension.' },
    noticeTitle: { zh: '公告预览：{name}', en: 'Notice: {name}' },
    reportTitle: { zh: '合规报告：{name}', en: 'Compliance: {name}' },
    refused: { zh: '不能生成公告', en: 'No notice can be produced' },
    draftOn: { zh: '草稿（含未解决的问题）', en: 'Draft (with open findings)' },
    draftHint: { zh: '勾选“草稿”可在有问题时仍然预览。', en: 'Tick “Draft” to preview anyway.' },
    exportPick: { zh: '导出格式', en: 'Export format' },
    exportDone: { zh: '公告已导出：{file}', en: 'Notice exported: {file}' },
    exportOpen: { zh: '打开', en: 'Open' },
    exportRefusedDraft: { zh: '政策仍有合规错误：{reason}\n要导出标记为“草稿”的公告吗？', en: 'The policy still has compliance errors: {reason}\nExport a notice marked DRAFT?' },
    exportAsDraft: { zh: '导出草稿', en: 'Export draft' },
    pdfNoChromium: { zh: '导出 PDF 需要 Chromium（/usr/bin/chromium 或环境变量 ASPL_CHROMIUM）。已改为导出 HTML。', en: 'PDF export needs Chromium (/usr/bin/chromium or $ASPL_CHROMIUM). Exported HTML instead.' },
    fixAllNone: { zh: '没有可自动修复的 ASPL 问题。', en: 'No ASPL problem can be fixed automatically.' },
    newCompany: { zh: '公司全称（提供方）', en: 'Company name (the provider)' },
    newCompanyPlaceholder: { zh: '例如：深圳市优居智能电器科技有限公司', en: 'e.g. Acme Home Appliances Co., Ltd.' },
    newCompanyRequired: { zh: '请填写公司名称', en: 'Enter the company name' },
    'newFact.license': { zh: '统一社会信用代码', en: 'Unified social credit code' },
    'newFact.scope': { zh: '经营范围', en: 'Business scope' },
    'newFact.address': { zh: '注册地址（也用作服务网点与门店地址）', en: 'Registered address (also used for the service outlet and the store)' },
    'newFact.phone': { zh: '客服热线号码', en: 'Service hotline number' },
    'newFact.email': { zh: '客服邮箱', en: 'Service mailbox' },
    newFactOptional: { zh: '可留空：留空处写入 TODO，检查会提示您补上', en: 'Optional: left empty, it is written as a TODO the check asks you to fill in' },
    newProduct: { zh: '产品类型', en: 'Product type' },
    newChannels: { zh: '销售渠道（可多选）', en: 'Sales channels (pick one or more)' },
    newWhere: { zh: '保存新政策', en: 'Save the new policy' },
    newCreated: { zh: '已创建 {file}', en: 'Created {file}' },
    statusName: { zh: 'ASPL 合规', en: 'ASPL compliance' },
    statusChecking: { zh: 'ASPL：检查中…', en: 'ASPL: checking…' },
    statusScoreText: { zh: '{id} {earned}/{total} {verdict}', en: '{id} {earned}/{total} {verdict}' },
    statusNoScore: { zh: 'ASPL：适用 {n} 项标准', en: 'ASPL: {standards} in force' },
    statusInForce: { zh: '适用标准：{list}', en: 'In force: {list}' },
    statusStale: { zh: '（上次可解析的版本）', en: ' (last text that parsed)' },
    statusOpenReport: { zh: '合规报告', en: 'Compliance report' },
    reportEmpty: { zh: '没有适用的标准。', en: 'No standard is in force.' },
    reportStale: { zh: '政策有语法错误：修正后再显示报告。', en: 'The policy has syntax errors: the report returns once they are fixed.' },
    colClause: { zh: '条款', en: 'Clause' },
    colStatus: { zh: '状态', en: 'Status' },
    colLevel: { zh: '级别', en: 'Level' },
    colPoints: { zh: '分值', en: 'Points' },
    colWhere: { zh: '位置', en: 'Where' },
    notApplicable: { zh: '不适用于本政策', en: 'Does not apply to this policy' },
    score: { zh: '得分 {earned}/{total}，合格线 {minimum}：{verdict}', en: 'Score {earned}/{total}, pass mark {minimum}: {verdict}' },
    jumpHint: { zh: '点击一行跳转到依据所在行，或缺失内容应写入的位置。', en: 'Click a row to jump to the evidence, or to where the missing item belongs.' },
    refresh: { zh: '刷新', en: 'Refresh' },
    lang: { zh: '语言', en: 'Language' },
    draft: { zh: '草稿', en: 'Draft' },
    export: { zh: '导出…', en: 'Export…' },
    diffTitle: { zh: '客户承诺变化：{name}', en: 'Changes: {name}' },
    diffComparing: { zh: '比较 {base} 与编辑器中的文本', en: 'Comparing {base} with the text in the editor' },
    diffHint: { zh: '点击一行跳转到新版本中的位置。', en: 'Click a row to jump to its place in the new version.' },
    diffNone: { zh: '承诺没有变化。', en: 'No commitment changed.' },
    colChange: { zh: '变化', en: 'Change' },
    colClass: { zh: '对客户', en: 'For customers' },
    colOld: { zh: '原', en: 'Old' },
    colNew: { zh: '新', en: 'New' },
    diffIntroduced: { zh: '新出现的合规问题', en: 'Compliance problems introduced' },
    diffFixed: { zh: '已修正的合规问题', en: 'Compliance problems fixed' },
    fileGone: { zh: '政策文件已关闭。', en: 'The policy document was closed.' },
    atLine: { zh: '第 {line} 行', en: 'line {line}' },
    /** The language-status item read aloud: its text, then its detail. */
    statusLabel: { zh: '{text}。{detail}', en: '{text}. {detail}' },
    languageProblems: { zh: '语言问题', en: 'Language problems' },
    colSeverity: { zh: '严重程度', en: 'Severity' },
    colRule: { zh: '规则', en: 'Rule' },
    colMessage: { zh: '说明', en: 'Message' },
} as const;

export type TextKey = keyof typeof TEXTS;

const M = defineMessages('extension', TEXTS);

/** The text `key` in `lang` with `{param}` filled in. */
export function text(key: TextKey, params: Record<string, string | number>, lang: Lang): string {
    return say(M[key](params), lang);
}

/** The `lang` attribute of a webview page. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en' };
