// The CLI bundle in ASCII only. esbuild escapes the non-ASCII characters of strings and templates,
// but not those of comments and regular-expression literals, and a single one makes V8 hold the
// whole source as a two-byte string: 7.8 MB instead of 3.9, decoded from UTF-8 at every start
// (bin/aspl.js). In a regular expression each such character becomes the \u escape that reads as
// the same character (a surrogate pair as two, which a u- or v-mode pattern reads as one code
// point); in a comment it is only text. acorn finds both; the build stops if one stands elsewhere.
import { parse } from 'acorn';

const NON_ASCII = /[\u0080-\uffff]/g;
const HAS_NON_ASCII = /[\u0080-\uffff]/;
const escape = (text) => text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `code` with every non-ASCII character of its comments and regular-expression literals escaped. */
export function asciiBundle(code) {
    const spans = [];
    const ast = parse(code, {
        ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true,
        onComment: (_block, text, start, end) => { if (HAS_NON_ASCII.test(text)) spans.push({ start, end }); },
    });
    const visit = (node) => {
        if (node.type === 'Literal' && node.regex && HAS_NON_ASCII.test(node.raw)) {
            // a backslash before the character would make its escape mean something else
            if (/\\[\u0080-\uffff]/.test(node.raw)) throw new Error(`bundle: an escaped non-ASCII character in ${node.raw.slice(0, 80)}`);
            spans.push({ start: node.start, end: node.end });
        }
        for (const v of Object.values(node)) {
            if (Array.isArray(v)) { for (const x of v) if (x && typeof x.type === 'string') visit(x); }
            else if (v && typeof v.type === 'string') visit(v);
        }
    };
    visit(ast);
    let out = '';
    let at = 0;
    for (const { start, end } of spans.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, start) + escape(code.slice(start, end));
        at = end;
    }
    out += code.slice(at);
    const stray = HAS_NON_ASCII.exec(out);
    if (stray) throw new Error(`bundle: a non-ASCII character outside comments and regular expressions: ${JSON.stringify(out.slice(stray.index - 60, stray.index + 20))}`);
    return out;
}
