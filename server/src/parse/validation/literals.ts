import type { ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { isValidDate, readTime } from '../literals.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';
import { LANGUAGE_WORDS } from '../../i18n/language-messages.js';

/** Values that cannot exist: negative money, 25:00, 2026-02-30, 120%, an empty contact … */
export class LiteralsValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        const r = (accept: ValidationAcceptor) => reporter(this.settings, accept);
        const text = (n: { $cstNode?: { text: string } }) => n.$cstNode?.text ?? '';
        return {
            Money: (m: ast.Money, accept) => {
                if (m.negative && m.amount !== 0) r(accept)('error', 'negative-money', { text: text(m) }, { node: m });
                else if (m.upTo !== undefined && m.upTo <= m.amount) r(accept)('error', 'bad-money-range', { text: text(m) }, { node: m });
            },
            Duration: (d: ast.Duration, accept) => {
                if (d.negative && d.value !== 0) r(accept)('error', 'negative-duration', { text: text(d) }, { node: d });
                else if (d.value === 0) r(accept)('warning', 'zero-duration', { text: text(d) }, { node: d });
            },
            TimeRange: (t: ast.TimeRange, accept) => {
                const start = readTime(t.start);
                const end = readTime(t.end);
                if (start === undefined) r(accept)('error', 'bad-time', { text: t.start }, { node: t, property: 'start' });
                if (end === undefined) r(accept)('error', 'bad-time', { text: t.end }, { node: t, property: 'end' });
                if (start !== undefined && end !== undefined && end <= start) {
                    r(accept)('error', 'bad-time-range', { start: t.start, end: t.end }, { node: t });
                }
            },
            Effective: (e: ast.Effective, accept) => {
                if (!isValidDate(e.date)) r(accept)('error', 'bad-date', { text: e.date }, { node: e, property: 'date' });
            },
            Satisfaction: (s: ast.Satisfaction, accept) => {
                if (s.target !== undefined && (s.target < 0 || s.target > 100)) {
                    r(accept)('error', 'bad-percent', { text: `${s.target}%` }, { node: s, property: 'target' });
                }
            },
            Channel: (c: ast.Channel, accept) => {
                if (c.contact !== undefined && !c.contact.trim()) r(accept)('error', 'empty-text', { what: LANGUAGE_WORDS['channel-contact']() }, { node: c, property: 'contact' });
            },
            Provider: (p: ast.Provider, accept) => {
                if (p.name !== undefined && !p.name.trim()) r(accept)('error', 'empty-text', { what: LANGUAGE_WORDS['provider-name']() }, { node: p, property: 'name' });
            },
            Fee: (f: ast.Fee, accept) => {
                if (f.label !== undefined && !f.label.trim()) r(accept)('error', 'empty-text', { what: LANGUAGE_WORDS['fee-label']() }, { node: f, property: 'label' });
            },
            Escalation: (e: ast.Escalation, accept) => {
                if (e.to !== undefined && !e.to.trim()) r(accept)('error', 'empty-text', { what: LANGUAGE_WORDS['escalation-target']() }, { node: e, property: 'to' });
            },
        };
    }
}
