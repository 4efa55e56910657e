import { Command } from 'commander';
import { d, type CliContext } from '../common.js';

export function lspCommand(ctx: CliContext): Command {
    return new Command('lsp')
        .description(d(ctx, '启动语言服务器（供编辑器使用）', 'start the language server (for editors)'))
        .option('--stdio', d(ctx, '经标准输入输出通信（默认）', 'talk over stdin/stdout (the default)'))
        .action(async () => {
            // Loaded on demand: the other commands should not pay for the server.
            const { startServer } = await import('../../lsp/server.js');
            // The language server reads process.argv for its transport; make sure it sees --stdio.
            if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
            await startServer();
            ctx.exit(undefined);
        });
}
