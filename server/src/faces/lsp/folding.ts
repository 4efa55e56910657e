/** Folding: Langium's (multi-line blocks, block comments) plus runs of line comments (file headers). */
import type { LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import type { AsplLspServices } from './module.js';

export class AsplFoldingRangeProvider extends DefaultFoldingRangeProvider {
    constructor(services: AsplLspServices) {
        super(services);
    }

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        const lines = document.textDocument.getText().split(/\r?\n/);
        let start = -1;
        const flush = (end: number) => {
            if (start >= 0 && end - start >= 2) acceptor({ startLine: start, endLine: end - 1, kind: FoldingRangeKind.Comment });
            start = -1;
        };
        lines.forEach((line, i) => {
            if (/^\s*\/\//.test(line)) { if (start < 0) start = i; } else flush(i);
        });
        flush(lines.length);
    }
}
