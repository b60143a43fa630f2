// A process's record of what the other processes told it: what each os.fork returned, what each
// read of a pipe or wait for a child got, and when a blocking one woke up. A forked child is made
// by re-running the program from the start (runs are deterministic) and answering these calls from
// its parent's journal instead of the machine, so it reaches the fork with its parent's exact heap.

/** One cross-process call, in the order the process's threads issued them. */
export interface JournalEntry {
  kind: string;
  /** What the call returned (plain data: numbers, bytes, a pickle); undefined while it still waits. */
  value: unknown;
  /** The simulated time the blocked call woke up, or null when it returned without blocking. */
  wakeAt: number | null;
  done: boolean;
}

export class ReplayDiverged extends Error {
  constructor(expected: string, got: string) {
    super(`internal: a forked child's replay diverged from its parent (expected ${expected}, got ${got})`);
  }
}
