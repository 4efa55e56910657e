import { basename, extname, resolve } from 'node:path';
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import type { Command } from 'commander';
import { diffPolicies, forCustomers, type DiffSide } from '../../../diff/index.js';
import { changeSentence } from '../../diff/words.js';
import { analyzeSingle, importRootOption, d, langOption, oneOf, policyCommand, resolveLang, type CliContext } from '../common.js';
import { oldVersionOf } from '../old-version.js';
import { CliError, EXIT } from '../errors.js';
import { displayPath, emit } from '../output.js';

const NOTICE_FORMATS = ['md', 'html', 'pdf'] as const;

export function noticeCommand(ctx: CliContext): Command {
    return policyCommand(ctx, 'notice', d(ctx, '由政策生成面向顾客的售后服务告知书', 'generate the customer-facing after-sales notice from a policy'), NOTICE_FORMATS, 'html')
        .option('-o, --output <file>', d(ctx, '写入文件（pdf 默认写到 <政策名>.pdf）', 'write to a file (pdf defaults to <policy>.pdf)'))
        .option('--since <old>', d(ctx, '加入“本版变化”一节：与此旧版本（政策文件或 git 版本）相比对客户有影响的变化', 'add a "what changed in this version" section: the changes that matter to customers since this old version (a policy file or a git revision)'))
        .option('--draft', d(ctx, '即使政策仍有问题也生成（标注为草稿）', 'generate even when the policy still has problems (marked as a draft)'))
        .addOption(importRootOption(ctx))
        .addOption(langOption(ctx))
        .action(async (file: string, opts: { format: string; output?: string; draft?: boolean; since?: string; importRoot?: string[]; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const format = oneOf(say(CLI.format(), lang), opts.format, NOTICE_FORMATS);
            const { analysis, analyzer } = await analyzeSingle(file, { importRoot: opts.importRoot }, lang);
            let changes: string[] | undefined;
            if (opts.since) {
                const old = oldVersionOf(opts.since, resolve(file));
                try {
                    // The old revision is checked out in a folder of its own: its imports are confined there.
                    const roots = analyzer.workspace.services.aspl.Settings.roots;
                    const widened = old.tree ? [...roots, old.tree.dir] : roots;
                    analyzer.workspace.services.aspl.Settings.roots = widened;
                    const before: DiffSide = old.file ? await analyzer.analyzeFile(old.file) : {};
                    analyzer.workspace.services.aspl.Settings.roots = roots;
                    changes = before.model
                        ? diffPolicies(before, analysis, analyzer.registry).changes.filter((c) => forCustomers(c.kind)).map((c) => changeSentence(c, lang))
                        : [];
                } finally { old.close(); }
            }
            // Loaded on demand: `aspl check` should not pay for the notice generator.
            const notice = await import('../../notice/index.js');
            const rendered = notice.renderNotice(analysis, { format: format === 'pdf' ? 'html' : format, lang, draft: !!opts.draft, changes });
            if (!rendered.ok) throw new CliError(rendered.reason, EXIT.findings); // a refused notice is a finding about the policy (exit 1), not a usage error
            if (format !== 'pdf') {
                emit(rendered.text, opts.output);
                return ctx.exit(EXIT.ok);
            }
            const out = resolve(opts.output ?? `${basename(file, extname(file))}.pdf`);
            const pdf = await notice.renderPdf(rendered.text, out);
            if (!pdf.ok) throw new CliError(pdf.reason);
            process.stderr.write(`${say(CLI.line({ text: CLI.wrote({ file: displayPath(out) }) }), lang)}\n`);
            ctx.exit(EXIT.ok);
        });
}
