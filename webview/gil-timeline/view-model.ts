// The timeline's geometry, pure (unit-tested in Node): lanes top to bottom (threads, then the GIL
// holder), a visible time window mapped to pixels, and hit-testing a point back to an interval.

import type { Interval, Timeline } from '../../src/trace-model/timeline';

export const LANE_HEIGHT = 22;
export const LANE_GAP = 6;
export const LABEL_WIDTH = 150;
export const AXIS_HEIGHT = 22;

export interface TimeWindow {
  /** Visible start and end in simulated ns. */
  from: number;
  to: number;
}

export function fitWindow(t: Timeline): TimeWindow {
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
export function zoom(w: TimeWindow, at: number, factor: number, t: Timeline): TimeWindow {
  const full = fitWindow(t);
  const span = Math.min(Math.max((w.to - w.from) * factor, 1000), full.to - full.from);
  const ratio = (at - w.from) / Math.max(w.to - w.from, 1);
  return clampWindow({ from: at - ratio * span, to: at - ratio * span + span }, full);
}

export function pan(w: TimeWindow, byNs: number, t: Timeline): TimeWindow {
  return clampWindow({ from: w.from + byNs, to: w.to + byNs }, fitWindow(t));
}

function clampWindow(w: TimeWindow, full: TimeWindow): TimeWindow {
  const span = w.to - w.from;
  if (w.from < full.from) return { from: full.from, to: full.from + span };
  if (w.to > full.to) return { from: full.to - span, to: full.to };
  return w;
}

export type Hit =
  | { kind: 'interval'; thread: number; name: string; interval: Interval }
  | { kind: 'gil'; thread: number; name: string; from: number; to: number };

/** What is under the point (css pixels), if anything. */
export function hitTest(t: Timeline, w: TimeWindow, width: number, x: number, y: number): Hit | null {
  if (x < LABEL_WIDTH) return null;
  const ns = timeAt(x, w, width);
  const lane = Math.floor((y - AXIS_HEIGHT) / (LANE_HEIGHT + LANE_GAP));
  if (lane < 0 || y - laneTop(lane) > LANE_HEIGHT) return null;
  if (lane < t.threads.length) {
    const l = t.threads[lane];
    const interval = l.intervals.find((iv) => iv.from <= ns && ns < iv.to);
    return interval ? { kind: 'interval', thread: l.thread, name: l.name, interval } : null;
  }
  if (lane === t.threads.length) {
    const g = t.gil.find((h) => h.from <= ns && ns < h.to);
    const name = g ? (t.threads.find((l) => l.thread === g.thread)?.name ?? String(g.thread)) : '';
    return g ? { kind: 'gil', thread: g.thread, name, from: g.from, to: g.to } : null;
  }
  return null;
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
