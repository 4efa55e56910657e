/** Shared by the notice tests: analysing policies, the hostile policy, turning a notice back into text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer, type PolicyAnalysis } from '../../server/src/analysis.js';
import type { Lang } from '../../server/src/i18n/locale.js';
import { ROOT } from './samples.js';

export const FIXTURES = join(ROOT, 'tests/notice/fixtures');
export const SHOP = join(FIXTURES, 'shop.aspl');

let analyzer: Analyzer | undefined;
const get = () => (analyzer ??= new Analyzer({ lang: 'zh' }));

export async function analyzeFile(file: string): Promise<PolicyAnalysis> {
    return get().analyzeFile(file);
}

/** Analyses edited text as if it were `file` (same folder: imports and config still resolve). */
export async function analyzeText(text: string, file: string): Promise<PolicyAnalysis> {
    return get().analyzeText(text, file);
}

export const readText = (file: string): string => readFileSync(file, 'utf8');

/** Every attack the browser and escaping tests throw at the notice. */
export const PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '</style><style>body{display:none}</style>',
    '"><svg onload=alert(1)>',
];
/** One string holding all of them, as an ASPL string literal body (quotes escaped). */
export const PAYLOAD = `X ${PAYLOADS.join(' ')} Y`;
const s = `"${PAYLOAD.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A policy with the payload in every string field the language has. */
export const HOSTILE_POLICY = `
policy Hostile ${s} {
  version ${s}
  effective 2026-01-01
  provider ${s} { licence ${s} scope ${s} address ${s} contact ${s} }
  network { outlet ${s} self-run address ${s} }
  products { category ${s} custom sold online buyers consumers kind furniture }
  channel hotline phone ${s} hours 08:00-20:00 daily
  channel js phone "javascript:alert(1)"
  channel mail email "javascript:alert(1)@x.example"
  channel web online "https://evil.example/<script>"
  service complaint ${s} free { via hotline, js respond within 2 hours resolve within 3 days escalate after 1 day to ${s} steps acceptance area ${s} record ${s} }
  service repair ${s} paid after-warranty { via hotline loaner ${s} }
  fee visit ${s} 50 CNY per visit disclosed-before-service
  fee extra ${s} 20 CNY
  warranty from delivery { cover ${s} 1 year wear-parts ${s}, ${s} spare-parts kept 5 years recall ${s} repair-time 15 days }
  returns { no-reason 7 days from receipt except custom, ${s} confirmed-at-purchase exchange 15 days from receipt return 7 days from receipt refund within 5 days original-method condition ${s} shipping defect paid-by seller }
  privacy { purpose ${s} retention 1 year third-parties ${s} separate-consent security ${s} requests-via hotline }
  satisfaction { survey questionnaire every 3 months improve ${s} index ${s} }
  staff { manager ${s} certified }
  crisis-plan { team ${s} }
  follow-up within 2 days via hotline
  knowledge-base ${s}
  statement ${s}
  attest GBT-AS-GENERAL 5.1 ${s}
  waive T-CGCC-CUSTOM 5.8 ${s}
}
`;

/** Markdown back to the characters a reader sees (backslash escapes removed). */
export function markdownText(md: string): string {
    return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** HTML back to text: tags dropped, entities decoded. */
export function htmlText(html: string): string {
    return html
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<title>[\s\S]*?<\/title>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]);
}

export const LANGS: Lang[] = ['zh', 'en'];
