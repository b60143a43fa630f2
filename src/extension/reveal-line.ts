// The internal command hover links use to jump to a line (not in the palette).

import * as vscode from 'vscode';

export const REVEAL_LINE_COMMAND = 'cpythonLens.revealLine';

export function registerRevealLine(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_LINE_COMMAND, async (uri: unknown, line: unknown) => {
    if (typeof uri !== 'string' || typeof line !== 'number' || line < 1) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const position = new vscode.Position(Math.min(line, document.lineCount) - 1, 0);
    const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
