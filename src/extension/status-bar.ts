// The status bar item: model version, steps, objects alive, and whether the simulation runs, is done or failed.

import * as vscode from 'vscode';
import type { SimulationController } from './controller';
import { readSettings } from './settings';

export class SimulationStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cpythonLens.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly controller: SimulationController) {
    this.item.name = vscode.l10n.t('CPython Lens');
    this.item.command = 'cpythonLens.simulate';
    this.subscriptions.push(
      controller.onDidChange(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('cpythonLens.pythonModel')) this.render();
      }),
    );
    this.render();
  }

  render(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
      this.item.hide();
      return;
    }
    const python = readSettings().python;
    const activity = this.controller.activity;
    const result = this.controller.result;
    const mine = result !== null && result.uri.toString() === editor.document.uri.toString();
    this.item.backgroundColor = undefined;
    if (activity.kind === 'running') {
      this.item.text = `$(sync~spin) ${python} · ${vscode.l10n.t('running… {0} steps', activity.steps.toLocaleString('en-US'))}`;
      this.item.tooltip = vscode.l10n.t('CPython Lens is simulating this file (click to restart)');
    } else if (activity.kind === 'failed') {
      this.item.text = `$(error) ${python} · ${vscode.l10n.t('simulator error')}`;
      this.item.tooltip = activity.message;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (mine) {
      const o = result.outcome;
      const v = result.view;
      const state = o.exitCode === 0 ? vscode.l10n.t('done') : vscode.l10n.t('error');
      const step = result.position === null ? ''
        : result.position < o.lineSteps ? ` · ${vscode.l10n.t('step {0}/{1}', result.position + 1, o.lineSteps)}`
        : ` · ${vscode.l10n.t('after step {0}', o.lineSteps)}`;
      // The whole run's count, or the count up to the step shown.
      const steps = result.position === null ? o.steps : v.steps;
      this.item.text = `$(pulse) ${o.python} · ${vscode.l10n.t('{0} steps', steps.toLocaleString('en-US'))} · ${vscode.l10n.t('{0} alive', v.programObjectsAlive)}${step} · ${state}`;
      this.item.tooltip = vscode.l10n.t(
        'CPython {0} model: {1} instructions; {2} objects created by the program alive ({3} with the interpreter\'s own). Click to simulate again.',
        o.python, steps.toLocaleString('en-US'), v.programObjectsAlive, v.objectsAlive,
      );
    } else {
      this.item.text = `$(pulse) ${python} · ${vscode.l10n.t('not simulated')}`;
      this.item.tooltip = vscode.l10n.t('Click to simulate this file in CPython Lens');
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
