import { Command } from 'commander';
import { d, type CliContext } from '../common.js';
import { fail } from '../errors.js';

export function lspCommand(ctx: CliContext): Command {
    return new Command('lsp')
        .description(d(ctx, '启动语言服务器（供编辑器使用）', 'start the language server (for editors)'))
        .option('--stdio', d(ctx, '经标准输入输出通信（默认）', 'talk over stdin/stdout (the default)'))
        .action(async () => {
            let startServer: (() => unknown) | undefined;
            try {
                // @ts-ignore -- written by another module owner; absent from builds made before it landed
                startServer = ((await import('../../lsp/server.js')) as { startServer?: () => unknown }).startServer;
            } catch { /* reported below */ }
            if (typeof startServer !== 'function') fail('此版本中没有语言服务器（server/src/faces/lsp/server.ts）', 'the language server is not part of this build (server/src/faces/lsp/server.ts)');
            // The language server reads process.argv for its transport; make sure it sees --stdio.
            if (!process.argv.includes('--stdio')) process.argv.push('--stdio');
            await startServer();
            ctx.exit(undefined);
        });
}
