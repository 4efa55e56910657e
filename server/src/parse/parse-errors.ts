import type { ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { AbstractParserErrorMessageProvider, type Grammar, GrammarAST, AstUtils } from 'langium';
import type { AsplSettings } from './settings.js';
import { escapeInvisible } from '../io/inert.js';
import { pick } from '../i18n/locale.js';
import { LANGUAGE_MESSAGES } from '../i18n/language-messages.js';
import { CJK_START } from '../shared/cjk.js';


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

/** Lexer errors in the user's language, with the character shown safely and a hint for an unclosed quote. */
export class AsplLexerErrorMessages implements ILexerErrorMessageProvider {
    constructor(private readonly settings: AsplSettings) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const c = String.fromCodePoint(fullText.codePointAt(startOffset) ?? 0xfffd);
        const char = sourceExcerpt(c) === c ? `'${c}'` : sourceExcerpt(c);
        return pick(LANGUAGE_MESSAGES[lexerErrorCode(fullText, startOffset, length)], this.settings.lang, { char, count: length });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return this.settings.lang === 'zh' ? `无法识别 '${sourceExcerpt(token.image)}'` : `Unexpected '${sourceExcerpt(token.image)}'`;
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

    private zh(): boolean {
        return this.settings.lang === 'zh';
    }

    private describe(t: TokenType): string {
        if (t.name.endsWith(':KW')) return `'${t.name.slice(0, -3)}'`;
        const zh: Record<string, string> = { ID: '名称', STRING: '带引号的文字', INT: '整数', DECIMAL: '数字', DATE: '日期', TIME: '时刻', PERCENT: '百分比', EOF: '文件结尾' };
        const en: Record<string, string> = { ID: 'a name', STRING: 'a quoted text', INT: 'a whole number', DECIMAL: 'a number', DATE: 'a date', TIME: 'a time of day', PERCENT: 'a percentage', EOF: 'end of file' };
        return (this.zh() ? zh : en)[t.name] ?? t.name;
    }

    /** "渠道热线" → hint to write "渠道 热线". */
    private glued(actual: IToken): string | undefined {
        const kw = this.cjkKeywords.find((k) => actual.image.startsWith(k) && actual.image.length > k.length);
        if (!kw) return undefined;
        const params = { keyword: kw, rest: actual.image.slice(kw.length) };
        this.gluedTokens.set(actual, params);
        return pick(LANGUAGE_MESSAGES['keyword-glued'], this.settings.lang, params);
    }

    /** The keyword and the rest when the error at this token is a glued Chinese keyword. */
    gluedAt(token: IToken): { keyword: string; rest: string } | undefined {
        return this.gluedTokens.get(token);
    }

    private found(actual: IToken): string {
        return actual.tokenType?.name === 'EOF' ? (this.zh() ? '文件结尾' : 'end of file') : `'${sourceExcerpt(actual.image)}'`;
    }

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return this.glued(actual) ?? (this.zh()
            ? `此处应为 ${this.describe(expected)}，但写的是 ${this.found(actual)}`
            : `Expected ${this.describe(expected)} but found ${this.found(actual)}`);
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return this.glued(firstRedundant) ?? (this.zh()
            ? `政策之后不应再有内容，但写的是 ${this.found(firstRedundant)}（一个文件只含一个政策）`
            : `Expected end of file but found ${this.found(firstRedundant)} (one policy per file)`);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.unexpected(options.actual[0], options.expectedPathsPerAlt.flat().map((p) => p[0]).filter(Boolean));
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.unexpected(options.actual[0], options.expectedIterationPaths.map((p) => p[0]).filter(Boolean));
    }

    private unexpected(actual: IToken | undefined, expected: TokenType[]): string {
        if (actual) {
            const hint = this.glued(actual);
            if (hint) return hint;
        }
        const names = [...new Set(expected.map((t) => this.describe(t)))];
        const list = names.length > 8 ? [...names.slice(0, 8), '…'] : names;
        const found = actual ? this.found(actual) : '?';
        return this.zh()
            ? `此处不能是 ${found}${list.length ? `；可以是 ${list.join('、')}` : ''}`
            : `Unexpected ${found}${list.length ? `; expected ${list.join(', ')}` : ''}`;
    }
}
