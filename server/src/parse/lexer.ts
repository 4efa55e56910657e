import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import type { AsplSettings } from './settings.js';
import { say } from '../i18n/message.js';
import { SYNTAX } from './parse-errors.js';
import type { AsplTokenBuilder } from './tokens.js';

/** Policies are a few hundred lines; anything this large is not one, and parsing it would take minutes and gigabytes. */
export const MAX_POLICY_CHARS = 4_000_000;
/** A UTF-8 file above this many bytes holds more than MAX_POLICY_CHARS characters (at most 3 bytes per UTF-16 unit): not read at all. */
export const MAX_POLICY_BYTES = 3 * MAX_POLICY_CHARS;

/** The default lexer, refusing oversized input with one clear, positioned error instead of stalling. */
export class AsplLexer extends DefaultLexer {
    private readonly matchers: AsplTokenBuilder;

    constructor(services: LangiumCoreServices, private readonly settings: AsplSettings) {
        super(services);
        this.matchers = services.parser.TokenBuilder as AsplTokenBuilder;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        if (text.length <= MAX_POLICY_CHARS) {
            try {
                return super.tokenize(text, options);
            } finally {
                this.matchers.release();
            }
        }
        const message = say(tooLargeText(text.length), this.settings.lang);
        return { tokens: [], hidden: [], errors: [{ offset: 0, length: 1, line: 1, column: 1, message }] };
    }
}

/** The error of an oversized policy (the validator keeps it in `data.text`). */
export function tooLargeText(chars: number) {
    return SYNTAX['too-large']({ mb: (chars / 1_000_000).toFixed(1), limit: MAX_POLICY_CHARS / 1_000_000 });
}
