// The simulated machine above the interpreters: processes with pids, fork, pipes, waitpid and
// exit, run in parallel on the simulated cores by a deterministic discrete-event rule. Each
// process has its own virtual clock. The machine runs the process furthest behind in simulated
// time (an idle one — every thread waiting — counts at its next timer), until its clock passes the
// next one's by a quantum; cross-process effects (a pipe written, a child ended) reach the other
// process as a timer at the writer's time, so nothing is seen before it happened (up to the quantum).
// With more running processes than cores, they share the cores: their time runs slower by
// running/cores. A run that never forks is one process stepped as before.

import { reseedEntropyAfterFork } from '../runtime/entropy';
import type { CodeUnit } from '../compile/bytecode';
import type { VMOptions } from '../vm/vm';
import { Simulation } from '../simulation';
import { BudgetExceeded } from '../vm/errors';
import { getObjectIdCounter, setObjectIdCounter } from '../objects/object';
import { getFrameIdCounter, setFrameIdCounter } from '../vm/frame';
import { SimProcess, ProcessIdle } from './process';
import type { StreamName } from './std-streams';
import { MACHINE_QUANTUM_NS, MACHINE_SLICE_INSTRUCTIONS, ROOT_PID, FORK_NS, EXIT_TEARDOWN_NS, PARENT_AFTER_FORK_NS, CHILD_AFTER_FORK_NS } from './costs';
import { Pipe } from './pipes';
import { SharedMemory } from './shared-memory';
import { Semaphores } from './semaphores';
import { EventLog } from '../trace/event-log';

export interface OutputChunk {
  pid: number;
  stream: StreamName;
  text: string;
  timeNs: number;
  seq: number;
}

export class Machine {
  readonly processes: SimProcess[] = [];
  readonly root: SimProcess;
  readonly chunks: OutputChunk[] = [];
  /** multiprocessing's shared memory and semaphores: every process sees the same ones. */
  readonly sharedMemory = new SharedMemory();
  readonly semaphores = new Semaphores();
  private seq = 0;
  private nextPid = ROOT_PID + 1;
  private nextPipe = 1;
  /** The process whose interpreter's id counters are installed. */
  private current: SimProcess;

  constructor(
    private readonly source: string,
    private readonly unit: CodeUnit,
    private readonly options: VMOptions,
  ) {
    this.root = new SimProcess(this, ROOT_PID, ROOT_PID, new Simulation(source, unit, options), [], (p, s, t) => this.emit(p, s, t));
    this.root.ppid = 1;
    this.root.name = 'MainProcess';
    this.processes.push(this.root);
    this.current = this.root;
    this.root.sim.reportSyntaxWarnings(unit);
    // A timeline without the whole trace: the scheduler writes its thread and GIL events to a log of their own.
    if (options.recordTimeline && !options.recordTrace) this.root.vm.scheduler.threadLog = new EventLog();
  }

  get forked(): boolean {
    return this.processes.length > 1;
  }

  newPipe(): Pipe {
    return new Pipe(this.nextPipe++);
  }

  private readonly mailboxes = new Map<number, Pipe>();
  /** A pipe outside every descriptor table that any process can address by its id (a manager's connections). */
  newMailbox(): Pipe {
    const pipe = this.newPipe();
    pipe.readers = 1;
    pipe.writers = 1;
    this.mailboxes.set(pipe.id, pipe);
    return pipe;
  }

  mailbox(id: number): Pipe {
    const pipe = this.mailboxes.get(id);
    if (!pipe) throw new Error(`internal: no mailbox ${id}`);
    return pipe;
  }

  private emit(p: SimProcess, stream: StreamName, text: string): void {
    this.chunks.push({ pid: p.pid, stream, text, timeNs: p.vm.clock.now, seq: this.seq++ });
  }

  /** os.write(1, ...): straight to the descriptor, past the process's buffer. */
  rawWrite(p: SimProcess, stream: StreamName, text: string): void {
    this.emit(p, stream, text);
  }

  /** What the processes wrote to one stream, merged in time order. */
  merged(stream: StreamName): string {
    return this.chunks
      .filter((c) => c.stream === stream)
      .sort((a, b) => a.timeNs - b.timeNs || a.seq - b.seq)
      .map((c) => c.text)
      .join('');
  }

  // ---- fork ---------------------------------------------------------------------------------
  /**
   * os.fork() in a live process: a child that replays the parent's run from the start with the
   * parent's journal, up to this fork (which returns 0 in it). Returns the child's pid.
   */
  fork(parent: SimProcess): SimProcess {
    const pid = this.nextPid++;
    const history = parent.history.map((e) => ({ ...e }));
    history.push({ kind: 'fork', value: 0, wakeAt: null, done: true });
    parent.history.push({ kind: 'fork', value: pid, wakeAt: null, done: true });
    const saved = this.saveIds();
    setObjectIdCounter(1);
    setFrameIdCounter(1);
    const childOptions: VMOptions = { ...this.options, recordTrace: false };
    const child = new SimProcess(this, pid, parent.pid, new Simulation(this.source, this.unit, childOptions), history, (p, s, t) => this.emit(p, s, t));
    child.fdsAtFork = parent.fds.forkCopy();
    child.name = `pid ${pid}`;
    this.processes.push(child);
    child.clockAdjustments.push(...parent.clockAdjustments);
    // The replay: the child runs its parent's program until its own os.fork() returned 0, with the
    // same changes to its clock at the same instructions (the cores shared with other processes).
    let adjusted = 0;
    const adjustments = child.clockAdjustments;
    while (child.mode === 'replay') {
      while (adjusted < adjustments.length && adjustments[adjusted].step === child.vm.steps) child.vm.clock.now += adjustments[adjusted++].deltaNs;
      if (!child.sim.step()) {
        const why = child.sim.result().stderr.trim().split('\n').pop() ?? '';
        throw new Error(`internal: a forked child ended while replaying its parent's run (${why})`);
      }
    }
    child.savedIds = this.saveIds();
    this.restoreIds(saved);
    parent.sim.yieldNow = true;
    return child;
  }

  /** Called in the child when its replay reaches the fork: from here it is a process of its own. */
  diverge(child: SimProcess): void {
    child.mode = 'live';
    child.fds = child.fdsAtFork as NonNullable<typeof child.fdsAtFork>;
    child.fdsAtFork = null;
    child.replayedSteps = child.vm.steps;
    child.vm.scheduler.onIdle = () => {
      throw new ProcessIdle();
    };
    this.childSideOfFork(child);
    child.startNs = child.vm.clock.now;
    // time.process_time in the child counts from its fork.
    child.vm.scheduler.cpuBaseNs = 0;
    child.vm.scheduler.cpuBaseNs = child.vm.scheduler.cpuTimeNs();
    if (this.options.recordTrace || this.options.recordTimeline) {
      child.threadLog = new EventLog();
      child.vm.scheduler.restartTimeline(child.threadLog, child.startNs);
    }
    // Its start-up until its own fork() returns 0, spent by the machine before the child's next instruction.
    child.startUp(CHILD_AFTER_FORK_NS);
  }

  /** What a fork does to the child's side: only the forking thread goes on; the fork's time. */
  private childSideOfFork(child: SimProcess): void {
    // From here the child reads a randomness of its own (the fork's place in the journal sets it apart).
    reseedEntropyAfterFork(child.vm, child.cursor);
    child.vm.scheduler.freezeOthers();
    child.vm.scheduler.beginTimeline(child.vm.clock.now);
    child.vm.clock.now += FORK_NS;
  }

  /** An earlier fork of the run a child replays, on the child's side: the fork's time and the start-up the live child spent. */
  replayChildSideOfFork(child: SimProcess): void {
    this.childSideOfFork(child);
    child.vm.clock.now += CHILD_AFTER_FORK_NS;
  }

  /** The parent's side of a fork (live, or replayed in a later child): from now on the processes run under the machine's rule. */
  afterForkInParent(parent: SimProcess): void {
    parent.vm.scheduler.beginTimeline(0);
    parent.vm.clock.now += FORK_NS + PARENT_AFTER_FORK_NS;
    if (parent.mode === 'replay') return;
    for (const p of this.processes) {
      p.vm.scheduler.onIdle ??= () => {
        throw new ProcessIdle();
      };
    }
  }

  // ---- exit and signals ---------------------------------------------------------------------
  /** The process ended (its run finished, os._exit, or a signal): close its descriptors, tell its parent. */
  private exit(p: SimProcess, status: number, flush: boolean): void {
    if (p.exited) return;
    const now = p.vm.clock.now;
    if (flush) p.streams.flushAll();
    p.status = status;
    p.endNs = now;
    if (this.forked) p.vm.scheduler.endTimeline(now);
    p.fds.closeAll(now);
    for (const w of [...p.exitWatchers]) w(now + EXIT_TEARDOWN_NS);
    // Orphans are reparented to init.
    for (const c of this.processes) if (c.ppid === p.pid && !c.exited) c.ppid = 1;
  }

  /** os.kill(pid, sig): the default action of SIGTERM/SIGKILL ends the process at once. */
  kill(target: SimProcess, signal: number, atNs: number): void {
    if (target.exited) return;
    target.vm.clock.now = Math.max(target.vm.clock.now, atNs);
    target.sim.abandon();
    this.exit(target, signal, false);
  }

  find(pid: number): SimProcess | undefined {
    return this.processes.find((p) => p.pid === pid);
  }

  // ---- running ------------------------------------------------------------------------------
  /**
   * Runs until the first process ran `maxInstructions` more instructions (its step numbers are the
   * trace's), or the processes together ran that many, or every process ended (then false).
   */
  advance(maxInstructions: number): boolean {
    const root = this.root;
    const rootTarget = root.vm.steps + maxInstructions;
    let work = 0;
    while (work < maxInstructions && root.vm.steps < rootTarget) {
      if (!this.forked) {
        work += Math.max(this.runSlice(root, rootTarget - root.vm.steps, Infinity), 1);
        if (root.exited) return false;
        continue;
      }
      const live = this.processes.filter((p) => !p.exited);
      if (!live.length) return false;
      let best: SimProcess | null = null;
      let bestAt = Infinity;
      let nextAt = Infinity;
      for (const p of live) {
        const at = this.readyAt(p);
        if (at < bestAt) {
          nextAt = bestAt;
          bestAt = at;
          best = p;
        } else if (at < nextAt) nextAt = at;
      }
      if (!best) {
        this.deadlock();
        return false;
      }
      if (best.idle) {
        best.idle = false;
        best.vm.clock.now = Math.max(best.vm.clock.now, bestAt);
      }
      const running = live.filter((p) => !p.idle).length;
      const cores = best.vm.scheduler.cores;
      const start = best.vm.clock.now;
      const cap = Math.min(MACHINE_SLICE_INSTRUCTIONS, maxInstructions - work, best === root ? rootTarget - root.vm.steps : Infinity);
      const n = this.runSlice(best, cap, nextAt + MACHINE_QUANTUM_NS);
      // More running processes than cores: each gets cores/running of a core. Journaled (by
      // instruction) for the process's future children, whose replay must see the same clock.
      if (running > cores && !best.exited) {
        const stretched = start + Math.round(((best.vm.clock.now - start) * running) / cores);
        const deltaNs = stretched - best.vm.clock.now;
        if (deltaNs) best.clockAdjustments.push({ step: best.vm.steps, deltaNs });
        best.vm.clock.now = stretched;
      }
      work += Math.max(n, 1);
    }
    return this.processes.some((p) => !p.exited);
  }

  /** When the process can next do something: now if it runs, else its next timer (Infinity: only another process can wake it). */
  private readyAt(p: SimProcess): number {
    if (!p.idle) return p.vm.clock.now;
    return p.vm.scheduler.timers.nextTime() ?? Infinity;
  }

  private runSlice(p: SimProcess, maxInstructions: number, untilNs: number): number {
    this.enter(p);
    if (p.startUpNs > 0) {
      this.startUpSlice(p, untilNs);
      return 0;
    }
    const sim = p.sim;
    sim.yieldNow = false;
    const before = sim.vm.steps;
    sim.runSlice(maxInstructions, untilNs);
    if (sim.idle) {
      sim.idle = false;
      p.idle = true;
    }
    // A wait status: the exit code in the second byte, or the signal the process died by in the first.
    if (sim.isDone && !p.exited) this.exit(p, sim.exitSignalNow || (sim.exitCodeNow & 0xff) << 8, !sim.endedByOsExit);
    return sim.vm.steps - before;
  }

  /**
   * Part of a process's start-up, up to the next process's time (at least a quantum): spent in pieces, its
   * time runs slower like any other while more processes than cores run.
   */
  private startUpSlice(p: SimProcess, untilNs: number): void {
    const ns = Math.min(p.startUpNs, Math.max(untilNs - p.vm.clock.now, MACHINE_QUANTUM_NS));
    p.vm.clock.now += ns;
    p.startUpNs -= ns;
    if (p.startUpNs === 0) p.vm.scheduler.recordStarted();
  }

  /** Every process still alive waits for another: CPython would hang. */
  private deadlock(): void {
    const e = new BudgetExceeded('deadlock: every process is waiting for another one and nothing can wake them (CPython would hang here)');
    for (const p of this.processes) {
      if (p.exited) continue;
      this.enter(p);
      if (p === this.root) p.sim.abort(e);
      else p.sim.abandon();
      // The first process's output so far (the diagnostic included) is kept.
      this.exit(p, 9, p === this.root);
    }
  }

  private saveIds(): { objects: number; frames: number } {
    return { objects: getObjectIdCounter(), frames: getFrameIdCounter() };
  }
  private restoreIds(ids: { objects: number; frames: number }): void {
    setObjectIdCounter(ids.objects);
    setFrameIdCounter(ids.frames);
  }
  /** Installs `p`'s id counters (object and frame ids are per process, as addresses are). */
  enter(p: SimProcess): void {
    if (p === this.current) return;
    this.current.savedIds = this.saveIds();
    this.restoreIds(p.savedIds);
    this.current = p;
  }

  /** Total instructions the processes ran (a child's replay of its parent's run not counted). */
  get steps(): number {
    return this.processes.reduce((sum, p) => sum + p.vm.steps - p.replayedSteps, 0);
  }
}
