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
import { LayoutCache, type Box, type GraphLayout } from './model/layout';
import { workerLayoutEngine } from './layout-worker';
import { phaseOverlay } from './model/gc-playback';
import { MARGIN, renderGraph, type GhostNode } from './render/graph-svg';
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
/**
 * Past this many nodes only what is near the part of the graph in view is drawn, and more as the learner
 * scrolls: a thousand objects are some 15,000 SVG elements, which take Chromium longer to lay out and
 * paint than the whole step takes otherwise. Fit and Export draw everything.
 */
const DRAW_ALL_UP_TO = 300;

interface Shown {
  snapshot: MemoryGraphSnapshot;
  model: GraphModel;
  layout: GraphLayout;
  ghosts: GhostNode[];
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** A view with a screen's width and height around it. */
const around = (view: Box): Box => ({ x: view.x - view.width, y: view.y - view.height, width: 3 * view.width, height: 3 * view.height });

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
  /** The part of the layout drawn on a large graph (what is in view and a screen around it). */
  @state() private drawnRegion: Box | null = null;
  @state() private exporting = false;
  private viewFrame = 0;
  /** Where the canvas is to be scrolled once drawn (a run's first drawing opens on its roots). */
  private pendingScroll: { left: number; top: number } | null = null;
  private readonly resized = new ResizeObserver(() => this.followView(true));
  private observedCanvas: Element | null = null;
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
    cancelAnimationFrame(this.viewFrame);
    this.resized.disconnect();
    this.observedCanvas = null;
    super.disconnectedCallback();
  }

  override updated(): void {
    const canvas = this.renderRoot.querySelector('.canvas');
    if (canvas && canvas !== this.observedCanvas) {
      if (this.observedCanvas) this.resized.unobserve(this.observedCanvas);
      this.resized.observe(canvas);
      this.observedCanvas = canvas;
    }
    if (canvas && this.pendingScroll) {
      canvas.scrollLeft = this.pendingScroll.left;
      canvas.scrollTop = this.pendingScroll.top;
      this.pendingScroll = null;
    }
  }

  /**
   * Where to scroll a run's first drawing: ELK centres the roots (frames and module globals) on the height
   * of what they reach, so on a tall graph they start out of view.
   */
  private scrollToRoots(model: GraphModel, layout: GraphLayout): { left: number; top: number } | null {
    const root = model.nodes.find((n) => n.kind === 'root');
    const box = root && layout.nodes.get(root.key);
    const view = this.inView();
    if (!box || box.y + box.height + 2 * MARGIN <= view.height) return null;
    // The roots half-way down, what they refer to around them.
    return { left: 0, top: Math.max(0, box.y + MARGIN + box.height / 2 - view.height / 2) };
  }

  /** The part of the layout in view (layout coordinates; before the canvas exists, the page's size). */
  private inView(): Box {
    const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas');
    const scroll = this.pendingScroll ?? { left: canvas?.scrollLeft ?? 0, top: canvas?.scrollTop ?? 0 };
    const [width, height] = canvas ? [canvas.clientWidth, canvas.clientHeight] : [this.clientWidth || innerWidth, this.clientHeight || innerHeight];
    return { x: scroll.left - MARGIN, y: scroll.top - MARGIN, width, height };
  }

  /** Draws a new region once what is in view leaves the one drawn (checked once a frame while scrolling). */
  private followView(resized = false): void {
    if (this.viewFrame) return;
    this.viewFrame = requestAnimationFrame(() => {
      this.viewFrame = 0;
      if ((this.shown?.model.nodes.length ?? 0) <= DRAW_ALL_UP_TO) return;
      const view = this.inView();
      if (resized || !this.drawnRegion || !contains(this.drawnRegion, view)) this.drawnRegion = around(view);
    });
  }

  /** What a large graph draws: the region around the view (Fit and Export draw everything). */
  private regionFor(model: GraphModel): Box | null {
    if (this.fitted || this.exporting || model.nodes.length <= DRAW_ALL_UP_TO) return null;
    const view = this.inView();
    return this.drawnRegion && contains(this.drawnRegion, view) ? this.drawnRegion : around(view);
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
    if (!previous || previous.snapshot.runId !== snapshot.runId) this.pendingScroll = this.scrollToRoots(model, layout);
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
      <div class="main">
        <div class=${this.fitted ? 'canvas fit' : 'canvas'} @click=${this.onCanvasClick} @keydown=${this.onCanvasKey} @scroll=${() => this.followView()}>
          ${renderGraph({ model, layout, strings: s, selected: this.selected, ghosts: pb ? [] : shown.ghosts, overlay, region: this.regionFor(model) })}
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
