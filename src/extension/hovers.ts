// Hover on a name: the object it denoted when its line last ran, its count, every +1/−1 and who refers to it
// (asked from the worker when the hover shows).

import * as vscode from 'vscode';
import { stripStringsAndComment } from '../trace-model/identifiers';
import { hoverMarkdown } from '../trace-model/text';
import type { SimulationController } from './controller';
import { REVEAL_LINE_COMMAND } from './reveal-line';
import { localizedWords } from './words';

export class ObjectHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: SimulationController) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | null> {
    const result = this.controller.result;
    if (!result || result.uri.toString() !== document.uri.toString()) return null;
    const range = document.getWordRangeAtPosition(position, /[A-Za-z_\u00C0-\uFFFF][\w\u00C0-\uFFFF]*/);
    if (!range) return null;
    // A word inside a string or a comment is not a name.
    const code = stripStringsAndComment(document.lineAt(position.line).text);
    if (code.slice(range.start.character, range.end.character) !== document.getText(range)) return null;
    const lineNumber = position.line + 1;
    const objectId = result.view.names.find((n) => n.line === lineNumber)?.names[document.getText(range)];
    if (objectId === undefined) return null;
    // The details come from the worker, which keeps them for the view it sent.
    const details = await this.controller.details(result, objectId);
    if (!details) return null;
    const uri = document.uri.toString();
    const link = (line: number, text: string) =>
      `[${text}](command:${REVEAL_LINE_COMMAND}?${encodeURIComponent(JSON.stringify([uri, line]))})`;
    const markdown = new vscode.MarkdownString(hoverMarkdown(details, localizedWords(), link));
    markdown.isTrusted = { enabledCommands: [REVEAL_LINE_COMMAND] };
    return new vscode.Hover(markdown, range);
  }
}
