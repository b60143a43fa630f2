// The heap's shape at a past point of a finished run, for the memory graph. Runs are deterministic, so
// the program is run again (without recording a trace) up to that instruction and the live heap is read
// there. The re-run is kept: moving forward continues it, moving back starts a new one; recent graphs
// are cached.

import { startRun, type HeapGraph, type SteppedRun } from '../core/index';
import type { SimulatedPython } from '../shared/protocol';

export interface ReplaySource {
  source: string;
  filename: string;
  python: SimulatedPython;
  /** The run's stdin and os.urandom seed: the re-run reads and draws what the run did. */
  stdin?: string;
  entropySeed?: number;
  /** The learner's other files the run could import. */
  localModules?: Record<string, string>;
}

const CACHE_SIZE = 32;

export class GraphReplay {
  private run: SteppedRun | null = null;
  private readonly cache = new Map<number, HeapGraph>();
  /** Instructions re-executed so far (the benchmark reads it). */
  replayedSteps = 0;

  constructor(private readonly program: ReplaySource, private readonly maxObjects?: number) {}

  /** The heap after `instructions` instructions (before the next one runs). */
  graphAfter(instructions: number): HeapGraph {
    const cached = this.cache.get(instructions);
    if (cached) {
      // Most recently used last.
      this.cache.delete(instructions);
      this.cache.set(instructions, cached);
      return cached;
    }
    const graph = this.advanceTo(instructions).heapGraph(this.maxObjects);
    this.cache.set(instructions, graph);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as number);
    return graph;
  }

  private advanceTo(instructions: number): SteppedRun {
    let run = this.run;
    if (!run || run.steps > instructions) {
      run = this.run = startRun(this.program.source, {
        python: this.program.python, filename: this.program.filename, recordTrace: false, stdin: this.program.stdin, localModules: this.program.localModules, entropySeed: this.program.entropySeed,
        // The original run finished within its budgets; the re-run stops earlier and must not time out.
        maxSteps: Number.MAX_SAFE_INTEGER, maxMillis: Number.MAX_SAFE_INTEGER,
      });
    }
    const before = run.steps;
    // With other processes, a slice may end before the first process got there.
    while (run.steps < instructions && run.advance(instructions - run.steps));
    this.replayedSteps += run.steps - before;
    return run;
  }
}
