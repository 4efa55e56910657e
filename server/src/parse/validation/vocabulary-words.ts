import type { AstNode, ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import {
    AGREEMENT_ITEMS, BUYERS, CHANNEL_KINDS, CRISIS_MEASURES, CURRENCIES, DATA_RIGHTS, DAY_SPECS, DISTANCE_UNITS, WARRANTY_EXCLUSIONS, EXEMPTION_KINDS, OUTLET_KINDS,
    PAYERS, PAYMENT_METHODS, PROCESS_STEPS, PRODUCT_KINDS, REGIONS, SALES_CHANNELS, SERVICE_KINDS, SHIPPING_CASES,
    START_EVENTS, SURVEY_METHODS, expected, lookup, lookupUnit, type Vocabulary,
} from '../vocabulary.js';
import type { AsplSettings } from '../settings.js';
import { reporter, type Report } from './report.js';
import { LANGUAGE_WORDS } from '../../i18n/language-messages.js';

/** Every identifier that names a vocabulary word must be a known word; an unknown unit is an error. */
export class VocabularyWordsValidator {
    constructor(private readonly settings: AsplSettings) {}

    private word(report: Report, vocab: Vocabulary<string>, word: string | undefined, node: AstNode, property: string, index?: number) {
        if (word === undefined || lookup(vocab, word) !== undefined) return;
        const what = { zh: vocab.what[0], en: vocab.what[1] };
        report('error', 'unknown-word', { what, word, expected: { zh: expected(vocab, 'zh'), en: expected(vocab, 'en') } }, { node, property, index });
    }

    private words(report: Report, vocab: Vocabulary<string>, words: string[], node: AstNode, property: string) {
        words.forEach((w, i) => this.word(report, vocab, w, node, property, i));
    }

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const r = (accept: ValidationAcceptor) => reporter(this.settings, accept);
        return {
            Duration: (d: ast.Duration, accept) => {
                if (d.unit !== undefined && lookupUnit(d.unit) === undefined) {
                    r(accept)('error', 'unknown-word', { what: LANGUAGE_WORDS['duration-unit'](), word: d.unit, expected: LANGUAGE_WORDS['duration-units']() }, { node: d, property: 'unit' });
                }
            },
            Distance: (d: ast.Distance, accept) => this.word(r(accept), DISTANCE_UNITS, d.unit, d, 'unit'),
            Money: (m: ast.Money, accept) => { if (!m.symbol) this.word(r(accept), CURRENCIES, m.currency, m, 'currency'); },
            Channel: (c: ast.Channel, accept) => this.word(r(accept), CHANNEL_KINDS, c.kind, c, 'kind'),
            Hours: (h: ast.Hours, accept) => {
                this.word(r(accept), DAY_SPECS, h.leadDays, h, 'leadDays');
                this.word(r(accept), DAY_SPECS, h.days, h, 'days');
            },
            RegionalTime: (t: ast.RegionalTime, accept) => this.word(r(accept), REGIONS, t.region, t, 'region'),
            Service: (s: ast.Service, accept) => {
                this.word(r(accept), SERVICE_KINDS, s.kind, s, 'kind');
                this.words(r(accept), PROCESS_STEPS, s.steps, s, 'steps');
                for (const f of ['respondRegion', 'arriveRegion', 'resolveRegion'] as const) this.word(r(accept), REGIONS, s[f], s, f);
            },
            Outlet: (o: ast.Outlet, accept) => this.word(r(accept), OUTLET_KINDS, o.kind, o, 'kind'),
            Category: (c: ast.Category, accept) => {
                this.words(r(accept), SALES_CHANNELS, c.sales, c, 'sales');
                this.words(r(accept), BUYERS, c.buyers, c, 'buyers');
                this.word(r(accept), PRODUCT_KINDS, c.kind, c, 'kind');
            },
            Warranty: (w: ast.Warranty, accept) => {
                this.word(r(accept), START_EVENTS, w.start, w, 'start');
                this.word(r(accept), START_EVENTS, w.noInvoiceStart, w, 'noInvoiceStart');
            },
            Exclusion: (e: ast.Exclusion, accept) => this.word(r(accept), WARRANTY_EXCLUSIONS, e.kind, e, 'kind'),
            OutletCount: (c: ast.OutletCount, accept) => this.word(r(accept), OUTLET_KINDS, c.kind, c, 'kind'),
            FollowUp: (f: ast.FollowUp, accept) => this.word(r(accept), SERVICE_KINDS, f.trigger, f, 'trigger'),
            Privacy: (p: ast.Privacy, accept) => this.words(r(accept), DATA_RIGHTS, p.rights, p, 'rights'),
            Window: (w: ast.Window, accept) => this.word(r(accept), START_EVENTS, w.start, w, 'start'),
            Exemption: (e: ast.Exemption, accept) => this.word(r(accept), EXEMPTION_KINDS, e.kind, e, 'kind'),
            Shipping: (s: ast.Shipping, accept) => {
                this.word(r(accept), SHIPPING_CASES, s.case, s, 'case');
                this.word(r(accept), PAYERS, s.payer, s, 'payer');
            },
            Payment: (p: ast.Payment, accept) => this.words(r(accept), PAYMENT_METHODS, p.methods, p, 'methods'),
            Satisfaction: (s: ast.Satisfaction, accept) => this.words(r(accept), SURVEY_METHODS, s.methods, s, 'methods'),
            Agreement: (a: ast.Agreement, accept) => this.words(r(accept), AGREEMENT_ITEMS, a.items, a, 'items'),
            Crisis: (c: ast.Crisis, accept) => this.words(r(accept), CRISIS_MEASURES, c.measures, c, 'measures'),
        };
    }
}
