/**
 * Completion: keywords in the writer's keyword language (`aspl.keywordLanguage`; `auto`: the
 * language the document is written in; the other language too once they type a character of it),
 * channel names, catalog ids, clause ids with their summaries, units and vocabulary words, and
 * snippets (snippets.ts) — each only where its construct may start, so nothing of the top level is
 * offered inside a block. The extension contributes no snippets of its own for the same reason.
 */
import { LSP_MESSAGES } from './messages.js';
import { AstUtils, GrammarAST, type MaybePromise } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver';
import type { Lang } from '../../i18n/locale.js';
import { say } from '../../i18n/message.js';
import * as ast from '../../parse/generated/ast.js';
import { CURRENCIES, UNITS, type Vocabulary } from '../../parse/vocabulary.js';
import type { ComplianceService } from './compliance.js';
import { CJK } from '../../shared/cjk.js';
import { documentKeywordLanguage, isDataTypeRule, keywordLanguageOf, memberOfHeadKeyword, reservedWords, vocabularyOf } from '../../parse/grammar-map.js';
import { LEVEL } from '../../engine/status.js';
import type { AsplLspServices } from './module.js';
import type { LspOptions } from './options.js';
import { SNIPPETS, type Snippet } from './snippets.js';

/** The snippets by their first keyword (policy, 服务, warranty …) and that keyword's language. */
const SNIPPETS_BY_HEAD = new Map<string, Array<{ snippet: Snippet; lang: Lang }>>();
for (const snippet of SNIPPETS) {
    for (const lang of ['en', 'zh'] as const) {
        const head = snippet[lang].body[0].split(/\s/, 1)[0];
        SNIPPETS_BY_HEAD.set(head, [...(SNIPPETS_BY_HEAD.get(head) ?? []), { snippet, lang }]);
    }
}

/** How many spellings of a word completion offers: Chinese has common synonyms (收货 / 签收), English one canonical word. */
const SPELLINGS_SHOWN: Readonly<Record<Lang, number>> = { zh: 2, en: 1 };

/** A catalog id after the keyword of a claim (`attest`, `承诺`, `waive`, `豁免`) just before the cursor. */
const CATALOG_BEFORE = new RegExp(`(?:${[...memberOfHeadKeyword()].filter(([, t]) => t === 'Attestation' || t === 'Waiver').map(([k]) => k).join('|')})\\s+([A-Za-z_][\\w\\-.]*)\\s*$`);

export class AsplCompletionProvider extends DefaultCompletionProvider {
    private readonly options: LspOptions;
    private readonly compliance: ComplianceService;
    private readonly keywordSet: Set<string>;
    private lastDocument: { uri: string; version: number; lang: Lang } | undefined;

    constructor(services: AsplLspServices) {
        super(services);
        this.options = services.asplLsp.Options;
        this.compliance = services.asplLsp.Compliance;
        this.keywordSet = reservedWords(services.Grammar);
    }

    /**
     * The language to propose in: the language of what is being typed, else the setting when it
     * names one, else the language the document's keywords are written in (`auto`).
     */
    private languageAt(context: CompletionContext): Lang {
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        if (CJK.test(typed)) return 'zh';
        if (/[a-zA-Z]/.test(typed)) return 'en';
        return this.options.keywordLanguageSetting ?? this.documentLanguage(context);
    }

    /** The document's keyword language, once per text version (every keyword of a completion asks). */
    private documentLanguage(context: CompletionContext): Lang {
        const uri = context.document.uri.toString();
        const version = context.textDocument.version;
        if (this.lastDocument?.uri !== uri || this.lastDocument.version !== version) {
            this.lastDocument = { uri, version, lang: documentKeywordLanguage(context.document, this.options.keywordLanguage) };
        }
        return this.lastDocument.lang;
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        const l = keywordLanguageOf(keyword.value);
        return l === undefined || l === this.languageAt(context);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        acceptor(context, { label: keyword.value, kind: CompletionItemKind.Keyword, detail: say(LSP_MESSAGES.keyword, this.options.lang), sortText: '1' });
        // A snippet starts with the keyword that opens its construct: offered only where that construct may begin
        // (the policy at the top, a section in the policy, …), never for the same word inside another block.
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        if (!rule || !this.isHead(keyword, rule)) return;
        for (const { snippet, lang } of SNIPPETS_BY_HEAD.get(keyword.value) ?? []) {
            const { prefix, body } = snippet[lang];
            acceptor(context, {
                label: say(snippet.title, lang),
                kind: CompletionItemKind.Snippet,
                detail: say(snippet.description, this.options.lang),
                filterText: [keyword.value, ...prefix].join(' '),
                insertText: body.join('\n'),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2',
            });
        }
    }

    /** Is the keyword the first element of its rule (the construct's head)? */
    private isHead(keyword: GrammarAST.Keyword, rule: GrammarAST.ParserRule): boolean {
        const def = rule.definition;
        const first = GrammarAST.isGroup(def) ? def.elements[0] : def;
        return first === keyword || (GrammarAST.isAlternatives(first) && first.elements.includes(keyword));
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (assignment && GrammarAST.isCrossReference(assignment.terminal)) return super.completionFor(context, next, acceptor);
        const prop = next.property ?? assignment?.feature;
        const owner = context.node?.$type;
        if (rule?.name === 'CatalogId' || prop === 'catalogs' || prop === 'catalog') return this.catalogs(context, acceptor);
        if (rule?.name === 'ClauseId' || prop === 'clause') return this.clauses(context, acceptor);
        // A word goes through the Word rule, or straight into an ID (a region after its time, `2 hours city`),
        // where the rule that holds the assignment names the owner (the cursor's node may be the Duration before it).
        const plainId = GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'ID';
        const holder = plainId ? rule?.name : owner;
        // An owner's own vocabulary wins over the generic unit words (a Distance's unit is km, not a duration unit).
        const vocab = (holder && prop ? vocabularyOf(holder, prop) : undefined) ?? (prop === 'unit' ? UNITS : prop === 'currency' ? CURRENCIES : undefined);
        if (vocab && rule && (isDataTypeRule(rule) || plainId)) return this.words(context, vocab, acceptor);
        // Keywords that a name or a word may also be (custom, hours, recall …) are noise here.
        if (rule && isDataTypeRule(rule) && GrammarAST.isKeyword(next.feature)) return;
        return super.completionFor(context, next, acceptor);
    }

    private catalogs(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang = this.options.lang;
        for (const c of this.compliance.registry.all()) {
            acceptor(context, {
                label: c.id, kind: CompletionItemKind.Module, detail: `${c.number} ${c.title[lang]}`,
                documentation: { kind: MarkupKind.Markdown, value: `${c.title[lang]} (${c.status}) — ${c.clauses.length}` }, sortText: '0',
            });
        }
    }

    private clauses(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang = this.options.lang;
        const node = context.node && AstUtils.getContainerOfType(context.node, (n): n is ast.Attestation | ast.Waiver => ast.isAttestation(n) || ast.isWaiver(n));
        const catalogId = node?.catalog?.id ?? this.catalogBefore(context);
        const catalog = catalogId ? this.compliance.registry.get(catalogId) : undefined;
        if (!catalog) return;
        catalog.clauses.forEach((c, i) => acceptor(context, {
            label: c.id, kind: CompletionItemKind.Constant, detail: c.summary[lang],
            documentation: { kind: MarkupKind.Markdown, value: `**${catalog.id} ${c.id}** ${c.section[lang]}\n\n${c.summary[lang]}\n\n${LEVEL[c.level].meaning[lang]}${c.points !== undefined ? ` · ${c.points}` : ''}` },
            sortText: String(i).padStart(4, '0'),
        }));
    }

    /** The catalog id written just before the cursor (`attest GBT-AS-GENERAL |`). */
    private catalogBefore(context: CompletionContext): string | undefined {
        const before = context.textDocument.getText().slice(Math.max(0, context.tokenOffset - 200), context.tokenOffset);
        const m = CATALOG_BEFORE.exec(before);
        return m?.[1];
    }

    private words(context: CompletionContext, vocab: Vocabulary<string>, acceptor: CompletionAcceptor): void {
        // Words follow what is typed, else the language the document's keywords are written in.
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        const lang = typed ? this.languageAt(context) : this.documentLanguage(context);
        const what = vocab.what[this.options.lang];
        for (const [canonical, spellings] of Object.entries(vocab.words) as Array<[string, readonly string[]]>) {
            const usable = spellings.filter((s) => !this.keywordSet.has(s));
            const own = usable.filter((s) => CJK.test(s) === (lang === 'zh'));
            const other = usable.filter((s) => CJK.test(s) !== (lang === 'zh'));
            const shown = own.length ? own.slice(0, SPELLINGS_SHOWN[lang]) : other.slice(0, 1);
            for (const s of shown) {
                acceptor(context, { label: s, kind: CompletionItemKind.EnumMember, detail: `${what}: ${canonical}`, sortText: '0' });
            }
        }
    }
}
