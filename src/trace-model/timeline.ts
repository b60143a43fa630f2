// The threads' timeline from the trace: per thread, the intervals of each state (running, waiting
// for the GIL, blocked on I/O, sleep or a lock, running C code with the GIL released, done) in simulated nanoseconds, who holds the GIL
// when, the drop requests and forced switches. The CLI renders it as ASCII or as a Chrome trace;
// the GIL timeline panel reads the same model.

import type { EventSource, TraceEvent, ThreadEventState } from '../core/trace/events';
import type { ChildProcessRun } from '../core/index';

export type LaneState = Exclude<ThreadEventState, 'start' | 'name'>;

export interface Interval {
  state: LaneState;
  /** What a blocked thread waits for (sleep, lock, io); the C function a `native` thread runs. */
  detail: string;
  from: number;
  to: number;
  /** The source line the thread was at when it entered the state. */
  line: number;
}

export interface ThreadLane {
  /** The lane's id: the thread's serial in the first process; pid × 1000 + serial in a forked one. */
  thread: number;
  /**
   * The thread's name as threading last set it — what `t.name` reads at the end of the run: `Thread-1 (work)`,
   * the `name=` it was given, or what `t.name = ...` made of it, whenever that happened.
   */
  name: string;
  intervals: Interval[];
  /** The process's pid when the run forked (each process has its own threads and GIL). */
  process?: number;
}

/** Lane ids of a forked process's threads. */
export const PROCESS_LANE_BASE = 1000;

export interface Timeline {
  threads: ThreadLane[];
  /** Who holds the GIL, when. */
  gil: { thread: number; from: number; to: number }[];
  dropRequests: { thread: number; at: number }[];
  forcedSwitches: { thread: number; at: number }[];
  endNs: number;
}

/**
 * Builds the timeline; open intervals end at the last time the trace mentions. With `processes`
 * (a run that forked), the forked processes' threads get lanes of their own after the first
 * process's, named after the process; the GIL lane stays the first process's GIL.
 */
export function buildTimeline(events: EventSource, processes?: readonly ChildProcessRun[], rootPid = 4242, fromStart?: ProgramSpan): Timeline {
  const t = buildProcessTimeline(events, fromStart);
  if (!processes?.length) return t;
  for (const l of t.threads) {
    l.process = rootPid;
    l.name = l.thread === 0 ? 'MainProcess' : `MainProcess ${l.name}`;
  }
  for (const p of processes) {
    if (!p.events) continue;
    const child = buildProcessTimeline(p.events);
    t.endNs = Math.max(t.endNs, child.endNs);
    for (const l of child.threads) {
      t.threads.push({ ...l, thread: p.pid * PROCESS_LANE_BASE + l.thread, process: p.pid, name: l.thread === 0 ? p.name : `${p.name} ${l.name}` });
    }
  }
  return t;
}

/**
 * The whole program rather than from its second thread on: the run's timeline starts when a second thread
 * (or process) appears, but until its first recorded change the main thread was running (the scheduler
 * records every change once a call blocks or a thread starts), holding the GIL in a build that has one.
 */
export interface ProgramSpan {
  /** When the program ended (RunResult.elapsedNs): the main thread's last state lasts until then. */
  endNs: number;
  gil: boolean;
}

function buildProcessTimeline(events: EventSource, fromStart?: ProgramSpan): Timeline {
  const lanes = new Map<number, ThreadLane>();
  const open = new Map<number, Interval>();
  const gil: Timeline['gil'] = [];
  const dropRequests: Timeline['dropRequests'] = [];
  const forcedSwitches: Timeline['forcedSwitches'] = [];
  let holder: { thread: number; from: number } | null = null;
  let endNs = 0;
  const lane = (thread: number): ThreadLane => {
    let l = lanes.get(thread);
    if (!l) lanes.set(thread, (l = { thread, name: thread === 0 ? 'MainThread' : `thread ${thread}`, intervals: [] }));
    return l;
  };
  if (fromStart) {
    const running: Interval = { state: 'running', detail: '', from: 0, to: 0, line: 0 };
    lane(0).intervals.push(running);
    open.set(0, running);
    if (fromStart.gil) holder = { thread: 0, from: 0 };
    endNs = fromStart.endNs;
  }
  for (let i = 0; i < events.length; i++) {
    const e = events.at(i) as TraceEvent;
    if (e.kind === 'thread') {
      endNs = Math.max(endNs, e.timeNs);
      const l = lane(e.thread);
      if (e.state === 'start' || e.state === 'name') {
        if (e.detail) l.name = e.detail;
        continue;
      }
      const current = open.get(e.thread);
      if (current) current.to = e.timeNs;
      const next: Interval = { state: e.state, detail: e.state === 'blocked' || e.state === 'native' ? e.detail : '', from: e.timeNs, to: e.timeNs, line: e.line };
      l.intervals.push(next);
      open.set(e.thread, next);
    } else if (e.kind === 'gil') {
      endNs = Math.max(endNs, e.timeNs);
      if (e.action === 'take') {
        // A take by the holder itself: the timeline began while it held the GIL (from the program's start).
        if (holder?.thread !== e.thread) holder = { thread: e.thread, from: e.timeNs };
      } else if (e.action === 'drop') {
        if (holder) gil.push({ thread: holder.thread, from: holder.from, to: e.timeNs });
        holder = null;
      } else if (e.action === 'drop-request') {
        dropRequests.push({ thread: e.thread, at: e.timeNs });
      } else {
        forcedSwitches.push({ thread: e.thread, at: e.timeNs });
      }
    }
  }
  for (const interval of open.values()) if (interval.state !== 'done') interval.to = endNs;
  if (holder) gil.push({ thread: holder.thread, from: holder.from, to: endNs });
  for (const l of lanes.values()) l.intervals = l.intervals.filter((iv) => iv.to > iv.from || iv.state === 'done');
  return { threads: [...lanes.values()].sort((a, b) => a.thread - b.thread), gil, dropRequests, forcedSwitches, endNs };
}

const ASCII: Record<LaneState, string> = { running: '#', 'gil-wait': '.', 'switch-wait': ':', blocked: '~', native: '=', done: ' ' };

export interface AsciiOptions {
  /** The time the columns span (several timelines on one axis); the timeline's end by default. */
  spanNs?: number;
  /** The lanes are processes, each with an interpreter and a GIL of its own: no holder row. */
  processes?: boolean;
}

/** One row per thread over `width` columns (the state that filled most of each column), and the GIL holder row. */
export function asciiTimeline(t: Timeline, width = 72, options: AsciiOptions = {}): string {
  const span = Math.max(options.spanNs ?? t.endNs, t.endNs, 1);
  const col = (ns: number) => Math.min(width - 1, Math.floor((ns / span) * width));
  const nameWidth = Math.max(10, ...t.threads.map((l) => l.name.length));
  const rows: string[] = [];
  for (const l of t.threads) {
    const cells = Array.from({ length: width }, () => ({ ch: ' ', ns: 0 }));
    for (const iv of l.intervals) {
      for (let c = col(iv.from); c <= col(Math.max(iv.from, iv.to - 1)); c++) {
        const cellFrom = (c / width) * span;
        const cellTo = ((c + 1) / width) * span;
        const covered = Math.min(cellTo, iv.to) - Math.max(cellFrom, iv.from);
        if (covered > cells[c].ns) cells[c] = { ch: ASCII[iv.state], ns: covered };
      }
    }
    rows.push(`${l.name.padEnd(nameWidth)} |${cells.map((c) => c.ch).join('')}|`);
  }
  if (options.processes) {
    rows.push(`${''.padEnd(nameWidth)}  0 ms${`${(span / 1e6).toFixed(2)} ms`.padStart(width - 4)}`);
    rows.push('# running   . waiting for the GIL   ~ blocked (I/O, sleep, lock, another process)   = C code; each process has its own GIL, processes run in parallel on the cores');
    return `${rows.join('\n')}\n`;
  }
  if (t.gil.length === 0) {
    // The free-threaded build (3.13t): nobody holds a GIL, several lanes can run at once.
    rows.push(`${''.padEnd(nameWidth)}  0 ms${`${(span / 1e6).toFixed(2)} ms`.padStart(width - 4)}`);
    rows.push('# running   ~ blocked (I/O, sleep, lock)   = C code; no GIL: threads run in parallel on the cores');
    return `${rows.join('\n')}\n`;
  }
  const gilCells = Array.from({ length: width }, () => ({ ch: ' ', ns: 0 }));
  for (const g of t.gil) {
    for (let c = col(g.from); c <= col(Math.max(g.from, g.to - 1)); c++) {
      const covered = Math.min(((c + 1) / width) * span, g.to) - Math.max((c / width) * span, g.from);
      if (covered > gilCells[c].ns) gilCells[c] = { ch: String(g.thread % 10), ns: covered };
    }
  }
  rows.push(`${'GIL'.padEnd(nameWidth)} |${gilCells.map((c) => c.ch).join('')}|`);
  rows.push(`${''.padEnd(nameWidth)}  0 ms${`${(span / 1e6).toFixed(2)} ms`.padStart(width - 4)}`);
  rows.push('# running   . waiting for the GIL   : waiting for the switch   ~ blocked (I/O, sleep, lock)   = C code, GIL released; GIL row: holder');
  return `${rows.join('\n')}\n`;
}

/** The Trace Event Format (Chrome, Perfetto): complete events per state, instants for GIL requests. */
export function chromeTrace(t: Timeline): { traceEvents: Record<string, unknown>[]; displayTimeUnit: 'ms' } {
  const us = (ns: number) => ns / 1000;
  const pid = 1;
  const gilTid = 1000;
  const traceEvents: Record<string, unknown>[] = [
    { name: 'process_name', ph: 'M', pid, tid: 0, args: { name: 'CPython Lens (simulated)' } },
    { name: 'thread_name', ph: 'M', pid, tid: gilTid, args: { name: 'GIL holder' } },
  ];
  for (const l of t.threads) {
    // A forked process is a process of its own in the trace viewer (its pid; the first process stays 1).
    const lanePid = l.process !== undefined && l.thread >= PROCESS_LANE_BASE ? l.process : pid;
    if (lanePid !== pid && !traceEvents.some((e) => e.ph === 'M' && e.name === 'process_name' && e.pid === lanePid)) {
      traceEvents.push({ name: 'process_name', ph: 'M', pid: lanePid, tid: 0, args: { name: `${l.name} (simulated)` } });
    }
    traceEvents.push({ name: 'thread_name', ph: 'M', pid: lanePid, tid: l.thread, args: { name: l.name } });
    for (const iv of l.intervals) {
      if (iv.state === 'done') continue;
      const name = iv.state === 'blocked' ? `blocked (${iv.detail})` : iv.state === 'native' ? `native, GIL released (${iv.detail})` : iv.state;
      traceEvents.push({ name, cat: 'thread', ph: 'X', pid: lanePid, tid: l.thread, ts: us(iv.from), dur: us(iv.to - iv.from) });
    }
  }
  for (const g of t.gil) {
    traceEvents.push({ name: `held by ${t.threads.find((l) => l.thread === g.thread)?.name ?? g.thread}`, cat: 'gil', ph: 'X', pid, tid: gilTid, ts: us(g.from), dur: us(g.to - g.from) });
  }
  for (const r of t.dropRequests) traceEvents.push({ name: 'drop request', cat: 'gil', ph: 'i', s: 't', pid, tid: r.thread, ts: us(r.at) });
  for (const f of t.forcedSwitches) traceEvents.push({ name: 'forced switch', cat: 'gil', ph: 'i', s: 't', pid, tid: f.thread, ts: us(f.at) });
  return { traceEvents, displayTimeUnit: 'ms' };
}

export interface ThreadStats {
  thread: number;
  name: string;
  runningNs: number;
  gilWaitNs: number;
  blockedNs: number;
  /** Running C code with the GIL released (hashlib, zlib, numpy). */
  nativeNs: number;
}

/** Per thread: time running bytecode, waiting for the GIL (or for the switch), blocked, in C code without the GIL. */
export function threadStats(t: Timeline): ThreadStats[] {
  return t.threads.map((l) => {
    const sum = (test: (iv: Interval) => boolean) => l.intervals.filter(test).reduce((s, iv) => s + (iv.to - iv.from), 0);
    return {
      thread: l.thread,
      name: l.name,
      runningNs: sum((iv) => iv.state === 'running'),
      gilWaitNs: sum((iv) => iv.state === 'gil-wait' || iv.state === 'switch-wait'),
      blockedNs: sum((iv) => iv.state === 'blocked'),
      nativeNs: sum((iv) => iv.state === 'native'),
    };
  });
}

export interface RunSummary {
  /** From the first thread interval to the end, in simulated ns (what ran before a second thread existed is not in the timeline). */
  elapsedNs: number;
  /**
   * The threads' own work done one after the other: their time running bytecode or C code without the GIL
   * plus their time blocked on I/O or sleep (not on locks or joins, which only wait for other threads). An
   * estimate of the serial run.
   */
  serialNs: number;
  /**
   * The part of the elapsed time in which no thread did work of its own: threads being started by the OS,
   * woken up after a lock or a join, handing the GIL over.
   */
  idleNs: number;
  /** serial / elapsed: 1.0 when the threads gained nothing, about N when N threads overlapped; null when there is nothing to compare. */
  speedup: number | null;
  /**
   * Why there is no speedup: `one-thread`, fewer than two threads (or processes) did work of their own, so
   * nothing could run side by side; `idle`, no thread was working for most of the elapsed time (a thread
   * whose work is shorter than starting it), where serial / elapsed would measure the start-up, not the threads.
   */
  noSpeedup: 'one-thread' | 'idle' | null;
}

/** Blocking reasons that are a thread's own work rather than waiting for another thread. */
const OWN_WORK_BLOCKS = new Set(['io', 'sleep']);

const isOwnWork = (iv: Interval) => iv.state === 'running' || iv.state === 'native' || (iv.state === 'blocked' && OWN_WORK_BLOCKS.has(iv.detail));

/** The run's elapsed time next to the serial estimate (issue: "speedup vs serial"). */
export function runSummary(t: Timeline): RunSummary {
  let serialNs = 0;
  let startNs = t.endNs;
  let workingLanes = 0;
  const work: Interval[] = [];
  for (const l of t.threads) {
    let own = 0;
    for (const iv of l.intervals) {
      startNs = Math.min(startNs, iv.from);
      if (!isOwnWork(iv)) continue;
      own += iv.to - iv.from;
      work.push(iv);
    }
    serialNs += own;
    if (own > 0) workingLanes++;
  }
  const elapsedNs = Math.max(0, t.endNs - startNs);
  // The union of the work intervals: the time at least one thread was working.
  work.sort((a, b) => a.from - b.from);
  let busyNs = 0;
  let reach = startNs;
  for (const iv of work) {
    if (iv.to <= reach) continue;
    busyNs += iv.to - Math.max(iv.from, reach);
    reach = iv.to;
  }
  const idleNs = Math.max(0, elapsedNs - busyNs);
  const noSpeedup = workingLanes < 2 || elapsedNs === 0 ? 'one-thread' : idleNs * 2 > elapsedNs ? 'idle' : null;
  return { elapsedNs, serialNs, idleNs, speedup: noSpeedup ? null : serialNs / elapsedNs, noSpeedup };
}

/**
 * A duration in the statistics (CLI and panel alike): milliseconds with the digits that matter, and
 * microseconds under 10 µs, so that a short but non-zero time never reads "0.00 ms".
 */
export function statDuration(ns: number): string {
  if (ns > 0 && ns < 10_000) return `${(ns / 1000).toFixed(1)} µs`;
  const ms = ns / 1e6;
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

/** The summary's last part, in the CLI's words: the speedup, or why there is none. */
export function speedupText(summary: RunSummary): string {
  if (summary.speedup !== null) return `speedup ×${summary.speedup.toFixed(2)}`;
  if (summary.noSpeedup === 'idle') {
    return `no speedup to compute: for ${statDuration(summary.idleNs)} of it no thread was working (threads or processes starting, waking up, ending)`;
  }
  return 'no speedup to compute: only one thread did work of its own';
}

/** The per-thread statistics and the run's summary as text (the CLI prints it under the ASCII timeline). */
export function statsText(t: Timeline): string {
  const ms = statDuration;
  const rows = threadStats(t).map((s) => [s.name, ms(s.runningNs), ms(s.gilWaitNs), ms(s.blockedNs), ms(s.nativeNs)]);
  const header = ['thread', 'running', 'GIL wait', 'blocked', 'C code'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const summary = runSummary(t);
  return [
    line(header),
    ...rows.map(line),
    `elapsed ${ms(summary.elapsedNs)} · serial estimate ${ms(summary.serialNs)} (running, C code, I/O and sleep, one thread after another) · ${speedupText(summary)}`,
    '',
  ].join('\n');
}
