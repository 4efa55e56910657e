import { LEVEL } from '../../../engine/status.js';
import { say, type Msg } from '../../../i18n/message.js';
import { CLI, RULES } from '../cli-messages.js';
import { Command, Option } from 'commander';
import type { Catalog } from '../../../engine/catalog/types.js';
import { describeCheck } from '../../../engine/checks/registry.js';
import type { Lang } from '../../../i18n/locale.js';
import { collect, d, langOption, oneOf, registryFor, resolveLang, warnCatalogProblems, type CliContext } from '../common.js';
import { EXIT } from '../errors.js';
import { colorsFor, emit } from '../output.js';
import { clauseDocUrl } from '../../../engine/doc-links.js';

function catalogJson(c: Catalog, lang: Lang, docsBaseUrl?: string) {
    return {
        id: c.id, number: c.number, title: c.title[lang], status: c.status, enabledByDefault: c.enabledByDefault,
        mandatory: !!c.mandatory, partial: !!c.partial, scored: !!c.scoring,
        clauses: c.clauses.map((cl) => ({
            ruleId: `${c.id} ${cl.id}`, clause: cl.id, section: cl.section[lang], summary: cl.summary[lang], level: cl.level,
            severity: LEVEL[cl.level].severity,
            ...(cl.points !== undefined ? { points: cl.points } : {}), ...(cl.pointsInferred ? { pointsInferred: true } : {}),
            check: cl.check ? 'check' : 'attestation', how: describeCheck(cl.check)[lang],
            helpUri: clauseDocUrl(c.id, cl.id, docsBaseUrl),
        })),
    };
}

export function rulesCommand(ctx: CliContext): Command {
    return new Command('rules')
        .description(d(ctx, '列出标准目录及其条款：级别与检查方式', 'list the standard catalogs and their clauses, with levels and how each is checked'))
        .option('-s, --standard <id>', d(ctx, '只列出此标准（可重复）', 'list this standard only (repeatable)'), collect)
        .addOption(new Option('-f, --format <format>', d(ctx, '格式：text|json', 'format: text|json')).default('text'))
        .option('-c, --config <file>', d(ctx, '同时列出此配置的公司标准包', "include this config's company packs"))
        .option('-o, --output <file>', d(ctx, '写入文件而不是标准输出', 'write to a file instead of stdout'))
        .option('--docs-base-url <url>', d(ctx, '条款文档链接的基础网址（json 的 helpUri；默认：随 aspl 安装的文档）', "base URL of the clauses' documentation (json helpUri; default: the docs installed with aspl)"))
        .addOption(langOption(ctx))
        .action((opts: { standard?: string[]; format: string; config?: string; output?: string; docsBaseUrl?: string; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(say(CLI.format(), lang), opts.format, ['text', 'json'] as const);
            const registry = registryFor(opts.config, opts.standard ?? []);
            warnCatalogProblems(registry, lang);
            const catalogs = opts.standard?.length ? opts.standard.map((id) => registry.get(id)!) : registry.all();
            if (format === 'json') {
                emit(JSON.stringify({ schemaVersion: 1, catalogs: catalogs.map((c) => catalogJson(c, lang, opts.docsBaseUrl)) }, null, 2) + '\n', opts.output);
                return ctx.exit(EXIT.ok);
            }
            const c = colorsFor(!!opts.output);
            const t = (m: Msg) => say(m, lang);
            // Layout, not text: English level words are padded to one width (and their ↳ line indented to match); Chinese ones are one or two characters.
            const zh = lang === 'zh';
            const out: string[] = [];
            for (const cat of catalogs) {
                const flags = [
                    cat.status,
                    t(cat.mandatory ? RULES.mandatory() : cat.enabledByDefault ? RULES.onByDefault() : RULES.optIn()),
                    ...(cat.scoring ? [t(RULES.scored({ total: cat.scoring.total, minimum: cat.scoring.pass.minimum }))] : []),
                    ...(cat.partial ? [t(RULES.sourceIncomplete())] : []),
                ];
                out.push(c.bold(`${cat.id}  ${cat.number}  ${cat.title[lang]}`), c.dim(`  ${flags.join(' · ')} · ${t(RULES.clauses({ n: cat.clauses.length }))}`));
                const w = cat.clauses.reduce((m, cl) => Math.max(m, cl.id.length), 0);
                for (const cl of cat.clauses) {
                    const word = zh ? LEVEL[cl.level].word.zh : LEVEL[cl.level].word.en.padEnd(6);
                    const level = cl.level === 'shall' ? c.red(word) : cl.level === 'should' ? c.yellow(word) : c.blue(word);
                    const pts = cl.points !== undefined ? c.dim(` [${t(RULES.points({ n: `${cl.points}${cl.pointsInferred ? '*' : ''}` }))}]`) : '';
                    out.push(`  ${cl.id.padEnd(w)}  ${level}  ${cl.summary[lang]}${pts}`);
                    out.push(c.dim(`  ${' '.repeat(w)}  ${zh ? '  ' : '      '}  ↳ ${describeCheck(cl.check)[lang]}`));
                }
                out.push('');
            }
            emit(out.join('\n'), opts.output);
            ctx.exit(EXIT.ok);
        });
}
