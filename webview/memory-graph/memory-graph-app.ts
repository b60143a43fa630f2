// The memory graph panel: a thin lit element over the pure model (graph building, cycles, stable layout)
// and the SVG renderer. It receives the host's messages, keeps what the learner chose (selected object,
// fit) across hide/show through the webview state, and posts where the learner wants to go.

import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type {
  CollectionPlayback, FromMemoryGraph, MemoryGraphSnapshot, MemoryGraphStrings, ObjectHistory, ToMemoryGraph,
} from '../../src/shared/memory-graph-protocol';
import type { WebviewChannel } from '../shared/vscode-api';
import { format } from '../shared/format';
import { buildGraphModel, objectKey, type GraphModel, type ObjectNode } from './model/graph-model';
import { LayoutCache, type GraphLayout } from './model/layout';
import { workerLayoutEngine } from './layout-worker';
import { phaseOverlay } from './model/gc-playback';
import { renderGraph, type GhostNode } from './render/graph-svg';
import { ViewRegion } from './view-region';
import { graphStyles } from './render/graph-styles';
import { exportSvg } from './render/export-svg';
import type { StepRequest } from './step-controls';
import type { CollectionRequest } from './collection-bar';
import './step-controls';
import './object-details';
import './collection-bar';

export interface MemoryGraphState {
  selected: number | null;
  fitted: boolean;
}

type Channel = WebviewChannel<ToMemoryGraph, FromMemoryGraph, MemoryGraphState>;

const PLAY_INTERVAL_MS = 700;

interface Shown {
  snapshot: MemoryGraphSnapshot;
  model: GraphModel;
  layout: GraphLayout;
  ghosts: GhostNode[];
}

@customElement('memory-graph-app')
export class MemoryGraphApp extends LitElement {
  static override styles = [graphStyles, css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      color: var(--vscode-foreground);
      background: var(--vscode-editor-background);
      font-family: var(--vscode-font-family);
      font-size: var(--vscode-font-size);
    }
    .main { flex: 1; display: flex; min-height: 0; }
    .canvas { flex: 1; overflow: auto; position: relative; }
    .canvas:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    .canvas.fit svg.graph { width: 100%; height: 100%; }
    graph-object-details { flex: 0 0 280px; }
    .empty { padding: 24px; color: var(--vscode-descriptionForeground); }
    .legend {
      display: flex; gap: 12px; flex-wrap: wrap; padding: 3px 10px; font-size: 11px;
      color: var(--vscode-descriptionForeground);
      border-top: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border));
    }
    .legend span::before {
      content: ''; display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px;
      border: 2px solid var(--swatch); border-radius: 3px;
    }
    .legend .g0 { --swatch: var(--vscode-charts-green); }
    .legend .g1 { --swatch: var(--vscode-charts-yellow); }
    .legend .g2 { --swatch: var(--vscode-charts-orange); }
    .legend .gu { --swatch: var(--vscode-descriptionForeground); }
    .legend .cy { --swatch: var(--vscode-charts-red); }
    .legend .un { --swatch: var(--vscode-disabledForeground); }
    .omitted { padding: 2px 10px; color: var(--vscode-editorWarning-foreground); }
    .import-garbage { padding: 2px 10px; color: var(--vscode-descriptionForeground); }
  `];

  channel: Channel | null = null;
  @state() private strings: MemoryGraphStrings | null = null;
  @state() private shown: Shown | null = null;
  @state() private message = '';
  @state() private selected: number | null = null;
  @state() private history: ObjectHistory | null = null;
  @state() private playback: { playback: CollectionPlayback; model: GraphModel; layout: GraphLayout } | null = null;
  @state() private phase = 0;
  @state() private playing = false;
  @state() private fitted = false;
  /** Export draws the whole graph, even a large one (of which only the part near the view is drawn otherwise). */
  @state() private exporting = false;
  private readonly view = new ViewRegion(this, () => this.renderRoot.querySelector<HTMLElement>('.canvas'), () => this.shown?.model.nodes.length ?? 0);
  private readonly layouts = new LayoutCache(workerLayoutEngine());
  /** The latest snapshot received: an older layout finishing late is dropped. */
  private latest: MemoryGraphSnapshot | null = null;
  private playTimer: ReturnType<typeof setTimeout> | undefined;
  private receivedAt = 0;
  /** A snapshot that arrived before the strings (the host's queue may hold one from before `ready`). */
  private waiting: MemoryGraphSnapshot | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.channel?.state ?? {};
    this.selected = saved.selected ?? null;
    this.fitted = saved.fitted ?? false;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.playTimer);
    super.disconnectedCallback();
  }

  private async exportDrawing(): Promise<void> {
    this.exporting = true;
    await this.updateComplete;
    const svgElement = this.renderRoot.querySelector<SVGSVGElement>('svg.graph');
    if (svgElement) this.post({ type: 'exportSvg', svg: exportSvg(svgElement) });
    this.exporting = false;
  }

  /** A message from the host. */
  receive(message: ToMemoryGraph): void {
    switch (message.type) {
      case 'init':
        this.strings = message.strings;
        if (this.waiting) void this.show(this.waiting);
        this.waiting = null;
        return;
      case 'snapshot':
        if (message.snapshot && !this.strings) this.waiting = message.snapshot;
        else if (message.snapshot) void this.show(message.snapshot);
        else {
          this.latest = null;
          this.shown = null;
          this.playing = false;
          this.message = message.message;
        }
        return;
      case 'history':
        this.history = message.history;
        return;
      case 'collection':
        void this.startPlayback(message.playback);
        return;
      default: {
        const never: never = message;
        throw new Error(`unexpected message ${JSON.stringify(never)}`);
      }
    }
  }

  private post(message: FromMemoryGraph): void {
    this.channel?.post(message);
  }

  private persist(): void {
    this.channel?.saveState({ selected: this.selected, fitted: this.fitted });
  }

  private modelOf(snapshot: MemoryGraphSnapshot): GraphModel {
    return buildGraphModel(snapshot, { temporary: this.strings?.temporary ?? '(temporary)' });
  }

  private async show(snapshot: MemoryGraphSnapshot): Promise<void> {
    this.latest = snapshot;
    this.receivedAt = performance.now();
    const model = this.modelOf(snapshot);
    const modelAt = performance.now();
    let layout: GraphLayout;
    try {
      layout = await this.layouts.layoutFor(model, snapshot.runId);
    } catch (err) {
      this.message = String(err);
      this.shown = null;
      return;
    }
    if (this.latest !== snapshot) return;
    const laidOutAt = performance.now();
    const previous = this.shown;
    const freed = new Set(snapshot.freed);
    const ghosts: GhostNode[] = [];
    if (previous && previous.snapshot.runId === snapshot.runId) {
      for (const n of previous.model.nodes) {
        if (n.kind !== 'object' || !freed.has(n.object.id) || layout.nodes.has(n.key)) continue;
        const box = previous.layout.nodes.get(n.key);
        if (box) ghosts.push({ key: n.key, object: n.object, box });
      }
    }
    if (this.playback && this.playback.playback.runId !== snapshot.runId) this.playback = null;
    if (!previous || previous.snapshot.runId !== snapshot.runId) {
      const root = model.nodes.find((n) => n.kind === 'root');
      this.view.openOn(root && layout.nodes.get(root.key), layout.height);
    }
    this.shown = { snapshot, model, layout, ghosts };
    this.message = '';
    if (this.selected !== null && !model.nodes.some((n) => n.key === objectKey(this.selected as number))) this.history = null;
    else if (this.selected !== null) this.post({ type: 'selectObject', id: this.selected });
    await this.updateComplete;
    // The benchmark reads where the time went: building the model, laying it out, drawing it.
    this.dataset.modelMs = (modelAt - this.receivedAt).toFixed(1);
    this.dataset.layoutMs = (laidOutAt - modelAt).toFixed(1);
    this.dataset.renderMs = (performance.now() - this.receivedAt).toFixed(1);
    this.dataset.elkLayouts = String(this.layouts.computed);
    this.dataset.layoutsWithoutElk = String(this.layouts.laidOutWithoutElk);
    this.dataset.position = String(snapshot.position ?? snapshot.lineSteps);
    if (this.playing) this.scheduleNextStep();
  }

  private async startPlayback(playback: CollectionPlayback): Promise<void> {
    const model = this.modelOf(playback.graph);
    const layout = await this.layouts.layoutFor(model, playback.runId);
    this.playing = false;
    this.playback = { playback, model, layout };
    this.phase = 0;
  }

  private position(): number {
    const s = this.shown?.snapshot;
    return s ? (s.position ?? s.lineSteps) : 0;
  }

  private scheduleNextStep(): void {
    clearTimeout(this.playTimer);
    const s = this.shown?.snapshot;
    if (!s || this.position() >= s.lineSteps) {
      this.playing = false;
      return;
    }
    this.playTimer = setTimeout(() => this.post({ type: 'goTo', position: this.position() + 1 }), PLAY_INTERVAL_MS);
  }

  private onStepRequest(e: CustomEvent<StepRequest>): void {
    const r = e.detail;
    switch (r.kind) {
      case 'go-to':
        this.playing = false;
        clearTimeout(this.playTimer);
        this.playback = null;
        this.post({ type: 'goTo', position: r.position });
        return;
      case 'toggle-play':
        this.playing = !this.playing;
        this.playback = null;
        if (this.playing) this.scheduleNextStep();
        else clearTimeout(this.playTimer);
        return;
      case 'export':
        void this.exportDrawing();
        return;
      case 'fit':
        this.fitted = !this.fitted;
        this.persist();
        return;
      default: {
        const never: never = r;
        throw new Error(`unexpected request ${JSON.stringify(never)}`);
      }
    }
  }

  private onCollectionRequest(e: CustomEvent<CollectionRequest>): void {
    const r = e.detail;
    switch (r.kind) {
      case 'play':
        this.post({ type: 'playCollection', index: r.index });
        return;
      case 'phase':
        this.phase = r.phase;
        return;
      case 'close':
        this.playback = null;
        return;
      default: {
        const never: never = r;
        throw new Error(`unexpected request ${JSON.stringify(never)}`);
      }
    }
  }

  private select(id: number | null): void {
    this.selected = id;
    this.history = null;
    if (id !== null) this.post({ type: 'selectObject', id });
    this.persist();
  }

  private objectIdOf(e: Event): number | null {
    for (const target of e.composedPath()) {
      if (target instanceof Element && target.classList.contains('object') && target.hasAttribute('data-id')) return Number(target.getAttribute('data-id'));
    }
    return null;
  }

  private onCanvasClick(e: MouseEvent): void {
    const id = this.objectIdOf(e);
    this.select(id === this.selected ? null : id);
  }

  private onCanvasKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      this.select(null);
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const id = this.objectIdOf(e);
    if (id === null) return;
    e.preventDefault();
    this.select(id === this.selected ? null : id);
  }

  private selectedObject(model: GraphModel) {
    if (this.selected === null) return null;
    const node = model.nodes.find((n): n is ObjectNode => n.kind === 'object' && n.object.id === this.selected);
    return node?.object ?? null;
  }

  override render() {
    const s = this.strings;
    if (!s) return nothing;
    const shown = this.shown;
    if (!shown) return html`<div class="empty" role="status">${this.message || s.empty}</div>`;
    const snapshot = shown.snapshot;
    const pb = this.playback;
    const model = pb ? pb.model : shown.model;
    const layout = pb ? pb.layout : shown.layout;
    const overlay = pb ? phaseOverlay(pb.playback.phases, this.phase) : null;
    return html`
      <graph-step-controls .strings=${s} position=${this.position()} lineSteps=${snapshot.lineSteps}
        .currentLine=${snapshot.currentLine} ?playing=${this.playing} ?fitted=${this.fitted}
        @step-request=${this.onStepRequest}></graph-step-controls>
      ${snapshot.collections.length || pb ? html`<graph-collection-bar .strings=${s} .collections=${snapshot.collections}
        .playback=${pb?.playback ?? null} phase=${this.phase} @collection-request=${this.onCollectionRequest}></graph-collection-bar>` : nothing}
      ${snapshot.omitted ? html`<div class="omitted" role="status">${format(s.omitted, snapshot.omitted)}</div>` : nothing}
      ${snapshot.importGarbage.map((g) => html`<div class="import-garbage" role="note">${format(s.importGarbage, g.objects, g.module)}</div>`)}
      <div class="main">
        <div class=${this.fitted ? 'canvas fit' : 'canvas'} @click=${this.onCanvasClick} @keydown=${this.onCanvasKey} @scroll=${this.view.onScroll}>
          ${renderGraph({ model, layout, strings: s, selected: this.selected, ghosts: pb ? [] : shown.ghosts, overlay, region: this.view.region(this.fitted || this.exporting) })}
        </div>
        ${this.selectedObject(model) ? html`<graph-object-details .strings=${s} .object=${this.selectedObject(model)} .history=${this.history}
          @reveal-line=${(e: CustomEvent<number>) => this.post({ type: 'revealLine', line: e.detail })}></graph-object-details>` : nothing}
      </div>
      <div class="legend" aria-label=${s.legend}>
        <span class="g0">${format(s.generation, 0)}</span><span class="g1">${format(s.generation, 1)}</span>
        <span class="g2">${format(s.generation, 2)}</span><span class="gu">${s.untracked}</span>
        <span class="cy">${s.cycle}</span><span class="un">${s.unreachable}</span>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'memory-graph-app': MemoryGraphApp;
  }
}
