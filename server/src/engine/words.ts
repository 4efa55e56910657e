/**
 * Values inside the engine's messages, as message refs: a duration and a vocabulary value
 * are written in the reader's language when the finding is shown,
 * never while the check runs.
 */
import { defineMessages, type Msg } from '../i18n/message.js';
import { formatDuration, type DurationValue } from '../parse/literals.js';
import { valueWord } from '../parse/vocabulary.js';

const W = defineMessages('word', {
    duration: (lang, _p, raw) => formatDuration({ amount: Number(raw.amount), unit: raw.unit as DurationValue['unit'] }, lang),
    /** A canonical vocabulary value (`receipt`, `delivery` …): its Chinese word, or itself in English. */
    value: (lang, p) => valueWord(p.value, lang),
});

export function durationWord(d: Pick<DurationValue, 'amount' | 'unit'>): Msg {
    return W.duration(d.unit === undefined ? { amount: d.amount } : { amount: d.amount, unit: d.unit });
}

export function valueText(value: string | number | boolean): Msg {
    return W.value({ value: String(value) });
}
