// The GIL timeline panel: a thin lit element owning a canvas (ResizeObserver, devicePixelRatio,
// hit-testing) over the pure view model and renderer; statistics per thread beside it. Zoom and pan
// with the wheel, dragging or the keyboard; a click on an interval reveals its line in the editor.
// Compare mode draws the file under 3.11, 3.13t and as processes instead: a group of lanes per model
// on one time axis, each model's figures in its header, and a table of them below.

import { LitElement, css, html, nothing } from 'lit';
import { customElement, state, query } from 'lit/decorators.js';
import type { FromGilTimeline, GilTimelineState, GilTimelineStrings, ToGilTimeline } from '../../src/shared/gil-timeline-protocol';
import { runSummary, statDuration, threadStats, type RunSummary, type Timeline } from '../../src/trace-model/timeline';
import type { ComparedRun, Comparison } from '../../src/trace-model/comparison';
import { comparisonLayout, modelTitle } from './comparison-layout';
import type { WebviewChannel } from '../shared/vscode-api';
import { format } from '../shared/format';
import { fitWindow, formatMs, hitTestLayout, pan, runLayout, timeAt, zoom, type Hit, type Layout, type TimeWindow } from './view-model';
import { drawLayout, type TimelineColors } from './renderer';
import { SvgContext } from './svg-context';

export type { GilTimelineState };

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
    .note { margin: 2px 10px; color: var(--vscode-descriptionForeground); }
    .note.memory { color: var(--vscode-foreground); }
    details { margin: 4px 10px; }
    pre { margin: 4px 0 4px 12px; white-space: pre-wrap; font-family: var(--vscode-editor-font-family); font-size: 12px; }
  `;

  channel: Channel | null = null;
  @state() private strings: GilTimelineStrings | null = null;
  @state() private timeline: Timeline | null = null;
  /** Compare mode (set by a `comparison` message, left on the next `timeline`). */
  @state() private comparing = false;
  @state() private comparison: Comparison | null = null;
  private comparedFile = '';
  private comparedUri = '';
  /**
   * A timeline or a comparison has come: from then on the state is saved on each update. Before (the page
   * just loaded, the host's `init` first), the saved state is left for those messages to read back.
   */
  private shownOnce = false;
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
      case 'timeline': {
        this.shownOnce = true;
        const wasComparing = this.comparing;
        this.comparing = false;
        this.comparison = null;
        this.timeline = message.timeline;
        this.message = message.message;
        this.switchIntervalNs = message.switchIntervalNs;
        // The window saved for the run (before a hide/show or a reload); not one saved in compare mode.
        const saved = this.channel?.state;
        this.window = message.timeline ? (wasComparing || saved?.compare ? null : saved?.window) ?? fitWindow(message.timeline) : null;
        if (message.timeline && this.window && this.window.to > message.timeline.endNs) this.window = fitWindow(message.timeline);
        return;
      }
      case 'comparison': {
        // The comparison shown before, if of the same file.
        const previous = this.comparing && this.comparedUri === message.uri ? this.comparison : null;
        // The window saved for this file's comparison (before a hide/show or a reload), read before any update.
        const saved = this.channel?.state;
        const savedWindow = saved?.compare?.uri === message.uri ? saved.window ?? null : null;
        this.shownOnce = true;
        this.comparing = true;
        this.comparison = message.comparison;
        this.comparedFile = message.file;
        this.comparedUri = message.uri;
        this.message = message.message;
        // The whole of the longest run, unless the same span is shown again (a re-run of an unchanged file,
        // or the comparison shown before a reload) or the comparison is still running.
        const c = message.comparison;
        const kept = previous?.endNs === c?.endNs && this.window ? this.window : savedWindow;
        this.window = c ? (kept && kept.to <= c.endNs ? kept : fitWindow(c)) : savedWindow;
        return;
      }
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
    if (this.shownOnce) this.channel?.saveState({ window: this.window, compare: this.comparing ? { uri: this.comparedUri, file: this.comparedFile } : null });
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

  private layoutCache: { of: Timeline | Comparison; strings: GilTimelineStrings; layout: Layout } | null = null;
  /** The rows drawn: the shown run's lanes, or compare mode's groups (made once per timeline). */
  private layout(): Layout | null {
    const s = this.strings;
    const of = this.comparing ? this.comparison : this.timeline;
    if (!s || !of) return null;
    if (this.layoutCache?.of !== of || this.layoutCache.strings !== s) {
      const layout = 'runs' in of ? comparisonLayout(of, s) : runLayout(of, this.holderLabel(of, s));
      this.layoutCache = { of, strings: s, layout };
    }
    return this.layoutCache.layout;
  }

  /** What both the screen and the SVG export draw: the rows, the window and size, or null before there are any. */
  private scene(): { canvas: HTMLCanvasElement; layout: Layout; window: TimeWindow; width: number; height: number; cursorNs: number | null } | null {
    const canvas = this.canvas;
    const layout = this.layout();
    if (!canvas || !layout || !this.window) return null;
    // Step mode's cursor belongs to the editor's run, not to the compared ones.
    const cursorNs = this.comparing ? null : this.cursorNs;
    return { canvas, layout, window: this.window, width: canvas.clientWidth || this.clientWidth || 600, height: layout.height, cursorNs };
  }

  private draw(): void {
    const scene = this.scene();
    if (!scene) return;
    const { canvas, width, height } = scene;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawLayout(ctx, scene.layout, scene.window, width, height, this.colors(), this.switchIntervalNs, scene.cursorNs);
  }

  /** The panel's drawing (the window shown, the theme's colours) as an SVG document. */
  private exportSvg(): void {
    const scene = this.scene();
    if (!scene) return;
    const { canvas, width, height } = scene;
    const screen = canvas.getContext('2d');
    const measure = (text: string, font: string) => {
      if (!screen) return text.length * 6;
      screen.font = font;
      return screen.measureText(text).width;
    };
    const svg = new SvgContext(width, height, measure);
    drawLayout(svg, scene.layout, scene.window, width, height, this.colors(), this.switchIntervalNs, scene.cursorNs);
    this.draw(); // the screen's font was borrowed for measuring
    this.channel?.post({ type: 'exportSvg', svg: svg.toString() });
  }

  private describe(hit: Hit): string {
    const s = this.strings as GilTimelineStrings;
    // Compare mode: which model's lane (the same thread names come back in each group).
    const group = this.comparing ? this.layout()?.groups[hit.group].title : null;
    const where = group ? `${group} · ` : '';
    if (hit.kind === 'gil') return `${where}${s.gilHolder}: ${hit.name} · ${formatMs(hit.from)} – ${formatMs(hit.to)}`;
    const iv = hit.interval;
    const state = iv.state === 'running' ? s.running : iv.state === 'gil-wait' ? s.gilWait : iv.state === 'switch-wait' ? s.switchWait : iv.state === 'blocked' ? format(s.blocked, iv.detail) : iv.state === 'native' ? format(s.native, iv.detail) : s.done;
    const line = iv.line > 0 ? ` · ${format(s.line, String(iv.line))}` : '';
    return `${where}${hit.name}: ${state} · ${formatMs(iv.from)} – ${formatMs(iv.to)} (${formatMs(iv.to - iv.from)})${line}`;
  }

  private point(event: MouseEvent): { x: number; y: number } {
    const rect = (this.canvas as HTMLCanvasElement).getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private onMove(event: MouseEvent): void {
    const t = this.layout();
    if (!t || !this.window || !this.canvas) return;
    const { x, y } = this.point(event);
    if (this.drag) {
      const width = this.canvas.clientWidth;
      this.window = pan(this.drag.window, timeAt(this.drag.x, this.drag.window, width) - timeAt(x, this.drag.window, width), t);
      return;
    }
    const hit = hitTestLayout(t, this.window, this.canvas.clientWidth, x, y);
    this.tip = hit ? { x: x + 12, y: y + 12, text: this.describe(hit) } : null;
  }

  private onClick(event: MouseEvent): void {
    const t = this.layout();
    if (!t || !this.window || !this.canvas) return;
    const { x, y } = this.point(event);
    const hit = hitTestLayout(t, this.window, this.canvas.clientWidth, x, y);
    if (hit?.kind === 'interval' && hit.interval.line > 0) this.channel?.post({ type: 'revealLine', line: hit.interval.line });
  }

  private onWheel(event: WheelEvent): void {
    const t = this.layout();
    if (!t || !this.window || !this.canvas) return;
    event.preventDefault();
    const at = timeAt(this.point(event).x, this.window, this.canvas.clientWidth);
    this.window = zoom(this.window, at, event.deltaY > 0 ? 1.25 : 0.8, t);
  }

  private onKey(event: KeyboardEvent): void {
    const t = this.layout();
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
    if (this.comparing) return this.renderComparison(s);
    const t = this.timeline;
    if (!t) return html`<div class="empty">${this.message || s.empty}</div>`;
    const stats = this.statsFor(t);
    return html`
      <div class="bar">
        <span>${s.zoomHelp}</span>
        <button class="compare" @click=${() => this.channel?.post({ type: 'compare' })}>${s.compare}</button>
        <button @click=${() => this.exportPng()}>${s.exportPng}</button>
        <button class="export-svg" @click=${() => this.exportSvg()}>${s.exportSvg}</button>
        <button class="export-trace" @click=${() => this.channel?.post({ type: 'exportChromeTrace' })}>${s.exportChromeTrace}</button>
      </div>
      ${this.renderLegend(s)}
      ${this.renderChart(s, t.threads.map((l) => l.name).join(', '))}
      <table aria-label="statistics">
        <tr><th></th><th>${s.cpu}</th><th>${s.waitGil}</th><th>${s.blockedTime}</th><th>${s.nativeTime}</th></tr>
        ${stats.rows.map((st) => html`<tr><td>${st.name}</td><td>${statDuration(st.runningNs)}</td><td>${statDuration(st.gilWaitNs)}</td><td>${statDuration(st.blockedNs)}</td><td>${statDuration(st.nativeNs)}</td></tr>`)}
      </table>
      <p class="summary" title=${s.summaryHelp}>${summaryText(stats.summary, s)}</p>
    `;
  }

  private renderLegend(s: GilTimelineStrings) {
    return html`
      <div class="legend" aria-hidden="true">
        <span class="run">${s.running}</span><span class="wait">${s.gilWait}</span><span class="sw">${s.switchWait}</span>
        <span class="blk">${format(s.blocked, 'I/O, sleep, lock')}</span><span class="nat">${format(s.native, 'hashlib, zlib, numpy')}</span><span>▼ ${s.dropRequest}</span><span>◆ ${s.forcedSwitch}</span>
      </div>`;
  }

  private renderChart(s: GilTimelineStrings, lanes: string) {
    return html`
      <div class="chart" tabindex="0" role="img" aria-label=${`${s.title}: ${lanes}`}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}>
        <canvas
          @mousemove=${(e: MouseEvent) => this.onMove(e)}
          @mouseleave=${() => { this.tip = null; this.drag = null; }}
          @mousedown=${(e: MouseEvent) => { if (this.window) this.drag = { x: this.point(e).x, window: this.window }; }}
          @mouseup=${() => { this.drag = null; }}
          @click=${(e: MouseEvent) => this.onClick(e)}
          @wheel=${(e: WheelEvent) => this.onWheel(e)}></canvas>
        ${this.tip ? html`<div class="tip" role="tooltip">${this.tip.text}</div>` : nothing}
      </div>`;
  }

  /** Compare mode: the models' groups on one axis, their figures in a table, the note on memory, their outputs. */
  private renderComparison(s: GilTimelineStrings) {
    const c = this.comparison;
    const back = html`<button class="back" @click=${() => this.channel?.post({ type: 'showRun' })}>${s.backToRun}</button>`;
    if (!c) {
      return html`<div class="bar"><span>${this.comparedFile}</span>${back}</div><div class="empty">${this.message}</div>`;
    }
    const row = (run: ComparedRun) => html`<tr>
      <td>${modelTitle(run.model, s)}</td><td>${formatMs(run.stats.wallNs)}</td><td>${formatMs(run.stats.cpuNs)}</td><td>${formatMs(run.stats.gilWaitNs)}</td>
      <td>${run.diagnostic ? format(s.stopped, run.diagnostic.kind) : run.stats.speedup === null ? '—' : `×${run.stats.speedup.toFixed(2)}`}</td></tr>`;
    return html`
      <div class="bar">
        <span>${this.comparedFile} · ${s.zoomHelp}</span>
        ${back}
        <button @click=${() => this.exportPng()}>${s.exportPng}</button>
        <button class="export-svg" @click=${() => this.exportSvg()}>${s.exportSvg}</button>
        <button class="export-trace" @click=${() => this.channel?.post({ type: 'exportChromeTrace' })}>${s.exportChromeTrace}</button>
      </div>
      ${this.renderLegend(s)}
      ${this.renderChart(s, c.runs.map((r) => modelTitle(r.model, s)).join(', '))}
      <table class="models" aria-label="comparison">
        <tr><th>${s.model}</th><th>${s.wall}</th><th>${s.cpu}</th><th>${s.waitGil}</th><th>${s.speedupVsSerial}</th></tr>
        ${c.runs.map(row)}
      </table>
      <p class="note memory">${s.processesNote}</p>
      <p class="note">${s.compareHelp}</p>
      ${c.runs.map((run) => html`<details><summary>${format(s.outputUnder, modelTitle(run.model, s))}</summary><pre>${run.stdout}${run.stderr}</pre></details>`)}
    `;
  }
}

/** The line under the statistics: elapsed, serial estimate, and the speedup or why there is none (as the CLI's statsText). */
function summaryText(summary: RunSummary, s: GilTimelineStrings): string {
  const elapsed = statDuration(summary.elapsedNs);
  const serial = statDuration(summary.serialNs);
  if (summary.speedup !== null) return format(s.summary, elapsed, serial, summary.speedup.toFixed(2));
  return summary.noSpeedup === 'idle' ? format(s.summaryIdle, elapsed, serial, statDuration(summary.idleNs)) : format(s.summaryOneThread, elapsed, serial);
}
