import { existsSync, writeFileSync } from 'node:fs';
import { CLI } from '../cli-messages.js';
import { defineMessages, say } from '../../../i18n/message.js';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { CONFIG_FILE } from '../../../engine/config.js';
import type { Lang } from '../../../i18n/locale.js';
import { PRODUCT_TYPES, SALES_CHANNELS, STARTER_FACTS, pickFacts, starterWithStubs, type StarterFacts, type ProductType, type SalesChannel } from '../../../starter/index.js';
import { collect, d, langOption, oneOf, resolveLang, type CliContext } from '../common.js';
import { EXIT, fail, ioReason } from '../errors.js';

export const STARTER_POLICY = 'policy.aspl';

const FACT_HELP = defineMessages('cli-init', {
    license: { zh: '统一社会信用代码（默认：TODO 占位）', en: 'unified social credit code (default: a TODO placeholder)' },
    scope: { zh: '经营范围（默认：TODO 占位）', en: 'business scope (default: a TODO placeholder)' },
    address: { zh: '注册地址，也用作服务网点与门店地址（默认：TODO 占位）', en: 'registered address, also used for the service outlet and the store (default: a TODO placeholder)' },
    phone: { zh: '客服热线号码（默认：TODO 占位）', en: 'service hotline number (default: a TODO placeholder)' },
    email: { zh: '客服邮箱（默认：TODO 占位）', en: 'service mailbox (default: a TODO placeholder)' },
} satisfies Record<(typeof STARTER_FACTS)[number], { zh: string; en: string }>);

const CONFIG: Record<Lang, string> = {
    en: `# ASPL configuration (written by \`aspl init\`); the editor and \`aspl check\` both read it.
# packs: [GBT-AS-GENERAL]   # standards in force for every policy here (default: each policy's \`applies\`)
extraPacks: []             # company packs (catalog YAML files), relative to this file
severity: {}               # "<CATALOG-ID> <CLAUSE-ID>" or "<CATALOG-ID>": error | warning | info | off
ignore: []                 # globs of policies to skip, relative to this file, e.g. ["drafts/**"]
`,
    zh: `# ASPL 配置（由 \`aspl init\` 生成）；编辑器与 \`aspl check\` 都读取它。
# packs: [GBT-AS-GENERAL]   # 此处所有政策适用的标准（默认：各政策自己的“适用”）
extraPacks: []             # 公司标准包（目录 YAML 文件），相对于本文件
severity: {}               # "<标准编号> <条款号>" 或 "<标准编号>": error | warning | info | off
ignore: []                 # 要跳过的政策（通配符，相对于本文件），如 ["drafts/**"]
`,
};

export function initCommand(ctx: CliContext): Command {
    const command = new Command('init')
        .description(d(ctx, `在当前文件夹写入起步政策 ${STARTER_POLICY} 和 ${CONFIG_FILE}（不覆盖已有文件）`, `write a starter ${STARTER_POLICY} and ${CONFIG_FILE} in the current folder (never overwrites)`))
        .option('--company <name>', d(ctx, '公司名称（默认：占位名称）', 'company name (default: a placeholder)'))
        .addOption(new Option('--product <type>', d(ctx, `产品类型：${PRODUCT_TYPES.map((p) => p.id).join('|')}`, `product type: ${PRODUCT_TYPES.map((p) => p.id).join('|')}`)).default('other'))
        .option('--channels <list>', d(ctx, `销售渠道（逗号分隔）：${SALES_CHANNELS.map((c) => c.id).join('|')}（默认 online,offline）`, `sales channels, comma-separated: ${SALES_CHANNELS.map((c) => c.id).join('|')} (default online,offline)`), collect)
        .addOption(langOption(ctx));
    // The company's facts: each one given replaces its TODO placeholder, so a starter given all of them passes its check.
    for (const name of STARTER_FACTS) command.option(`--${name} <text>`, say(FACT_HELP[name](), ctx.lang));
    return command
        .action(async (opts: { lang?: string; company?: string; product: string; channels?: string[] } & StarterFacts) => {
            const lang = resolveLang(opts.lang);
            const product = oneOf('--product', opts.product, PRODUCT_TYPES.map((p) => p.id)) as ProductType;
            const channels = (opts.channels ?? ['online', 'offline']).map((c) => oneOf('--channels', c, SALES_CHANNELS.map((s) => s.id)) as SalesChannel);
            const company = opts.company?.trim() || say(CLI.placeholderCompany(), lang);
            const policy = await starterWithStubs({ company, product, channels, keywords: lang, facts: pickFacts(opts) });
            const targets = [[STARTER_POLICY, policy], [CONFIG_FILE, CONFIG[lang]]] as const;
            const existing = targets.filter(([name]) => existsSync(resolve(name))).map(([name]) => name);
            if (existing.length) {
                fail(`${existing.join('、')} 已存在，不会覆盖`, `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; not overwriting`);
            }
            for (const [name, text] of targets) {
                try { writeFileSync(resolve(name), text, { flag: 'wx' }); } catch (e) {
                    const why = ioReason(e);
                    fail(`无法写入 ${name}：${why.zh}`, `cannot write ${name}: ${why.en}`);
                }
                process.stdout.write(`${say(CLI.wrote({ file: name }), lang)}\n`);
            }
            ctx.exit(EXIT.ok);
        });
}
