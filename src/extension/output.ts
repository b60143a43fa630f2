// The simulated program's output in an output channel, with the traceback's `File "…", line N` linked.

import * as vscode from 'vscode';
import type { RunOutcome } from '../shared/protocol';
import type { SimulationController, SimulationResult, RunReason } from './controller';

export const OUTPUT_CHANNEL_NAME = 'CPython Lens';
const TRACEBACK_FRAME = /File "([^"]+)", line (\d+)/g;

export class ProgramOutput implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Traceback file names seen in the output → the document they name. */
  private readonly files = new Map<string, vscode.Uri>();

  constructor(controller: SimulationController) {
    this.subscriptions.push(
      controller.onDidFinishRun(({ result, reason }) => this.write(result, reason)),
      vscode.languages.registerDocumentLinkProvider({ scheme: 'output' }, { provideDocumentLinks: (doc) => this.links(doc) }),
    );
  }

  private write(result: SimulationResult, reason: RunReason): void {
    const o = result.outcome;
    const name = result.uri.scheme === 'file' ? result.uri.fsPath : result.uri.path.split('/').pop() ?? result.uri.toString();
    this.files.set(name, result.uri);
    this.channel.clear();
    const steps = o.steps.toLocaleString('en-US');
    this.channel.appendLine(o.python === 'nogil-hypothetical'
      ? vscode.l10n.t('▶ {0} · hypothetical interpreter without a GIL, non-atomic counts (not a CPython) · {1} steps · {2} ms', name, steps, o.elapsedMs)
      : vscode.l10n.t('▶ {0} · CPython {1} model · {2} steps · {3} ms', name, o.python, steps, o.elapsedMs));
    if (o.prefixBefore !== null) {
      this.channel.appendLine(vscode.l10n.t('Line {0} has a syntax error: the annotations come from running lines 1–{1} alone, which printed:', o.prefixBefore, o.prefixBefore - 1));
      this.channel.append(o.prefixStdout);
      this.channel.appendLine('');
    }
    this.channel.append(o.stdout);
    this.channel.append(o.stderr);
    this.channel.appendLine(exitLine(o));
    if (reason === 'command') this.channel.show(true);
  }

  private links(document: vscode.TextDocument): vscode.DocumentLink[] {
    const links: vscode.DocumentLink[] = [];
    for (let i = 0; i < document.lineCount; i++) {
      const text = document.lineAt(i).text;
      for (const m of text.matchAll(TRACEBACK_FRAME)) {
        const uri = this.files.get(m[1]);
        if (!uri || m.index === undefined) continue;
        const range = new vscode.Range(i, m.index, i, m.index + m[0].length);
        links.push(new vscode.DocumentLink(range, uri.with({ fragment: `L${m[2]}` })));
      }
    }
    return links;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.channel.dispose();
  }
}

function exitLine(o: RunOutcome): string {
  switch (o.diagnostic?.kind) {
    case 'SyntaxError':
    case 'IndentationError':
    case 'Unsupported':
      return vscode.l10n.t('[not run: syntax error or construct not simulated yet]');
    case 'Budget':
      return vscode.l10n.t('[stopped: step or time budget used up]');
    case 'Crash':
      return vscode.l10n.t('[stopped by an uncaught exception]');
  }
  // 130: an unhandled KeyboardInterrupt, which CPython turns into a SIGINT death.
  if (o.exitCode === 1 || o.exitCode === 130) return vscode.l10n.t('[stopped by an uncaught exception]');
  return o.exitCode === 0 ? vscode.l10n.t('[finished normally]') : vscode.l10n.t('[exited with status {0}]', o.exitCode);
}
