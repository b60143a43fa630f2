// The current lesson step's lines in the editor: a whole-line background (a contributed theme colour) and a
// reveal, so the learner sees what the step explains.

import * as vscode from 'vscode';

export class LessonHighlight implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('cpythonLens.lessonStepBackground'),
    overviewRulerColor: new vscode.ThemeColor('cpythonLens.lessonStepBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
  });
  private shown: { uri: string; lines: [number, number] } | null = null;
  private readonly subscription = vscode.window.onDidChangeVisibleTextEditors(() => this.apply());

  /** Highlights lines first..last (1-based) of the document, revealing them in its editor. */
  show(document: vscode.TextDocument, lines: [number, number]): void {
    this.shown = { uri: document.uri.toString(), lines };
    const editor = this.apply();
    if (!editor) return;
    const range = this.range(editor.document, lines);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  clear(): void {
    this.shown = null;
    for (const editor of vscode.window.visibleTextEditors) editor.setDecorations(this.decoration, []);
  }

  private apply(): vscode.TextEditor | undefined {
    let target: vscode.TextEditor | undefined;
    for (const editor of vscode.window.visibleTextEditors) {
      const mine = this.shown !== null && editor.document.uri.toString() === this.shown.uri;
      editor.setDecorations(this.decoration, mine && this.shown ? [this.range(editor.document, this.shown.lines)] : []);
      if (mine) target = editor;
    }
    return target;
  }

  private range(document: vscode.TextDocument, [first, last]: [number, number]): vscode.Range {
    const lastLine = Math.min(last, document.lineCount) - 1;
    return new vscode.Range(Math.max(first - 1, 0), 0, lastLine, document.lineAt(lastLine).text.length);
  }

  dispose(): void {
    this.subscription.dispose();
    this.decoration.dispose();
  }
}
