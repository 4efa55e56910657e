import { basename, extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { analyzeSingle, d, langOption, oneOf, resolveLang, type CliContext } from '../common.js';
import { CliError, EXIT } from '../errors.js';
import { displayPath, emit } from '../output.js';

type NoticeFormat = 'md' | 'html' | 'pdf';

export function noticeCommand(ctx: CliContext): Command {
    return new Command('notice')
        .description(d(ctx, '由政策生成面向顾客的售后服务告知书', 'generate the customer-facing after-sales notice from a policy'))
        .argument('<file>', d(ctx, '政策文件', 'policy file'))
        .addOption(new Option('-f, --format <format>', d(ctx, '格式：md|html|pdf', 'format: md|html|pdf')).default('html'))
        .option('-o, --output <file>', d(ctx, '写入文件（pdf 默认写到 <政策名>.pdf）', 'write to a file (pdf defaults to <policy>.pdf)'))
        .option('--draft', d(ctx, '即使政策仍有问题也生成（标注为草稿）', 'generate even when the policy still has problems (marked as a draft)'))
        .addOption(langOption(ctx))
        .action(async (file: string, opts: { format: string; output?: string; draft?: boolean; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(lang === 'zh' ? '格式' : 'format', opts.format, ['md', 'html', 'pdf'] as const) as NoticeFormat;
            const { analysis } = await analyzeSingle(file, {}, lang);
            // Loaded on demand: `aspl check` should not pay for the notice generator.
            const notice = await import('../../notice/index.js');
            const rendered = notice.renderNotice(analysis, { format: format === 'pdf' ? 'html' : format, lang, draft: !!opts.draft });
            if (!rendered.ok) throw new CliError(rendered.reason, EXIT.findings); // a refused notice is a finding about the policy (exit 1), not a usage error
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
