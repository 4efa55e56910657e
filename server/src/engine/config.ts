import { existsSync, statSync } from 'node:fs';
import { ReadRefused, readRegularFile } from '../io/read.js';
import { dirname, join, resolve } from 'node:path';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { defineMessages, listOf, type Msg } from '../i18n/message.js';
import { closest } from '../i18n/suggest.js';
import type { FileProblem } from './catalog/types.js';
import type { Severity } from './findings.js';

export const CONFIG_FILE = 'aspl.config.yaml';

/** aspl.config.yaml: what editor and CLI both read. */
export interface AsplConfig {
    /** Where it was read from (undefined: defaults). */
    file?: string;
    /** Catalog ids in force; replaces the policy's own `applies` and the defaults. */
    packs?: string[];
    /** Company packs by path (absolute after loading). */
    extraPacks: string[];
    /** Severity per clause id ("GBT-AS-GENERAL 8.4.2") or per catalog id. */
    severity: Record<string, Severity>;
    /** Globs of files to skip, relative to the config's folder. */
    ignore: string[];
    /** The folder globs are relative to. */
    root: string;
}

const KEYS = new Set(['packs', 'extraPacks', 'severity', 'ignore']);
const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
/** ESLint's spelling of a severity, accepted as the same word. */
const SEVERITY_ALIASES: Record<string, Severity> = { warn: 'warning' };

/** What aspl.config.yaml may be told on load; rendered where it is shown (CLI in --lang, editor in its locale). */
const M = defineMessages('config', {
    unreadable: { zh: '无法读取配置：{reason}', en: 'cannot read config: {reason}' },
    /** `detail` is the YAML library's English text. */
    yaml: { zh: 'YAML 错误：{detail}', en: 'YAML error: {detail}' },
    aliases: { zh: 'YAML 别名无效：{detail}', en: 'invalid YAML aliases: {detail}' },
    notMapping: { zh: '配置应为键值映射', en: 'the config must be a mapping' },
    unknownKey: { zh: '未知的配置项“{key}”{hint}；可用：{known}', en: "unknown config key '{key}'{hint}; expected {known}" },
    strings: { zh: '“{key}”应为字符串列表', en: "'{key}' must be a list of strings" },
    severityMap: { zh: '“severity”应为“条款编号: 严重程度”映射', en: "'severity' must map clause ids to severities" },
    severity: { zh: '“{id}”的严重程度应为 error、warning（或 warn）、info 或 off{hint}', en: "severity of '{id}' must be error, warning (or warn), info or off{hint}" },
    didYouMean: { zh: '（是否想写“{word}”？）', en: " (did you mean '{word}'?)" },
});

/** " (did you mean 'packs'?)", or nothing. */
function didYouMean(word: string, candidates: Iterable<string>): Msg | '' {
    const c = closest(word, candidates);
    return c ? M.didYouMean({ word: c }) : '';
}

export function defaultConfig(root: string): AsplConfig {
    // null prototype: a clause or catalog id such as `constructor` or `__proto__` is an ordinary key
    return { extraPacks: [], severity: Object.create(null) as Record<string, Severity>, ignore: [], root };
}

/** The nearest aspl.config.yaml walking up from a policy's folder (nearest wins). */
export function findConfigFile(fromDir: string): string | undefined {
    let dir = resolve(fromDir);
    for (;;) {
        const f = join(dir, CONFIG_FILE);
        // a FIFO or device by that name is found too, and then refused by loadConfig with a clear error
        if (existsSync(f) && !statSync(f).isDirectory()) return f;
        const up = dirname(dir);
        if (up === dir) return undefined;
        dir = up;
    }
}

/** A config is a few lines; anything larger is not one. */
const MAX_CONFIG_BYTES = 1_000_000;

/** Reads a config file; problems carry line and column, and a broken config still yields defaults. */
export function loadConfig(file: string): { config: AsplConfig; problems: FileProblem[] } {
    const root = dirname(resolve(file));
    const config = { ...defaultConfig(root), file: resolve(file) };
    const problems: FileProblem[] = [];
    const lines = new LineCounter();
    const at = (offset: number, message: Msg) => {
        const p = lines.linePos(offset);
        problems.push({ file: config.file, line: p.line, column: p.col, message });
    };
    let text: string;
    try { text = readRegularFile(file, MAX_CONFIG_BYTES).toString('utf8'); } catch (e) {
        if (e instanceof ReadRefused) return { config, problems: [{ file: config.file, line: 1, column: 1, message: e.text }] };
        return { config, problems: [{ file: config.file, line: 1, column: 1, message: M.unreadable({ reason: (e as Error).message }) }] };
    }
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    for (const e of doc.errors) at(e.pos[0], M.yaml({ detail: e.message }));
    if (doc.errors.length) return { config, problems };
    let data: unknown;
    try { data = doc.toJS({ maxAliasCount: 50 }); } catch (e) {
        at(0, M.aliases({ detail: (e as Error).message }));
        return { config, problems };
    }
    if (data === null || data === undefined) return { config, problems };
    const offsetOf = (path: Array<string | number>) => {
        const n = doc.getIn(path, true);
        return isNode(n) && n.range ? n.range[0] : 0;
    };
    if (typeof data !== 'object' || Array.isArray(data)) {
        at(0, M.notMapping());
        return { config, problems };
    }
    const obj = data as Record<string, unknown>;
    const keyOffset = (key: string) => {
        const map = doc.contents;
        const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
        return isNode(pair?.key) && pair.key.range ? pair.key.range[0] : offsetOf([key]);
    };
    for (const key of Object.keys(obj)) {
        if (KEYS.has(key)) continue;
        at(keyOffset(key), M.unknownKey({ key, hint: didYouMean(key, KEYS), known: listOf([...KEYS]) }));
    }
    const strings = (key: string): string[] | undefined => {
        const v = obj[key];
        if (v === undefined) return undefined;
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
            at(offsetOf([key]), M.strings({ key }));
            return undefined;
        }
        return v as string[];
    };
    config.packs = strings('packs');
    config.extraPacks = (strings('extraPacks') ?? []).map((p) => resolve(root, p));
    config.ignore = strings('ignore') ?? [];
    const sev = obj.severity;
    if (sev !== undefined) {
        if (typeof sev !== 'object' || sev === null || Array.isArray(sev)) {
            at(offsetOf(['severity']), M.severityMap());
        } else {
            for (const [k, v] of Object.entries(sev)) {
                if (typeof v === 'string' && SEVERITIES.has(v)) config.severity[k] = v as Severity;
                else if (typeof v === 'string' && SEVERITY_ALIASES[v]) config.severity[k] = SEVERITY_ALIASES[v];
                else {
                    at(offsetOf(['severity', k]), M.severity({ id: k, hint: typeof v === 'string' ? didYouMean(v, SEVERITIES) : '' }));
                }
            }
        }
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { config, problems };
}
