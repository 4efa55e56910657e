import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, type Grammar, GrammarAST, AstUtils } from 'langium';
import type { AsplSettings } from './settings.js';
import { escapeInvisible } from '../io/inert.js';
import { LANGUAGE } from '../i18n/language-messages.js';
import { defineMessages, listOf, say, type Msg, type Param } from '../i18n/message.js';
import { CJK_START } from '../shared/cjk.js';
import { digitsFor } from './chinese-numerals.js';


/** Longest piece of source quoted in a message: a 1 MB token must not make a 1 MB message. */
const EXCERPT_CHARS = 40;

/**
 * Source text as quoted in a message: at most EXCERPT_CHARS characters (then …), and characters
 * that would be invisible or act on a terminal or on text direction (controls, bidi marks) as U+XXXX.
 */
export function sourceExcerpt(text: string): string {
    const cut = text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text;
    return escapeInvisible(cut);
}

/** The language rule of a lexer error: an unclosed quote, or one or several characters no token starts with. */
export function lexerErrorCode(fullText: string, startOffset: number, length: number): 'unterminated-string' | 'unexpected-characters' | 'unexpected-character' {
    const c = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
    return c === '"' || c === '“' ? 'unterminated-string' : length > c.length ? 'unexpected-characters' : 'unexpected-character';
}

/** A lexer error as a message ref (the validator keeps it in `data.text`). */
export function lexerErrorText(fullText: string, startOffset: number, length: number): Msg {
    const c = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
    const char = sourceExcerpt(c) === c ? `'${c}'` : sourceExcerpt(c);
    return LANGUAGE[lexerErrorCode(fullText, startOffset, length)]({ char, count: length });
}

/** Syntax messages of the parser and the lexer (their codes are the language rules syntax and keyword-glued). */
export const SYNTAX = defineMessages('syntax', {
    'unexpected-token': { zh: "无法识别 '{found}'", en: "Unexpected '{found}'" },
    'mismatch': { zh: '此处应为 {expected}，但写的是 {found}', en: 'Expected {expected} but found {found}' },
    'not-all-parsed': {
        zh: '政策之后不应再有内容，但写的是 {found}（一个文件只含一个政策）',
        en: 'Expected end of file but found {found} (one policy per file)',
    },
    'unexpected': { zh: '此处不能是 {found}', en: 'Unexpected {found}' },
    'unexpected-expected': { zh: '此处不能是 {found}；可以是 {list}', en: 'Unexpected {found}; expected {list}' },
    'too-large': {
        zh: '文件过大（{mb} 百万字符，上限 {limit} 百万）：请把政策拆分为多个文件并用 import 组合',
        en: 'File too large ({mb} million characters, limit {limit} million): split the policy into files joined by import',
    },
    'ID': { zh: '名称', en: 'a name' },
    'STRING': { zh: '带引号的文字', en: 'a quoted text' },
    'INT': { zh: '整数', en: 'a whole number' },
    'DECIMAL': { zh: '数字', en: 'a number' },
    'DATE': { zh: '日期', en: 'a date' },
    'TIME': { zh: '时刻', en: 'a time of day' },
    'PERCENT': { zh: '百分比', en: 'a percentage' },
    'EOF': { zh: '文件结尾', en: 'end of file' },
});
const TOKEN_WORDS = new Set(['ID', 'STRING', 'INT', 'DECIMAL', 'DATE', 'TIME', 'PERCENT', 'EOF']);
/** The tokens a duration's number is written with: where one is expected, 七天 gets its hint. */
const NUMBER_TOKENS = new Set(['INT', 'DECIMAL']);

/** Lexer errors in the user's language, with the character shown safely and a hint for an unclosed quote. */
export class AsplLexerErrorMessages implements ILexerErrorMessageProvider {
    constructor(private readonly settings: AsplSettings) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return say(lexerErrorText(fullText, startOffset, length), this.settings.lang);
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return say(SYNTAX['unexpected-token']({ found: sourceExcerpt(token.image) }), this.settings.lang);
    }
}

/**
 * Syntax errors in the user's language. One case gets a hint: a Chinese keyword glued to the
 * name after it (渠道热线) lexes as one identifier, so we say "put a space after 渠道".
 */
export class AsplParserErrorMessages extends AbstractParserErrorMessageProvider {
    private readonly cjkKeywords: string[];
    /** The glued keyword behind a parser error's token, for the validator's `data` (see document-validator.ts). */
    private readonly gluedTokens = new WeakMap<IToken, { keyword: string; rest: string }>();

    constructor(grammar: Grammar, private readonly settings: AsplSettings) {
        super();
        this.cjkKeywords = AstUtils.streamAst(grammar)
            .filter(GrammarAST.isKeyword)
            .map((k) => k.value)
            .filter((v) => CJK_START.test(v))
            .distinct()
            .toArray()
            .sort((a, b) => b.length - a.length);
    }

    /** The message behind each parser error, by its token, for the validator's `data.text` (see document-validator.ts). */
    private readonly texts = new WeakMap<IToken, Msg>();

    private describe(t: TokenType): Param {
        if (t.name.endsWith(':KW')) return `'${t.name.slice(0, -3)}'`;
        return TOKEN_WORDS.has(t.name) ? SYNTAX[t.name as 'ID']() : t.name;
    }

    /** Keeps the message of the error at `token` and renders it in the current language. */
    private text(token: IToken | undefined, m: Msg): string {
        if (token) this.texts.set(token, m);
        return say(m, this.settings.lang);
    }

    /** The message ref of the parser error at this token. */
    textAt(token: IToken): Msg | undefined {
        return this.texts.get(token);
    }

    /** "渠道热线" → hint to write "渠道 热线". */
    private glued(actual: IToken): string | undefined {
        const kw = this.cjkKeywords.find((k) => actual.image.startsWith(k) && actual.image.length > k.length);
        if (!kw) return undefined;
        const params = { keyword: kw, rest: actual.image.slice(kw.length) };
        this.gluedTokens.set(actual, params);
        return this.text(actual, LANGUAGE['keyword-glued'](params));
    }

    /** The duration in digits behind a parser error's token, for the validator's `data` (see document-validator.ts). */
    private readonly numeralTokens = new WeakMap<IToken, { word: string; digits: string }>();

    /** "七天" where a number is expected → hint to write "7天" (parse/chinese-numerals.ts). */
    private numeral(actual: IToken, expected: readonly TokenType[]): string | undefined {
        if (!expected.some((t) => NUMBER_TOKENS.has(t.name))) return undefined;
        const digits = digitsFor(actual.image);
        if (!digits) return undefined;
        const params = { word: actual.image, digits };
        this.numeralTokens.set(actual, params);
        return this.text(actual, LANGUAGE['chinese-numeral'](params));
    }

    /** The word and its digits when the error at this token is a duration in Chinese numerals. */
    numeralAt(token: IToken): { word: string; digits: string } | undefined {
        return this.numeralTokens.get(token);
    }

    /** The keyword and the rest when the error at this token is a glued Chinese keyword. */
    gluedAt(token: IToken): { keyword: string; rest: string } | undefined {
        return this.gluedTokens.get(token);
    }

    private found(actual: IToken): Param {
        return actual.tokenType?.name === 'EOF' ? SYNTAX.EOF() : `'${sourceExcerpt(actual.image)}'`;
    }

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return this.glued(actual) ?? this.numeral(actual, [expected]) ?? this.text(actual, SYNTAX.mismatch({ expected: this.describe(expected), found: this.found(actual) }));
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return this.glued(firstRedundant) ?? this.text(firstRedundant, SYNTAX['not-all-parsed']({ found: this.found(firstRedundant) }));
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.unexpected(options.actual[0], options.expectedPathsPerAlt.flat().map((p) => p[0]).filter(Boolean));
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.unexpected(options.actual[0], options.expectedIterationPaths.map((p) => p[0]).filter(Boolean));
    }

    private unexpected(actual: IToken | undefined, expected: TokenType[]): string {
        if (actual) {
            const hint = this.glued(actual) ?? this.numeral(actual, expected);
            if (hint) return hint;
        }
        // Each description once (keywords by their text, other tokens by their word), at most 8 then …
        const seen = new Map<string, Param>();
        for (const t of expected) {
            const d = this.describe(t);
            seen.set(typeof d === 'string' ? d : (d as Msg).id, d);
        }
        const names = [...seen.values()];
        const list = names.length > 8 ? [...names.slice(0, 8), '…'] : names;
        const found = actual ? this.found(actual) : '?';
        const m = list.length ? SYNTAX['unexpected-expected']({ found, list: listOf(list) }) : SYNTAX.unexpected({ found });
        return this.text(actual, m);
    }
}
