// Compare mode: one file run under CPython 3.11 (threads under the GIL), the free-threaded 3.13t (threads
// in parallel) and as processes (threading.Thread as multiprocessing.Process, 3.11 in each process), each
// run's timeline from the program's start so the three share one time axis, with the figures a learner
// compares: wall time, CPU time, GIL wait, speedup against the serial estimate. The CLI's `--compare`
// prints it (comparisonText); the GIL timeline panel draws it.

import type { Diagnostic, PythonVersion, RunResult } from '../core/index';
import { asciiTimeline, buildTimeline, chromeTrace, runSummary, statsText, threadStats, type Timeline } from './timeline';

export type ComparedModelId = 'gil' | 'free-threaded' | 'processes';

export interface ComparedModel {
  id: ComparedModelId;
  python: PythonVersion;
  threadsAsProcesses: boolean;
  /** The CLI's name for it (the panel has localized ones). */
  label: string;
}

export const COMPARED_MODELS: readonly ComparedModel[] = [
  { id: 'gil', python: '3.11', threadsAsProcesses: false, label: '3.11 (GIL)' },
  { id: 'free-threaded', python: '3.13t', threadsAsProcesses: false, label: '3.13t (free-threaded, no GIL)' },
  { id: 'processes', python: '3.11', threadsAsProcesses: true, label: 'as processes (3.11 in each)' },
];

/** What the comparison says next to the processes' run: their memory is not shared. */
export const PROCESSES_NOTE = 'as processes: each thread\'s work runs in its own process; module globals are copied, not shared';

export interface ComparedStats {
  /** The program's simulated time, start to end. */
  wallNs: number;
  /** Time on a core: bytecode and C code, every thread of every process added up. */
  cpuNs: number;
  /** Time threads waited for the GIL (or for the switch). */
  gilWaitNs: number;
  /** The threads' own work one after another (runSummary): running, C code, I/O and sleep. */
  serialNs: number;
  /** serialNs / wallNs; null when there is nothing to compare (RunSummary.noSpeedup). */
  speedup: number | null;
}

export interface ComparedRun {
  model: ComparedModelId;
  python: PythonVersion;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Set when the run stopped on something it cannot model (such as "not comparable as processes"). */
  diagnostic: Diagnostic | null;
  /** From the program's start; a processes run has no holder lane (each process has its own GIL). */
  timeline: Timeline;
  stats: ComparedStats;
}

export interface Comparison {
  runs: ComparedRun[];
  /** The longest run's end: the shared time axis spans 0 to this. */
  endNs: number;
}

/** The run options a model adds to a comparison's runs (which also record their timelines). */
export function compareRunOptions(model: ComparedModel): { python: PythonVersion; threadsAsProcesses: boolean; recordTimeline: true } {
  return { python: model.python, threadsAsProcesses: model.threadsAsProcesses, recordTimeline: true };
}

/** One model's run (made with compareRunOptions) as the comparison shows it. */
export function comparedRun(model: ComparedModel, result: RunResult): ComparedRun {
  const processes = model.id === 'processes';
  const timeline = buildTimeline(result.events ?? [], result.processes, undefined, { endNs: result.elapsedNs, gil: model.id !== 'free-threaded' });
  // Each process holds a GIL of its own: one holder lane (the first process's) would say the wrong thing.
  if (processes) timeline.gil = [];
  const rows = threadStats(timeline);
  const summary = runSummary(timeline);
  return {
    model: model.id,
    python: model.python,
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
    diagnostic: result.diagnostic,
    timeline,
    stats: {
      wallNs: timeline.endNs,
      cpuNs: rows.reduce((s, r) => s + r.runningNs + r.nativeNs, 0),
      gilWaitNs: rows.reduce((s, r) => s + r.gilWaitNs, 0),
      serialNs: summary.serialNs,
      speedup: summary.speedup,
    },
  };
}

export function comparison(runs: ComparedRun[]): Comparison {
  return { runs, endNs: Math.max(1, ...runs.map((r) => r.timeline.endNs)) };
}

export function modelOf(id: ComparedModelId): ComparedModel {
  return COMPARED_MODELS.find((m) => m.id === id) as ComparedModel;
}

const ms = (ns: number) => `${(ns / 1e6).toFixed(2)} ms`;

/** The report `cpython-lens run FILE --compare` prints: each run's output, timelines on one axis, the table. */
export function comparisonText(c: Comparison, filename: string, width = 72): string {
  const out: string[] = [];
  for (const run of c.runs) {
    out.push(`==== ${modelOf(run.model).label}: output ====`);
    if (run.stdout) out.push(run.stdout.replace(/\n$/, ''));
    if (run.stderr) out.push(run.stderr.replace(/\n$/, ''));
    if (run.diagnostic && !run.stderr.includes(run.diagnostic.message)) out.push(`${filename}:${run.diagnostic.line}:${run.diagnostic.col + 1}: ${run.diagnostic.message}`);
    out.push('');
  }
  for (const run of c.runs) {
    out.push(`==== ${modelOf(run.model).label}: timeline ====`);
    out.push(asciiTimeline(run.timeline, width, { spanNs: c.endNs, processes: run.model === 'processes' }));
    out.push(statsText(run.timeline));
  }
  const header = ['model', 'wall', 'CPU', 'GIL wait', 'speedup vs serial'];
  const rows = c.runs.map((r) => [
    modelOf(r.model).label, ms(r.stats.wallNs), ms(r.stats.cpuNs), ms(r.stats.gilWaitNs),
    r.diagnostic ? `(${r.diagnostic.kind === 'Unsupported' ? 'stopped' : r.diagnostic.kind})` : r.stats.speedup === null ? '—' : `×${r.stats.speedup.toFixed(2)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  out.push('==== comparison (simulated time) ====', line(header), ...rows.map(line));
  out.push('wall: the program, start to end · CPU: bytecode and C code on the cores, all threads and processes · speedup: the serial estimate / wall (—: nothing to compare)');
  out.push(PROCESSES_NOTE, '');
  return out.join('\n');
}

/**
 * The three runs in one Chrome trace (Perfetto, chrome://tracing): each model's processes under pids of
 * their own (model k: k × 1,000,000 + the run's pid), named after the model, on the same time axis.
 */
export function comparisonChromeTrace(c: Comparison): { traceEvents: Record<string, unknown>[]; displayTimeUnit: 'ms' } {
  const traceEvents: Record<string, unknown>[] = [];
  c.runs.forEach((run, k) => {
    const label = modelOf(run.model).label;
    for (const e of chromeTrace(run.timeline).traceEvents) {
      const pid = (k + 1) * 1_000_000 + (e.pid as number);
      const renamed = e.ph === 'M' && e.name === 'process_name' ? { ...e, args: { name: `${label}: ${(e.args as { name: string }).name}` } } : e;
      traceEvents.push({ ...renamed, pid });
    }
  });
  return { traceEvents, displayTimeUnit: 'ms' };
}
