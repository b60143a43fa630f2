// The free-threaded build (3.13t, PEP 703) has no GIL: a thread that may run, runs. This stands
// in for the Gil (gil.ts) with the same entry points, so the scheduler, the blocking calls and
// sys.setswitchinterval work unchanged: taking it makes the thread runnable at once, dropping it
// does nothing, nobody ever waits for it and it records no GIL events. Which runnable thread
// executes the next instruction is the parallel rule's business (parallel.ts).

import type { ThreadState, ThreadStatus } from './thread-state';

export interface NoGilHost {
  now(): number;
  setStatus(t: ThreadState, status: ThreadStatus): void;
}

export class NoGil {
  /** Nobody holds it: the scheduler picks among every running thread. */
  readonly holder: ThreadState | null = null;
  readonly locked = false;
  readonly dropRequest = false;
  /** sys.setswitchinterval still stores its value in 3.13t (nothing reads it without a GIL). */
  intervalUs = 5000;
  readonly dropRequests = 0;
  readonly forcedSwitches = 0;

  constructor(private readonly host: NoGilHost) {}

  /** The thread runs from now on, on its own clock. */
  take(t: ThreadState): void {
    t.localNs = this.host.now();
    this.host.setStatus(t, 'running');
  }

  drop(_t: ThreadState, _onRequest: boolean): void {}

  forget(_t: ThreadState): void {}
}
