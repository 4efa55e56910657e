import { escapeInvisible } from '../../io/inert.js';
import { CLI } from './cli-messages.js';
import { say } from '../../i18n/message.js';
import { Command, CommanderError } from 'commander';
import type { Lang } from '../../i18n/locale.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { fmtCommand } from './commands/fmt.js';
import { initCommand } from './commands/init.js';
import { lspCommand } from './commands/lsp.js';
import { noticeCommand } from './commands/notice.js';
import { reportCommand } from './commands/report.js';
import { rulesCommand } from './commands/rules.js';
import { scoreCommand } from './commands/score.js';
import { d, preLang, type CliContext } from './common.js';
import { commanderMessage } from './commander-messages.js';
import { CliError, EXIT } from './errors.js';
import { packageInfo } from './version.js';

export function buildProgram(ctx: CliContext): Command {
    const showHelp = d(ctx, '显示帮助', 'show help');
    const program = new Command('aspl')
        .description(d(ctx, 'ASPL：把售后服务政策当作可检查的源文件——按标准检查、报告、评分、格式化',
            'ASPL: after-sales service policies as checked source files — lint against standards, report, score, format'))
        .version(packageInfo().version, '-v, --version', d(ctx, '显示版本号', 'print the version'))
        .helpOption('-h, --help', showHelp)
        .helpCommand('help [command]', d(ctx, '显示某个命令的帮助', 'show help for a command'))
        .showSuggestionAfterError(true)
        .addHelpText('after', d(ctx, '\n退出码：0 无问题；1 有达到 --fail-on 的问题（或警告超过 --max-warnings）；2 用法或读写错误。\n说明：docs/cli.md',
            '\nExit codes: 0 clean; 1 problems at or above --fail-on (or more warnings than --max-warnings); 2 usage or I/O error.\nDocumentation: docs/cli.md'));
    for (const make of [checkCommand, diffCommand, reportCommand, scoreCommand, fmtCommand, rulesCommand, exportCommand, initCommand, noticeCommand, lspCommand]) {
        const cmd = make(ctx);
        cmd.helpOption('-h, --help', showHelp);
        program.addCommand(cmd);
    }
    // Commander's own errors (unknown option, missing argument …) are one line, in the user's language, and exit 2.
    const output = {
        outputError: (str: string, write: (s: string) => void) => write(`aspl: ${commanderMessage(str, ctx.lang)}\n`),
    };
    for (const cmd of [program, ...program.commands]) cmd.exitOverride().configureOutput(output);
    return program;
}

/** Runs the CLI on argv (process.argv shape); returns the exit code, or undefined to keep running. */
export async function runCli(argv: string[], workerUrl?: URL): Promise<number | undefined> {
    const lang: Lang = preLang(argv.slice(2));
    let code: number | undefined = EXIT.ok;
    const ctx: CliContext = { lang, workerUrl, exit: (c) => { code = c; } };
    const program = buildProgram(ctx);
    try {
        await program.parseAsync(argv);
        return code;
    } catch (e) {
        if (e instanceof CommanderError) {
            if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
            // `aspl` alone prints the help (to stderr) as a usage error
            return EXIT.usage;
        }
        if (e instanceof CliError) {
            for (const line of e.lines(langOf(argv, lang))) process.stderr.write(`aspl: ${oneLine(line)}\n`);
            return e.exitCode;
        }
        const err = e as Error;
        process.stderr.write(`aspl: ${say(CLI.internalError(), langOf(argv, lang))}: ${String(err?.message ?? e).split('\n')[0]}\n`);
        if (process.env.ASPL_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
        return EXIT.usage;
    }
}

/** User-facing errors are one line, whatever a library put in the message. */
function oneLine(text: string): string {
    return escapeInvisible(text.split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
}

function langOf(argv: string[], fallback: Lang): Lang {
    return preLang(argv.slice(2)) ?? fallback;
}

