/**
 * The CJK characters ASPL treats as Chinese: the unified ideographs and extension A. One class,
 * so "is this word Chinese" means the same in the lexer's hints, the labels and the faces.
 */
export const CJK_RANGE = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/** Tests whether a text contains a CJK character. */
export const CJK = new RegExp(`[${CJK_RANGE}]`);

/** Tests whether a text starts with a CJK character. */
export const CJK_START = new RegExp(`^[${CJK_RANGE}]`);
