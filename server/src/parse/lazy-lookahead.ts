/**
 * Chevrotain builds the lookahead function of every alternative, option and repetition of the
 * grammar while the parser is constructed (with Langium's ALL(*) strategy, ~50 ms: a tenth of a
 * one-file `aspl check`), though a policy reaches only part of the grammar. This strategy hands
 * chevrotain a stand-in for each decision that builds the real function on its first call, from
 * the same grammar and the same strategy: the parser decides exactly as before, only the work
 * moves to the first time a decision is reached (and is never done for decisions never reached).
 */
import type { ILookaheadStrategy, ILookaheadValidationError, Rule, TokenType } from 'chevrotain';

type AltOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AltFn = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
type OptFn = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

export class LazyLookaheadStrategy implements ILookaheadStrategy {
    private pending?: { rules: Rule[] };

    constructor(private readonly inner: ILookaheadStrategy) {}

    validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
        return this.inner.validate(options);
    }

    /** The strategy's own set-up (the ATN of the grammar) also waits for the first decision. */
    initialize(options: { rules: Rule[] }): void {
        this.pending = options;
    }

    buildLookaheadForAlternation(options: AltOptions): AltFn {
        let real: AltFn | undefined;
        const build = () => (real = this.ready().buildLookaheadForAlternation(options));
        return function (this: unknown, orAlts) { return (real ?? build()).call(this, orAlts); };
    }

    buildLookaheadForOptional(options: OptOptions): OptFn {
        let real: OptFn | undefined;
        const build = () => (real = this.ready().buildLookaheadForOptional(options));
        return function (this: unknown) { return (real ?? build()).call(this); };
    }

    private ready(): ILookaheadStrategy {
        if (this.pending) {
            const options = this.pending;
            this.pending = undefined;
            this.inner.initialize?.(options);
        }
        return this.inner;
    }
}
