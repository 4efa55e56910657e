import { Command, Option } from 'commander';
import type { Catalog, Check } from '../../../engine/catalog/types.js';
import type { Lang } from '../../../i18n/locale.js';
import { collect, d, langOption, oneOf, registryFor, resolveLang, warnCatalogProblems, type CliContext } from '../common.js';
import { EXIT } from '../errors.js';
import { colorsFor, emit } from '../output.js';
import { clauseAnchor } from '../rule-info.js';

/** How a clause is checked, in one line. */
export function describeCheck(check: Check | undefined, lang: Lang): string {
    const zh = lang === 'zh';
    if (!check) return zh ? '仅声明（attest）' : 'attestation only (attest)';
    const k = Object.keys(check)[0] as keyof Check;
    const v = (check as Record<string, unknown>)[k] as never;
    switch (k as string) {
        case 'exists': return zh ? `写明 ${v}` : `states ${v}`;
        case 'count': { const c = v as { path: string; atLeast: number }; return zh ? `${c.path} 至少 ${c.atLeast} 项` : `at least ${c.atLeast} × ${c.path}`; }
        case 'maxDuration': { const c = v as { path: string; limit: string }; return zh ? `${c.path} 不超过 ${c.limit}` : `${c.path} ≤ ${c.limit}`; }
        case 'minDuration': { const c = v as { path: string; limit: string }; return zh ? `${c.path} 不少于 ${c.limit}` : `${c.path} ≥ ${c.limit}`; }
        case 'oneOf': { const c = v as { path: string; values: unknown[] }; return zh ? `${c.path} 为 ${c.values.join('/')} 之一` : `${c.path} is one of ${c.values.join('/')}`; }
        case 'noneOf': { const c = v as { path: string; values: unknown[] }; return zh ? `${c.path} 不为 ${c.values.join('/')}` : `${c.path} is none of ${c.values.join('/')}`; }
        case 'format': { const c = v as { path: string; is?: string }; return zh ? `${c.path} 无占位文字${c.is ? `且为有效的 ${c.is}` : ''}` : `${c.path} has no placeholder${c.is ? ` and is a valid ${c.is}` : ''}`; }
        case 'forbiddenText': { const c = v as { patterns: string[] }; return zh ? `不得出现 /${c.patterns.join('/, /')}/` : `no text matching /${c.patterns.join('/, /')}/`; }
        case 'when': { const c = v as { if: Check; then: Check }; return zh ? `若 ${describeCheck(c.if, lang)}，则 ${describeCheck(c.then, lang)}` : `if ${describeCheck(c.if, lang)} then ${describeCheck(c.then, lang)}`; }
        case 'all': return (v as Check[]).map((c) => describeCheck(c, lang)).join(zh ? '，且 ' : ' and ');
        case 'any': return (v as Check[]).map((c) => describeCheck(c, lang)).join(zh ? '，或 ' : ' or ');
        case 'builtin': return zh ? `内置检查 ${v}` : `builtin check ${v}`;
        default: return String(k);
    }
}

function catalogJson(c: Catalog, lang: Lang) {
    return {
        id: c.id, number: c.number, title: c.title[lang], status: c.status, enabledByDefault: c.enabledByDefault,
        mandatory: !!c.mandatory, partial: !!c.partial, scored: !!c.scoring,
        clauses: c.clauses.map((cl) => ({
            ruleId: `${c.id} ${cl.id}`, clause: cl.id, section: cl.section[lang], summary: cl.summary[lang], level: cl.level,
            severity: cl.level === 'shall' ? 'error' : cl.level === 'should' ? 'warning' : 'info',
            ...(cl.points !== undefined ? { points: cl.points } : {}), ...(cl.pointsInferred ? { pointsInferred: true } : {}),
            check: cl.check ? 'check' : 'attestation', how: describeCheck(cl.check, lang),
            helpUri: `docs/standards/${c.id}.md#${clauseAnchor(cl.id)}`,
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
        .addOption(langOption(ctx))
        .action((opts: { standard?: string[]; format: string; config?: string; output?: string; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(lang === 'zh' ? '格式' : 'format', opts.format, ['text', 'json'] as const);
            const registry = registryFor(opts.config, opts.standard ?? []);
            warnCatalogProblems(registry, lang);
            const catalogs = opts.standard?.length ? opts.standard.map((id) => registry.get(id)!) : registry.all();
            if (format === 'json') {
                emit(JSON.stringify({ schemaVersion: 1, catalogs: catalogs.map((c) => catalogJson(c, lang)) }, null, 2) + '\n', opts.output);
                return ctx.exit(EXIT.ok);
            }
            const c = colorsFor(!!opts.output);
            const zh = lang === 'zh';
            const out: string[] = [];
            for (const cat of catalogs) {
                const flags = [
                    cat.status,
                    cat.mandatory ? (zh ? '强制' : 'mandatory') : cat.enabledByDefault ? (zh ? '默认启用' : 'on by default') : (zh ? '需在 applies 或配置中启用' : 'opt-in (applies / config)'),
                    ...(cat.scoring ? [zh ? `评分（满分 ${cat.scoring.total}，${cat.scoring.pass.minimum} 分达标）` : `scored (${cat.scoring.total} points, pass at ${cat.scoring.pass.minimum})`] : []),
                    ...(cat.partial ? [zh ? '原文不完整' : 'source incomplete'] : []),
                ];
                out.push(c.bold(`${cat.id}  ${cat.number}  ${cat.title[lang]}`), c.dim(`  ${flags.join(' · ')} · ${cat.clauses.length} ${zh ? '条' : 'clauses'}`));
                const w = cat.clauses.reduce((m, cl) => Math.max(m, cl.id.length), 0);
                for (const cl of cat.clauses) {
                    const level = cl.level === 'shall' ? c.red(zh ? '应' : 'shall ') : cl.level === 'should' ? c.yellow(zh ? '宜' : 'should') : c.blue(zh ? '可' : 'may   ');
                    const pts = cl.points !== undefined ? c.dim(` [${cl.points}${cl.pointsInferred ? '*' : ''}${zh ? ' 分' : ' pt'}]`) : '';
                    out.push(`  ${cl.id.padEnd(w)}  ${level}  ${cl.summary[lang]}${pts}`);
                    out.push(c.dim(`  ${' '.repeat(w)}  ${zh ? '  ' : '      '}  ↳ ${describeCheck(cl.check, lang)}`));
                }
                out.push('');
            }
            emit(out.join('\n'), opts.output);
            ctx.exit(EXIT.ok);
        });
}
