import { count } from '../../../i18n/plural.js';
import { CLI } from '../cli-messages.js';
import { say } from '../../../i18n/message.js';
import { Command } from 'commander';
import { analyzeSingle, importRootOption, d, langOption, resolveLang, type CliContext } from '../common.js';
import { EXIT, fail } from '../errors.js';
import { emit } from '../output.js';

export function exportCommand(ctx: CliContext): Command {
    return new Command('export')
        .description(d(ctx, '以 JSON 输出政策的 PolicyModel', "print the policy's PolicyModel as JSON"))
        .argument('<file>', d(ctx, '政策文件', 'policy file'))
        .option('-o, --output <file>', d(ctx, '写入文件而不是标准输出', 'write to a file instead of stdout'))
        .option('--compact', d(ctx, '不缩进', 'no indentation'))
        .addOption(importRootOption(ctx))
        .addOption(langOption(ctx))
        .action(async (file: string, opts: { output?: string; compact?: boolean; importRoot?: string[]; lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const { analysis } = await analyzeSingle(file, { importRoot: opts.importRoot }, lang);
            if (!analysis.model) {
                const first = analysis.problems[0];
                const at = first ? `:${first.range.start.line + 1}:${first.range.start.character + 1}: ${first.message}` : '';
                fail(`${file} 无法解析${at}`, `${file} cannot be parsed${at}`);
            }
            const errors = analysis.problems.filter((p) => p.severity === 'error');
            if (errors.length) {
                process.stderr.write(`${say(CLI.warning({ text: CLI.exportIncomplete({ file, n: errors.length, errors: count(errors.length, 'language error') }) }), lang)}\n`);
            }
            emit(JSON.stringify(analysis.model, null, opts.compact ? undefined : 2) + '\n', opts.output);
            ctx.exit(EXIT.ok);
        });
}
