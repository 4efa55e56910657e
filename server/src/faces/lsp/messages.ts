/** The language server's own words (hovers, lenses, quick-fix titles), in both languages. */
import type { Bilingual } from '../../i18n/locale.js';
import { defineMessages } from '../../i18n/message.js';
import { ATTEST_PLACEHOLDER, TODO_PLACEHOLDER } from '../../parse/placeholders.js';

export const LSP_MESSAGES = {
    'via-import': { zh: '在导入的 {file} 第 {line} 行：{message}', en: 'In imported {file} line {line}: {message}' },
    'via-child': { zh: '{message}（按 {file} 的标准检查）', en: '{message} (checked for {file})' },
    'evidence': { zh: '依据', en: 'evidence' },
    'with-assumption': { zh: '{message}\n假设：{text}', en: '{message}\nAssumption: {text}' },
    'lens-standard': { zh: '{id}：满足 {ok} · 违反 {bad} · 未涉及 {missing}', en: '{id}: {ok} satisfied · {bad} violated · {missing} not addressed' },
    'lens-score': { zh: '{id} 得分 {earned}/{total}（及格 {minimum}）：{verdict}', en: '{id} score {earned}/{total} (pass {minimum}): {verdict}' },
    'lens-problems': { zh: '违反 {bad} · 未涉及 {missing}', en: '{bad} violated · {missing} not addressed' },
    'lens-all-met': { zh: '{count} 条条款均已满足', en: 'all {count} clauses met' },
    'lens-score-short': { zh: '{id} {earned}/{total} {verdict}', en: '{id} {earned}/{total} {verdict}' },
    'lens-click': { zh: '点击查看合规报告。', en: 'Click for the compliance report.' },
    'lens-stale': { zh: '（上次可解析）', en: ' (last parsed)' },
    'lens-stale-detail': { zh: '政策现有语法错误：数字来自上次可解析的文本。', en: 'The policy has syntax errors: the counts are those of the last text that parsed.' },
    'lens-none': { zh: '未适用任何标准', en: 'no standard in force' },
    'lens-partial': { zh: '部分政策：随导入它的政策检查', en: 'partial: checked in the policies importing it' },
    'fix-replace': { zh: '改为“{text}”（{rule}）', en: "Change to '{text}' ({rule})" },
    'fix-insert': { zh: '补上{what}（{rule}）', en: 'Add the {what} ({rule})' },
    'fix-attest': { zh: '添加 {rule} 的承诺声明', en: 'Add an attest line for {rule}' },
    'fix-remove': { zh: '删除“{text}”（{rule}）', en: "Remove '{text}' ({rule})" },
    'fix-confirm': { zh: '注明购买时经消费者确认（{rule}）', en: 'State that the consumer confirms at purchase ({rule})' },
    'fix-all': { zh: '修复本文件中全部此类问题（{count} 处）', en: 'Fix all of this kind in the file ({count})' },
    'fix-word': { zh: '改为“{word}”', en: "Change to '{word}'" },
    'fix-space': { zh: '在“{keyword}”后加空格', en: "Put a space after '{keyword}'" },
    'fix-attest-field': { zh: '改为写明字段（{rule}），删去此声明', en: 'Write the field instead ({rule}) and remove this attest line' },
    'fix-attest-remove': { zh: '删去此声明', en: 'Remove this attest line' },
    'attest-stub': ATTEST_PLACEHOLDER,
    'todo': TODO_PLACEHOLDER,
    'keyword': { zh: '关键字', en: 'keyword' },
    'old-text-from-client': { zh: '{file}（客户端提供的旧版本）', en: '{file} (old text from the client)' },
    'hover-clauses': { zh: '依赖此项的条款', en: 'Clauses resting on it' },
    'hover-more': { zh: '……另有 {count} 条', en: '… and {count} more' },
    'hover-level': { zh: '级别', en: 'level' },
    'hover-points': { zh: '分值', en: 'points' },
    'hover-status': { zh: '状态', en: 'status' },
    'hover-confidence': { zh: '依据 {cite}（置信度 {confidence}：{meaning}）', en: 'source {cite} (confidence {confidence}: {meaning})' },
    'confidence-V': { zh: '已对照全文核实', en: 'checked against the full text' },
    'confidence-S': { zh: '多个二手来源一致，未对照全文', en: 'several secondary sources agree, not checked against the full text' },
    'confidence-R': { zh: '凭记忆，未核实', en: 'recalled, unverified' },
    'hover-inferred': { zh: '（推定）', en: ' (inferred)' },
    'hover-duration': { zh: '规范值：{value}', en: 'Normalized: {value}' },
    'hover-working': {
        zh: '按工作日计算：相当于 {min}–{max} 个自然日（周末及一次 {holiday} 天长假的最不利情况）',
        en: 'Counted in working days: {min}–{max} calendar days (worst case with weekends and one {holiday}-day public holiday)',
    },
    'hover-minutes': { zh: '合 {minutes} 分钟', en: '= {minutes} minutes' },
    'hover-catalog': { zh: '{count} 条条款 · {status}', en: '{count} clauses · {status}' },
    'hover-word': { zh: '{what}：{value}', en: '{what}: {value}' },
    'hover-unknown-word': { zh: '未知的{what}', en: 'unknown {what}' },
    'hover-channel': { zh: '渠道 {name}（{kind}）', en: 'channel {name} ({kind})' },
    'report-title': { zh: '合规报告：{name}', en: 'Compliance report: {name}' },
    'folder-too-wide': {
        zh: 'ASPL：工作区文件夹 {where} 是根目录或主目录，不建立索引（否则要遍历整个磁盘）；已打开的政策照常检查。请打开政策所在的文件夹。',
        en: 'ASPL: the workspace folder {where} is the root or home folder and is not indexed (that would walk the whole disk); open policies are still checked. Open the folder that holds your policies.',
    },
} satisfies Record<string, Bilingual>;

export type LspMessageKey = keyof typeof LSP_MESSAGES;

/** The same messages by id (`lsp.<key>`), for texts a diagnostic keeps and renders when published. */
export const LSP = defineMessages('lsp', LSP_MESSAGES);
