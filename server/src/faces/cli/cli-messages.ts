/**
 * The CLI's own lines on stderr and stdout (progress, what was written, why a file was left
 * alone), by id. `CLI.line` puts the `aspl:` prefix before any of them (full-width colon in Chinese).
 */
import { defineMessages } from '../../i18n/message.js';

export const CLI = defineMessages('cli', {
    line: { zh: 'aspl：{text}', en: 'aspl: {text}' },
    warning: { zh: 'aspl：警告：{text}', en: 'aspl: warning: {text}' },
    /** The option name in "unknown format" errors. */
    format: { zh: '格式', en: 'format' },
    wrote: { zh: '已写入 {file}', en: 'wrote {file}' },
    /** The last line of the human output; `{problems}` etc.: English counts with their nouns, `{infos}`: summaryInfos or empty. */
    summary: { zh: '✖ {n} 个问题（{e} 个错误，{w} 个警告{infos}）', en: '✖ {problems} ({errors}, {warnings}{infos})' },
    summaryInfos: { zh: '，{n} 个提示', en: ', {infos}' },
    checking: { zh: '正在检查 {done}/{total} 个政策', en: 'checking {done}/{total} policies' },
    ignored: {
        zh: '{file} 被配置的 ignore 忽略，未检查（用 --no-ignore 可强制检查）',
        en: "{file} is ignored by the config's ignore globs and was not checked (use --no-ignore to check it)",
    },
    /** `{files}`, `{problems}`: English counts with their nouns. */
    fixDryRun: { zh: '试运行：可修复 {fileCount} 个文件中的 {problemCount} 个问题（未写入文件）', en: 'dry run: {problems} in {files} can be fixed (nothing written)' },
    fixed: { zh: '已修复 {fileCount} 个文件中的 {problemCount} 个问题', en: 'fixed {problems} in {files}' },
    nothingScored: { zh: '{file}：没有可以评分的内容。', en: '{file}: nothing could be scored.' },
    inFile: { zh: '位于 {where}', en: 'in {where}' },
    baselineHidden: { zh: '（基线中已记录的 {n} 个问题未显示）', en: '({problems} hidden by the baseline)' },
    /** The Actions step summary: its warning keeps an ASCII colon after `aspl` in both languages. */
    stepSummaryFailed: { zh: 'aspl: 警告：无法写入 GITHUB_STEP_SUMMARY: {why}', en: 'aspl: warning: cannot write GITHUB_STEP_SUMMARY: {why}' },
    notInForce: { zh: '注意：{file} 没有适用评分标准（applies 中未列出），以下仍按其打分。', en: 'Note: {file} does not apply a scored standard; it is scored anyway.' },
    /** `{errors}`: "2 language errors" in English. */
    scoreMayBeOff: { zh: '注意：政策有 {n} 个语言错误（运行 aspl check 查看），评分可能不准确。', en: 'Note: the policy has {errors} (see aspl check); the score may be off.' },
    notApplicable: {
        zh: '{id} — {title}：不适用于此政策（适用条件不满足，如没有定制商品品类），不评分。',
        en: '{id} — {title}: does not apply to this policy (its condition is not met, e.g. no custom-made product category); not scored.',
    },
    /** `{problems}`, `{warnings}`, `{errors}`: English counts with their nouns. */
    baselineRecorded: { zh: '已把 {n} 个问题写入基线 {file}', en: 'recorded {problems} in the baseline {file}' },
    baselinePruned: { zh: '已从基线 {file} 删去 {n} 个不再出现的问题', en: 'pruned {problems} no longer found from the baseline {file}' },
    tooManyWarnings: { zh: '警告 {n} 个，超过 --max-warnings {max}', en: '{warnings}, more than --max-warnings {max}' },
    exportIncomplete: { zh: '{file} 有 {n} 个语言错误，导出的模型可能不完整（运行 aspl check 查看）', en: '{file} has {errors}; the model may be incomplete (see aspl check)' },
    annotationsLeft: {
        zh: '另有 {n} 个问题未作为注释显示（GitHub 每类每步最多显示 {max} 个）；完整列表见本步骤的日志与摘要',
        en: "{n} more {problems} {isAre} not shown as annotations (GitHub shows {max} of each type per step); the full list is in this step's log and summary",
    },
    internalError: { zh: '内部错误', en: 'internal error' },
    placeholderCompany: { zh: '我的公司有限公司', en: 'My Company Co., Ltd.' },
});

/** The GitHub Actions step summary (Markdown). `{policies}`: "3 policies" in English. */
export const STEP = defineMessages('cli-step', {
    heading: { zh: '### ASPL 检查', en: '### ASPL check' },
    clean: { zh: '✔ {n} 个政策，没有问题', en: '✔ {policies}, no problems' },
    inFiles: { zh: '{files} 个政策中的 {withProblems} 个', en: 'in {withProblems} of {policies}' },
    fileTable: { zh: '| 文件 | 错误 | 警告 | 提示 |', en: '| file | errors | warnings | infos |' },
    problems: { zh: '问题', en: 'Problems' },
    problemTable: { zh: '| 位置 | 严重程度 | 规则 | 说明 |', en: '| where | severity | rule | message |' },
    more: { zh: '……另有 {n} 个，见日志', en: '… and {n} more in the log' },
});

/** `aspl rules`: how each catalog is switched on and scored. */
export const RULES = defineMessages('cli-rules', {
    mandatory: { zh: '强制', en: 'mandatory' },
    onByDefault: { zh: '默认启用', en: 'on by default' },
    optIn: { zh: '需在 applies 或配置中启用', en: 'opt-in (applies / config)' },
    scored: { zh: '评分（满分 {total}，{minimum} 分达标）', en: 'scored ({total} points, pass at {minimum})' },
    sourceIncomplete: { zh: '原文不完整', en: 'source incomplete' },
    clauses: { zh: '{n} 条', en: '{n} clauses' },
    points: { zh: '{n} 分', en: '{n} pt' },
});

/** `aspl fmt`: why a file was not formatted or written. */
export const FMT = defineMessages('cli-fmt', {
    cannotFormat: { zh: '{where}：无法格式化，文件未改动：{message}', en: '{where}: cannot format, file left unchanged: {message}' },
    cannotRead: { zh: '无法读取 {file}：{why}', en: 'cannot read {file}: {why}' },
    formatterFailed: { zh: '{file}：格式化出错，文件未改动：{message}', en: '{file}: formatter failed, file left unchanged: {message}' },
    syntaxErrors: { zh: '有语法错误', en: 'syntax errors' },
    andMore: { zh: '（另有 {n} 处）', en: ' (and {n} more)' },
    outside: { zh: '{file} 经符号链接指向所给路径之外，未写入', en: '{file} leads outside the given paths through a symbolic link; not written' },
    formatted: { zh: '已格式化 {file}', en: 'formatted {file}' },
    cannotWrite: { zh: '无法写入 {file}，文件未改动：{why}', en: 'cannot write {file}, file left unchanged: {why}' },
    /** `{files}`: "2 files" in English. */
    wouldReformat: { zh: '{n} 个文件需要格式化（运行 aspl fmt --write）', en: '{files} would be reformatted (run aspl fmt --write)' },
});
