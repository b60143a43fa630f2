// One simulated OS thread (CPython's PyThreadState): its own frame stack, handled exception and
// recursion depth, what it is doing, and how long it spent doing it.

import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import type { AnyFrame, NativeFrame } from '../vm/frame';
import type { PyError } from '../vm/errors';

/**
 * - `running`: holds the GIL and executes bytecode;
 * - `gil-wait`: in take_gil, waiting for the GIL (timed waits of the switch interval);
 * - `switch-wait`: dropped the GIL on request and waits until another thread took it (FORCE_SWITCHING);
 * - `blocked`: in a blocking call with the GIL released (sleep, a lock, I/O, a join);
 * - `native`: running C code with the GIL released (hashlib, zlib, numpy kernels), on a simulated core;
 * - `done`: finished.
 */
export type ThreadStatus = 'running' | 'gil-wait' | 'switch-wait' | 'blocked' | 'native' | 'done';
export const THREAD_STATUSES: readonly ThreadStatus[] = ['running', 'gil-wait', 'switch-wait', 'blocked', 'native', 'done'];

/** What a blocked thread waits for; `start`: the OS has not started it yet. */
/** `process`: waiting for another process (a pipe to read, a child to end), which is its work, not this thread's. */
export type BlockReason = 'sleep' | 'lock' | 'io' | 'process' | 'start';

/** How a blocking call ends: the value its native code gets back, or an exception thrown into it. */
export type WakeOutcome = { value: PyObject } | { error: PyError };

/**
 * The thread's sys.settrace and sys.setprofile functions (tstate->c_traceobj, c_profileobj: owned) and
 * tstate->tracing, above 0 while one of them runs: no event is reported then (vm/tracing.ts).
 */
export class ThreadHooks {
  trace: PyObject | null = null;
  profile: PyObject | null = null;
  tracing = 0;
}

export class ThreadState {
  /** The saved registers while another thread runs (the VM holds the running thread's). */
  frame: AnyFrame | null = null;
  excInfo: PyObject | null = null;
  excOuter: (PyObject | null)[] = [];
  depth = 0;
  status: ThreadStatus = 'gil-wait';
  blockedOn: BlockReason | null = null;
  /** The native code parked in a blocking call, and what it resumes with once the thread runs again. */
  parked: NativeFrame | null = null;
  resumeWith: WakeOutcome | null = null;
  /** Parallel runs (3.13t): this thread's own clock while it can run (simulated ns). */
  localNs = 0;
  /** take_gil's saved switch_number for the current timed wait. */
  savedSwitchNumber = 0;
  /** Simulated ns spent in each status, and when the current one began. */
  readonly timeIn: Record<ThreadStatus, number> = { running: 0, 'gil-wait': 0, 'switch-wait': 0, blocked: 0, native: 0, done: 0 };
  since = 0;
  /** Set for threads the program stopped caring about at exit (daemon threads after _shutdown). */
  frozen = false;
  /** tstate->dict (PyThreadState_GetDict), made on first use: it holds the Py_Repr list (runtime/repr-guard.ts). */
  dict: PyDict | null = null;
  /** sys.settrace / sys.setprofile of this thread. */
  readonly hooks = new ThreadHooks();
  constructor(
    /** 0 for the main thread, then 1, 2, ... in start order. */
    readonly serial: number,
    /** threading.get_ident(): deterministic, pthread_t-like. */
    readonly ident: number,
    public name: string,
  ) {}
}

/** Deterministic idents shaped like glibc's pthread_t values (stacks 8 MiB + guard apart). */
export function identFor(serial: number): number {
  return 140_000_000_000_000 + serial * 8_392_704;
}
