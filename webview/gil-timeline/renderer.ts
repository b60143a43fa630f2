// Draws the timeline on a 2D canvas: the time axis, one lane per thread coloured by state, the GIL
// holder lane, drop requests (▼) and forced switches (◆); in compare mode a group of lanes per model
// under a header with its figures, all on the one axis. Colours are the theme's, read by the element.

import type { ThreadLane, Timeline } from '../../src/trace-model/timeline';
import { AXIS_HEIGHT, HEADER_HEIGHT, LABEL_WIDTH, LANE_HEIGHT, formatMs, runLayout, tickStep, xOf, type Layout, type LaneGroup, type TimeWindow } from './view-model';
import type { TimelineCanvas } from './svg-context';

export interface TimelineColors {
  foreground: string;
  muted: string;
  background: string;
  running: string;
  gilWait: string;
  switchWait: string;
  blocked: string;
  native: string;
  gil: string[];
  marker: string;
  grid: string;
}

/** The single run: its lanes and its holder lane (labelled `gilLabel`). */
export function drawTimeline(ctx: TimelineCanvas, t: Timeline, w: TimeWindow, width: number, height: number, colors: TimelineColors, gilLabel: string, switchIntervalNs: number, cursorNs: number | null = null): void {
  drawLayout(ctx, runLayout(t, gilLabel), w, width, height, colors, switchIntervalNs, cursorNs);
}

/** Every row of `layout` (compare mode: a group per model under its header) on one time axis. */
export function drawLayout(ctx: TimelineCanvas, layout: Layout, w: TimeWindow, width: number, height: number, colors: TimelineColors, switchIntervalNs: number, cursorNs: number | null = null): void {
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.font = '11px sans-serif';
  ctx.textBaseline = 'middle';
  // Axis and grid.
  const step = tickStep(w, width);
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.muted;
  for (let ns = Math.ceil(w.from / step) * step; ns <= w.to; ns += step) {
    const x = Math.round(xOf(ns, w, width)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_HEIGHT - 4);
    ctx.lineTo(x, height);
    ctx.stroke();
    ctx.fillText(formatMs(ns), x + 2, AXIS_HEIGHT / 2);
  }
  // The switch interval, as a bar under the axis for scale.
  const si = xOf(w.from + switchIntervalNs, w, width) - LABEL_WIDTH;
  if (si > 6) {
    ctx.fillStyle = colors.muted;
    ctx.fillRect(LABEL_WIDTH, AXIS_HEIGHT - 3, Math.min(si, width - LABEL_WIDTH), 2);
  }
  for (const row of layout.rows) {
    const group = layout.groups[row.group];
    if (row.kind === 'header') drawHeader(ctx, group, row.top, width, colors);
    else if (row.kind === 'lane') drawLane(ctx, group.timeline.threads[row.lane], row.top, w, width, colors);
    else drawHolderLane(ctx, group.timeline, group.holderLabel ?? '', row.top, w, width, colors);
  }
  ctx.fillStyle = colors.marker;
  for (const row of layout.rows) {
    if (row.kind !== 'lane') continue;
    const t = layout.groups[row.group].timeline;
    drawMarkers(ctx, t, t.threads[row.lane].thread, row.top, w, width);
  }
  // Step mode's position, in step with the editor.
  if (cursorNs !== null && cursorNs >= w.from && cursorNs <= w.to) {
    const x = Math.round(xOf(cursorNs, w, width)) + 0.5;
    ctx.strokeStyle = colors.foreground;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    ctx.moveTo(x, AXIS_HEIGHT - 6);
    ctx.lineTo(x, height);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** A model's header (compare mode): a rule across, its name, its figures, or why its run stopped. */
function drawHeader(ctx: TimelineCanvas, group: LaneGroup, top: number, width: number, colors: TimelineColors): void {
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, top + 2, width, HEADER_HEIGHT - 4);
  ctx.strokeStyle = colors.grid;
  ctx.beginPath();
  ctx.moveTo(0, top + 0.5);
  ctx.lineTo(width, top + 0.5);
  ctx.stroke();
  const y = top + HEADER_HEIGHT / 2 + 1;
  const stats = group.note ? `${group.stats}  ·  ${group.note}` : group.stats;
  ctx.font = '11px sans-serif';
  const statsWidth = ctx.measureText(stats).width;
  ctx.font = 'bold 12px sans-serif';
  // A narrow panel: the title gives way (down to the label column) so the figures stay in view.
  const room = Math.max(LABEL_WIDTH - 12, width - 6 - 14 - statsWidth);
  const title = fitText(ctx, group.title ?? '', room);
  ctx.fillStyle = colors.foreground;
  ctx.fillText(title, 6, y);
  const after = 6 + ctx.measureText(title).width + 14;
  ctx.font = '11px sans-serif';
  ctx.fillStyle = group.note ? colors.marker : colors.muted;
  ctx.fillText(stats, Math.max(after, LABEL_WIDTH), y);
}

/** `text`, cut with an ellipsis to fit `width` pixels in the context's font. */
function fitText(ctx: TimelineCanvas, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let n = text.length;
  while (n > 1 && ctx.measureText(`${text.slice(0, n)}…`).width > width) n--;
  return `${text.slice(0, n)}…`;
}

const STATE_BITS: Record<string, number> = { running: 1, 'gil-wait': 2, 'switch-wait': 4, blocked: 8, native: 16 };
const stateBit = (state: string): number => STATE_BITS[state] ?? 32;

function drawLane(ctx: TimelineCanvas, lane: ThreadLane, top: number, w: TimeWindow, width: number, colors: TimelineColors): void {
  const fillFor = (state: string): string | null =>
    state === 'running' ? colors.running : state === 'gil-wait' ? colors.gilWait : state === 'switch-wait' ? colors.switchWait : state === 'blocked' ? colors.blocked : state === 'native' ? colors.native : null;
  ctx.fillStyle = colors.foreground;
  ctx.fillText(lane.name.length > 22 ? `${lane.name.slice(0, 21)}…` : lane.name, 6, top + LANE_HEIGHT / 2);
  // Intervals are in time order: start at the first one the window shows, stop after the last. In one
  // pixel column each state is drawn once (its first interval; `drawnInColumn` has a bit per state drawn),
  // so a zoomed-out run of 100k intervals costs a few fills per column even as threads take turns.
  const intervals = lane.intervals;
  let lastColumn = -1;
  let drawnInColumn = 0;
  for (let i = firstEnding(intervals, w.from); i < intervals.length; i++) {
    const iv = intervals[i];
    if (iv.from >= w.to) break;
    const fill = fillFor(iv.state);
    if (!fill) continue;
    const x0 = Math.max(xOf(iv.from, w, width), LABEL_WIDTH);
    const x1 = Math.min(xOf(iv.to, w, width), width);
    const column = Math.floor(x0);
    const bit = stateBit(iv.state);
    if (column !== lastColumn) {
      lastColumn = column;
      drawnInColumn = 0;
    } else if (x1 - x0 < 1 && (drawnInColumn & bit) !== 0) continue;
    drawnInColumn |= bit;
    ctx.fillStyle = fill;
    // Waiting is drawn thinner than running, so the eye finds who runs (on a core: bytecode or C code).
    const inset = iv.state === 'running' || iv.state === 'native' ? 2 : iv.state === 'blocked' ? 6 : 8;
    ctx.fillRect(x0, top + inset, Math.max(x1 - x0, 1), LANE_HEIGHT - 2 * inset);
  }
}

function drawHolderLane(ctx: TimelineCanvas, t: Timeline, label: string, top: number, w: TimeWindow, width: number, colors: TimelineColors): void {
  ctx.fillStyle = colors.foreground;
  ctx.fillText(label, 6, top + LANE_HEIGHT / 2);
  let lastGilColumn = -1;
  for (let i = firstEnding(t.gil, w.from); i < t.gil.length; i++) {
    const g = t.gil[i];
    if (g.from >= w.to) break;
    const column = Math.floor(xOf(g.from, w, width));
    if (xOf(g.to, w, width) - xOf(g.from, w, width) < 1 && column === lastGilColumn) continue;
    lastGilColumn = column;
    const x0 = Math.max(xOf(g.from, w, width), LABEL_WIDTH);
    const x1 = Math.min(xOf(g.to, w, width), width);
    ctx.fillStyle = colors.gil[g.thread % colors.gil.length];
    ctx.fillRect(x0, top + 2, Math.max(x1 - x0, 1), LANE_HEIGHT - 4);
    // The holder's name inside its bar, when it fits.
    const name = t.threads.find((l) => l.thread === g.thread)?.name ?? String(g.thread);
    if (x1 - x0 > ctx.measureText(name).width + 8) {
      ctx.fillStyle = colors.background;
      ctx.fillText(name, x0 + 4, top + LANE_HEIGHT / 2);
    }
  }
}

/** A thread's drop requests (▼ above its lane) and forced switches (◆ below it). */
function drawMarkers(ctx: TimelineCanvas, t: Timeline, thread: number, top: number, w: TimeWindow, width: number): void {
  let lastMarkerColumn = -1;
  for (const r of t.dropRequests) {
    if (r.thread !== thread || r.at < w.from || r.at > w.to) continue;
    const column = Math.floor(xOf(r.at, w, width));
    if (column === lastMarkerColumn) continue;
    lastMarkerColumn = column;
    const x = xOf(r.at, w, width);
    ctx.beginPath();
    ctx.moveTo(x - 4, top - 3);
    ctx.lineTo(x + 4, top - 3);
    ctx.lineTo(x, top + 3);
    ctx.fill();
  }
  for (const f of t.forcedSwitches) {
    if (f.thread !== thread || f.at < w.from || f.at > w.to) continue;
    const x = xOf(f.at, w, width);
    const y = top + LANE_HEIGHT + 2;
    ctx.beginPath();
    ctx.moveTo(x, y - 3);
    ctx.lineTo(x + 3, y);
    ctx.lineTo(x, y + 3);
    ctx.lineTo(x - 3, y);
    ctx.fill();
  }
}

/** Index of the first item (sorted by `from`, not overlapping) still running at `ns`, by binary search. */
function firstEnding(items: readonly { from: number; to: number }[], ns: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].to <= ns) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
