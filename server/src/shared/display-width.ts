import stringWidth from 'string-width';

/** Terminal width of a string: CJK and full-width characters take two columns (string-width). */
export function displayWidth(text: string): number {
    return stringWidth(text);
}
