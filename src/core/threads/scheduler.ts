// Which thread runs. The VM holds the running thread's registers (frame, handled exception,
// depth); the scheduler saves and restores them when the GIL changes hands, fires due timers
// before each instruction, and when no thread can run, moves the virtual clock to the next
// timer (every thread asleep or blocked). Single-threaded programs never get here unless they
// block (time.sleep): vm.threaded stays false and step() is as before. The free-threaded build
// (3.13t) has no GIL (no-gil.ts): its runnable threads run in parallel, interleaved by their own
// clocks (parallel.ts).

import type { VM } from '../vm/vm';
import { refreshHooked } from '../vm/tracing';
import { userLine, type NativeFrame, type Frame } from '../vm/frame';
import { BudgetExceeded } from '../vm/errors';
import { VirtualClock } from './clock';
import { TimerQueue, type Timer } from './timers';
import { Gil } from './gil';
import { NoGil } from './no-gil';
import { furthestBehind, runnableCount, coreShareSlowdown } from './parallel';
import { ThreadState, identFor, type ThreadStatus, type BlockReason, type WakeOutcome } from './thread-state';
import { TIMER_SLACK_NS, WAKE_LATENCY_NS, DEFAULT_CORES } from './cost-model';
import type { GilAction } from '../trace/events';
import { CoreSharing } from './core-sharing';
import { computeHoldingGil, type ComputingCall } from './native-work';
import type { EventLog } from '../trace/event-log';
import { Cause } from '../trace/events';

/** What a blocking call waits for; the scheduler parks the thread until it is woken or times out. */
export interface BlockingCall {
  reason: BlockReason;
  /** Absolute simulated time (ns) at which the wait gives up, or null for no timeout. */
  deadline: number | null;
  /** Registers the thread with what can wake it early (a lock's waiter list). */
  register?(t: ThreadState): void;
  /** The deadline passed: unregister, and say what the call returns. */
  timedOut(t: ThreadState): WakeOutcome;
}

export class Scheduler {
  readonly clock = new VirtualClock();
  readonly timers = new TimerQueue();
  readonly gil: Gil | NoGil;
  /** 3.13t: no GIL, threads run in parallel on the cores. */
  readonly parallel: boolean;
  /** Parallel runs: the thread that executed the last instruction, and its clock when it began. */
  private runner: ThreadState | null = null;
  private runnerStartNs = 0;
  readonly threads: ThreadState[] = [];
  readonly main: ThreadState;
  /** The thread whose registers the VM holds. */
  current: ThreadState;
  /** > 0 while nothing may switch threads: nested runs on the JS stack, interpreter shutdown. */
  pinned = 0;
  cores = DEFAULT_CORES;
  /**
   * The cores C code running without the GIL shares (core-sharing.ts). In parallel runs the shared
   * clock moves between the threads' own clocks; the jobs see the latest time reached.
   */
  readonly coreSharing = new CoreSharing(this.timers, () => this.coreSharingNow(), () => this.cores);
  private latestNs = 0;
  private readonly blockTimers = new Map<ThreadState, Timer>();
  /** Threads whose status is `running` (they occupy a core). */
  private runners = 0;
  /** Set once the program has other processes: when no thread can run now, the machine runs another process (it throws). */
  onIdle: (() => void) | null = null;
  /** Called when a thread ends (threading releases its join lock). */
  onThreadEnd: ((t: ThreadState) => void) | null = null;

  constructor(private readonly vm: VM) {
    this.parallel = vm.options.version.freeThreading !== null;
    this.gil = this.parallel
      ? new NoGil({ now: () => this.clock.now, setStatus: (t, s) => this.setStatus(t, s) })
      : new Gil({
        timers: this.timers,
        now: () => this.clock.now,
        setStatus: (t, s) => this.setStatus(t, s),
        recordGil: (action, t) => this.recordGil(action, t),
      });
    this.main = new ThreadState(0, identFor(0), 'MainThread');
    this.threads.push(this.main);
    this.current = this.main;
    this.gil.take(this.main);
  }

  // ---- threads ---------------------------------------------------------------------------
  /** A new OS thread (t_bootstrap): it asks for the GIL once the OS started it. */
  spawn(name: string, firstFrame: Frame): ThreadState {
    this.beginTimeline();
    const t = new ThreadState(this.threads.length, identFor(this.threads.length), name);
    t.since = this.clock.now;
    firstFrame.back = null;
    t.frame = firstFrame;
    t.depth = 1;
    this.threads.push(t);
    this.record(t, 'start', name);
    this.setStatus(t, 'blocked', 'start');
    this.timers.add(this.clock.now + WAKE_LATENCY_NS, () => this.gil.take(t));
    return t;
  }

  /**
   * From now on the scheduler steps the threads and records their states: a second thread, or a
   * second process, appeared. The main thread has been running since `sinceNs`.
   */
  beginTimeline(sinceNs = this.clock.now): void {
    if (this.timelineBegun) return;
    this.timelineBegun = true;
    this.vm.threaded = true;
    this.record(this.main, 'start', this.main.name, sinceNs);
    this.record(this.main, 'running', '', sinceNs);
    if (this.gil.holder === this.main) this.recordGil('take', this.main, sinceNs);
  }
  private timelineBegun = false;

  /** A forked child records its own timeline from the fork on, into `log`. */
  restartTimeline(log: EventLog, sinceNs: number): void {
    this.threadLog = log;
    this.timelineBegun = false;
    this.beginTimeline(sinceNs);
  }

  /**
   * The running thread's process starts up (processes/costs.ts: a forked child's start-up, multiprocessing's
   * bootstrap): CPU time of the process, which the timeline shows as the thread starting, until recordStarted.
   */
  recordStarting(): void {
    this.record(this.current, 'blocked', 'start');
  }
  recordStarted(): void {
    this.record(this.current, 'running', '');
  }

  /** What time.process_time counts from: a forked child's CPU time starts at its fork (set by the machine). */
  cpuBaseNs = 0;

  /** The process ended: its threads are done. */
  endTimeline(atNs: number): void {
    for (const t of this.threads) if (t.status !== 'done' && !t.frozen) this.record(t, 'done', '', atNs);
  }
  /** Where thread and GIL events go when the heap does not record (a forked child's timeline only). */
  threadLog: EventLog | null = null;

  /** The running thread returned from its bootstrap: it releases the GIL for good. */
  endCurrent(): void {
    const t = this.current;
    // 3.13t: an exiting thread merges what other threads queued to it (_Py_brc_remove_thread).
    this.vm.heap.mergeQueued(t.serial);
    // PyThreadState_Clear: the thread's dict goes with it.
    if (t.dict) {
      const dict = t.dict;
      t.dict = null;
      this.vm.decref(dict, Cause.Internal, 'tstate->dict');
    }
    // 3.13t: the thread state's teardown is C code on the finishing thread's core; join sees the thread
    // done (its sentinel lock released) only once it is over.
    const teardownNs = this.parallel && t !== this.main ? this.vm.options.version.freeThreading?.threadTeardownNs ?? 0 : 0;
    if (teardownNs > 0) {
      this.setStatus(t, 'native', 'thread teardown');
      this.coreSharing.start(teardownNs, () => this.finish(t));
      return;
    }
    this.finish(t);
  }

  private finish(t: ThreadState): void {
    this.gil.drop(t, false);
    this.setStatus(t, 'done');
    this.onThreadEnd?.(t);
  }

  /**
   * threading names the thread (`Thread-1 (work)`, its `name=`, or a later `t.name = ...`): the timeline's
   * lanes and the editor's marks read the name from this event, the thread's state is unchanged.
   */
  rename(t: ThreadState, name: string): void {
    if (t.name === name) return;
    t.name = name;
    this.record(t, 'name', name);
  }

  /** The threads still running or able to run (threading.active_count counts these). */
  alive(): ThreadState[] {
    return this.threads.filter((t) => t.status !== 'done');
  }

  /** At exit, after threading._shutdown: daemon threads never run again. */
  freezeOthers(): void {
    for (const t of this.threads) {
      if (t === this.main || t.status === 'done') continue;
      t.frozen = true;
      this.gil.forget(t);
      const timer = this.blockTimers.get(t);
      if (timer) timer.cancelled = true;
    }
    if (this.gil instanceof Gil && this.gil.holder && this.gil.holder !== this.main) this.gil.holder = null;
    if (this.current !== this.main) this.switchTo(this.main);
  }

  // ---- blocking calls ----------------------------------------------------------------------
  /**
   * The running thread enters a blocking call (Py_BEGIN_ALLOW_THREADS): `native` is parked on its
   * stack, the GIL is dropped, and the call's result comes back when the thread runs again.
   * When threads cannot switch (pinned), the wait happens at once: the clock jumps to its deadline.
   */
  block(native: NativeFrame, call: BlockingCall): void {
    const t = this.current;
    if (this.pinned) {
      this.vm.resumeNative(native, this.waitPinned(t, call));
      return;
    }
    this.vm.threaded = true;
    t.parked = native;
    this.setStatus(t, 'blocked', call.reason);
    this.gil.drop(t, false);
    call.register?.(t);
    if (call.deadline !== null) {
      this.blockTimers.set(t, this.timers.add(Math.max(call.deadline, this.clock.now), () => {
        this.blockTimers.delete(t);
        this.wake(t, call.timedOut(t));
      }));
    }
  }

  /**
   * The running thread runs C code without the GIL (native-work.ts): it drops the GIL, is `native`
   * on a shared core until the work is done (core-sharing.ts), then asks for the GIL back.
   * Pinned, the work happens with the GIL held.
   */
  compute(native: NativeFrame, call: ComputingCall): void {
    const t = this.current;
    if (this.pinned) {
      computeHoldingGil(this.vm, call.workNs);
      this.vm.resumeNative(native, { value: this.vm.none });
      return;
    }
    this.vm.threaded = true;
    t.parked = native;
    this.setStatus(t, 'native', call.label);
    this.gil.drop(t, false);
    this.coreSharing.start(call.workNs, () => this.wake(t, { value: this.vm.none }));
  }

  /** A blocking wait where no other thread can run: it can only time out. */
  waitPinned(t: ThreadState, call: BlockingCall): WakeOutcome {
    if (call.deadline === null) throw this.deadlock();
    this.clock.now = Math.max(this.clock.now, call.deadline);
    return call.timedOut(t);
  }

  /** The blocking call of `t` is over (Py_END_ALLOW_THREADS): it asks for the GIL back. */
  wake(t: ThreadState, outcome: WakeOutcome): void {
    if (t.frozen || (t.status !== 'blocked' && t.status !== 'native')) return;
    const timer = this.blockTimers.get(t);
    if (timer) {
      timer.cancelled = true;
      this.blockTimers.delete(t);
    }
    t.resumeWith = outcome;
    this.gil.take(t);
  }

  /** Runs `fire` after `delayNs` of simulated time. */
  after(delayNs: number, fire: () => void): Timer {
    return this.timers.add(this.clock.now + delayNs, fire);
  }

  /** The deadline of a sleep or timed wait of `seconds` starting now (timer slack included). */
  deadlineAfter(seconds: number): number {
    return this.clock.now + Math.round(seconds * 1e9) + TIMER_SLACK_NS;
  }

  // ---- the step loop -----------------------------------------------------------------------
  /**
   * Before each instruction: fire due timers, make the GIL holder the running thread (resuming a
   * finished blocking call), or, when nobody holds the GIL, move the clock to the next timer.
   */
  prepare(): void {
    if (this.pinned) return;
    if (this.parallel) return this.prepareParallel();
    for (;;) {
      for (let timer = this.timers.takeDue(this.clock.now); timer; timer = this.timers.takeDue(this.clock.now)) timer.fire();
      const holder = this.gil.holder;
      if (holder) {
        if (holder !== this.current) this.switchTo(holder);
        const outcome = holder.resumeWith;
        if (outcome) {
          const native = holder.parked as NativeFrame;
          holder.resumeWith = null;
          holder.parked = null;
          this.vm.resumeNative(native, outcome);
          continue;
        }
        if (holder.status === 'running') return;
        continue;
      }
      const next = this.timers.nextTime();
      if (next === null && this.current === this.main && this.main.status === 'done') return;
      this.onIdle?.();
      if (next === null) throw this.deadlock();
      this.clock.now = Math.max(this.clock.now, next);
    }
  }

  /**
   * Before each instruction without a GIL: the last instruction's cost goes to its thread's own clock
   * (longer when the runnable threads outnumber the cores), timers due by the time of the thread
   * furthest behind fire, then that thread runs (parallel.ts).
   */
  private prepareParallel(): void {
    const ran = this.runner;
    if (ran) {
      this.runner = null;
      // Threads running bytecode and C code without the GIL (core-sharing.ts) compete for the cores.
      const slowdown = coreShareSlowdown(runnableCount(this.threads) + this.coreSharing.active, this.cores);
      if (ran.status === 'running') ran.localNs = this.runnerStartNs + Math.round((this.clock.now - this.runnerStartNs) * slowdown);
    } else if (this.current.status === 'running') {
      // The first parallel step (a thread was just started): the running thread's clock is the shared one.
      this.current.localNs = Math.max(this.current.localNs, this.clock.now);
    }
    for (;;) {
      const next = furthestBehind(this.threads);
      const horizon = next ? next.localNs : this.timers.nextTime();
      if (!next && (horizon === null || horizon > this.clock.now)) {
        if (horizon === null && this.current === this.main && this.main.status === 'done') return;
        // Nothing can run before the next timer: another process may (processes/machine.ts), as in prepare().
        this.onIdle?.();
        if (horizon === null) throw this.deadlock();
      }
      const timer = this.timers.takeDue(horizon as number);
      if (timer) {
        this.clock.now = timer.time;
        timer.fire();
        continue;
      }
      if (!next) continue;
      if (next !== this.current) this.switchTo(next);
      this.clock.now = next.localNs;
      const outcome = next.resumeWith;
      if (outcome) {
        const native = next.parked as NativeFrame;
        next.resumeWith = null;
        next.parked = null;
        this.vm.resumeNative(native, outcome);
        if (next.status === 'running') next.localNs = this.clock.now;
        continue;
      }
      this.runner = next;
      this.runnerStartNs = this.clock.now;
      return;
    }
  }

  private coreSharingNow(): number {
    if (!this.parallel) return this.clock.now;
    this.latestNs = Math.max(this.latestNs, this.clock.now);
    return this.latestNs;
  }

  /** The time on `t`'s clock: the shared clock, or in a parallel run its own while another runs. */
  threadNow(t: ThreadState): number {
    return this.parallel && t !== this.current ? t.localNs : this.clock.now;
  }

  /** CPU time of the process: what its threads spent running bytecode or C code without the GIL (time.process_time). */
  cpuTimeNs(): number {
    let sum = -this.cpuBaseNs;
    for (const t of this.threads) {
      const busy = t.status === 'running' || t.status === 'native';
      sum += t.timeIn.running + t.timeIn.native + (busy ? this.threadNow(t) - t.since : 0);
    }
    return sum;
  }

  /** Whether the running thread's next eval-breaker check has something to do. */
  get evalBreakerPending(): boolean {
    return this.gil.dropRequest || (this.parallel && this.vm.heap.biased !== null && this.vm.heap.biased.hasQueued(this.current.serial));
  }

  /** At an eval-breaker check: 3.13t's biased-count queue is merged; gil_drop_request drops the GIL. */
  handleEvalBreaker(): void {
    if (this.parallel) {
      this.vm.heap.mergeQueued(this.current.serial);
      return;
    }
    if (this.pinned) return;
    this.gil.drop(this.current, true);
  }

  private switchTo(t: ThreadState): void {
    const vm = this.vm;
    const from = this.current;
    from.frame = vm.frame;
    from.excInfo = vm.excInfo;
    from.excOuter = vm.excOuter;
    from.depth = vm.depth;
    vm.frame = t.frame;
    vm.excInfo = t.excInfo;
    vm.excOuter = t.excOuter;
    vm.depth = t.depth;
    t.frame = null;
    t.excInfo = null;
    t.excOuter = [];
    this.current = t;
    // Each thread has its own trace and profile functions (tstate->c_traceobj, c_profileobj).
    vm.hooks = t.hooks;
    refreshHooked(vm);
    vm.heap.thread = t.serial;
    // What this thread records from now on happens on its own line: execute() sets the line only when it
    // changes within a frame, so a thread resuming mid-line would otherwise inherit the other thread's.
    const line = userLine(vm.frame);
    if (line > 0) vm.heap.line = line;
  }

  private deadlock(): BudgetExceeded {
    return new BudgetExceeded('deadlock: every thread is blocked and nothing can wake them (CPython would hang here)');
  }

  // ---- state changes and their events --------------------------------------------------------
  setStatus(t: ThreadState, status: ThreadStatus, detail = ''): void {
    const now = this.clock.now;
    if ((t.status === 'running') !== (status === 'running')) this.coreSharing.setRunners(this.runners += status === 'running' ? 1 : -1);
    // Parallel runs: a thread that stops running leaves its clock where the change happened.
    if (this.parallel && t.status === 'running' && t === this.runner) this.runner = null;
    t.timeIn[t.status] += now - t.since;
    t.since = now;
    t.status = status;
    t.blockedOn = status === 'blocked' ? (detail as BlockReason) : null;
    this.record(t, status, detail);
  }

  private record(t: ThreadState, state: ThreadStatus | 'start' | 'name', detail: string, timeNs = this.clock.now): void {
    const heap = this.vm.heap;
    const log = this.threadLog ?? (heap.recording ? heap.events : null);
    if (!log || !this.vm.threaded) return;
    log.push({ kind: 'thread', step: this.vm.steps, thread: t.serial, state, detail, timeNs, line: heap.line });
  }

  private recordGil(action: GilAction, t: ThreadState, timeNs = this.clock.now): void {
    const heap = this.vm.heap;
    const log = this.threadLog ?? (heap.recording ? heap.events : null);
    if (!log || !this.vm.threaded) return;
    log.push({ kind: 'gil', step: this.vm.steps, action, thread: t.serial, timeNs, line: heap.line });
  }
}

