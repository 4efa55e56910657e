import type { Bilingual } from './locale.js';
import { defineMessages } from './message.js';

/** Messages of the language level (syntax hints and semantic validation), by issue code. */
export const LANGUAGE_MESSAGES = {
    'unknown-word': {
        zh: '未知的{what}“{word}”；可用：{expected}',
        en: "Unknown {what} '{word}'; expected one of: {expected}",
    },
    'chinese-numeral': {
        zh: '时长“{word}”用了中文数字；时长的数字请用阿拉伯数字，写作“{digits}”',
        en: "The duration '{word}' is written in Chinese numerals; a duration takes digits: write '{digits}'",
    },
    'duplicate-name': {
        zh: '{what}“{name}”重复定义（第 {line} 行已定义）',
        en: "Duplicate {what} '{name}' (already defined on line {line})",
    },
    'duplicate-field': {
        zh: '“{field}”写了不止一次，只有最后一次生效；请删去多余的一处',
        en: "'{field}' is given more than once and only the last one counts; remove the extra one",
    },
    'no-policy': {
        zh: '此文件中没有政策（文件为空，或只有注释或导入）',
        en: 'No policy in this file (it is empty, or holds only comments or imports)',
    },
    'number-too-large': {
        zh: '数字 {text} 过大（上限 {limit}）：请写明实际的数值',
        en: 'The number {text} is too large (at most {limit}): state the real figure',
    },
    'negative-money': { zh: '金额不能为负数：{text}', en: 'An amount cannot be negative: {text}' },
    'bad-money-range': { zh: '金额范围 {text} 的上限不大于下限', en: 'The amount range {text} does not go up' },
    'negative-duration': { zh: '时长不能为负数：{text}', en: 'A duration cannot be negative: {text}' },
    'zero-duration': { zh: '时长为 0：{text}，请写出实际时限', en: 'A duration of zero: {text}; state the real time limit' },
    'bad-time': { zh: '不存在的时刻“{text}”（时 0–24，分 0–59）', en: "No such time of day '{text}' (hours 0–24, minutes 0–59)" },
    'bad-time-range': {
        zh: '时段 {start}-{end} 的结束早于或等于开始',
        en: 'The range {start}-{end} ends before or when it starts',
    },
    'bad-date': { zh: '不存在的日期“{text}”', en: "No such date '{text}'" },
    'bad-percent': { zh: '百分比应在 0%–100% 之间：{text}', en: 'A percentage must be between 0% and 100%: {text}' },
    'resolve-before-respond': {
        zh: '解决时限 {resolve} 短于响应时限 {respond}：问题不可能在响应之前解决',
        en: 'Resolution time {resolve} is shorter than response time {respond}: nothing can be resolved before it is answered',
    },
    'empty-text': { zh: '{what}不能为空', en: '{what} cannot be empty' },
    'unknown-catalog': {
        zh: '未知的标准目录“{id}”；已知：{known}',
        en: "Unknown standard catalog '{id}'; known: {known}",
    },
    'unknown-clause': {
        zh: '标准 {catalog} 中没有条款 {clause}',
        en: 'Standard {catalog} has no clause {clause}',
    },
    'attest-checked': {
        zh: '{catalog} {clause} 由政策字段检查（{fields}），不能以声明代替：请写明该字段，并删去此 attest 行',
        en: '{catalog} {clause} is checked from the policy’s fields ({fields}); a statement cannot replace them: state the field and remove this attest line',
    },
    'waive-mandatory': {
        zh: '{catalog} 是法律，不能豁免 {clause}：商品依法不适用的，在品类上写明法定除外（定制；类型 生鲜、数字商品、报刊；或 除外 “…” 购买时确认），条款即不适用；否则请满足该条款',
        en: '{catalog} is law and {clause} cannot be waived: where the goods are exempt by law, state it on the category (custom; kind perishable, digital, periodical; or exempt "…" confirmed-at-purchase) and the clause no longer applies; otherwise meet the clause',
    },
    'attest-not-in-force': {
        zh: '标准 {catalog} 对此政策不在适用范围内（未列入 适用），此声明不起作用',
        en: 'Standard {catalog} is not in force for this policy (not listed in applies); this attestation has no effect',
    },
    'waive-not-in-force': {
        zh: '标准 {catalog} 对此政策不在适用范围内（未列入 适用），此豁免不起作用',
        en: 'Standard {catalog} is not in force for this policy (not listed in applies); this waiver has no effect',
    },
    'empty-justification': {
        zh: '豁免 {catalog} {clause} 必须写明理由，供审核人阅读',
        en: 'Waiving {catalog} {clause} needs a justification that reviewers can read',
    },
    'attest-placeholder': {
        zh: '还有 {count} 条承诺声明是占位文字（待填写）：请逐条写明公司如何做到；在此之前，这些条款并未真正满足',
        en: 'Attestations still holding placeholder text (TODO): {count}. Write how the company meets each clause; until then those clauses are not really met',
    },
    'import-missing': { zh: '找不到导入的文件“{path}”', en: "Imported file '{path}' not found" },
    'import-not-aspl': { zh: '只能导入 .aspl 文件：“{path}”', en: "Only .aspl files can be imported: '{path}'" },
    'import-outside': {
        zh: '导入路径“{path}”指向工作区之外',
        en: "Imported path '{path}' points outside the workspace",
    },
    'invalid-utf8': {
        zh: '文件不是有效的 UTF-8 编码（此处有无法识别的字节，已显示为 �）；请以 UTF-8 重新保存',
        en: 'The file is not valid UTF-8 (unreadable bytes here, shown as �); save it as UTF-8',
    },
    'bidi-control': {
        zh: '此处有不可见的文字方向控制字符 {code}：它让文字显示的顺序与实际含义不同（“Trojan Source”），请删除',
        en: 'Invisible text-direction control {code} here: it makes the text display in another order than it is read ("Trojan Source"); remove it',
    },
    'import-cycle': { zh: '循环导入：{chain}', en: 'Import cycle: {chain}' },
    'import-no-policy': { zh: '导入的文件“{path}”中没有政策', en: "Imported file '{path}' contains no policy" },
    'unresolved-reference': {
        zh: '找不到名为“{name}”的{what}',
        en: "No {what} named '{name}'",
    },
    'extends-not-imported': {
        zh: '继承的政策“{name}”必须先用 import 导入其文件',
        en: "The base policy '{name}' must be imported with an import of its file",
    },
    'unexpected-character': { zh: '无法识别的字符 {char}', en: 'Unexpected character {char}' },
    'unexpected-characters': { zh: '无法识别的字符 {char} 起共 {count} 个字符，已跳过', en: 'Unexpected characters from {char} on ({count} skipped)' },
    'unterminated-string': { zh: '引号 {char} 在本行内没有对应的结束引号', en: 'The quote {char} is not closed on this line' },
    'keyword-glued': {
        zh: '关键字“{keyword}”后请加空格：“{keyword} {rest}”',
        en: "Put a space after the keyword '{keyword}': '{keyword} {rest}'",
    },
} satisfies Record<string, Bilingual>;

export type LanguageMessageKey = keyof typeof LANGUAGE_MESSAGES;

/** The language messages by id (`language.<code>`), rendered where they are shown. */
export const LANGUAGE = defineMessages('language', LANGUAGE_MESSAGES);

/** Words the language messages take as parameters, so they are read in the reader's language. */
export const LANGUAGE_WORDS = defineMessages('language-word', {
    'channel': { zh: '渠道', en: 'channel' },
    'fee': { zh: '费用项目', en: 'fee' },
    'service': { zh: '服务', en: 'service' },
    'duration-unit': { zh: '时长单位', en: 'duration unit' },
    'duration-units': { zh: '分钟、小时、天、工作日、周、个月、季度、年', en: 'minutes, hours, days, working days, weeks, months, quarters, years' },
    'channel-contact': { zh: '渠道联系方式', en: 'A channel contact' },
    'provider-name': { zh: '提供方名称', en: 'The provider name' },
    'fee-label': { zh: '费用名称', en: 'A fee label' },
    'escalation-target': { zh: '升级对象', en: 'The escalation target' },
});
