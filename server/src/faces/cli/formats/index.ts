import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATS: Record<string, Formatter> = { stylish, json, sarif, junit, github };
export const FORMAT_NAMES = Object.keys(FORMATS);
export type { FormatContext, Formatter } from './types.js';
