import { readFileSync, readdirSync } from 'node:fs';
import { ReadRefused, readRegularFile } from '../../io/read.js';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document, type Scalar } from 'yaml';
import { defineMessages, listOf, say, type Msg } from '../../i18n/message.js';
import type { At } from '../checks/primitive.js';
import { checkSchema, checksIn, checkPathUses, PRIMITIVE_KEYS, primitiveOf } from '../checks/registry.js';
import { resolveModelPath } from '../model-paths.js';
import { isValidPath } from '../paths.js';
import { compilePattern } from '../patterns.js';
import { standardsDir } from './locate.js';
import type { Catalog, Check, FileProblem } from './types.js';

/** Packs are data from people the user may not fully trust: bound their size and shape. */
const MAX_FILE_BYTES = 2_000_000;
const MAX_ALIASES = 50;

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
    if (validator) return validator;
    const schema = JSON.parse(readFileSync(join(standardsDir(), 'catalog.schema.json'), 'utf8')) as { $defs: Record<string, object> };
    // The check definition comes from the primitives themselves; the file's copy is for editors.
    schema.$defs.check = checkSchema();
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
    return validator;
}

export interface LoadResult { catalog?: Catalog; problems: FileProblem[] }

/** What a catalog or pack file may be told on load; rendered where it is shown (CLI, editor). */
const M = defineMessages('catalog', {
    unreadable: { zh: '无法读取：{reason}', en: 'cannot read: {reason}' },
    /** `detail` is the YAML library's English text. */
    yaml: { zh: 'YAML 错误：{detail}', en: 'YAML error: {detail}' },
    aliases: { zh: 'YAML 别名展开过多或无效（可能是“YAML 炸弹”）：{detail}', en: 'too many or invalid YAML aliases (a YAML bomb?): {detail}' },
    unknownCheck: { zh: '{where}：检查必须恰好是以下之一：{known}；写的是：{found}', en: '{where}: a check is exactly one of {known}; found: {found}' },
    unknownField: { zh: '{where}：未知的字段“{field}”', en: "{where}: unknown field '{field}'" },
    missingField: { zh: '{where}：缺少字段“{field}”', en: "{where}: missing field '{field}'" },
    /** Any other schema error: `detail` is ajv's English text. */
    schema: { zh: '{where}：{detail}', en: '{where}: {detail}' },
    invalid: { zh: '{where}：不符合格式', en: '{where}: invalid' },
    duplicateClause: { zh: '条款编号 {id} 重复', en: 'duplicate clause id {id}' },
    invalidPath: { zh: '无效的路径“{path}”', en: "invalid path '{path}'" },
    notDuration: { zh: '“{path}”不是时长，不能与时限比较', en: "'{path}' is not a duration; it cannot be compared with a limit" },
    noValue: { zh: '“{path}”没有取值“{value}”；可用：{known}', en: "'{path}' has no value '{value}'; known: {known}" },
});

/** The 1-based line and column of a YAML path (the nearest node that exists), or of a character inside its scalar. */
function positionOf(doc: Document | undefined, lines: LineCounter, path: Array<string | number>, within?: { source: string; index: number }): { line: number; column: number } {
    let offset = 0;
    if (doc) {
        for (let i = path.length; i >= 0; i--) {
            const node = doc.getIn(path.slice(0, i), true);
            if (isNode(node) && node.range) {
                offset = node.range[0];
                if (within !== undefined && i === path.length && isScalar(node)) offset += sourceIndex(within.source.slice(node.range[0], node.range[1]), node, within.index);
                break;
            }
        }
    }
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
}

function problem(file: string, doc: Document | undefined, lines: LineCounter, path: Array<string | number>, message: Msg, within?: { source: string; index: number }): FileProblem {
    return { file, ...positionOf(doc, lines, path, within), message };
}

/** Where the character `index` of a scalar's value stands in its source (quotes and escapes counted). */
function sourceIndex(raw: string, node: Scalar, index: number): number {
    if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return index;
    let r = 1;
    for (let n = 0; n < index && r < raw.length; n++) r += (node.type === 'QUOTE_DOUBLE' && raw[r] === '\\') || (node.type === 'QUOTE_SINGLE' && raw.startsWith("''", r)) ? 2 : 1;
    return r;
}

const PRIMITIVES: readonly string[] = PRIMITIVE_KEYS;

/** Reports a problem at a YAML path; `index` is a character inside that scalar (a pattern's bad column). */
type Report = (path: At, m: Msg, index?: number) => void;

/**
 * A wrong check fails every branch of the schema's oneOf, which ajv reports as a dozen errors.
 * Keep what matters: the errors inside the one primitive written, or one "unknown check" error.
 */
function simplifyChecks(errors: ErrorObject[], data: unknown): ErrorObject[] {
    const checks = [...new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath))].sort((a, b) => a.length - b.length);
    if (!checks.length) return errors;
    const under = (e: ErrorObject, p: string) => e.instancePath === p || e.instancePath.startsWith(`${p}/`);
    let kept = errors.filter((e) => !checks.some((p) => under(e, p)));
    for (const p of checks) {
        if (checks.some((outer) => outer !== p && p.startsWith(`${outer}/`) && !kept.some((e) => under(e, p)))) continue;
        const value = p.split('/').slice(1).map(decode).reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
        const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
        const known = keys.filter((k) => PRIMITIVES.includes(k));
        if (keys.length === 1 && known.length === 1) {
            const inner = errors.filter((e) => under(e, `${p}/${known[0]}`));
            kept = kept.concat(inner.length ? inner : errors.filter((e) => e.instancePath === p && e.keyword === 'oneOf'));
        } else {
            kept.push({ instancePath: p, keyword: 'unknownCheck', params: { keys }, schemaPath: '', message: '' } as ErrorObject);
        }
    }
    return kept;
}

function ajvMessage(e: ErrorObject): Msg {
    const where = e.instancePath || '/';
    if (e.keyword === 'unknownCheck') {
        const found = (e.params as { keys: string[] }).keys.join(', ') || '—';
        return M.unknownCheck({ where, known: listOf(PRIMITIVES), found });
    }
    if (e.keyword === 'additionalProperties') return M.unknownField({ where, field: (e.params as { additionalProperty: string }).additionalProperty });
    if (e.keyword === 'required') return M.missingField({ where, field: (e.params as { missingProperty: string }).missingProperty });
    return e.message ? M.schema({ where, detail: e.message }) : M.invalid({ where });
}

/** Reads and validates one catalog file. Every problem carries file, line and column; nothing in it is executed. */
export function loadCatalogFile(file: string): LoadResult {
    const lines = new LineCounter();
    const fail = (message: Msg): LoadResult => ({ problems: [{ file, line: 1, column: 1, message }] });
    let text: string;
    try {
        text = readRegularFile(file, MAX_FILE_BYTES).toString('utf8');
    } catch (e) {
        if (e instanceof ReadRefused) return fail(e.text);
        return fail(M.unreadable({ reason: (e as Error).message }));
    }
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
        return {
            problems: doc.errors.map((e) => {
                const pos = lines.linePos(e.pos[0]);
                return { file, line: pos.line, column: pos.col, message: M.yaml({ detail: e.message }) };
            }),
        };
    }
    let data: unknown;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (e) {
        // Point at the first alias: that is where the expansion starts.
        let offset = 0;
        visit(doc, { Alias(_, node) { offset = node.range?.[0] ?? 0; return visit.BREAK; } });
        const pos = lines.linePos(offset);
        return { problems: [{ file, line: pos.line, column: pos.col, message: M.aliases({ detail: (e as Error).message }) }] };
    }
    const validate = schemaValidator();
    if (!validate(data)) {
        return {
            problems: dedupe(simplifyChecks(validate.errors ?? [], data).map((e) => {
                const path = e.instancePath.split('/').slice(1).map(decode);
                if (e.keyword === 'additionalProperties') return keyProblem(file, doc, lines, path, (e.params as { additionalProperty: string }).additionalProperty, ajvMessage(e));
                return problem(file, doc, lines, path, ajvMessage(e));
            })),
        };
    }
    const catalog = data as Omit<Catalog, 'file' | 'clauseLines'>;
    const problems: FileProblem[] = [];
    const clauseLines = Object.create(null) as Record<string, number>; // clause ids are data: `__proto__` is an ordinary key
    const seen = new Set<string>();
    const reporter = (base: At, sink: FileProblem[]): Report => (rest, m, index) => sink.push(problem(file, doc, lines, [...base, ...rest], m, index === undefined ? undefined : { source: text, index }));
    // A clause whose check names no real model field is left out (and reported); the others load.
    const clauseProblems: FileProblem[] = [];
    const clauses = catalog.clauses.filter((c, i) => {
        const at = reporter(['clauses', i], problems);
        if (seen.has(c.id)) at(['id'], M.duplicateClause({ id: c.id }));
        seen.add(c.id);
        clauseLines[c.id] = positionOf(doc, lines, ['clauses', i]).line;
        const before = clauseProblems.length;
        for (const [check, where] of [[c.check, ['check']], [c.caveat?.unless, ['caveat', 'unless']]] as const) {
            if (!check) continue;
            checkSemantics(check, [...where], at);
            checkModelPaths(check, [...where], reporter(['clauses', i], clauseProblems));
        }
        return clauseProblems.length === before;
    });
    if (catalog.appliesWhen) checkWhole(catalog.appliesWhen, reporter(['appliesWhen'], problems));
    if (catalog.scoring?.pass.requires) checkWhole(catalog.scoring.pass.requires, reporter(['scoring', 'pass', 'requires'], problems));
    if (problems.length) return { problems: [...problems, ...clauseProblems] };
    const idLine = positionOf(doc, lines, ['id']).line;
    if (!clauses.length) return { problems: clauseProblems };
    return { catalog: { ...catalog, clauses, file, clauseLines, idLine }, problems: clauseProblems };
}

/** A check that decides the whole catalog (applicability, the pass rule): any problem rejects the file. */
function checkWhole(c: Check, report: Report): void {
    checkSemantics(c, [], report);
    checkModelPaths(c, [], report);
}

/** The position of a key in a mapping (an unknown field is underlined where it is written). */
function keyProblem(file: string, doc: Document, lines: LineCounter, path: Array<string | number>, key: string, message: Msg): FileProblem {
    const map = path.length ? doc.getIn(path, true) : doc.contents;
    if (isMap(map)) {
        const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
        const offset = isNode(pair?.key) ? pair.key.range?.[0] : undefined;
        if (offset !== undefined) {
            const pos = lines.linePos(offset);
            return { file, line: pos.line, column: pos.col, message };
        }
    }
    return problem(file, doc, lines, path, message);
}

/** allErrors reports a oneOf failure once per branch: keep one problem per position and text. */
function dedupe(problems: FileProblem[]): FileProblem[] {
    const seen = new Set<string>();
    return problems.filter((p) => {
        const key = `${p.line}:${p.column}:${say(p.message, 'en')}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

function decode(s: string): string | number {
    const u = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(u) ? Number(u) : u;
}

/** What the schema cannot say: paths parse, regexes are safe, and each primitive's own rules (limits, builtins). */
function checkSemantics(check: Check, at: At, report: Report): void {
    for (const { check: c, at: where } of checksIn(check, at)) {
        const { key, primitive, spec } = primitiveOf(c);
        primitive.validate?.(spec, (rest, m) => report([...where, key, ...rest], m));
        for (const { pattern, at: p } of primitive.regexes?.(spec) ?? []) {
            const compiled = compilePattern(pattern);
            if (!compiled.ok) report([...where, key, ...p], compiled.error, compiled.column - 1);
        }
    }
    for (const use of checkPathUses(check, at)) {
        if (!isValidPath(use.path)) report(use.at, M.invalidPath({ path: use.path }));
    }
}

/** Every path names a real PolicyModel field, durations are durations, listed values are the field's own. */
function checkModelPaths(check: Check, at: At, report: Report): void {
    for (const use of checkPathUses(check, at)) {
        if (!isValidPath(use.path)) continue; // reported by checkSemantics
        const end = resolveModelPath(use.path);
        if (end.error) { report(use.at, end.error); continue; }
        if (use.expect?.kind === 'duration' && !end.field?.duration) {
            report(use.at, M.notDuration({ path: use.path }));
        }
        const expect = use.expect;
        if (expect?.kind === 'values') {
            const allowed = end.field?.values;
            expect.values.forEach((v, i) => {
                if (allowed && !allowed.includes(String(v))) {
                    report([...expect.at, i], M.noValue({ path: use.path, value: String(v), known: allowed.join(', ') }));
                }
            });
        }
    }
}

/** Every catalog shipped in standards/ (not packs/: company packs are opt-in by path). */
export function builtinCatalogFiles(): string[] {
    const dir = standardsDir();
    return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
}
