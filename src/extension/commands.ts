// The palette commands (category "CPython Lens").

import * as vscode from 'vscode';
import { writePieces } from './write-pieces';
import type { SimulationController } from './controller';
import { readSettings, updateSetting } from './settings';
import { MemoryGraphPanel } from './panels/memory-graph-panel';
import { GilTimelinePanel } from './panels/gil-timeline-panel';
import { startLesson } from './lessons/start-lesson';
import type { LessonProgressStore } from './lessons/lesson-progress-store';

export const COMMANDS = {
  simulate: 'cpythonLens.simulate',
  toggleLive: 'cpythonLens.toggleLive',
  stepForward: 'cpythonLens.stepForward',
  stepBack: 'cpythonLens.stepBack',
  goToStep: 'cpythonLens.goToStep',
  openMemoryGraph: 'cpythonLens.openMemoryGraph',
  openGilTimeline: 'cpythonLens.openGilTimeline',
  compareModels: 'cpythonLens.compareModels',
  selectPythonModel: 'cpythonLens.selectPythonModel',
  exportTrace: 'cpythonLens.exportTrace',
  startLesson: 'cpythonLens.startLesson',
} as const;

function activePythonEditor(): vscode.TextEditor | null {
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'python') return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('CPython Lens: open a Python file first.'));
  return null;
}

/** The result for the active editor's current text, simulating first when there is none. */
async function ensureResult(controller: SimulationController, editor: vscode.TextEditor): Promise<boolean> {
  const r = controller.result;
  if (r && r.uri.toString() === editor.document.uri.toString() && r.documentVersion === editor.document.version) return true;
  return (await controller.simulate(editor.document, 'command')) !== null;
}

function revealCurrentLine(controller: SimulationController, editor: vscode.TextEditor): void {
  const line = controller.result?.position !== null ? controller.result?.view.currentLine : null;
  if (line === null || line === undefined || line > editor.document.lineCount) return;
  const range = editor.document.lineAt(line - 1).range;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function step(controller: SimulationController, delta: number): Promise<void> {
  const editor = activePythonEditor();
  if (!editor || !(await ensureResult(controller, editor))) return;
  if (await controller.step(delta)) revealCurrentLine(controller, editor);
}

async function goToStep(controller: SimulationController): Promise<void> {
  const editor = activePythonEditor();
  if (!editor || !(await ensureResult(controller, editor)) || !controller.result) return;
  const count = controller.result.outcome.lineSteps;
  const answer = await vscode.window.showInputBox({
    title: vscode.l10n.t('Go to step'),
    prompt: vscode.l10n.t('A step is one line starting to run: 1 to {0}', count),
    validateInput: (text) => {
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= count ? null : vscode.l10n.t('Enter a whole number from 1 to {0}', count);
    },
  });
  if (answer === undefined) return;
  if (await controller.goTo(Number(answer) - 1)) revealCurrentLine(controller, editor);
}

async function selectPythonModel(controller: SimulationController): Promise<void> {
  const current = readSettings().python;
  type Item = vscode.QuickPickItem & { model: string };
  const items: Item[] = [
    { model: '3.11', label: '3.11', description: vscode.l10n.t('mortal singletons, refcounts shown as "large"') },
    { model: '3.12', label: '3.12', description: vscode.l10n.t('immortal objects (PEP 683), per-interpreter GIL') },
    { model: '3.13', label: '3.13', description: vscode.l10n.t('collector thresholds (2000, 10, 10)') },
    { model: '3.13t', label: '3.13t', description: vscode.l10n.t('free-threaded (PEP 703): no GIL, biased reference counts') },
  ];
  for (const item of items) if (item.model === current) item.detail = vscode.l10n.t('current model');
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('CPython model to simulate') });
  if (!picked) return;
  await updateSetting('pythonModel', picked.model);
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'python') await controller.simulate(editor.document, 'command');
}

async function exportTrace(controller: SimulationController): Promise<void> {
  const editor = activePythonEditor();
  if (!editor || !(await ensureResult(controller, editor))) return;
  const pieces = await controller.exportTrace();
  if (pieces === null) return;
  const source = editor.document.uri;
  const defaultUri = source.with({ path: source.path.replace(/(\.py)?$/, '.trace.jsonl') });
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [vscode.l10n.t('Trace (JSON lines)')]: ['jsonl'] } });
  if (!target) return;
  await writePieces(target, pieces);
  void vscode.window.showInformationMessage(vscode.l10n.t('Trace written to {0}', vscode.workspace.asRelativePath(target)));
}

/** Opens the memory graph beside the editor, simulating the active Python file first when needed. */
async function openMemoryGraph(controller: SimulationController, extensionUri: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'python') await ensureResult(controller, editor);
  MemoryGraphPanel.show(extensionUri, controller);
}

/** Opens the GIL timeline beside the editor, simulating the active Python file first when needed. */
async function openGilTimeline(controller: SimulationController, extensionUri: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'python') await ensureResult(controller, editor);
  GilTimelinePanel.show(extensionUri, controller);
}

/**
 * Opens the GIL timeline in compare mode on the active Python file (or, from the panel, the file the
 * editor's run is of): the file under 3.11, 3.13t and as processes on one time axis.
 */
function compareModels(controller: SimulationController, extensionUri: vscode.Uri): void {
  const editor = vscode.window.activeTextEditor;
  const shown = controller.result?.uri.toString();
  const document = editor?.document.languageId === 'python'
    ? editor.document
    : vscode.workspace.textDocuments.find((d) => d.uri.toString() === shown);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('CPython Lens: open a Python file first.'));
    return;
  }
  GilTimelinePanel.showComparison(extensionUri, controller, document);
}

export function registerCommands(controller: SimulationController, extensionUri: vscode.Uri, lessons: LessonProgressStore): vscode.Disposable[] {
  const register = (id: string, run: () => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register(COMMANDS.simulate, async () => {
      const editor = activePythonEditor();
      if (editor) await controller.simulate(editor.document, 'command');
    }),
    register(COMMANDS.toggleLive, async () => {
      const live = !readSettings().live;
      await updateSetting('live.enabled', live);
      void vscode.window.showInformationMessage(live
        ? vscode.l10n.t('CPython Lens: live simulation on (the file is simulated again as you type).')
        : vscode.l10n.t('CPython Lens: live simulation off (use "Simulate This File").'));
      const editor = vscode.window.activeTextEditor;
      if (live && editor?.document.languageId === 'python') await controller.simulate(editor.document, 'live');
    }),
    register(COMMANDS.stepForward, () => step(controller, +1)),
    register(COMMANDS.stepBack, () => step(controller, -1)),
    register(COMMANDS.goToStep, () => goToStep(controller)),
    register(COMMANDS.selectPythonModel, () => selectPythonModel(controller)),
    register(COMMANDS.exportTrace, () => exportTrace(controller)),
    register(COMMANDS.openMemoryGraph, () => openMemoryGraph(controller, extensionUri)),
    register(COMMANDS.openGilTimeline, () => openGilTimeline(controller, extensionUri)),
    register(COMMANDS.compareModels, () => compareModels(controller, extensionUri)),
    register(COMMANDS.startLesson, () => startLesson(extensionUri, controller, lessons)),
  ];
}
