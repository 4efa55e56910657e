import { DefaultLinker, type AstNodeDescription, type LangiumCoreServices, type LinkingError, type ReferenceInfo } from 'langium';
import { pick } from '../i18n/locale.js';
import { LANGUAGE_MESSAGES } from '../i18n/language-messages.js';
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
        if (refInfo.property === 'base') return { ...error, message: pick(LANGUAGE_MESSAGES['extends-not-imported'], this.settings.lang, { name }) };
        const what = this.settings.lang === 'zh' ? '渠道' : 'channel';
        return { ...error, message: pick(LANGUAGE_MESSAGES['unresolved-reference'], this.settings.lang, { name, what }) };
    }
}
