// The simulated cores, shared by C code that runs with the GIL released (hashlib, zlib, numpy
// kernels): processor sharing, as an OS scheduler does on average. Each job needs `workNs` of one
// core's time. The jobs and the threads running bytecode compete for the cores; while they
// outnumber them, every job advances at cores / demand of full speed, so its simulated time
// stretches (2 hashing threads on 1 core take twice as long as one). Bytecode keeps the cost the
// cost model gives it: only the jobs are stretched, which is the part the GIL lets run in parallel.

import type { TimerQueue, Timer } from './timers';

interface CoreJob {
  /** ns of one core's time still to do. */
  remaining: number;
  readonly onDone: () => void;
  timer: Timer | null;
}

export class CoreSharing {
  private readonly jobs: CoreJob[] = [];
  /** Threads executing bytecode now (at most 1 under the GIL). */
  private runners = 0;
  /** When the jobs' `remaining` were last brought up to date. */
  private settledAt = 0;

  constructor(
    private readonly timers: TimerQueue,
    private readonly now: () => number,
    private readonly cores: () => number,
  ) {}

  /** The fraction of a core each job gets now. */
  rate(): number {
    const demand = this.jobs.length + this.runners;
    const cores = Math.max(1, this.cores());
    return demand <= cores ? 1 : cores / demand;
  }

  /** Jobs in progress. */
  get active(): number {
    return this.jobs.length;
  }

  /** Starts a job of `workNs` core time; `onDone` runs (from a timer) when it is finished. */
  start(workNs: number, onDone: () => void): void {
    this.settle();
    const before = this.rate();
    const job: CoreJob = { remaining: Math.max(0, workNs), onDone, timer: null };
    this.jobs.push(job);
    if (this.rate() !== before) this.rearmAll();
    else this.arm(job);
  }

  /** The number of threads running bytecode changed (they take cores too). */
  setRunners(n: number): void {
    if (n === this.runners) return;
    this.settle();
    const before = this.rate();
    this.runners = n;
    if (this.rate() !== before) this.rearmAll();
  }

  /** Brings every job's remaining work up to now, at the rate that held since the last change. */
  private settle(): void {
    const now = this.now();
    const elapsed = now - this.settledAt;
    if (elapsed > 0 && this.jobs.length) {
      const r = this.rate();
      for (const job of this.jobs) job.remaining = Math.max(0, job.remaining - elapsed * r);
    }
    this.settledAt = now;
  }

  private arm(job: CoreJob): void {
    if (job.timer) job.timer.cancelled = true;
    job.timer = this.timers.add(this.now() + Math.ceil(job.remaining / this.rate()), () => this.finish(job));
  }

  private rearmAll(): void {
    for (const job of this.jobs) this.arm(job);
  }

  private finish(job: CoreJob): void {
    this.settle();
    const before = this.rate();
    this.jobs.splice(this.jobs.indexOf(job), 1);
    job.timer = null;
    if (this.rate() !== before) this.rearmAll();
    job.onDone();
  }
}
