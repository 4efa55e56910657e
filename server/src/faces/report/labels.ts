import type { Bilingual } from '../../i18n/locale.js';
import type { Status } from '../../engine/findings.js';

export const STATUS_LABEL: Record<Status, Bilingual> = {
    'satisfied': { zh: '满足', en: 'satisfied' },
    'violated': { zh: '违反', en: 'violated' },
    'not-addressed': { zh: '未涉及', en: 'not addressed' },
    // Attested clauses are the writer's claim; nothing in the policy could check them.
    'attested': { zh: '已声明（未核验）', en: 'claimed, not verified' },
    'waived': { zh: '已豁免', en: 'waived' },
    'not-applicable': { zh: '不适用', en: 'not applicable' },
};

export const LEVEL_LABEL: Record<string, Bilingual> = {
    shall: { zh: '应', en: 'shall' },
    should: { zh: '宜', en: 'should' },
    may: { zh: '可', en: 'may' },
};
