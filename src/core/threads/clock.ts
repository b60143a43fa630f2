// The virtual clock: simulated nanoseconds since the program started. Instructions advance it by
// their cost (cost-model.ts); when no thread can run, the scheduler jumps it to the next timer.
// Everything time.* returns is read from it, so a run is deterministic for a file and its settings.

/** time.time() at the program's start: a fixed epoch, so runs repeat exactly (2024-01-01T00:00:00Z). */
export const EPOCH_AT_START_NS = 1_704_067_200_000_000_000n;

export class VirtualClock {
  /** Simulated nanoseconds since the start (an integer). */
  now = 0;
}
