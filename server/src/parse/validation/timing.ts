import type { ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import { calendarDayBounds, readDuration } from '../literals.js';
import type { AsplSettings } from '../settings.js';
import { reporter } from './report.js';

/** A resolution time shorter than the response time is impossible. */
export class TimingValidator {
    constructor(private readonly settings: AsplSettings) {}

    checks(): Record<string, (node: never, accept: ValidationAcceptor) => void> {
        return {
            Service: (s: ast.Service, accept) => {
                // A resolution counted from arrival on site starts after the response: no contradiction to find.
                if (!s.respond || !s.resolve || s.fromArrival || s.respondEstimate || s.resolveEstimate) return;
                const respond = readDuration(s.respond.value, s.respond.unit, s.respond.working);
                const resolve = readDuration(s.resolve.value, s.resolve.unit, s.resolve.working);
                if (!respond.unit || !resolve.unit) return;
                // Only a certain contradiction is reported (working vs calendar days compare by bounds).
                if (calendarDayBounds(resolve).max < calendarDayBounds(respond).min) {
                    reporter(this.settings, accept)('error', 'resolve-before-respond', {
                        resolve: s.resolve.$cstNode?.text ?? '', respond: s.respond.$cstNode?.text ?? '',
                    }, { node: s.resolve });
                }
            },
        };
    }
}
