/**
 * `aspl/diff` (protocol.ts): the open policy's current text against an older version of it — a
 * git revision of its file (read with `git show`, as `aspl diff REV FILE` does) or a text the
 * client sends. The new side is the evaluation the server already holds for the editor's text.
 */
import { LSP_MESSAGES } from './messages.js';
import { say } from '../../i18n/message.js';
import { basename } from 'node:path';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { Analyzer, type PolicyAnalysis } from '../../analysis.js';
import { CLASS_LABELS, diffPolicies, type DiffSide } from '../../diff/index.js';
import type { FindingChange } from '../../diff/types.js';
import type { Lang } from '../../i18n/locale.js';
import { isSyntaxError } from '../../parse/problems.js';
import { counts, scoreLines, summary } from '../diff/formats.js';
import { GitError, isRevision, openRevision, repoRoot } from '../diff/git.js';
import { subjectText, title, valueText } from '../diff/words.js';
import { DIFF_REQUEST, type DiffFindingRow, type DiffParams, type DiffResult } from './protocol.js';

export function addDiffRequest(connection: Connection, analysis: (uri: string) => Promise<PolicyAnalysis | undefined>): void {
    // The old version is analysed apart from the editor's workspace, so it never shows as an open document.
    const analyzers = new Map<Lang, Analyzer>();
    const analyzerFor = (lang: Lang) => {
        let a = analyzers.get(lang);
        if (!a) { a = new Analyzer({ lang }); analyzers.set(lang, a); }
        return a;
    };

    connection.onRequest(DIFF_REQUEST, async (params: DiffParams): Promise<DiffResult | null> => {
        const now = await analysis(params.uri);
        if (!now?.model) return null;
        const lang: Lang = params.lang === 'en' ? 'en' : 'zh';
        const analyzer = analyzerFor(lang);
        const file = now.file;
        let before: DiffSide & { problems?: PolicyAnalysis['problems'] } = {};
        let base: string;
        let oldFile: string | undefined;
        if (params.oldText !== undefined) {
            // same path, so the old text's imports resolve as the file's do
            before = await analyzer.analyzeText(params.oldText, file);
            base = say(LSP_MESSAGES['old-text-from-client'], lang, { file: basename(file) });
        } else {
            const rev = params.base || 'HEAD';
            const root = URI.parse(params.uri).scheme === 'file' ? repoRoot(file) : undefined;
            if (!root || !isRevision(root, rev)) {
                return { ok: false, reason: { zh: `${basename(file)} 不在 git 仓库中，或没有版本 ${rev}`, en: `${basename(file)} is not in a git repository, or it has no revision ${rev}` } };
            }
            let tree;
            try { tree = openRevision(root, rev); } catch (e) {
                if (e instanceof GitError) return { ok: false, reason: e.reason };
                throw e;
            }
            try {
                base = `${rev}:${tree.relative(file)}`;
                oldFile = tree.fileFor(file);
                if (oldFile) before = await analyzer.analyzeFile(oldFile);
            } finally { tree.close(); }
        }
        // A partly parsed version would read as commitments removed: say so instead.
        if (now.problems.some(isSyntaxError) || before.problems?.some(isSyntaxError)) {
            return { ok: false, reason: { zh: `${base} 或当前文本有语法错误，不能比较`, en: `${base} or the current text has syntax errors, so they cannot be compared` } };
        }
        const d = diffPolicies(before, { model: now.model, evaluation: now.evaluation }, analyzer.registry);
        const oldUri = oldFile ? URI.file(oldFile).toString() : params.oldText !== undefined ? URI.file(file).toString() : undefined;
        const finding = (f: FindingChange): DiffFindingRow => ({
            ruleId: f.ruleId, status: f.status, message: say(f.message, lang), uri: f.src.uri, line: f.src.range.start.line, character: f.src.range.start.character,
        });
        return {
            ok: true, base,
            rows: d.changes.map((c) => ({
                kind: c.kind, class: c.class, classLabel: CLASS_LABELS[c.class][lang], title: title(c, lang), subject: subjectText(c, lang),
                oldText: valueText(c.old, lang), newText: valueText(c.new, lang),
                uri: c.at.uri, line: c.at.range.start.line, character: c.at.range.start.character,
                ...(c.oldSrc && c.oldSrc.uri === oldUri ? { oldLine: c.oldSrc.range.start.line } : {}),
                ...(c.assumption ? { assumption: c.assumption[lang] } : {}),
            })),
            fixed: d.compliance.fixed.map(finding),
            introduced: d.compliance.introduced.map(finding),
            scores: scoreLines(d, lang),
            summary: summary(counts([{ old: base, new: file, diff: d }]), lang),
        };
    });
}
