// The GIL timeline panel: a thin lit element owning a canvas (ResizeObserver, devicePixelRatio,
// hit-testing) over the pure view model and renderer; statistics per thread beside it. Zoom and pan
// with the wheel, dragging or the keyboard; a click on an interval reveals its line in the editor.

import { LitElement, css, html, nothing } from 'lit';
import { customElement, state, query } from 'lit/decorators.js';
import type { FromGilTimeline, GilTimelineStrings, ToGilTimeline } from '../../src/shared/gil-timeline-protocol';
import { runSummary, threadStats, type Timeline } from '../../src/trace-model/timeline';
import type { WebviewChannel } from '../shared/vscode-api';
import { format } from '../shared/format';
import { canvasHeight, fitWindow, formatMs, hitTest, pan, timeAt, zoom, type Hit, type TimeWindow } from './view-model';
import { drawTimeline, type TimelineColors } from './renderer';
import { SvgContext } from './svg-context';

export interface GilTimelineState {
  window: TimeWindow | null;
}

type Channel = WebviewChannel<ToGilTimeline, FromGilTimeline, GilTimelineState>;

@customElement('gil-timeline-app')
export class GilTimelineApp extends LitElement {
  static override styles = css`
    :host {
      display: flex; flex-direction: column; height: 100vh;
      color: var(--vscode-foreground); background: var(--vscode-editor-background);
      font-family: var(--vscode-font-family); font-size: var(--vscode-font-size);
    }
    .bar { display: flex; align-items: center; gap: 12px; padding: 4px 10px; color: var(--vscode-descriptionForeground); font-size: 11px; }
    .bar button:first-of-type { margin-left: auto; }
    .summary { margin: 6px 10px; color: var(--vscode-descriptionForeground); }
    .chart { position: relative; flex: 0 0 auto; outline: none; }
    .chart:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
    canvas { display: block; width: 100%; }
    .tip {
      position: absolute; pointer-events: none; padding: 3px 6px; font-size: 11px; white-space: nowrap;
      background: var(--vscode-editorHoverWidget-background); color: var(--vscode-editorHoverWidget-foreground);
      border: 1px solid var(--vscode-editorHoverWidget-border);
    }
    table { border-collapse: collapse; margin: 8px 10px; font-size: 12px; }
    th, td { text-align: right; padding: 2px 10px; }
    th:first-child, td:first-child { text-align: left; }
    .legend { display: flex; gap: 12px; padding: 2px 10px; font-size: 11px; color: var(--vscode-descriptionForeground); }
    .legend span::before { content: ''; display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; background: var(--swatch); }
    .legend .run { --swatch: var(--vscode-charts-green); }
    .legend .wait { --swatch: var(--vscode-charts-yellow); }
    .legend .sw { --swatch: var(--vscode-charts-orange); }
    .legend .blk { --swatch: var(--vscode-charts-blue); }
    .legend .nat { --swatch: var(--vscode-terminal-ansiCyan, #11a8cd); }
    .empty { padding: 24px; color: var(--vscode-descriptionForeground); }
  `;

  channel: Channel | null = null;
  @state() private strings: GilTimelineStrings | null = null;
  @state() private timeline: Timeline | null = null;
  @state() private message = '';
  @state() private window: TimeWindow | null = null;
  @state() private tip: { x: number; y: number; text: string } | null = null;
  private switchIntervalNs = 5_000_000;
  @state() private cursorNs: number | null = null;
  private drag: { x: number; window: TimeWindow } | null = null;
  private resize: ResizeObserver | null = null;
  @query('canvas') private canvas!: HTMLCanvasElement | null;

  receive(message: ToGilTimeline): void {
    switch (message.type) {
      case 'init':
        this.strings = message.strings;
        return;
      case 'cursor':
        this.cursorNs = message.ns;
        return;
      case 'timeline':
        this.timeline = message.timeline;
        this.message = message.message;
        this.switchIntervalNs = message.switchIntervalNs;
        this.window = message.timeline ? (this.channel?.state.window ?? fitWindow(message.timeline)) : null;
        if (message.timeline && this.window && this.window.to > message.timeline.endNs) this.window = fitWindow(message.timeline);
        return;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver(() => this.draw());
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  override updated(): void {
    // Positioned through the CSSOM: the panel's CSP allows no inline style attributes.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (tip && this.tip) {
      tip.style.left = `${this.tip.x}px`;
      tip.style.top = `${this.tip.y}px`;
    }
    this.draw();
    this.channel?.saveState({ window: this.window });
  }

  /** The holder lane's label: the free-threaded 3.13t has no GIL, its threads run side by side. */
  private holderLabel(t: Timeline, strings: GilTimelineStrings): string {
    return t.gil.length === 0 && t.threads.length > 1 ? strings.noGil : strings.gilHolder;
  }

  private colors(): TimelineColors {
    const style = getComputedStyle(this);
    const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const fg = v('--vscode-foreground', '#ccc');
    return {
      foreground: fg,
      muted: v('--vscode-descriptionForeground', '#999'),
      background: v('--vscode-editor-background', '#1e1e1e'),
      running: v('--vscode-charts-green', '#89d185'),
      gilWait: v('--vscode-charts-yellow', '#cca700'),
      switchWait: v('--vscode-charts-orange', '#d18616'),
      blocked: v('--vscode-charts-blue', '#3794ff'),
      // The charts palette is used up by the states and holders: C code gets the terminal's cyan.
      native: v('--vscode-terminal-ansiCyan', '#11a8cd'),
      // Holders in colours the thread states do not use.
      gil: [v('--vscode-charts-purple', '#b180d7'), v('--vscode-charts-red', '#f14c4c'), v('--vscode-descriptionForeground', '#999')],
      marker: v('--vscode-charts-red', '#f14c4c'),
      grid: v('--vscode-editorWidget-border', '#444'),
    };
  }

  /** What both the screen and the SVG export draw: the timeline, its window and size, or null before there is one. */
  private scene(): { canvas: HTMLCanvasElement; t: Timeline; window: TimeWindow; strings: GilTimelineStrings; width: number; height: number } | null {
    const canvas = this.canvas;
    const t = this.timeline;
    if (!canvas || !t || !this.window || !this.strings) return null;
    return { canvas, t, window: this.window, strings: this.strings, width: canvas.clientWidth || this.clientWidth || 600, height: canvasHeight(t) };
  }

  private draw(): void {
    const scene = this.scene();
    if (!scene) return;
    const { canvas, t, width, height } = scene;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawTimeline(ctx, t, scene.window, width, height, this.colors(), this.holderLabel(t, scene.strings), this.switchIntervalNs, this.cursorNs);
  }

  /** The panel's drawing (the window shown, the theme's colours) as an SVG document. */
  private exportSvg(): void {
    const scene = this.scene();
    if (!scene) return;
    const { canvas, t, width, height } = scene;
    const screen = canvas.getContext('2d');
    const measure = (text: string, font: string) => {
      if (!screen) return text.length * 6;
      screen.font = font;
      return screen.measureText(text).width;
    };
    const svg = new SvgContext(width, height, measure);
    drawTimeline(svg, t, scene.window, width, height, this.colors(), this.holderLabel(t, scene.strings), this.switchIntervalNs, this.cursorNs);
    this.draw(); // the screen's font was borrowed for measuring
    this.channel?.post({ type: 'exportSvg', svg: svg.toString() });
  }

  private describe(hit: Hit): string {
    const s = this.strings as GilTimelineStrings;
    if (hit.kind === 'gil') return `${s.gilHolder}: ${hit.name} · ${formatMs(hit.from)} – ${formatMs(hit.to)}`;
    const iv = hit.interval;
    const state = iv.state === 'running' ? s.running : iv.state === 'gil-wait' ? s.gilWait : iv.state === 'switch-wait' ? s.switchWait : iv.state === 'blocked' ? format(s.blocked, iv.detail) : iv.state === 'native' ? format(s.native, iv.detail) : s.done;
    return `${hit.name}: ${state} · ${formatMs(iv.from)} – ${formatMs(iv.to)} (${formatMs(iv.to - iv.from)}) · ${format(s.line, String(iv.line))}`;
  }

  private point(event: MouseEvent): { x: number; y: number } {
    const rect = (this.canvas as HTMLCanvasElement).getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private onMove(event: MouseEvent): void {
    const t = this.timeline;
    if (!t || !this.window || !this.canvas) return;
    const { x, y } = this.point(event);
    if (this.drag) {
      const width = this.canvas.clientWidth;
      this.window = pan(this.drag.window, timeAt(this.drag.x, this.drag.window, width) - timeAt(x, this.drag.window, width), t);
      return;
    }
    const hit = hitTest(t, this.window, this.canvas.clientWidth, x, y);
    this.tip = hit ? { x: x + 12, y: y + 12, text: this.describe(hit) } : null;
  }

  private onClick(event: MouseEvent): void {
    const t = this.timeline;
    if (!t || !this.window || !this.canvas) return;
    const { x, y } = this.point(event);
    const hit = hitTest(t, this.window, this.canvas.clientWidth, x, y);
    if (hit?.kind === 'interval' && hit.interval.line > 0) this.channel?.post({ type: 'revealLine', line: hit.interval.line });
  }

  private onWheel(event: WheelEvent): void {
    const t = this.timeline;
    if (!t || !this.window || !this.canvas) return;
    event.preventDefault();
    const at = timeAt(this.point(event).x, this.window, this.canvas.clientWidth);
    this.window = zoom(this.window, at, event.deltaY > 0 ? 1.25 : 0.8, t);
  }

  private onKey(event: KeyboardEvent): void {
    const t = this.timeline;
    if (!t || !this.window) return;
    const span = this.window.to - this.window.from;
    const middle = this.window.from + span / 2;
    const actions: Record<string, () => TimeWindow> = {
      '+': () => zoom(this.window as TimeWindow, middle, 0.8, t),
      '=': () => zoom(this.window as TimeWindow, middle, 0.8, t),
      '-': () => zoom(this.window as TimeWindow, middle, 1.25, t),
      ArrowLeft: () => pan(this.window as TimeWindow, -span / 10, t),
      ArrowRight: () => pan(this.window as TimeWindow, span / 10, t),
      '0': () => fitWindow(t),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    this.window = action();
  }

  private stats: { of: Timeline; rows: ReturnType<typeof threadStats>; summary: ReturnType<typeof runSummary> } | null = null;
  /** The statistics of a timeline, computed once (render runs on every zoom and pan). */
  private statsFor(t: Timeline): { rows: ReturnType<typeof threadStats>; summary: ReturnType<typeof runSummary> } {
    if (this.stats?.of !== t) this.stats = { of: t, rows: threadStats(t), summary: runSummary(t) };
    return this.stats;
  }

  private exportPng(): void {
    if (this.canvas) this.channel?.post({ type: 'exportPng', dataUrl: this.canvas.toDataURL('image/png') });
  }

  override render() {
    const s = this.strings;
    if (!s) return nothing;
    const t = this.timeline;
    if (!t) return html`<div class="empty">${this.message || s.empty}</div>`;
    const stats = this.statsFor(t);
    return html`
      <div class="bar">
        <span>${s.zoomHelp}</span>
        <button @click=${() => this.exportPng()}>${s.exportPng}</button>
        <button class="export-svg" @click=${() => this.exportSvg()}>${s.exportSvg}</button>
        <button class="export-trace" @click=${() => this.channel?.post({ type: 'exportChromeTrace' })}>${s.exportChromeTrace}</button>
      </div>
      <div class="legend" aria-hidden="true">
        <span class="run">${s.running}</span><span class="wait">${s.gilWait}</span><span class="sw">${s.switchWait}</span>
        <span class="blk">${format(s.blocked, 'I/O, sleep, lock')}</span><span class="nat">${format(s.native, 'hashlib, zlib, numpy')}</span><span>▼ ${s.dropRequest}</span><span>◆ ${s.forcedSwitch}</span>
      </div>
      <div class="chart" tabindex="0" role="img" aria-label=${`${s.title}: ${t.threads.map((l) => l.name).join(', ')}`}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}>
        <canvas
          @mousemove=${(e: MouseEvent) => this.onMove(e)}
          @mouseleave=${() => { this.tip = null; this.drag = null; }}
          @mousedown=${(e: MouseEvent) => { if (this.window) this.drag = { x: this.point(e).x, window: this.window }; }}
          @mouseup=${() => { this.drag = null; }}
          @click=${(e: MouseEvent) => this.onClick(e)}
          @wheel=${(e: WheelEvent) => this.onWheel(e)}></canvas>
        ${this.tip ? html`<div class="tip" role="tooltip">${this.tip.text}</div>` : nothing}
      </div>
      <table aria-label="statistics">
        <tr><th></th><th>${s.cpu}</th><th>${s.waitGil}</th><th>${s.blockedTime}</th><th>${s.nativeTime}</th></tr>
        ${stats.rows.map((st) => html`<tr><td>${st.name}</td><td>${formatMs(st.runningNs)}</td><td>${formatMs(st.gilWaitNs)}</td><td>${formatMs(st.blockedNs)}</td><td>${formatMs(st.nativeNs)}</td></tr>`)}
      </table>
      <p class="summary" title=${s.summaryHelp}>
        ${format(s.summary, formatMs(stats.summary.elapsedNs), formatMs(stats.summary.serialNs), stats.summary.speedup.toFixed(2))}
      </p>
    `;
  }
}
