/**
 * No local symbol tables: our scope provider (parse/scope.ts) looks channel and policy names
 * up in maps of its own, so Langium's walk over every node to collect local symbols is wasted
 * work — on every keystroke in the editor (a few ms per 2,000 lines) and in every check
 * (~0.1 s of a 100,000-line policy, measured).
 */
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LocalSymbols } from 'langium';

export class AsplScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
