/**
 * Commander's own errors (unknown option, missing argument …) in the user's language. Commander
 * writes them in English only; these are its message shapes (commander 14), rendered in Chinese.
 * A message of another shape is kept as commander wrote it.
 */
import type { Lang } from '../../i18n/locale.js';

const ZH: Array<[RegExp, (...m: string[]) => string]> = [
    [/^unknown option '(.+?)'$/, (o) => `未知的选项“${o}”`],
    [/^unknown command '(.+?)'$/, (c) => `未知的命令“${c}”`],
    [/^missing required argument '(.+?)'$/, (a) => `缺少必需的参数“${a}”`],
    [/^option '(.+?)' argument missing$/, (o) => `选项“${o}”缺少取值`],
    [/^required option '(.+?)' not specified$/, (o) => `缺少必需的选项“${o}”`],
    [/^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, n, got) => `${c ? `命令“${c}”的` : ''}参数过多：应为 ${n} 个，实际 ${got} 个`],
    [/^(.+?) cannot be used with (.+)$/, (a, b) => `${a.replace(/^option /, '选项')}不能与${b.replace(/^option /, '选项')}同用`],
];

/** "(Did you mean check?)" / "(Did you mean one of a, b?)" → the Chinese hint. */
function suggestion(text: string): string {
    const one = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(text.trim());
    if (!one) return text;
    return `（是否想输入 ${one[1].split(', ').join('、')}？）`;
}

/** One line, without commander's "error: " prefix, in the user's language. */
export function commanderMessage(raw: string, lang: Lang): string {
    const [first, ...rest] = raw.replace(/^error: /, '').trim().split(/\n+/);
    if (lang === 'en') return [first, ...rest].join(' ');
    let head = first;
    for (const [re, zh] of ZH) {
        const m = re.exec(first);
        if (m) { head = zh(...m.slice(1)); break; }
    }
    return head + rest.map(suggestion).join('');
}
