// The memory graph panel's host side: follows the controller (a new run, a step moved in the editor) and
// sends the graph at that step; moves the editor's step when the panel's slider moves; answers object
// details, collection replays and SVG export. One panel at a time; restored after a window reload.

import * as vscode from 'vscode';
import type { SimulationController, SimulationResult } from '../controller';
import type { FromMemoryGraph, MemoryGraphSnapshot, ToMemoryGraph } from '../../shared/memory-graph-protocol';
import { assertNever } from '../../shared/protocol';
import { WebviewHost, type PanelSpec } from './webview-host';
import { memoryGraphStrings } from './memory-graph-strings';
import { causeText } from '../words';

export const MEMORY_GRAPH_VIEW_TYPE = 'cpythonLens.memoryGraph';
/** Only the latest of these matters while the webview is not listening. */
const REPLACED_WHILE_WAITING = new Set(['snapshot', 'history', 'collection']);

export class MemoryGraphPanel implements vscode.Disposable {
  private static current: MemoryGraphPanel | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  /** A graph request is in flight; `stale` asks for another once it returns (only the latest step counts). */
  private fetching = false;
  private stale = false;
  private lastSent: MemoryGraphSnapshot | null = null;

  private constructor(private readonly host: WebviewHost<ToMemoryGraph, FromMemoryGraph>, private readonly controller: SimulationController) {
    this.disposables.push(
      host.onMessage((message) => void this.handle(message)),
      host.onDidDispose(() => this.dispose()),
      controller.onDidChange(() => this.refresh()),
    );
    this.refresh();
  }

  /** Opens the panel beside the editor, or reveals it. */
  static show(extensionUri: vscode.Uri, controller: SimulationController): MemoryGraphPanel {
    const open = MemoryGraphPanel.current;
    if (open) {
      open.host.reveal();
      return open;
    }
    const host = WebviewHost.create<ToMemoryGraph, FromMemoryGraph>(extensionUri, spec(), REPLACED_WHILE_WAITING, vscode.ViewColumn.Beside);
    return (MemoryGraphPanel.current = new MemoryGraphPanel(host, controller));
  }

  /** Closes the open panel (the extension is deactivated). */
  static disposeOpen(): void {
    MemoryGraphPanel.current?.dispose();
  }

  /** Restores a panel VS Code kept across a reload. */
  static serializer(extensionUri: vscode.Uri, controller: SimulationController): vscode.WebviewPanelSerializer {
    return {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
        MemoryGraphPanel.current?.dispose();
        const host = new WebviewHost<ToMemoryGraph, FromMemoryGraph>(panel, extensionUri, spec(), REPLACED_WHILE_WAITING);
        MemoryGraphPanel.current = new MemoryGraphPanel(host, controller);
      },
    };
  }

  private async handle(message: FromMemoryGraph): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new document (first open, or shown again): everything it needs, in full.
        this.host.post({ type: 'init', strings: memoryGraphStrings(vscode.l10n, causeText) });
        this.lastSent = null;
        this.refresh();
        return;
      case 'goTo':
        if (await this.controller.goTo(message.position)) revealStepInEditor(this.controller.result);
        return;
      case 'selectObject': {
        const history = await this.controller.history(message.id);
        if (history) this.host.post({ type: 'history', history });
        return;
      }
      case 'revealLine':
        revealLine(this.controller.result, message.line);
        return;
      case 'playCollection': {
        const playback = await this.controller.collection(message.index);
        if (playback) this.host.post({ type: 'collection', playback: { ...playback, graph: this.labelled(playback.graph) } });
        return;
      }
      case 'exportSvg':
        await exportSvg(message.svg, this.controller.result);
        return;
      default:
        return assertNever(message);
    }
  }

  /** Sends the graph at the controller's step (coalescing: while one is fetched, only the latest step is asked next). */
  private refresh(): void {
    if (this.fetching) {
      this.stale = true;
      return;
    }
    const result = this.controller.result;
    if (!result) {
      this.host.post({ type: 'snapshot', snapshot: null, message: vscode.l10n.t('Simulate a Python file to see its objects and references here.') });
      return;
    }
    if (this.lastSent && this.lastSent.runId === result.runId && this.lastSent.position === result.position) return;
    this.fetching = true;
    void this.controller.graph(result).then((graph) => {
      this.fetching = false;
      if (graph && this.controller.result === result) {
        const snapshot = this.labelled(graph);
        this.lastSent = snapshot;
        this.host.post({ type: 'snapshot', snapshot, message: '' });
      }
      if (this.stale || this.controller.result !== result) {
        this.stale = false;
        this.refresh();
      }
    }, () => {
      this.fetching = false;
    });
  }

  /** The editor's names for objects (`list#1`), so the graph and the annotations agree. */
  private labelled(graph: MemoryGraphSnapshot): MemoryGraphSnapshot {
    const labels = new Map<number, string>();
    for (const o of this.controller.result?.view.objects ?? []) labels.set(o.id, o.label);
    return { ...graph, objects: graph.objects.map((o) => ({ ...o, label: labels.get(o.id) ?? '' })) };
  }

  dispose(): void {
    if (MemoryGraphPanel.current === this) MemoryGraphPanel.current = null;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.host.dispose();
  }
}

function spec(): PanelSpec {
  return { viewType: MEMORY_GRAPH_VIEW_TYPE, bundle: 'memory-graph', title: vscode.l10n.t('Memory Graph') };
}

function editorOf(result: SimulationResult | null): vscode.TextEditor | undefined {
  if (!result) return undefined;
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === result.uri.toString());
}

function revealLine(result: SimulationResult | null, line: number): void {
  const editor = editorOf(result);
  if (!editor || line < 1 || line > editor.document.lineCount) return;
  const range = editor.document.lineAt(line - 1).range;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The panel moved the step: the editor shows the same line (without taking the focus). */
function revealStepInEditor(result: SimulationResult | null): void {
  const line = result?.position !== null ? result?.view.currentLine : null;
  if (line !== null && line !== undefined) revealLine(result, line);
}

async function exportSvg(svg: string, result: SimulationResult | null): Promise<void> {
  const base = result?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultUri = base ? base.with({ path: base.path.replace(/(\.py)?$/, '.memory.svg') }) : undefined;
  const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [vscode.l10n.t('SVG image')]: ['svg'] } });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
  void vscode.window.showInformationMessage(vscode.l10n.t('Memory graph written to {0}', vscode.workspace.asRelativePath(target)));
}
