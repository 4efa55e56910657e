import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Format } from './types.js';

export const FORMATS: Record<string, Format> = { stylish, json, sarif, junit, github };
export const FORMAT_NAMES = Object.keys(FORMATS);
export type { Format, FormatContext, FormatWriter, RunEnd } from './types.js';
