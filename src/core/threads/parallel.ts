// How the free-threaded build's threads share the simulated cores (3.13t: no GIL). The VM executes
// one instruction at a time, so parallel threads are interleaved by virtual time, a deterministic
// discrete-event rule: every runnable thread has its own clock (ThreadState.localNs), and the next
// instruction is always the one of the runnable thread whose clock is furthest behind (ties: the
// lower thread serial). Timers due by then (a sleep's end, a lock handed over) fire first, at their
// own time. Each thread's instructions cost what they cost alone as long as there are enough cores;
// when more threads can run than there are cores, they share them evenly, each running slower by
// runnable / cores (the kernel's fair share over a switch interval's worth of time).

import type { ThreadState } from './thread-state';

/** The runnable thread whose clock is furthest behind, or null when none can run. */
export function furthestBehind(threads: readonly ThreadState[]): ThreadState | null {
  let best: ThreadState | null = null;
  for (const t of threads) {
    if (t.status !== 'running' || t.frozen) continue;
    if (!best || t.localNs < best.localNs) best = t;
  }
  return best;
}

/** How many runnable threads there are (they compete for the cores). */
export function runnableCount(threads: readonly ThreadState[]): number {
  let n = 0;
  for (const t of threads) if (t.status === 'running' && !t.frozen) n++;
  return n;
}

/** The factor by which an instruction takes longer when `runnable` threads share `cores` cores. */
export function coreShareSlowdown(runnable: number, cores: number): number {
  return runnable > cores ? runnable / cores : 1;
}
