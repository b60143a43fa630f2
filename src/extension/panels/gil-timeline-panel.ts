// The GIL timeline panel's host side: sends the shown run's thread timeline (states and GIL holders in
// simulated time) when the run changes; reveals a line the learner clicks; saves a PNG export. In compare
// mode it sends the file's comparison under 3.11, 3.13t and as processes instead (run by the worker), and
// runs it again when the file is simulated again after an edit. After a reload of the window the panel
// comes back in the mode it was in (the webview's saved state names the compared file).

import * as vscode from 'vscode';
import type { SimulationController } from '../controller';
import type { FromGilTimeline, ToGilTimeline } from '../../shared/gil-timeline-protocol';
import { assertNever } from '../../shared/protocol';
import { WebviewHost, type PanelSpec } from './webview-host';
import { gilTimelineStrings } from './gil-timeline-strings';
import { restoredComparison } from './gil-timeline-state';
import { chromeTrace } from '../../trace-model/timeline';
import { comparisonChromeTrace } from '../../trace-model/comparison';

export const GIL_TIMELINE_VIEW_TYPE = 'cpythonLens.gilTimeline';
const REPLACED_WHILE_WAITING = new Set(['timeline', 'comparison']);

/** Compare mode's file, and which version of it the comparison shows. */
interface Compared {
  document: vscode.TextDocument;
  version: number;
  /** What was last sent (re-sent when the webview reloads). */
  shown: ToGilTimeline | null;
  /** A comparison is running in the worker. */
  running: boolean;
}

export class GilTimelinePanel implements vscode.Disposable {
  private static current: GilTimelinePanel | null = null;
  private readonly disposables: vscode.Disposable[] = [];
  private sentRunId: number | null = null;
  private stepTimes: number[] = [];
  private compared: Compared | null = null;
  /** Raised by every comparison started or left: a late answer of an older one is dropped. */
  private compareGeneration = 0;

  /** `comparing`: opens in compare mode on that file (restored after a reload), else on the editor's run. */
  private constructor(
    private readonly host: WebviewHost<ToGilTimeline, FromGilTimeline>,
    private readonly controller: SimulationController,
    comparing: vscode.TextDocument | null = null,
  ) {
    this.disposables.push(
      host.onMessage((message) => void this.handle(message)),
      host.onDidDispose(() => this.dispose()),
      controller.onDidChange(() => void this.refresh()),
    );
    if (comparing) void this.compare(comparing);
    else void this.refresh();
  }

  static show(extensionUri: vscode.Uri, controller: SimulationController): GilTimelinePanel {
    const open = GilTimelinePanel.current;
    if (open) {
      open.host.reveal();
      return open;
    }
    const host = WebviewHost.create<ToGilTimeline, FromGilTimeline>(extensionUri, spec(), REPLACED_WHILE_WAITING, vscode.ViewColumn.Beside);
    return (GilTimelinePanel.current = new GilTimelinePanel(host, controller));
  }

  /** Opens (or reveals) the panel in compare mode on `document`. */
  static showComparison(extensionUri: vscode.Uri, controller: SimulationController, document: vscode.TextDocument): GilTimelinePanel {
    const panel = GilTimelinePanel.show(extensionUri, controller);
    void panel.compare(document);
    return panel;
  }

  static disposeOpen(): void {
    GilTimelinePanel.current?.dispose();
  }

  static serializer(extensionUri: vscode.Uri, controller: SimulationController): vscode.WebviewPanelSerializer {
    return {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
        GilTimelinePanel.current?.dispose();
        // Compare mode comes back on its file, opened again (not necessarily in an editor); a file gone
        // since leaves the panel on the editor's run.
        const compared = restoredComparison(state);
        const document = compared ? await vscode.workspace.openTextDocument(vscode.Uri.parse(compared.uri)).then((d) => d, () => null) : null;
        const host = new WebviewHost<ToGilTimeline, FromGilTimeline>(panel, extensionUri, spec(), REPLACED_WHILE_WAITING);
        GilTimelinePanel.current = new GilTimelinePanel(host, controller, document);
      },
    };
  }

  private async handle(message: FromGilTimeline): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.host.post({ type: 'init', strings: gilTimelineStrings(vscode.l10n) });
        this.sentRunId = null;
        if (this.compared?.shown) this.host.post(this.compared.shown);
        await this.refresh();
        return;
      case 'revealLine': {
        // In compare mode, a line of the compared file (the editor's run may be of another).
        const uri = (this.compared?.document.uri ?? this.controller.result?.uri)?.toString();
        const editor = uri && vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
        if (!editor || message.line < 1 || message.line > editor.document.lineCount) return;
        const range = editor.document.lineAt(message.line - 1).range;
        editor.selection = new vscode.Selection(range.start, range.start);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'exportPng': {
        const base = this.exportBase();
        const defaultUri = base ? base.with({ path: base.path.replace(/(\.py)?$/, this.compared ? '.compare.png' : '.gil.png') }) : undefined;
        const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [vscode.l10n.t('PNG image')]: ['png'] } });
        if (!target) return;
        const bytes = Uint8Array.from(atob(message.dataUrl.replace(/^data:image\/png;base64,/, '')), (c) => c.charCodeAt(0));
        await vscode.workspace.fs.writeFile(target, bytes);
        return;
      }
      case 'exportSvg': {
        const base = this.exportBase();
        const defaultUri = base ? base.with({ path: base.path.replace(/(\.py)?$/, this.compared ? '.compare.svg' : '.gil.svg') }) : undefined;
        const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [vscode.l10n.t('SVG image')]: ['svg'] } });
        if (!target) return;
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(message.svg));
        return;
      }
      case 'exportChromeTrace': {
        // Compare mode: the three runs in one trace; else the editor's run.
        const shown = this.compared?.shown;
        const comparison = shown?.type === 'comparison' ? shown.comparison : null;
        const trace = comparison ? comparisonChromeTrace(comparison) : await this.controller.timeline().then((reply) => reply && chromeTrace(reply.timeline));
        if (!trace) return;
        const base = this.exportBase();
        const defaultUri = base ? base.with({ path: base.path.replace(/(\.py)?$/, comparison ? '.compare.trace.json' : '.trace.json') }) : undefined;
        const target = await vscode.window.showSaveDialog({
          defaultUri, title: vscode.l10n.t('Save Chrome trace'), filters: { [vscode.l10n.t('Chrome trace (JSON)')]: ['json'] },
        });
        if (!target) return;
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(trace)));
        return;
      }
      case 'compare': {
        const uri = this.controller.result?.uri;
        const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (!document) {
          void vscode.window.showInformationMessage(vscode.l10n.t('CPython Lens: open a Python file first.'));
          return;
        }
        await this.compare(document);
        return;
      }
      case 'showRun': {
        if (this.compared?.running) this.controller.cancel();
        this.compared = null;
        this.compareGeneration++;
        this.sentRunId = null;
        await this.refresh();
        return;
      }
      default:
        return assertNever(message);
    }
  }

  private exportBase(): vscode.Uri | undefined {
    return this.compared?.document.uri ?? this.controller.result?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  }

  /** Compare mode on `document` as it is now: its runs under the three models, in the worker. */
  private async compare(document: vscode.TextDocument): Promise<void> {
    const generation = ++this.compareGeneration;
    const compared: Compared = { document, version: document.version, shown: null, running: true };
    this.compared = compared;
    const file = vscode.workspace.asRelativePath(document.uri);
    const uri = document.uri.toString();
    const show = (message: ToGilTimeline) => {
      compared.shown = message;
      this.host.post(message);
    };
    show({ type: 'comparison', comparison: null, file, uri, message: vscode.l10n.t('Running {0} under 3.11, 3.13t and as processes…', file) });
    try {
      const comparison = await this.controller.compare(document);
      if (generation !== this.compareGeneration) return;
      show(comparison
        ? { type: 'comparison', comparison, file, uri, message: '' }
        : { type: 'comparison', comparison: null, file, uri, message: vscode.l10n.t('The comparison was cancelled.') });
    } catch (err) {
      if (generation !== this.compareGeneration) return;
      show({ type: 'comparison', comparison: null, file, uri, message: vscode.l10n.t('The comparison failed: {0}', err instanceof Error ? err.message : String(err)) });
    } finally {
      compared.running = false;
    }
  }

  /** The timeline belongs to the whole run: it is sent again only for a new run. */
  private async refresh(): Promise<void> {
    const result = this.controller.result;
    if (this.compared) {
      // Compare mode follows its file: simulated again after an edit (a later version than the one compared), it is compared again.
      const compared = this.compared;
      if (result && result.uri.toString() === compared.document.uri.toString() && result.documentVersion > compared.version && !compared.document.isClosed) {
        await this.compare(compared.document);
      }
      return;
    }
    if (!result) {
      this.sentRunId = null;
      this.host.post({ type: 'timeline', timeline: null, switchIntervalNs: 5_000_000, message: vscode.l10n.t('Simulate a Python file that starts threads to see who holds the GIL.') });
      return;
    }
    if (this.sentRunId !== result.runId) {
      const reply = await this.controller.timeline();
      // Compare mode may have begun meanwhile: its comparison, not this run's timeline, is shown.
      if (!reply || this.controller.result !== result || this.compared) return;
      this.sentRunId = result.runId;
      this.stepTimes = reply.stepTimes;
      this.host.post({ type: 'timeline', timeline: reply.timeline, switchIntervalNs: reply.switchIntervalNs, message: '' });
    }
    // Stays in step with the editor: the time of the step mode's position.
    const position = this.controller.result?.position ?? null;
    this.host.post({ type: 'cursor', ns: position === null ? null : (this.stepTimes[position] ?? this.stepTimes[this.stepTimes.length - 1] ?? null) });
  }

  dispose(): void {
    if (GilTimelinePanel.current === this) GilTimelinePanel.current = null;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.host.dispose();
  }
}

function spec(): PanelSpec {
  return { viewType: GIL_TIMELINE_VIEW_TYPE, bundle: 'gil-timeline', title: vscode.l10n.t('GIL Timeline') };
}
