// Writes docs/standards/<catalog-id>.md from the catalogs (standards/*.yaml and standards/packs/*.yaml),
// one page per catalog and one anchor per clause, docs/language.md, one anchor per language rule, and the
// table of checks in standards/README.md (between its markers), from the primitives' own `doc` rows.
// Anchors, check descriptions and rules come from the compiled sources (out/, which `npm run build`
// writes first), so every link the faces emit (engine/doc-links.ts) lands on an anchor written here.
// Catalog text is data: everything is escaped, nothing is evaluated.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const compiled = (path) => import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '..', 'out', path)).href);
const { describeCheck, primitivesTable } = await compiled('engine/checks/registry.js');
const { clauseAnchor, languageRuleAnchor, LANGUAGE_PAGE } = await compiled('engine/doc-links.js');
const { LANGUAGE_RULES } = await compiled('i18n/language-rules.js');
const { LANGUAGE_MESSAGES } = await compiled('i18n/language-messages.js');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STANDARDS = join(ROOT, 'standards');
const DOCS = join(ROOT, 'docs');
const OUT = join(DOCS, 'standards');

/** Markdown-safe text: no HTML, no link or emphasis syntax taken from a catalog. */
function esc(text) {
    return String(text ?? '')
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}

const LEVEL = { shall: '应 shall', should: '宜 should', may: '可 may' };

function page(catalog, file) {
    const out = [];
    const title = catalog.title ?? {};
    out.push(`# ${esc(catalog.id)} — ${esc(title.zh)} / ${esc(title.en)}`, '');
    out.push(`- 编号 Number: ${esc(catalog.number)}`, `- 状态 Status: ${esc(catalog.status)}`);
    if (catalog.mandatory) out.push('- 强制适用 Always in force (law)');
    if (catalog.enabledByDefault) out.push('- 默认启用 Enabled by default');
    if (catalog.partial) out.push('- 原文不完整 Source text incomplete');
    out.push(`- 来源文件 Catalog file: \`standards/${file}\``);
    if (catalog.source?.note) out.push('', `> ${esc(catalog.source.note.zh)}`, '>', `> ${esc(catalog.source.note.en)}`);
    if (catalog.scoring) {
        const s = catalog.scoring;
        out.push('', '## 评分 Scoring', '', `${s.total} 分 points; 及格 pass ≥ ${s.pass?.minimum}${s.pass?.requirement ? ` + ${esc(s.pass.requirement.zh)} / ${esc(s.pass.requirement.en)}` : ''}`, '');
        out.push('| 部分 Section | 分值 Points |', '|---|---|');
        for (const sec of s.sections ?? []) out.push(`| ${esc(sec.title?.zh)} / ${esc(sec.title?.en)} | ${sec.points} |`);
    }
    out.push('', '## 条款 Clauses', '');
    for (const c of catalog.clauses ?? []) {
        out.push(`<a id="${clauseAnchor(c.id)}"></a>`, '');
        out.push(`### ${esc(c.id)} ${esc(c.section?.zh)} / ${esc(c.section?.en)}`, '');
        out.push(esc(c.summary?.zh), '', esc(c.summary?.en), '');
        const facts = [`级别 Level: ${LEVEL[c.level] ?? esc(c.level)}`];
        if (c.points !== undefined) facts.push(`分值 Points: ${c.points}${c.pointsInferred ? '（推定 inferred）' : ''}`);
        if (c.confidence) facts.push(`可信度 Confidence: ${esc(c.confidence)}`);
        if (c.cite) facts.push(`出处 Cite: ${esc(c.cite)}`);
        out.push(facts.join(' · '), '');
        const check = c.check && describeCheck(c.check);
        out.push(check ? `检查 Check: ${esc(check.zh)} — ${esc(check.en)}` : '检查 Check: 只能以 `attest` 声明满足 — met only by an `attest` statement', '');
        if (c.note) out.push(`> ${esc(c.note.zh)}`, '>', `> ${esc(c.note.en)}`, '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

const TABLE_START = '<!-- checks: generated from server/src/engine/checks (npm run build) -->';
const TABLE_END = '<!-- /checks -->';

/** Replaces the table between the markers of standards/README.md (the prose around it is written by hand). */
function writePrimitivesTable() {
    const file = join(STANDARDS, 'README.md');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    if (start < 0 || end < start) throw new Error(`gen-docs: ${file} lacks the checks table markers`);
    const next = `${text.slice(0, start + TABLE_START.length)}\n${primitivesTable().join('\n')}\n${text.slice(end)}`;
    if (next !== text) writeFileSync(file, next);
}

/** docs/language.md: every language rule, its anchor, title and message. */
function languagePage() {
    const out = [
        '# 语言规则 Language rules', '',
        '由 `build/gen-docs.mjs` 从 `server/src/i18n/language-rules.ts` 生成，请勿手改。Generated from `server/src/i18n/language-rules.ts` by `build/gen-docs.mjs`; do not edit.', '',
        '`aspl check` 以 `aspl/<规则>` 报告这些问题 — `aspl check` reports these problems as `aspl/<rule>`.', '',
    ];
    for (const [code, rule] of Object.entries(LANGUAGE_RULES)) {
        out.push(`<a id="${languageRuleAnchor(code)}"></a>`, '', `## aspl/${esc(code)} — ${esc(rule.title.zh)} / ${esc(rule.title.en)}`, '');
        const m = LANGUAGE_MESSAGES[code];
        if (m) out.push(`> ${esc(m.zh)}`, '>', `> ${esc(m.en)}`, '');
        else out.push('语法分析器的消息说明应写的内容与实际写的内容。The parser says what was expected and what was found.', '');
        if (rule.syntax) out.push('文件未能完整解析时不报告条款结论。While the file does not parse, no clause findings are reported.', '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

export function generate() {
    const files = [
        ...readdirSync(STANDARDS).filter((f) => f.endsWith('.yaml')).map((f) => f),
        ...(existsSync(join(STANDARDS, 'packs')) ? readdirSync(join(STANDARDS, 'packs')).filter((f) => f.endsWith('.yaml')).map((f) => `packs/${f}`) : []),
    ].sort();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const index = ['# 标准目录 Standards catalogs', '', '由 `build/gen-docs.mjs` 从 `standards/` 生成，请勿手改。Generated from `standards/` by `build/gen-docs.mjs`; do not edit.', ''];
    let count = 0;
    for (const file of files) {
        let catalog;
        try {
            catalog = parse(readFileSync(join(STANDARDS, file), 'utf8'));
        } catch (e) {
            console.warn(`gen-docs: skipped ${file}: ${e.message}`);
            continue;
        }
        if (!catalog || typeof catalog.id !== 'string' || !Array.isArray(catalog.clauses)) {
            console.warn(`gen-docs: skipped ${file}: not a catalog`);
            continue;
        }
        writeFileSync(join(OUT, `${catalog.id}.md`), page(catalog, file));
        index.push(`- [${esc(catalog.id)}](${encodeURIComponent(catalog.id)}.md) — ${esc(catalog.title?.zh)} / ${esc(catalog.title?.en)} (${catalog.clauses.length})`);
        count++;
    }
    writeFileSync(join(OUT, 'README.md'), index.join('\n') + '\n');
    writeFileSync(join(DOCS, LANGUAGE_PAGE), languagePage());
    writePrimitivesTable();
    return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    console.log(`gen-docs: ${generate()} catalogs → docs/standards/, language rules → docs/${LANGUAGE_PAGE}`);
}
