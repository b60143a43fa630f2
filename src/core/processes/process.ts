// One simulated OS process: its own interpreter (a Simulation with its own heap, refcounts,
// threads and GIL), its pid, its file descriptors, its buffered standard streams, and its journal
// of cross-process results. A forked child starts in `replay` mode: it re-runs the program from
// the start, answering cross-process calls from the journal it inherited, until the fork that
// made it returns 0 in it; from there it is `live`.

import type { Simulation } from '../simulation';
import type { VM } from '../vm/vm';
import { FdTable } from './pipes';
import { StdStreams } from './std-streams';
import { ReplayDiverged, type JournalEntry } from './journal';
import type { Machine } from './machine';

export type ProcessMode = 'replay' | 'live';

/** Thrown by os._exit(): the process ends at once, without the interpreter's shutdown. */
export class ProcessExit extends Error {
  constructor(readonly code: number) {
    super(`os._exit(${code})`);
  }
}

/** Thrown by the scheduler when no thread of the process can run now: the machine runs another process. */
export class ProcessIdle extends Error {
  constructor() {
    super('process idle');
  }
}

const processes = new WeakMap<VM, SimProcess>();

/** The process whose interpreter `vm` is (every run has one: the first process). */
export function processOf(vm: VM): SimProcess {
  const p = processes.get(vm);
  if (!p) throw new Error('internal: a VM outside any process');
  return p;
}

export class SimProcess {
  mode: ProcessMode;
  /** Cross-process results in issue order; a replaying child consumes them up to `replayEnd`. */
  readonly history: JournalEntry[];
  cursor = 0;
  /** Changes the machine made to its clock (cores shared), at which of its instructions: replayed by its children. */
  readonly clockAdjustments: { step: number; deltaNs: number }[] = [];
  fds: FdTable;
  /** The descriptors it inherits at the fork (installed when the replay reaches it). */
  fdsAtFork: FdTable | null = null;
  readonly streams: StdStreams;
  /** No thread can run until a timer or another process wakes one. */
  idle = false;
  /**
   * CPU time its start-up still needs before its next instruction (processes/costs.ts): the machine
   * spends it slice by slice, on the cores the processes share, before it runs the process's bytecode.
   */
  startUpNs = 0;
  /** waitpid status once it ended (exit code << 8, or the signal number), and whether its parent reaped it. */
  status: number | null = null;
  reaped = false;
  /** Notified when it ends, with the time its parent can see it. */
  readonly exitWatchers = new Set<(atNs: number) => void>();
  /** Instructions it ran while replaying its parent's run (not its own work). */
  replayedSteps = 0;
  /** Simulator object and frame id counters while another process runs (ids are per process). */
  savedIds: { objects: number; frames: number } = { objects: 1, frames: 1 };
  /** The name multiprocessing gives it (MainProcess, Process-1, ForkPoolWorker-2), for the timeline. */
  name: string;
  /** Its threads' states from the fork on, for the timeline (a child of a run that records its trace). */
  threadLog: import('../trace/event-log').EventLog | null = null;
  /** Clock time it started and ended (for the timeline). */
  startNs = 0;
  endNs: number | null = null;

  constructor(
    readonly machine: Machine,
    readonly pid: number,
    public ppid: number,
    readonly sim: Simulation,
    history: JournalEntry[],
    emit: (p: SimProcess, stream: 'stdout' | 'stderr', text: string) => void,
  ) {
    this.history = history;
    this.mode = history.length ? 'replay' : 'live';
    this.fds = new FdTable(this.mode === 'live');
    this.streams = new StdStreams((stream, text) => {
      if (this.mode === 'live') emit(this, stream, text);
    });
    this.name = pid === ppid ? 'MainProcess' : `pid ${pid}`;
    processes.set(sim.vm, this);
    sim.vm.streams = this.streams;
  }

  get vm(): VM {
    return this.sim.vm;
  }

  get exited(): boolean {
    return this.status !== null;
  }

  /**
   * The running thread spends `ns` of CPU starting the process up (multiprocessing's bootstrap): live, the
   * machine spends it next, the timeline showing the thread starting; replayed, the clock moves at once (the
   * live run's core sharing comes back from the journal of clock adjustments).
   */
  startUp(ns: number): void {
    if (this.mode === 'replay') {
      this.vm.clock.now += ns;
      return;
    }
    if (this.startUpNs === 0) this.vm.scheduler.recordStarting();
    this.startUpNs += ns;
    this.sim.yieldNow = true;
  }

  /** Replay: the next journal entry, which must be of `kind`. */
  consume(kind: string): JournalEntry {
    const entry = this.history[this.cursor++];
    if (!entry || entry.kind !== kind) throw new ReplayDiverged(kind, entry?.kind ?? 'end of journal');
    return entry;
  }

  /** A call answered at once: live, records `value()`; replayed, returns what it was. */
  journalValue<T>(kind: string, value: () => T): T {
    if (this.mode === 'replay') return this.consume(kind).value as T;
    const v = value();
    this.history.push({ kind, value: v, wakeAt: null, done: true });
    return v;
  }
}
