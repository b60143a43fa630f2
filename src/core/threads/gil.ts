// The GIL as CPython ≥ 3.2 implements it ("new GIL", Python/ceval_gil.c: take_gil, drop_gil).
// A thread that finds it locked waits on a condition variable for one switch interval at a time;
// when such a wait times out and no switch happened meanwhile (switch_number unchanged), it sets
// gil_drop_request, which the holder sees at its next eval-breaker check (vm.ts). The holder then
// drops the GIL, which signals one waiter, and — FORCE_SWITCHING, always defined on Linux — waits
// until another thread took it before asking for it again. A thread entering a blocking call
// (Py_BEGIN_ALLOW_THREADS) drops it without waiting and takes it back when the call returns
// (Py_END_ALLOW_THREADS), which costs up to an interval when a CPU-bound thread holds it:
// the convoy effect (bpo-7946) comes out of these rules.

import type { ThreadState, ThreadStatus } from './thread-state';
import type { TimerQueue, Timer } from './timers';
import type { GilAction } from '../trace/events';
import { TIMER_SLACK_NS, WAKE_LATENCY_NS } from './cost-model';

/** What the GIL needs from the scheduler. */
export interface GilHost {
  readonly timers: TimerQueue;
  now(): number;
  setStatus(t: ThreadState, status: ThreadStatus): void;
  recordGil(action: GilAction, t: ThreadState): void;
}

export class Gil {
  /** gil->locked and the thread holding it. */
  holder: ThreadState | null = null;
  /** gil->last_holder: the last thread that took it (FORCE_SWITCHING compares it). */
  lastHolder: ThreadState | null = null;
  /** gil->switch_number: how many times the GIL changed hands. */
  switchNumber = 0;
  /** ceval2->gil_drop_request. */
  dropRequest = false;
  /** gil->interval in µs (sys.setswitchinterval): 5000 by default. */
  intervalUs = 5000;
  /** Threads in take_gil's COND_TIMED_WAIT, in arrival order (a signal wakes the first). */
  private readonly waiters: ThreadState[] = [];
  private readonly waitTimers = new Map<ThreadState, Timer>();
  /** Droppers waiting on switch_cond until last_holder changes (FORCE_SWITCHING). */
  private readonly switchWaiters: ThreadState[] = [];
  /** Drop requests and forced switches, for the statistics. */
  dropRequests = 0;
  forcedSwitches = 0;

  constructor(private readonly host: GilHost) {}

  get locked(): boolean {
    return this.holder !== null;
  }

  /** take_gil: the GIL at once if it is free, else a timed wait of one interval. */
  take(t: ThreadState): void {
    if (!this.locked) {
      this.acquire(t);
      return;
    }
    this.host.setStatus(t, 'gil-wait');
    this.waiters.push(t);
    this.armTimedWait(t);
  }

  /**
   * drop_gil: unlock and signal one waiter (it runs after a wake-up latency, if the GIL is still
   * free then). `onRequest`: dropped at the eval breaker because gil_drop_request was set; the
   * dropper then waits for the switch, and asks for the GIL again once it happened.
   */
  drop(t: ThreadState, onRequest: boolean): void {
    this.holder = null;
    this.host.recordGil('drop', t);
    const woken = this.waiters[0];
    if (woken) {
      this.host.timers.add(this.host.now() + WAKE_LATENCY_NS, () => {
        if (!this.locked && this.waiters.includes(woken)) this.acquire(woken);
      });
    }
    if (!onRequest) return;
    if (woken && this.lastHolder === t) {
      this.dropRequest = false;
      this.forcedSwitches++;
      this.host.setStatus(t, 'switch-wait');
      this.host.recordGil('forced-switch', t);
      this.switchWaiters.push(t);
    } else {
      this.dropRequest = false;
      this.take(t);
    }
  }

  /** Forgets a thread that will never run again (a daemon thread at exit). */
  forget(t: ThreadState): void {
    this.removeWaiter(t);
    const i = this.switchWaiters.indexOf(t);
    if (i >= 0) this.switchWaiters.splice(i, 1);
  }

  private armTimedWait(t: ThreadState): void {
    t.savedSwitchNumber = this.switchNumber;
    const interval = Math.max(this.intervalUs, 1) * 1000;
    this.waitTimers.set(t, this.host.timers.add(this.host.now() + interval + TIMER_SLACK_NS, () => this.timedWaitExpired(t)));
  }

  /** COND_TIMED_WAIT returned with timed_out: request a drop if nobody switched meanwhile, and wait again. */
  private timedWaitExpired(t: ThreadState): void {
    this.waitTimers.delete(t);
    if (!this.locked) {
      this.acquire(t);
      return;
    }
    if (this.switchNumber === t.savedSwitchNumber && !this.dropRequest) {
      this.dropRequest = true;
      this.dropRequests++;
      this.host.recordGil('drop-request', t);
    }
    this.armTimedWait(t);
  }

  /** _ready: in take_gil. */
  private acquire(t: ThreadState): void {
    this.removeWaiter(t);
    this.holder = t;
    this.lastHolder = t;
    this.switchNumber++;
    this.dropRequest = false;
    this.host.setStatus(t, 'running');
    this.host.recordGil('take', t);
    // COND_SIGNAL(gil->switch_cond): droppers waiting for this switch ask for the GIL again.
    const released = this.switchWaiters.splice(0).filter((w) => w !== t);
    for (const w of released) this.take(w);
  }

  private removeWaiter(t: ThreadState): void {
    const i = this.waiters.indexOf(t);
    if (i >= 0) this.waiters.splice(i, 1);
    const timer = this.waitTimers.get(t);
    if (timer) {
      timer.cancelled = true;
      this.waitTimers.delete(t);
    }
  }
}
