// Hover on a line whose calls released the GIL: why a blocking call (or C code) lets go of it, and what each
// thread did there. Read from the view the editor already has (no request to the worker). Names that denote
// objects keep their object hover (hovers.ts); the rest of the line's code (the called function, `with`...) shows this.

import * as vscode from 'vscode';
import { gilHoverMarkdown } from '../trace-model/text';
import type { SimulationController } from './controller';
import { localizedWords } from './words';

const WORD = /[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/;

export class GilHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: SimulationController) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | null {
    const result = this.controller.result;
    if (!result || result.uri.toString() !== document.uri.toString()) return null;
    const lineNumber = position.line + 1;
    const mark = result.view.lines.find((l) => l.line === lineNumber)?.gil;
    if (!mark) return null;
    const line = document.lineAt(position.line);
    if (position.character < line.firstNonWhitespaceCharacterIndex || position.character >= line.text.length) return null;
    const word = document.getWordRangeAtPosition(position, WORD);
    const names = result.view.names.find((n) => n.line === lineNumber)?.names;
    if (word && names && names[document.getText(word)] !== undefined) return null;
    const range = word ?? new vscode.Range(position, position.translate(0, 1));
    return new vscode.Hover(new vscode.MarkdownString(gilHoverMarkdown(mark, localizedWords())), range);
  }
}
