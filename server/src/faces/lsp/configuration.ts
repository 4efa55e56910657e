/**
 * Client settings (`aspl.locale`, `aspl.keywordLanguage`): Langium fetches the `aspl` section
 * once the client is initialized; every later value, pulled or pushed, reaches the listeners.
 */
import { DefaultConfigurationProvider } from 'langium';

export type SectionListener = (section: string, configuration: unknown) => void;

export class AsplConfigurationProvider extends DefaultConfigurationProvider {
    private readonly listeners: SectionListener[] = [];

    onSection(listener: SectionListener): void {
        this.listeners.push(listener);
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        for (const l of this.listeners) l(section, configuration);
    }
}
