// The timeline's geometry, pure (unit-tested in Node): rows top to bottom (threads, then the GIL
// holder; in compare mode a group of them per model, each under a header), a visible time window mapped
// to pixels, and hit-testing a point back to an interval.

import type { Interval, Timeline } from '../../src/trace-model/timeline';

export const LANE_HEIGHT = 22;
export const LANE_GAP = 6;
export const LABEL_WIDTH = 150;
export const AXIS_HEIGHT = 22;
/** A group's header row (compare mode): its model and figures. */
export const HEADER_HEIGHT = 26;

/** Lanes drawn together: the shown run's, or one model's in compare mode. */
export interface LaneGroup {
  /** The header above the lanes (the model), or null for the single run. */
  title: string | null;
  /** Figures written after the title (wall, CPU, GIL wait, speedup). */
  stats: string;
  /** A note in place of lanes the run could not draw (it stopped), or ''. */
  note: string;
  timeline: Timeline;
  /** The holder lane's label, or null for no holder lane (3.13t and processes in compare mode). */
  holderLabel: string | null;
}

export type Row =
  | { kind: 'header'; group: number; top: number }
  | { kind: 'lane'; group: number; lane: number; top: number }
  | { kind: 'holder'; group: number; top: number };

export interface Layout {
  groups: LaneGroup[];
  rows: Row[];
  height: number;
  /** Where the shared time axis ends: the longest group's run. */
  endNs: number;
}

/** Rows top to bottom; with a single untitled group, lane i is at laneTop(i) as in the single-run view. */
export function layOut(groups: LaneGroup[]): Layout {
  const rows: Row[] = [];
  let top = AXIS_HEIGHT;
  groups.forEach((g, group) => {
    if (g.title !== null) {
      rows.push({ kind: 'header', group, top });
      top += HEADER_HEIGHT;
    }
    g.timeline.threads.forEach((_, lane) => {
      rows.push({ kind: 'lane', group, lane, top });
      top += LANE_HEIGHT + LANE_GAP;
    });
    if (g.holderLabel !== null) {
      rows.push({ kind: 'holder', group, top });
      top += LANE_HEIGHT + LANE_GAP;
    }
  });
  return { groups, rows, height: top, endNs: Math.max(1, ...groups.map((g) => g.timeline.endNs)) };
}

/** The single run's layout: its lanes and its holder lane, no header. */
export function runLayout(t: Timeline, holderLabel: string): Layout {
  return layOut([{ title: null, stats: '', note: '', timeline: t, holderLabel }]);
}

export interface TimeWindow {
  /** Visible start and end in simulated ns. */
  from: number;
  to: number;
}

/** The whole run (or the longest of the compared runs). */
export function fitWindow(t: { endNs: number }): TimeWindow {
  return { from: 0, to: Math.max(t.endNs, 1) };
}

/** x of a time in a canvas of `width` css pixels (the lanes start after the labels). */
export function xOf(ns: number, w: TimeWindow, width: number): number {
  const span = Math.max(w.to - w.from, 1);
  return LABEL_WIDTH + ((ns - w.from) / span) * (width - LABEL_WIDTH);
}

export function timeAt(x: number, w: TimeWindow, width: number): number {
  const span = Math.max(w.to - w.from, 1);
  return w.from + ((x - LABEL_WIDTH) / Math.max(width - LABEL_WIDTH, 1)) * span;
}

/** Lane index 0..threads-1 are threads; `threads.length` is the GIL lane. */
export function laneTop(index: number): number {
  return AXIS_HEIGHT + index * (LANE_HEIGHT + LANE_GAP);
}

export function canvasHeight(t: Timeline): number {
  return laneTop(t.threads.length + 1);
}

/** Zooms around time `at` by `factor` (< 1 zooms in), never past the whole run or below 1 µs. */
export function zoom(w: TimeWindow, at: number, factor: number, t: { endNs: number }): TimeWindow {
  const full = fitWindow(t);
  const span = Math.min(Math.max((w.to - w.from) * factor, 1000), full.to - full.from);
  const ratio = (at - w.from) / Math.max(w.to - w.from, 1);
  return clampWindow({ from: at - ratio * span, to: at - ratio * span + span }, full);
}

export function pan(w: TimeWindow, byNs: number, t: { endNs: number }): TimeWindow {
  return clampWindow({ from: w.from + byNs, to: w.to + byNs }, fitWindow(t));
}

function clampWindow(w: TimeWindow, full: TimeWindow): TimeWindow {
  const span = w.to - w.from;
  if (w.from < full.from) return { from: full.from, to: full.from + span };
  if (w.to > full.to) return { from: full.to - span, to: full.to };
  return w;
}

export type Hit =
  | { kind: 'interval'; group: number; thread: number; name: string; interval: Interval }
  | { kind: 'gil'; group: number; thread: number; name: string; from: number; to: number };

/** What is under the point (css pixels) in the single run's lanes, if anything. */
export function hitTest(t: Timeline, w: TimeWindow, width: number, x: number, y: number): Hit | null {
  return hitTestLayout(runLayout(t, ''), w, width, x, y);
}

/** What is under the point (css pixels), if anything: an interval of a thread, or a GIL hold. */
export function hitTestLayout(layout: Layout, w: TimeWindow, width: number, x: number, y: number): Hit | null {
  if (x < LABEL_WIDTH) return null;
  const row = layout.rows.find((r) => r.kind !== 'header' && y >= r.top && y <= r.top + LANE_HEIGHT);
  if (!row) return null;
  const ns = timeAt(x, w, width);
  const t = layout.groups[row.group].timeline;
  if (row.kind === 'lane') {
    const l = t.threads[row.lane];
    const interval = l.intervals.find((iv) => iv.from <= ns && ns < iv.to);
    return interval ? { kind: 'interval', group: row.group, thread: l.thread, name: l.name, interval } : null;
  }
  const g = t.gil.find((h) => h.from <= ns && ns < h.to);
  if (!g) return null;
  return { kind: 'gil', group: row.group, thread: g.thread, name: t.threads.find((l) => l.thread === g.thread)?.name ?? String(g.thread), from: g.from, to: g.to };
}

/** Tick spacing for the axis: 1, 2 or 5 × a power of ten ns, about every 100 px. */
export function tickStep(w: TimeWindow, width: number): number {
  const target = ((w.to - w.from) / Math.max(width - LABEL_WIDTH, 1)) * 100;
  const power = 10 ** Math.floor(Math.log10(Math.max(target, 1)));
  for (const m of [1, 2, 5, 10]) if (m * power >= target) return m * power;
  return 10 * power;
}

export function formatMs(ns: number): string {
  const ms = ns / 1e6;
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}
