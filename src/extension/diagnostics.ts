// The Problems panel: syntax errors (CPython's message), unsupported constructs, budget overruns and the
// line an uncaught exception escaped from, each with its position.

import * as vscode from 'vscode';
import type { ProgramDiagnostic, RunOutcome } from '../shared/protocol';
import { displayFilename, type SimulationController } from './controller';

export const DIAGNOSTIC_SOURCE = 'CPython Lens';

export class ProgramDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('cpythonLens');
  private readonly subscription: vscode.Disposable;

  constructor(controller: SimulationController) {
    this.subscription = controller.onDidFinishRun(({ result }) => {
      void vscode.workspace.openTextDocument(result.uri).then((document) => {
        this.collection.set(result.uri, diagnosticsFor(result.outcome, document));
      });
    });
  }

  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

function diagnosticsFor(outcome: RunOutcome, document: vscode.TextDocument): vscode.Diagnostic[] {
  const out: vscode.Diagnostic[] = [];
  if (outcome.diagnostic) out.push(fromProgramDiagnostic(outcome.diagnostic, document));
  // The program ended with an error status of its own (not a run the simulator stopped): its traceback, if any.
  if (outcome.exitCode !== 0 && !outcome.diagnostic) {
    const uncaught = uncaughtException(outcome.stderr, document);
    if (uncaught) out.push(uncaught);
  }
  return out;
}

function rangeOf(d: { line: number; col: number; endLine: number; endCol: number }, document: vscode.TextDocument): vscode.Range {
  const line = Math.min(Math.max(d.line, 1), document.lineCount) - 1;
  const text = document.lineAt(line);
  const endLine = Math.min(Math.max(d.endLine, d.line), document.lineCount) - 1;
  const start = new vscode.Position(line, Math.min(d.col, text.text.length));
  let end = new vscode.Position(endLine, Math.min(d.endCol, document.lineAt(endLine).text.length));
  // No width (a budget overrun, a caret at one point): mark the line's code so it can be seen.
  if (!end.isAfter(start)) end = start.character < text.text.length ? new vscode.Position(line, text.text.length) : start;
  if (end.isEqual(start) && start.character === 0) return new vscode.Range(line, text.firstNonWhitespaceCharacterIndex, line, text.text.length);
  return new vscode.Range(start, end);
}

function fromProgramDiagnostic(d: ProgramDiagnostic, document: vscode.TextDocument): vscode.Diagnostic {
  let message: string;
  let severity: vscode.DiagnosticSeverity;
  switch (d.kind) {
    case 'SyntaxError':
    case 'IndentationError':
      message = `${d.kind}: ${d.message}`;
      severity = vscode.DiagnosticSeverity.Error;
      break;
    case 'Unsupported':
      message = vscode.l10n.t('Not simulated yet: {0}', d.message);
      severity = vscode.DiagnosticSeverity.Warning;
      break;
    case 'Budget':
      message = vscode.l10n.t('Simulation stopped here: {0}', d.message);
      severity = vscode.DiagnosticSeverity.Warning;
      break;
    case 'Crash':
      message = vscode.l10n.t('The simulated interpreter crashed: {0}', d.message);
      severity = vscode.DiagnosticSeverity.Error;
      break;
  }
  const diagnostic = new vscode.Diagnostic(rangeOf(d, document), message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = d.kind;
  return diagnostic;
}

/**
 * The last traceback frame in this file and the exception's last line (`ZeroDivisionError: ...`); frames
 * of other files (the standard library's threading.py, exec's "<string>") are passed over.
 */
function uncaughtException(stderr: string, document: vscode.TextDocument): vscode.Diagnostic | null {
  const lines = stderr.trimEnd().split('\n');
  const filename = displayFilename(document.uri);
  let frameLine: number | null = null;
  for (const text of lines) {
    const m = /^ {2}File "(.*)", line (\d+)/.exec(text);
    if (m && m[1] === filename) frameLine = Number(m[2]);
  }
  const summary = lines[lines.length - 1];
  if (frameLine === null || !summary) return null;
  const range = rangeOf({ line: frameLine, col: 0, endLine: frameLine, endCol: 0 }, document);
  const diagnostic = new vscode.Diagnostic(range, summary, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'UncaughtException';
  return diagnostic;
}
