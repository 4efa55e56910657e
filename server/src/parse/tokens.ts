/**
 * Linear-time matchers for the two terminals whose regexes rescan the rest of the input on
 * every failed attempt. An unclosed `"` or `“` makes STRING scan to the end of the line and
 * fail; the lexer then skips one character and tries again at the next quote, so a line of
 * n unclosed quotes cost n²/2 steps (600 KB: ~97 s). An unclosed `/*` does the same to the end
 * of the file. These matchers accept exactly what the grammar's regexes accept
 * (`"(\\.|[^"\\\r\n])*"|“[^”\r\n]*”` and `/\*[\s\S]*?\*\//`), but remember, per text, where a
 * scan from each position ends, so each character is scanned once whatever the input.
 */
import { DefaultTokenBuilder, RegExpUtils, type Grammar, type GrammarAST, type TokenBuilderOptions } from 'langium';
import type { CustomPatternMatcherFunc, TokenType, TokenVocabulary } from 'chevrotain';

/** Memo values: 0 = not yet known, -1 = no closing quote before the line ends, k + 1 = closes at k. */
type Memo = Int32Array;

const NOT_CLOSED = -1;

/**
 * Where a string body starting at `from` closes, following `next` (which says, for one
 * position, close here / fail / continue at position q); every position visited is memoised.
 */
function closeOf(text: string, from: number, memo: Memo, next: (text: string, p: number) => number | 'close' | 'fail'): number {
    let visited = 0;
    let p = from;
    let result: number;
    for (;;) {
        if (p >= text.length) { result = NOT_CLOSED; break; }
        const known = memo[p];
        if (known !== 0) { result = known < 0 ? NOT_CLOSED : known - 1; break; }
        if (visited === path.length) path = growPath(path);
        path[visited++] = p;
        const step = next(text, p);
        if (step === 'close') { result = p; break; }
        if (step === 'fail') { result = NOT_CLOSED; break; }
        p = step;
    }
    const stored = result < 0 ? -1 : result + 1;
    for (let i = 0; i < visited; i++) memo[path[i]] = stored;
    // a buffer grown by one very long string is not kept
    if (path.length > 64 * SMALL_PATH) path = new Int32Array(SMALL_PATH);
    return result;
}

/** The positions one closeOf call visits, in one buffer for every call (a list per string token was a fiftieth of a policy's allocation). */
const SMALL_PATH = 1024;
let path: Int32Array = new Int32Array(SMALL_PATH);

function growPath(old: Int32Array): Int32Array {
    const grown = new Int32Array(old.length * 2);
    grown.set(old);
    return grown;
}

/** `(\\.|[^"\\\r\n])*"`: a backslash escapes any character but a line terminator. */
function asciiStep(text: string, p: number): number | 'close' | 'fail' {
    const c = text[p];
    if (c === '"') return 'close';
    if (c === '\n' || c === '\r') return 'fail';
    if (c !== '\\') return p + 1;
    const e = text[p + 1];
    return e === undefined || e === '\n' || e === '\r' || e === '\u2028' || e === '\u2029' ? 'fail' : p + 2;
}

/** `[^”\r\n]*”` */
function curlyStep(text: string, p: number): number | 'close' | 'fail' {
    const c = text[p];
    if (c === '”') return 'close';
    return c === '\n' || c === '\r' ? 'fail' : p + 1;
}

/** Per-text state of the matchers; a new text (every tokenize call) starts afresh. */
class ScanState {
    private text: string | undefined;
    private ascii: Memo | undefined;
    private curly: Memo | undefined;
    private commentFrom = -1;
    private commentClose = -1;

    /** Drops the last text and its memos (a 100,000-line policy's would outlive the document). */
    release(): void {
        this.text = undefined;
        this.ascii = undefined;
        this.curly = undefined;
        this.commentFrom = -1;
    }

    private reset(text: string): void {
        if (this.text === text) return;
        this.text = text;
        this.ascii = undefined;
        this.curly = undefined;
        this.commentFrom = -1;
    }

    string(text: string, offset: number): string | null {
        const open = text[offset];
        if (open !== '"' && open !== '“') return null;
        this.reset(text);
        const memo = open === '"' ? (this.ascii ??= new Int32Array(text.length)) : (this.curly ??= new Int32Array(text.length));
        const close = closeOf(text, offset + 1, memo, open === '"' ? asciiStep : curlyStep);
        return close < 0 ? null : text.slice(offset, close + 1);
    }

    comment(text: string, offset: number): string | null {
        if (text[offset] !== '/' || text[offset + 1] !== '*') return null;
        this.reset(text);
        const from = offset + 2;
        // A search from an earlier position is still right if what it found (or "none") lies at or after `from`.
        if (this.commentFrom < 0 || this.commentFrom > from || (this.commentClose >= 0 && this.commentClose < from)) {
            this.commentFrom = from;
            this.commentClose = text.indexOf('*/', from);
        }
        return this.commentClose < 0 ? null : text.slice(offset, this.commentClose + 2);
    }
}

function matcher(scan: (text: string, offset: number) => string | null): CustomPatternMatcherFunc {
    return (text, offset) => {
        const image = scan(text, offset);
        return image === null ? null : ([image] as unknown as RegExpExecArray);
    };
}

/** Langium's token builder with the linear STRING and ML_COMMENT matchers (same names, groups and longer-alternative links). */
export class AsplTokenBuilder extends DefaultTokenBuilder {
    private readonly state = new ScanState();

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        // Replaced in place: keywords such as '/' keep ML_COMMENT as their longer alternative.
        for (const t of tokens) {
            if (t.name === 'STRING') Object.assign(t, { PATTERN: matcher((x, o) => this.state.string(x, o)), START_CHARS_HINT: ['"', '“'], LINE_BREAKS: false });
            else if (t.name === 'ML_COMMENT') Object.assign(t, { PATTERN: matcher((x, o) => this.state.comment(x, o)), START_CHARS_HINT: ['/'], LINE_BREAKS: true });
        }
        return tokens;
    }

    /**
     * The terminals a keyword is also a prefix of a match of (e.g. an ID), as Langium decides it, but with
     * each terminal's partial-match regexp built once: Langium builds it again for every keyword, and with
     * every keyword in two languages that was a tenth of a one-file check's time.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter((t) => {
            const re = this.partialOf(t);
            const m = re && keyword.value.match(re);
            return !!m && m[0].length > 0;
        });
    }

    private readonly partials = new Map<TokenType, RegExp | null>();
    private partialOf(t: TokenType): RegExp | null {
        let re = this.partials.get(t);
        if (re === undefined) {
            const source = (t.PATTERN as RegExp | undefined)?.source;
            re = source ? RegExpUtils.partialRegExp(`^${source}$`) : null;
            this.partials.set(t, re);
        }
        return re;
    }

    /** Called after each tokenize: the matchers keep nothing of the text they scanned. */
    release(): void {
        this.state.release();
    }
}
