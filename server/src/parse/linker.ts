import { DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo } from 'langium';
import { say } from '../i18n/message.js';
import { LANGUAGE, LANGUAGE_WORDS } from '../i18n/language-messages.js';
import type { AsplSettings } from './settings.js';

/** Unresolved references in the user's language ("找不到名为“热线”的渠道"). */
export class AsplLinker extends DefaultLinker {
    constructor(services: LangiumCoreServices, private readonly settings: AsplSettings) {
        super(services);
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const name = refInfo.reference.$refText;
        // A base policy is only visible through an import of its file: say so.
        return { ...error, message: say(linkingErrorText(refInfo.property, name), this.settings.lang) };
    }
}

/** The message of an unresolved reference (the validator keeps it in `data.text`). */
export function linkingErrorText(property: string | undefined, name: string) {
    // A base policy is only visible through an import of its file: say so.
    return property === 'base' ? LANGUAGE['extends-not-imported']({ name }) : LANGUAGE['unresolved-reference']({ name, what: LANGUAGE_WORDS.channel() });
}
