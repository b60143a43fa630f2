// Activation, commands, decorations (through the controller's model), hovers and diagnostics, inside VS Code.
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import type { CpythonLensApi } from '../../../src/extension/extension';

const EXTENSION_ID = 'cpython-lens.cpython-lens';
const examples = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

async function openExample(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(path.join(examples, name));
  return vscode.window.showTextDocument(document);
}

async function openText(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'python', content });
  return vscode.window.showTextDocument(document);
}

async function api(): Promise<CpythonLensApi> {
  const extension = vscode.extensions.getExtension<CpythonLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

export function registerExtensionTests(): void {
  describe('CPython Lens in VS Code', function () {
    before(async function () {
      await vscode.workspace.getConfiguration('cpythonLens').update('live.enabled', false, vscode.ConfigurationTarget.Global);
    });

    it('activates on a Python file and contributes its commands', async function () {
      await openExample('refcount.py');
      const lens = await api();
      assert.ok(lens.controller);
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['simulate', 'toggleLive', 'stepForward', 'stepBack', 'goToStep', 'openMemoryGraph', 'openGilTimeline',
        'selectPythonModel', 'exportTrace', 'startLesson']) {
        assert.ok(commands.includes(`cpythonLens.${id}`), `cpythonLens.${id} is not registered`);
      }
    });

    it('simulates the course example and annotates its lines', async function () {
      await openExample('refcount.py');
      const { controller } = await api();
      await vscode.commands.executeCommand('cpythonLens.simulate');
      const result = controller.result;
      assert.ok(result);
      assert.equal(result.outcome.exitCode, 0);
      assert.equal(result.outcome.stdout, '1. Compteur pour []: 1\n2. Compteur pour []: 2\n3. Compteur pour []: 1\n');
      const line = (n: number) => result.view.lines.find((l) => l.line === n)?.items.map((i) => i.kind);
      assert.deepEqual(line(3), ['bound']);
      assert.deepEqual(line(12), ['bound', 'freed']);
    });

    it('hovers a name with its object, count and history', async function () {
      const editor = await openExample('refcount.py');
      await vscode.commands.executeCommand('cpythonLens.simulate');
      const position = new vscode.Position(5, 0); // `b = a`
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /list\\#1/);
      assert.match(text, /\+1/);
    });

    it('marks a sleep that released the GIL, and explains it when the call is hovered', async function () {
      const editor = await openText('import time\ntime.sleep(0.1)\nx = 1\n');
      const { controller } = await api();
      await vscode.commands.executeCommand('cpythonLens.simulate');
      const mark = controller.result?.view.lines.find((l) => l.line === 2)?.gil;
      assert.ok(mark);
      assert.deepEqual(mark.done.map((t) => [t.thread, t.releases, t.reacquireWaitNs]), [['MainThread', 1, 0]]);
      assert.equal(controller.result?.view.lines.find((l) => l.line === 3)?.gil, undefined);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(1, 7)); // `sleep`
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /The GIL is released during this call/);
    });

    it('steps forward and back through the trace', async function () {
      await openExample('refcount.py');
      const { controller } = await api();
      await vscode.commands.executeCommand('cpythonLens.simulate');
      await vscode.commands.executeCommand('cpythonLens.stepForward');
      await vscode.commands.executeCommand('cpythonLens.stepForward');
      assert.equal(controller.result?.position, 1);
      assert.equal(controller.result?.view.currentLine, 3);
      await vscode.commands.executeCommand('cpythonLens.stepBack');
      assert.equal(controller.result?.position, 0);
    });

    it('reports a syntax error in the Problems panel with its position', async function () {
      const editor = await openText('a = []\nb = (\n');
      await vscode.commands.executeCommand('cpythonLens.simulate');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const diagnostics = vscode.languages.getDiagnostics(editor.document.uri);
      assert.equal(diagnostics.length, 1);
      assert.match(diagnostics[0].message, /^SyntaxError: /);
      assert.equal(diagnostics[0].range.start.line, 1);
    });

    it('reports a budget overrun as a warning', async function () {
      await vscode.workspace.getConfiguration('cpythonLens').update('budget.maxSteps', 1000, vscode.ConfigurationTarget.Global);
      try {
        const editor = await openText('while True:\n    pass\n');
        await vscode.commands.executeCommand('cpythonLens.simulate');
        await new Promise((resolve) => setTimeout(resolve, 200));
        const diagnostics = vscode.languages.getDiagnostics(editor.document.uri);
        assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(diagnostics[0]?.code, 'Budget');
      } finally {
        await vscode.workspace.getConfiguration('cpythonLens').update('budget.maxSteps', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
}
