// Inline annotations after lines and the step-mode current line. Decoration types are created once;
// colours are the theme colours package.json contributes (dark / light / high-contrast defaults).

import * as vscode from 'vscode';
import type { LineAnnotation } from '../shared/protocol';
import { annotationText, gilMarkText, type Words } from '../trace-model/text';
import type { SimulationController, SimulationResult } from './controller';
import { readSettings } from './settings';
import { localizedWords } from './words';

export class AnnotationDecorations implements vscode.Disposable {
  private readonly annotation = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('cpythonLens.annotationForeground'), margin: '0 0 0 2em', fontStyle: 'normal' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  /** Lines where an object died: their own colour, so "freed" stands out. */
  private readonly freedAnnotation = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('cpythonLens.freedForeground'), margin: '0 0 0 2em', fontStyle: 'normal' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  /**
   * GIL release / reacquire marks of blocking calls, in a colour of their own, right after the code (the call they
   * describe), then the line's refcounts. `before` content: at one position the editor draws `before` texts ahead
   * of `after` ones, and orders texts of one kind by their types' CSS class names, which depend on how many
   * decoration types the window made.
   */
  private readonly gilMark = vscode.window.createTextEditorDecorationType({
    before: { color: new vscode.ThemeColor('cpythonLens.gilForeground'), margin: '0 0 0 2em', fontStyle: 'normal' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly currentLine = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('cpythonLens.currentStepBackground'),
    overviewRulerColor: new vscode.ThemeColor('cpythonLens.currentStepBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly controller: SimulationController) {
    this.subscriptions.push(
      controller.onDidChange(() => this.refreshAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('cpythonLens.annotations')) this.refreshAll();
      }),
    );
  }

  refreshAll(): void {
    const result = this.controller.result;
    const words = localizedWords();
    const detail = readSettings().annotationDetail;
    for (const editor of vscode.window.visibleTextEditors) {
      if (result && editor.document.uri.toString() === result.uri.toString()) this.apply(editor, result, words, detail);
      else this.clear(editor);
    }
  }

  private apply(editor: vscode.TextEditor, result: SimulationResult, words: Words, detail: ReturnType<typeof readSettings>['annotationDetail']): void {
    const plain: vscode.DecorationOptions[] = [];
    const freed: vscode.DecorationOptions[] = [];
    const gil: vscode.DecorationOptions[] = [];
    const document = editor.document;
    for (const annotation of result.view.lines) {
      if (annotation.line > document.lineCount) continue;
      const end = document.lineAt(annotation.line - 1).range.end;
      const range = new vscode.Range(end, end);
      const text = annotationText(annotation, detail, words);
      if (text !== null) (hasFreed(annotation) ? freed : plain).push({ range, renderOptions: { after: { contentText: text } } });
      const mark = annotation.gil ? gilMarkText(annotation.gil, detail, words) : null;
      if (mark !== null) gil.push({ range, renderOptions: { before: { contentText: mark } } });
    }
    editor.setDecorations(this.annotation, plain);
    editor.setDecorations(this.freedAnnotation, freed);
    editor.setDecorations(this.gilMark, gil);
    const line = result.position !== null ? result.view.currentLine : null;
    if (line !== null && line <= document.lineCount) {
      const range = document.lineAt(line - 1).range;
      editor.setDecorations(this.currentLine, [range]);
    } else {
      editor.setDecorations(this.currentLine, []);
    }
  }

  private clear(editor: vscode.TextEditor): void {
    editor.setDecorations(this.annotation, []);
    editor.setDecorations(this.freedAnnotation, []);
    editor.setDecorations(this.gilMark, []);
    editor.setDecorations(this.currentLine, []);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.annotation.dispose();
    this.freedAnnotation.dispose();
    this.gilMark.dispose();
    this.currentLine.dispose();
  }
}

function hasFreed(annotation: LineAnnotation): boolean {
  return annotation.items.some((item) => item.kind === 'freed');
}
