import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { CONFIG_FILE } from '../../../engine/config.js';
import type { Lang } from '../../../i18n/locale.js';
import { d, langOption, resolveLang, type CliContext } from '../common.js';
import { EXIT, fail, ioReason } from '../errors.js';

export const STARTER_POLICY = 'policy.aspl';

const POLICY: Record<Lang, string> = {
    en: `// Starter policy written by \`aspl init\`. Replace the placeholders, then run \`aspl check\`.
// Keywords can be written in English or Chinese; see the samples for every construct.
policy MyCompany "My Company after-sales service policy" {
  version "2026.1"
  effective 2026-01-01

  provider "My Company Co., Ltd." {
    license "91310000MA1G00000E"
    scope "What the company makes, sells and services"
    address "Company address"
    contact "400-000-0000 / service@example.com"
  }

  applies GBT-AS-GENERAL

  channel hotline phone "400-000-0000" hours 09:00-18:00 daily
  channel mail online "service@example.com" hours 24/7

  service consultation free {
    via hotline, mail
    respond within 2 hours
    resolve within 1 day
  }
  service complaint free {
    via hotline, mail
    respond within 2 hours
    resolve within 3 working days
    steps acceptance, handling, reply, archiving
  }
  service repair free {
    via hotline
    respond within 24 hours
    resolve within 7 days
  }

  warranty from delivery {
    cover "Whole product" 1 year
    spare-parts kept 5 years
  }

  returns {
    no-reason 7 days from receipt
    exchange 15 days from receipt
    refund within 5 days original-method
    shipping defect paid-by seller
  }

  privacy {
    purpose "After-sales service only"
    retention 3 years
  }
}
`,
    zh: `// 由 \`aspl init\` 生成的起步政策。请替换占位内容，然后运行 \`aspl check\`。
// 关键字可用中文或英文书写；各种写法见 samples 中的样例。
政策 我的公司 "我的公司售后服务政策" {
  版本 "2026.1"
  生效 2026-01-01

  提供方 "我的公司有限公司" {
    信用代码 "91310000MA1G00000E"
    经营范围 "公司生产、销售和服务的产品"
    地址 "公司地址"
    联系方式 "400-000-0000／service@example.com"
  }

  适用 GBT-AS-GENERAL

  渠道 热线 电话 "400-000-0000" 时段 09:00-18:00 每天
  渠道 邮箱 邮件 "service@example.com" 时段 全天候

  服务 咨询 免费 {
    通过 热线、邮箱
    响应 2小时内
    解决 1天内
  }
  服务 投诉 免费 {
    通过 热线、邮箱
    响应 2小时内
    解决 3个工作日内
    流程 受理、处理、答复、归档
  }
  服务 维修 免费 {
    通过 热线
    响应 24小时内
    解决 7天内
  }

  保修 自 签收 {
    覆盖 "整机" 1年
    备件 保留 5年
  }

  退换货 {
    无理由 7天 自 签收
    换货 15天 自 签收
    退款 内 5天 原路退回
    运费 质量问题 承担方 商家
  }

  隐私 {
    目的 "仅用于售后服务"
    保存 3年
  }
}
`,
};

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
    return new Command('init')
        .description(d(ctx, `在当前文件夹写入起步政策 ${STARTER_POLICY} 和 ${CONFIG_FILE}（不覆盖已有文件）`, `write a starter ${STARTER_POLICY} and ${CONFIG_FILE} in the current folder (never overwrites)`))
        .addOption(langOption(ctx))
        .action((opts: { lang?: string }) => {
            const lang = resolveLang(opts.lang);
            const targets = [[STARTER_POLICY, POLICY[lang]], [CONFIG_FILE, CONFIG[lang]]] as const;
            const existing = targets.filter(([name]) => existsSync(resolve(name))).map(([name]) => name);
            if (existing.length) {
                fail(`${existing.join('、')} 已存在，不会覆盖`, `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; not overwriting`);
            }
            for (const [name, text] of targets) {
                try { writeFileSync(resolve(name), text, { flag: 'wx' }); } catch (e) {
                    const why = ioReason(e);
                    fail(`无法写入 ${name}：${why.zh}`, `cannot write ${name}: ${why.en}`);
                }
                process.stdout.write(lang === 'zh' ? `已写入 ${name}\n` : `wrote ${name}\n`);
            }
            ctx.exit(EXIT.ok);
        });
}
