/**
 * Hover: on a keyword, what it means and which clauses rest on it; on a catalog or clause id
 * (applies / attest / waive) or inside a finding's range, the clause's summary, level, points
 * and status; on a duration, its normalized value (working days with their calendar span);
 * on a vocabulary word, its meaning; on a channel, what it is.
 */
import { codeSpan, escapeMarkdown } from '../../io/markdown.js';
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Lang } from '../../i18n/locale.js';
import type { Catalog, Clause } from '../../engine/catalog/types.js';
import type { Finding } from '../../engine/findings.js';
import { labelOf } from '../../engine/labels.js';
import * as ast from '../../parse/generated/ast.js';
import { LONG_HOLIDAY_DAYS, calendarDayBounds, formatDuration, readDuration } from '../../parse/literals.js';
import { CHANNEL_KINDS, lookup } from '../../parse/vocabulary.js';
import { clauseDocUrl } from '../../engine/doc-links.js';
import type { ComplianceService } from './compliance.js';
import { findingMessage } from './diagnostics.js';
import { assignedFeature, keywordAliases, modelPathOf, propertyAfterKeyword, vocabularyOf } from '../../parse/grammar-map.js';
import { LSP_MESSAGES, type LspMessageKey } from './messages.js';
import { COUNT_ORDER, LEVEL, STATUS, isLevel } from '../../engine/status.js';
import { say } from '../../i18n/message.js';
import type { AsplLspServices } from './module.js';
import type { LspOptions } from './options.js';
import type { SavedCompliance } from './run-on-save.js';

const MAX_CLAUSES = 8;

export class AsplHoverProvider implements HoverProvider {
    private readonly compliance: ComplianceService;
    private readonly options: LspOptions;
    private readonly aliases: Map<string, string[]>;
    private readonly saved: SavedCompliance;

    constructor(services: AsplLspServices) {
        this.compliance = services.asplLsp.Compliance;
        this.saved = services.asplLsp.Saved;
        this.options = services.asplLsp.Options;
        this.aliases = keywordAliases(services.Grammar);
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) return undefined;
        const lang = this.options.lang;
        const node = leaf.astNode;
        const parts: string[] = [];
        const feature = assignedFeature(leaf);

        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            parts.push(this.keyword(leaf.grammarSource, node, document.uri.toString(), lang));
        } else if (ast.isCatalogId(node)) {
            const catalog = this.compliance.registry.get(node.id);
            if (catalog) parts.push(this.catalog(catalog, document.uri.toString(), lang));
        } else if ((ast.isAttestation(node) || ast.isWaiver(node)) && feature === 'clause' && node.catalog?.id) {
            const ref = this.compliance.clauses.clause(node.catalog.id, String(node.clause));
            if (ref) parts.push(this.clause(ref.catalog, ref.clause, this.findingOf(document.uri.toString(), ref.catalog.id, ref.clause.id), lang));
        }
        const duration = AstUtils.getContainerOfType(node, ast.isDuration);
        if (duration) parts.push(this.duration(duration, lang));
        const vocab = feature ? vocabularyOf(node.$type, feature) : undefined;
        if (vocab && !GrammarAST.isKeyword(leaf.grammarSource) && !duration) {
            const value = lookup(vocab, leaf.text);
            parts.push(value
                ? say(LSP_MESSAGES['hover-word'], lang, { what: vocab.what, value: codeSpan(value) })
                : say(LSP_MESSAGES['hover-unknown-word'], lang, { what: vocab.what }));
        }
        const channel = ast.isChannel(node) && feature === 'name' ? node : ast.isService(node) || ast.isPrivacy(node) || ast.isFollowUp(node) ? this.channelRef(node, leaf.text) : undefined;
        if (channel) parts.push(this.channel(channel, lang));
        for (const f of this.findingsAt(document, params.position)) {
            const ref = this.compliance.clauses.clause(f.catalog, f.clause);
            if (ref) parts.push(this.clause(ref.catalog, ref.clause, f, lang, true));
        }
        const text = [...new Set(parts.filter(Boolean))].join('\n\n---\n\n');
        return text ? { contents: { kind: 'markdown', value: text }, range: leaf.range } : undefined;
    }

    private keyword(keyword: GrammarAST.Keyword, node: AstNode, uri: string, lang: Lang): string {
        const property = propertyAfterKeyword(keyword);
        const path = modelPathOf(node, property);
        const aliases = this.aliases.get(keyword.value) ?? [];
        const head = `**${keyword.value}**${aliases.length ? ' · ' + aliases.join(' · ') : ''}`;
        if (path === undefined || path === '') return head;
        const lines = [`${head} — ${labelOf(path)[lang]} (\`${path}\`)`];
        const clauses = this.compliance.clauses.clausesOn(path);
        if (clauses.length) {
            lines.push('', `${say(LSP_MESSAGES['hover-clauses'], lang)}:`);
            for (const { catalog, clause } of clauses.slice(0, MAX_CLAUSES)) {
                const f = this.findingOf(uri, catalog.id, clause.id);
                const status = f ? ` — ${STATUS[f.status].word[lang]}` : '';
                lines.push(`- [\`${catalog.id} ${clause.id}\`](${clauseDocUrl(catalog.id, clause.id, this.options.docsBaseUrl)}) ${clause.summary[lang]}${status}`);
            }
            if (clauses.length > MAX_CLAUSES) lines.push(`- ${say(LSP_MESSAGES['hover-more'], lang, { count: clauses.length - MAX_CLAUSES })}`);
        }
        return lines.join('\n');
    }

    private catalog(catalog: Catalog, uri: string, lang: Lang): string {
        const result = this.compliance.result(uri)?.evaluation?.results.find((r) => r.catalog.id === catalog.id);
        const lines = [`**[${catalog.id}](${clauseDocUrl(catalog.id, undefined, this.options.docsBaseUrl)})** ${catalog.number} — ${catalog.title[lang]}`, say(LSP_MESSAGES['hover-catalog'], lang, { count: catalog.clauses.length, status: catalog.status })];
        if (result) {
            const count = (s: string) => result.findings.filter((f) => f.status === s).length;
            lines.push(COUNT_ORDER.map((s) => `${STATUS[s].word[lang]} ${count(s)}`).join(' · '));
        }
        return lines.join('\n\n');
    }

    clause(catalog: Catalog, clause: Clause, f: Finding | undefined, lang: Lang, withMessage = false): string {
        const facts = [`${say(LSP_MESSAGES['hover-level'], lang)}: ${isLevel(clause.level) ? LEVEL[clause.level].meaning[lang] : clause.level}`];
        if (clause.points !== undefined) facts.push(`${say(LSP_MESSAGES['hover-points'], lang)}: ${clause.points}${clause.pointsInferred ? say(LSP_MESSAGES['hover-inferred'], lang) : ''}`);
        if (f) facts.push(`${say(LSP_MESSAGES['hover-status'], lang)}: ${STATUS[f.status].word[lang]}`);
        const lines = [`**[${catalog.id} ${clause.id}](${clauseDocUrl(catalog.id, clause.id, this.options.docsBaseUrl)})** ${clause.section[lang]}`, clause.summary[lang], facts.join(' · ')];
        // Law clauses say how sure their source is (S and R also say so in the summary).
        if (clause.cite && clause.confidence) {
            lines.push(say(LSP_MESSAGES['hover-confidence'], lang, { cite: clause.cite, confidence: clause.confidence, meaning: say(LSP_MESSAGES[`confidence-${clause.confidence}` as LspMessageKey], lang) }));
        }
        if (withMessage && f) lines.push(`> ${findingMessage(f, lang).split('\n').map(escapeMarkdown).join('\n> ')}`);
        return lines.join('\n\n');
    }

    private duration(d: ast.Duration, lang: Lang): string {
        if (d.value === undefined) return '';
        const v = readDuration(d.value, d.unit, d.working, d.negative);
        if (!v.unit) return '';
        const lines = [say(LSP_MESSAGES['hover-duration'], lang, { value: `**${formatDuration(v, lang)}**` })];
        if (v.kind === 'working') {
            const b = calendarDayBounds(v);
            lines.push(say(LSP_MESSAGES['hover-working'], lang, { min: b.min, max: b.max, holiday: LONG_HOLIDAY_DAYS }));
        } else if (v.unit !== 'minute') {
            lines.push(say(LSP_MESSAGES['hover-minutes'], lang, { minutes: v.minutes }));
        }
        return lines.join('\n\n');
    }

    private channelRef(node: ast.Service | ast.Privacy | ast.FollowUp, name: string): ast.Channel | undefined {
        const refs = ast.isService(node) ? node.channels : ast.isPrivacy(node) ? node.requests : node.channels;
        return refs.find((r) => r.$refText === name)?.ref;
    }

    private channel(c: ast.Channel, lang: Lang): string {
        const kind = lookup(CHANNEL_KINDS, c.kind) ?? c.kind;
        const hours = c.hours?.$cstNode?.text;
        // contact and hours are policy text: escaped, so they cannot carry links, images or emphasis
        return `**${say(LSP_MESSAGES['hover-channel'], lang, { name: escapeMarkdown(c.name), kind: escapeMarkdown(kind) })}** ${escapeMarkdown(c.contact ?? '')}${hours ? ` · ${escapeMarkdown(hours)}` : ''}`;
    }

    private findingOf(uri: string, catalog: string, clause: string): Finding | undefined {
        return this.compliance.result(uri)?.evaluation?.findings.find((f) => f.catalog === catalog && f.clause === clause);
    }

    private findingsAt(document: LangiumDocument, pos: { line: number; character: number }): Finding[] {
        const uri = document.uri.toString();
        const result = this.compliance.result(uri);
        // The findings' places are those of the text the engine judged: none while it is half typed or edited since (aspl.run onSave).
        if (!result || result.stale || this.saved.pending(document)) return [];
        const inside = (r: { start: typeof pos; end: typeof pos }) =>
            (r.start.line < pos.line || (r.start.line === pos.line && r.start.character <= pos.character))
            && (r.end.line > pos.line || (r.end.line === pos.line && r.end.character >= pos.character));
        return result.problems.filter((f) => f.src.uri === uri && inside(f.src.range));
    }
}
