import { basename, extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { diffPolicies, forCustomers, type DiffSide } from '../../../diff/index.js';
import { changeSentence } from '../../diff/words.js';
import { analyzeSingle, d, langOption, oneOf, resolveLang, type CliContext } from '../common.js';
import { oldVersionOf } from '../old-version.js';
import { CliError, EXIT } from '../errors.js';
import { displayPath, emit } from '../output.js';

type NoticeFormat = 'md' | 'html' | 'pdf';

export function noticeCommand(ctx: CliContext): Command {
    return new Command('notice')
        .description(d(ctx, '由政策生成面向顾客的售后服务告知书', 'generate the customer-facing after-sales notice from a policy'))
        .argument('<file>', d(ctx, '政策文件', 'policy file'))
        .addOption(new Option('-f, --format <format>', d(ctx, '格式：md|html|pdf', 'format: md|html|pdf')).default('html'))
        .option('-o, --output <file>', d(ctx, '写入文件（pdf 默认写到 <政策名>.pdf）', 'write to a file (pdf defaults to <policy>.pdf)'))
        .option('--since <old>', d(ctx, '加入“本版变化”一节：与此旧版本（政策文件或 git 版本）相比对客户有影响的变化', 'add a "what changed in this version" section: the changes that matter to customers since this old version (a policy file or a git revision)'))
        .option('--draft', d(ctx, '即使政策仍有问题也生成（标注为草稿）', 'generate even when the policy still has problems (marked as a draft)'))
        .addOption(langOption(ctx))
        .action(async (file: string, opts: { format: string; output?: string; draft?: boolean; since?: string; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(lang === 'zh' ? '格式' : 'format', opts.format, ['md', 'html', 'pdf'] as const) as NoticeFormat;
            const { analysis, analyzer } = await analyzeSingle(file, {}, lang);
            let changes: string[] | undefined;
            if (opts.since) {
                const old = oldVersionOf(opts.since, resolve(file));
                try {
                    const before: DiffSide = old.file ? await analyzer.analyzeFile(old.file) : {};
                    changes = before.model
                        ? diffPolicies(before, analysis, analyzer.registry).changes.filter((c) => forCustomers(c.kind)).map((c) => changeSentence(c, lang))
                        : [];
                } finally { old.close(); }
            }
            // Loaded on demand: `aspl check` should not pay for the notice generator.
            const notice = await import('../../notice/index.js');
            const rendered = notice.renderNotice(analysis, { format: format === 'pdf' ? 'html' : format, lang, draft: !!opts.draft, changes });
            if (!rendered.ok) throw new CliError(rendered.reason);
            if (format !== 'pdf') {
                emit(rendered.text, opts.output);
                return ctx.exit(EXIT.ok);
            }
            const out = resolve(opts.output ?? `${basename(file, extname(file))}.pdf`);
            const pdf = await notice.renderPdf(rendered.text, out);
            if (!pdf.ok) throw new CliError(pdf.reason);
            process.stderr.write(lang === 'zh' ? `aspl：已写入 ${displayPath(out)}\n` : `aspl: wrote ${displayPath(out)}\n`);
            ctx.exit(EXIT.ok);
        });
}
