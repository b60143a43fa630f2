// Activation: wires the controller (simulation in a worker) to the editor views. One concern per file.

import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { LESSON_VIEW_TYPE, LessonPanel } from './lessons/lesson-panel';
import { LessonProgressStore } from './lessons/lesson-progress-store';
import { MemoryGraphPanel, MEMORY_GRAPH_VIEW_TYPE } from './panels/memory-graph-panel';
import { GilTimelinePanel, GIL_TIMELINE_VIEW_TYPE } from './panels/gil-timeline-panel';
import { SimulationController } from './controller';
import { AnnotationDecorations } from './decorations';
import { ProgramDiagnostics } from './diagnostics';
import { GilHoverProvider } from './gil-hovers';
import { ObjectHoverProvider } from './hovers';
import { ProgramOutput } from './output';
import { registerRevealLine } from './reveal-line';
import { readSettings } from './settings';
import { SimulationStatusBar } from './status-bar';

const PYTHON: vscode.DocumentSelector = { language: 'python' };

/** What tests (test/vscode) may look at. */
export interface CpythonLensApi {
  readonly controller: SimulationController;
}

export function activate(context: vscode.ExtensionContext): CpythonLensApi {
  const controller = new SimulationController(context.extensionPath);
  const decorations = new AnnotationDecorations(controller);
  const diagnostics = new ProgramDiagnostics(controller);
  const lessonStore = new LessonProgressStore(context.globalState);
  context.subscriptions.push(
    controller,
    decorations,
    diagnostics,
    new ProgramOutput(controller),
    new SimulationStatusBar(controller),
    vscode.languages.registerHoverProvider(PYTHON, new ObjectHoverProvider(controller)),
    vscode.languages.registerHoverProvider(PYTHON, new GilHoverProvider(controller)),
    registerRevealLine(),
    ...registerCommands(controller, context.extensionUri, lessonStore),
    vscode.window.registerWebviewPanelSerializer(MEMORY_GRAPH_VIEW_TYPE, MemoryGraphPanel.serializer(context.extensionUri, controller)),
    { dispose: () => MemoryGraphPanel.disposeOpen() },
    vscode.window.registerWebviewPanelSerializer(GIL_TIMELINE_VIEW_TYPE, GilTimelinePanel.serializer(context.extensionUri, controller)),
    { dispose: () => GilTimelinePanel.disposeOpen() },
    vscode.window.registerWebviewPanelSerializer(LESSON_VIEW_TYPE, LessonPanel.serializer(context.extensionUri, controller, lessonStore)),
    { dispose: () => LessonPanel.disposeOpen() },
    controller.onDidChange(() => {
      void vscode.commands.executeCommand('setContext', 'cpythonLens.stepping', controller.result?.position !== null && controller.result !== null);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && e.document === vscode.window.activeTextEditor?.document && e.document.languageId === 'python') {
        controller.documentChanged(e.document);
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => simulateIfLive(controller, editor)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      controller.forget(document.uri);
      diagnostics.forget(document.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cpythonLens.pythonModel') || e.affectsConfiguration('cpythonLens.budget') || e.affectsConfiguration('cpythonLens.stdin')) {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'python' && controller.result) void controller.simulate(editor.document, 'live');
      }
    }),
  );
  simulateIfLive(controller, vscode.window.activeTextEditor);
  return { controller };
}

function simulateIfLive(controller: SimulationController, editor: vscode.TextEditor | undefined): void {
  if (!editor || editor.document.languageId !== 'python' || !readSettings().live) return;
  const r = controller.result;
  if (r && r.uri.toString() === editor.document.uri.toString() && r.documentVersion === editor.document.version) return;
  void controller.simulate(editor.document, 'live');
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
